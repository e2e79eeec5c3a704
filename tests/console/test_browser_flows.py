"""The moderator console in a real browser: the 2017 situation replayed through the pages people use."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.people import account, report
from trustdesk.domain.subjects import SubjectKind, SubjectRef
from trustdesk.services.base import subjects
from trustdesk.services.enforcement import action_queries, actions
from trustdesk.services.enforcement.scheduler import run_due
from trustdesk.services.review import cases

pytestmark = pytest.mark.browser


def _status(world, account_id: str) -> str:
    reader = next(iter(world.people.values())).principal
    return subjects.get_subject(world.ctx, actor=reader, ref=SubjectRef(SubjectKind.ACCOUNT, account_id))["status"]


def test_signing_in_needs_the_right_password_and_signing_out_ends_the_session(world, console, shot):
    world.hire("mod_sign", "moderator")
    page = console.blank()
    page.goto("/queue")
    page.wait_for_url("**/sign-in?next=/queue")
    shot(page, "sign-in")
    page.fill("input[name=name]", "mod_sign")
    page.fill("input[name=password]", "wrong password")
    page.click("button[type=submit]")
    expect(page.locator("[data-flash]")).to_have_text("Wrong name or password")
    page.fill("input[name=password]", "correct horse battery")
    page.click("button[type=submit]")
    page.wait_for_url("**/queue")
    expect(page.locator(".me-name")).to_have_text("mod_sign")
    cookie = next(c for c in page.context.cookies() if c["name"] == "td_session")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Lax"

    page.click("button[aria-label='Sign out']")
    page.wait_for_url("**/sign-in")
    expect(page.locator("[data-flash]")).to_have_text("You are signed out.")
    page.context.add_cookies([cookie])  # a copy of the old cookie is worth nothing now
    page.goto("/queue")
    page.wait_for_url("**/sign-in?next=/queue")


def test_a_moderator_claims_a_case_from_the_queue_with_one_click(world, console, shot):
    case_id = world.ordinary_case("claim_me")
    world.hire("mod_claim", "moderator")
    page = console.sign_in("mod_claim")
    shot(page, "queue")
    page.fill("#queue-search", "claim_me")
    page.press("#queue-search", "Enter")
    row = page.locator("tr[data-item]", has_text="@ClaimMe")
    expect(row).to_contain_text("low")
    expect(row).to_contain_text("800")
    row.get_by_role("button", name="Claim").click()
    page.wait_for_url(f"**/cases/{case_id}")
    expect(page.locator("[data-flash]")).to_contain_text("Case claimed")
    expect(page.locator(".claim-note")).to_contain_text("Yours until")
    page.fill("#notes textarea", "Same person as @claim_me_old, see <b>case</b> 123")
    page.click("#notes button[type=submit]")
    expect(page.locator(".note-text")).to_have_text("Same person as @claim_me_old, see <b>case</b> 123")
    shot(page, "case")
    case = cases.get_case(world.ctx, actor=world.people["mod_claim"].principal, case_id=case_id)
    assert case["claimed_by"] == world.people["mod_claim"].id and case["state"] == "in_review"


def _propose_deactivation(page, account_id: str, reason: str) -> None:
    """Find the account, pick deactivate: the policy's requirement is shown before the form is submitted."""
    page.goto("/subjects")
    page.fill("#subject-search", account_id)
    page.press("#subject-search", "Enter")
    page.locator("a.subject-link", has_text=account_id.title().replace("_", "")).click()
    page.wait_for_url(f"**/subjects/account/{account_id}")
    page.select_option("[data-action-type]", "deactivate")
    headline = page.locator("[data-requirement-headline]")
    expect(headline).to_have_text("Needs 2 approvals from senior or admin and a 10-minute delay")
    expect(page.locator("[data-submit]")).to_have_text("Request approval")
    page.fill("[data-reason]", reason)


def test_protected_deactivation_waits_for_two_seniors_then_is_cancelled_in_its_window(world, console, shot):
    world.protected_case("head_of_state_a")
    for name, role in (("mod_ana", "moderator"), ("senior_bo", "senior"), ("senior_cy", "senior")):
        world.hire(name, role)
    mod = console.sign_in("mod_ana")
    _propose_deactivation(mod, "head_of_state_a", "Reported as abusive by one user")
    shot(mod, "subject")
    mod.click("[data-submit]")
    expect(mod.locator("[data-flash]")).to_contain_text("waiting for approval")
    assert _status(world, "head_of_state_a") == "active"

    for i, name in enumerate(("senior_bo", "senior_cy")):
        senior = console.sign_in(name)
        senior.goto("/approvals")
        card = senior.locator("[data-item]", has_text="@HeadOfStateA")
        expect(card).to_contain_text("Reported as abusive by one user")
        expect(card).to_contain_text("mod_ana")
        expect(card).to_contain_text("Deactivates the account: it goes offline for its 41.7M followers")
        if i == 0:
            shot(senior, "approvals")
        card.locator("[data-approve] input[name=reason]").fill("checked the reports")
        card.get_by_role("button", name="Approve").click()
        expect(senior.locator("[data-flash]")).to_contain_text("scheduled for" if i else "1 of 2")

    senior.goto("/scheduled")
    card = senior.locator("[data-item]", has_text="@HeadOfStateA")
    countdown = card.locator("[data-countdown]")
    expect(countdown).to_have_text(re.compile(r"^(10:00|9:5\d)$"))
    first = countdown.text_content()
    expect(countdown).not_to_have_text(first or "")  # it counts down live
    shot(senior, "scheduled")
    card.locator("input[name=reason]").fill("public-interest account; not a takedown case")
    card.get_by_role("button", name="Cancel action").click()
    expect(senior.locator("[data-flash]")).to_contain_text("Cancelled: deactivate of HeadOfStateA")
    world.clock.advance(minutes=11)
    run_due(world.ctx)
    assert _status(world, "head_of_state_a") == "active"


def test_an_executed_deactivation_raises_an_alert_and_one_click_restores_the_account(world, console, shot):
    case_id = world.protected_case("head_of_state_b")
    world.hire("mod_dee", "moderator")
    seniors = [world.hire(name, "senior") for name in ("senior_eve", "senior_fay")]
    mod = console.sign_in("mod_dee")
    _propose_deactivation(mod, "head_of_state_b", "Abuse report")
    mod.click("[data-submit]")
    expect(mod.locator("[data-flash]")).to_contain_text("waiting for approval")
    action_id = action_queries.list_actions(world.ctx, actor=seniors[0].principal, state="pending_approval",
                                     subject=SubjectRef(SubjectKind.ACCOUNT, "head_of_state_b"))[0]["id"]
    for senior in seniors:
        actions.approve_action(world.ctx, actor=senior.principal, action_id=action_id)
    world.clock.advance(minutes=10, seconds=1)
    assert action_id in run_due(world.ctx).executed
    assert _status(world, "head_of_state_b") == "deactivated"

    page = console.sign_in("senior_eve")
    page.goto("/alerts")
    alert = page.locator("[data-alert-kind=high_impact_executed]", has_text="@HeadOfStateB")
    expect(alert).to_contain_text("deactivate of @HeadOfStateB (critical tier) took effect")
    shot(page, "alerts")
    alert.get_by_role("button", name="Restore").click()
    expect(page.locator("[data-flash]")).to_have_text("Restored @HeadOfStateB: the account is active again.")
    assert _status(world, "head_of_state_b") == "active"
    expect(page.locator("[data-alert-kind=high_impact_executed]", has_text="@HeadOfStateB")).to_contain_text(
        "reversed")
    page.goto(f"/cases/{case_id}")  # a senior sees the protected queue's case, closed by the action
    expect(page.locator("[data-subject-status]")).to_have_text("active")


def test_the_keyboard_moves_through_the_queue_opens_a_case_and_picks_an_action(world, console, shot):
    world.hire("mod_keys", "moderator")
    page = console.sign_in("mod_keys")
    page.keyboard.press("n")
    expect(page.locator("[data-flash]")).to_contain_text("Claimed the next case")
    expect(page.locator(".claim-note")).to_contain_text("Yours until")
    page.goto("/queue")
    page.keyboard.press("?")
    expect(page.locator("#help")).to_be_visible()
    shot(page, "shortcuts")
    page.keyboard.press("Escape")
    expect(page.locator("#help")).to_be_hidden()
    rows = page.locator("tr[data-item]")
    second = rows.nth(1).get_attribute("data-href")
    page.keyboard.press("j")
    page.keyboard.press("j")
    expect(rows.nth(1)).to_have_class(re.compile("selected"))
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{second}")
    page.keyboard.press("w")
    expect(page.locator("[data-action-type]")).to_have_value("warn")
    expect(page.locator("[data-requirement-headline]")).to_contain_text(re.compile("allowed|needs|denied", re.I))
    expect(page.locator("[data-reason]")).to_be_focused()
    page.keyboard.press("Escape")
    page.keyboard.press("v")
    expect(page.locator("[data-sensitive]").first).to_have_class(re.compile("revealed"))


def test_every_page_looks_like_a_product_for_a_senior(world, console, shot):
    """Screenshots for people to look at, with a pending and a scheduled action on the pages."""
    julie = _demo_member(world, "mod_julie")
    for account_id, approvers in (("pm_fr", ()), ("mayor_lyon", ("senior2", "admin"))):
        ref = SubjectRef(SubjectKind.ACCOUNT, account_id)
        case_id = report(world.ctx, world.platform, ref, text="Please take this account down").case_id
        action = actions.propose_action(world.ctx, actor=julie.principal, ref=ref, type="deactivate",
                                        reason="Many reports of abuse", case_id=case_id)
        for name in approvers:
            actions.approve_action(world.ctx, actor=_demo_member(world, name).principal, action_id=action["id"])
    account(world.ctx, world.platform, "big_brand", followers=2_400_000, verified=True)
    page = console.demo("senior1")
    for path, name in (("/queue", "queue-senior"), ("/approvals", "approvals-senior"),
                       ("/scheduled", "scheduled-senior"), ("/audit", "audit"), ("/dashboard", "dashboard")):
        page.goto(path)
        expect(page.locator("h1")).to_be_visible()
        shot(page, name)
    expect(page.locator(".stat")).to_have_count(6)
    page.goto("/audit")
    expect(page.locator("[data-verification]")).to_have_attribute("data-verification", "ok")


def _demo_member(world, name: str):
    from tests.people import Person
    from trustdesk.services.access.staff import issue_token
    from trustdesk.services.base.principals import authenticate

    token = issue_token(world.ctx, actor=None, name=name)
    return Person(authenticate(world.ctx, token=token), token)
