"""The console against hostile content and expired people: escaping, CSRF, access end, roles."""

from __future__ import annotations

from datetime import timedelta

import pytest
from playwright.sync_api import expect

from trustdesk.services.review import cases

pytestmark = pytest.mark.browser
DEMO_DATA = False  # this module's world holds only what its tests put there

PAYLOAD = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>'


def test_a_reported_xss_payload_is_shown_as_text_and_never_runs(world, console, shot):
    case_id = world.ordinary_case("xss_target", text=PAYLOAD, handle="<script>window.__xss=1</script>",
                                  reporter='"><svg onload=window.__xss=1>')
    world.hire("mod_xss", "moderator")
    page = console.sign_in("mod_xss")
    page.goto("/queue?q=xss_target")
    expect(page.locator("a.subject-link")).to_have_text("@<script>window.__xss=1</script>")
    page.goto(f"/cases/{case_id}")
    report_text = page.locator(".report-text")
    expect(page.locator("[data-sensitive]")).not_to_have_class("revealed")
    page.locator("[data-sensitive] [data-reveal]").click()
    expect(page.locator("[data-sensitive]")).to_have_class("sensitive revealed")
    expect(report_text).to_have_text(PAYLOAD)
    expect(page.locator(".report-meta")).to_contain_text('"><svg onload=window.__xss=1>')
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.locator(".report img, .report script, .report svg:not(.icon)").count() == 0
    shot(page, "case-xss")
    page.goto("/subjects?q=xss_target")
    assert page.evaluate("typeof window.__xss") == "undefined"


def test_a_form_post_without_the_sessions_csrf_token_is_refused(world, console):
    case_id = world.ordinary_case("csrf_target")
    mod = world.hire("mod_csrf", "moderator")
    page = console.sign_in("mod_csrf")
    post = """async ([url, body]) => {
        const response = await fetch(url, {method: "POST", body: new URLSearchParams(body)});
        return [response.status, await response.text()];
    }"""
    for body in ({}, {"csrf": "forged"}, {"csrf": ""}):
        status, text = page.evaluate(post, [f"/cases/{case_id}/claim", body])
        assert status == 403 and "security token" in text
    assert cases.get_case(world.ctx, actor=mod.principal, case_id=case_id)["claimed_by"] is None
    token = page.locator("form[data-claim] input[name=csrf]").first.get_attribute("value")
    status, _ = page.evaluate(post, [f"/cases/{case_id}/claim", {"csrf": token}])
    assert status == 200  # the same request with the session's token goes through (and redirects)
    assert cases.get_case(world.ctx, actor=mod.principal, case_id=case_id)["claimed_by"] == mod.id


def test_a_contractor_sees_the_refusal_before_submitting_and_is_signed_out_when_access_ends(world, console, shot):
    world.protected_case("potus_contract")
    end = world.clock.now() + timedelta(minutes=30)
    world.hire("contractor_zed", "moderator", contractor=True, access_end=end)
    page = console.sign_in("contractor_zed")
    expect(page.locator(".access-end")).to_contain_text("in 30 min")
    page.goto("/subjects/account/potus_contract?type=deactivate")
    expect(page.locator("[data-requirement-headline]")).to_contain_text("Denied")
    expect(page.locator("[data-submit]")).to_be_disabled()
    shot(page, "subject-contractor-denied")

    world.clock.set(end - timedelta(seconds=1))
    page.goto("/queue")
    expect(page.locator("h1")).to_have_text("Queue")
    world.clock.set(end)  # access ends at the end instant itself, to the second
    page.reload()
    page.wait_for_url("**/sign-in?next=/queue")
    expect(page.locator("[data-flash]")).to_have_text("Access for contractor_zed has ended")
    page.fill("input[name=name]", "contractor_zed")
    page.fill("input[name=password]", "correct horse battery")
    page.click("button[type=submit]")
    expect(page.locator("[data-flash]")).to_have_text("Access for contractor_zed has ended")


def test_pages_check_the_role_like_the_api_does(world, console, shot):
    world.hire("triage_tia", "triage")
    page = console.sign_in("triage_tia")
    expect(page.locator("a[data-nav=alerts] .count")).to_have_count(0)
    response = page.goto("/alerts")
    assert response is not None and response.status == 403
    expect(page.locator("h1")).to_have_text("Not permitted")
    expect(page.locator(".error-message")).to_have_text("This needs the moderator role or higher")
    shot(page, "forbidden")
    response = page.goto("/audit")
    assert response is not None and response.status == 403
    response = page.goto("/cases/case_does_not_exist")
    assert response is not None and response.status == 404
