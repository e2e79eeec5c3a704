"""The console's case page shows the operator's resources text to the moderator of a self-harm intent case."""

from __future__ import annotations

from tests.console.http_session import PASSWORD, sign_in
from tests.people import account, hire, platform, report


def test_a_self_harm_intent_case_shows_the_resources_and_an_ordinary_case_does_not(ctx, client):  # noqa: F811
    integration = platform(ctx)
    urgent = report(ctx, integration, account(ctx, integration, "kim"), category="other", reporter="friend",
                    text="I'm ending it tonight, I already have the pills")
    ordinary = report(ctx, integration, account(ctx, integration, "lee"), category="spam", reporter="someone",
                      text="this account posts the same advert every hour")
    hire(ctx, "julie", "moderator", password=PASSWORD)
    sign_in(client, "julie")
    page = client.get(f"/cases/{urgent.case_id}").text
    assert "Resources" in page and "3114" in page and "988" in page
    assert "self-harm intent · EN · means + time" in page
    assert "3114" not in client.get(f"/cases/{ordinary.case_id}").text
