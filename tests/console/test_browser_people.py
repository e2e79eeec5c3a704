"""The pages about the people on the other side, in a real browser on desktop and phone; bidi isolation,
links from other sites, and a navigation that shows only what a role may open."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.people import account, report
from trustdesk.services.enforcement import actions, appeals
from trustdesk.services.review import messages

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1440, "height": 900}
LONG = "x" * 180


@pytest.fixture(scope="module")
def appealed(world):
    """A suspension appealed by its owner, with a long unbroken handle and a message thread on the case."""
    julie = world.hire("mod_people", "moderator")
    handle = "very_long_handle_" + LONG
    ref = account(world.ctx, world.platform, "appeal_owner", followers=900, handle=handle)
    receipt = report(world.ctx, world.platform, ref, category="harassment", reporter="reporter_a",
                     text="He insults me every single day " + LONG)
    action = actions.propose_action(world.ctx, actor=julie.principal, ref=ref, type="suspend", duration_hours=72,
                                    reason="repeated insults " + LONG, case_id=receipt.case_id)
    appeals.file_appeal(world.ctx, actor=world.platform.principal, action_id=action["id"], appellant="appeal_owner",
                        text="I was quoting the person who insulted me first " + LONG)
    messages.post_message(world.ctx, actor=julie.principal, case_id=receipt.case_id, text="Can you explain?")
    messages.post_message(world.ctx, actor=world.platform.principal, case_id=receipt.case_id,
                          text="It was a quote " + LONG, person="appeal_owner")
    return receipt.case_id


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_the_new_pages_fit_the_screen_without_sideways_scrolling(world, console, shot, appealed, viewport):
    world.hire(f"senior_people_{viewport['width']}", "senior")
    page = console.sign_in(f"senior_people_{viewport['width']}")
    page.set_viewport_size(viewport)
    name = "desktop" if viewport is DESKTOP else "phone"
    for path, label in ((f"/cases/{appealed}", "case-notices-messages"), ("/appeals", "appeals"),
                        ("/notices", "notices"), ("/queue", "queue"), ("/dashboard", "dashboard"),
                        ("/transparency", "transparency")):
        page.goto(path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= viewport["width"], f"{path} scrolls sideways on {name}: {width}px"
        shot(page, f"people-{label}-{name}")
    page.goto("/appeals")
    expect(page.locator("[data-appeal]").first).to_contain_text("I was quoting the person who insulted me first")


def test_a_link_from_another_site_opens_the_page_signed_in(world, console, appealed):
    world.hire("mod_mail", "moderator")
    page = console.sign_in("mod_mail")
    target = world.url(f"/cases/{appealed}")
    page.route("https://mail.example/**", lambda route: route.fulfill(
        content_type="text/html", body=f'<a id="go" href="{target}">the case</a>'))
    page.goto("https://mail.example/inbox")
    page.click("#go")
    page.wait_for_url(target)
    expect(page.locator(".me-name")).to_have_text("mod_mail")


def test_a_right_to_left_override_in_a_handle_does_not_reverse_the_text_around_it(world, console, shot):
    world.hire("mod_bidi", "moderator")
    world.hire("senior_bidi", "senior")
    case_id = world.ordinary_case("bidi_user", handle="\u202eevil_name")
    page = console.sign_in("mod_bidi")
    page.goto(f"/cases/{case_id}")
    heading = page.locator("h1 bdi")
    expect(heading).to_have_text("@\u202eevil_name")
    # Every place the handle appears, it sits in its own isolate.
    outside = page.evaluate("""() => [...document.querySelectorAll('body *')].filter(el =>
        [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.includes('\\u202e'))
        && el.closest('bdi') === null).map(el => el.outerHTML.slice(0, 200))""")
    assert outside == [], "\n".join(outside)
    shot(page, "people-bidi-case")
    actions.propose_action(world.ctx, actor=world.people["mod_bidi"].principal,
                           ref=account(world.ctx, world.platform, "bidi_user", followers=800, handle="\u202eevil_name"),
                           type="warn", reason="a warning", case_id=case_id)
    audit = console.sign_in("senior_bidi")
    audit.goto("/audit?subject=account/bidi_user")
    expect(audit.locator("td.summary bdi").first).to_have_text("@\u202eevil_name")
    shot(audit, "people-bidi-audit")


def test_the_navigation_shows_only_the_pages_a_role_can_open(world, console):
    world.hire("triage_nav", "triage")
    page = console.sign_in("triage_nav")
    for hidden in ("alerts", "appeals", "audit"):
        expect(page.locator(f"[data-nav={hidden}]")).to_have_count(0)
    expect(page.locator("[data-nav=queue]")).to_have_count(1)
    world.hire("senior_nav", "senior")
    senior = console.sign_in("senior_nav")
    for shown in ("alerts", "appeals", "audit", "queue"):
        expect(senior.locator(f"[data-nav={shown}]")).to_have_count(1)
