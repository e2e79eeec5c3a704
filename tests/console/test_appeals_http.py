"""The appeal queue page: the person's words beside the decision's, and only an eligible member may decide."""

from __future__ import annotations

from tests.console.http_session import PASSWORD, page_token, sign_in
from tests.people import account, hire, platform
from trustdesk.services.base import subjects
from trustdesk.services.enforcement import actions, appeals


def test_an_uninvolved_moderator_overturns_an_appeal_from_the_console(ctx, client):
    integration = platform(ctx)
    julie = hire(ctx, "julie", "moderator", password=PASSWORD)
    karim = hire(ctx, "karim", "moderator", password=PASSWORD)
    ref = account(ctx, integration, "u1", handle="u1")
    action = actions.propose_action(ctx, actor=julie.principal, ref=ref, type="suspend", duration_hours=24,
                                    reason="threats in replies")
    appeal = appeals.file_appeal(ctx, actor=integration.principal, action_id=action["id"], appellant="u1",
                                 text="I was quoting the person who threatened me")
    sign_in(client, "julie", "/appeals")
    page = client.get("/appeals").text
    assert "I was quoting the person who threatened me" in page and "threats in replies" in page
    assert "You cannot decide this one: you took part in the original decision" in page
    client.cookies.clear()
    sign_in(client, "karim", "/appeals")
    token = page_token(client, "/appeals")
    assert f'action="/appeals/{appeal["id"]}/decide"' in client.get("/appeals").text
    done = client.post(f"/appeals/{appeal['id']}/decide",
                       data={"csrf": token, "outcome": "overturn", "reason": "a quote, not a threat"})
    assert done.status_code == 200 and "Appeal overturned" in done.text
    assert "No open appeals" in done.text and "a quote, not a threat" in done.text
    assert subjects.get_subject(ctx, actor=karim.principal, ref=ref)["status"] == "active"
