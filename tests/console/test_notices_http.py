"""The case page shows what the person was told, and the action form says what will be sent."""

from __future__ import annotations

from tests.console.http_session import PASSWORD, sign_in
from tests.people import account, hire, platform, report
from trustdesk.services.enforcement import actions


def test_a_warned_case_shows_the_notice_sent_and_the_form_says_what_a_warning_does(ctx, client):
    integration = platform(ctx)
    julie = hire(ctx, "julie", "moderator", password=PASSWORD)
    ref = account(ctx, integration, "u1", handle="u1")
    receipt = report(ctx, integration, ref, category="spam", text="buy followers")
    sign_in(client, "julie")
    form = client.get(f"/cases/{receipt.case_id}?type=warn").text
    assert "A warning sends the owner a notice through the platform" in form
    assert "quoted to the person in that notice" in form
    actions.propose_action(ctx, actor=julie.principal, ref=ref, type="warn", reason="first strike: spam",
                           case_id=receipt.case_id)
    page = client.get(f"/cases/{receipt.case_id}").text
    assert "Notices sent" in page
    # The embedded demo platform lives in trustdesk's database: recording the notice delivers it.
    assert "first strike: spam" in page and "delivered by the platform" in page
    assert "Nothing was removed or restricted this time" in page


def test_a_suspension_shows_its_statement_of_reasons_on_the_case(ctx, client):
    integration = platform(ctx)
    julie = hire(ctx, "julie", "moderator", password=PASSWORD)
    ref = account(ctx, integration, "u1", handle="u1")
    receipt = report(ctx, integration, ref, category="harassment", text="insults every day")
    action = actions.propose_action(ctx, actor=julie.principal, ref=ref, type="suspend", duration_hours=24,
                                    reason="repeated insults", case_id=receipt.case_id)
    sign_in(client, "julie")
    page = client.get(f"/cases/{receipt.case_id}").text
    assert "Statement of reasons (reference sor_" in page
    assert f'href="/api/v1/actions/{action["id"]}/statement"' in page


def test_the_notices_page_lists_what_was_sent_and_what_the_platform_refused(ctx, client):
    from sqlalchemy import select

    from trustdesk.storage.tables import OutboxRow

    integration = platform(ctx)
    julie = hire(ctx, "julie", "moderator", password=PASSWORD)
    ref = account(ctx, integration, "u1", handle="u1")
    receipt = report(ctx, integration, ref, category="spam", text="buy followers", reporter="rep9")
    actions.propose_action(ctx, actor=julie.principal, ref=ref, type="warn", reason="first strike",
                           case_id=receipt.case_id)
    with ctx.db.transaction(ctx.clock) as tx:  # the platform refused the warning once
        refused = tx.session.execute(select(OutboxRow).where(OutboxRow.kind == "platform.notice")).scalar_one()
        refused.attempts, refused.last_error, refused.delivered_at = 1, "HTTP 503 from the platform", None
    sign_in(client, "julie")
    page = client.get("/notices").text
    assert page.count("data-notice") == 3  # receipt, warning, outcome to the reporter
    assert "Delivered (2)" in page and "Failing, will retry (1)" in page
    failing = client.get("/notices", params={"delivery": "failing, will retry"}).text
    assert failing.count("data-notice") == 1 and "HTTP 503 from the platform" in failing
