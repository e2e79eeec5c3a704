"""The console names each subject's platform and shows what was reported next to what the post says now."""

from __future__ import annotations

from tests.console.http_session import PASSWORD, sign_in
from tests.people import hire, platform, post, report
from trustdesk.services.intake import platform_sync


def test_case_page_shows_reported_content_and_the_edit_and_subject_page_names_the_platform(ctx, client):
    platform(ctx, "first")
    second = platform(ctx, "second")
    hire(ctx, "julie", "moderator", password=PASSWORD)
    ref = post(ctx, second, "p1", "a1", content="original insult")
    filed = report(ctx, second, ref, text="look")
    platform_sync.sync_subject(ctx, actor=second.principal, ref=ref, handle=None, followers=None, verified=False,
                               tags=[], author_id="a1", content="softened later")
    sign_in(client, "julie")
    case_page = client.get(f"/cases/{filed.case_id}")
    assert case_page.status_code == 200, case_page.text[-2000:]
    assert "original insult" in case_page.text and "softened later" in case_page.text
    assert "edited since: text" in case_page.text
    subject_page = client.get("/subjects/post/p1", params={"platform": "second"})
    assert subject_page.status_code == 200 and "on second" in subject_page.text
    # Without a platform, staff mean the default one, which has no p1.
    assert client.get("/subjects/post/p1").status_code == 404
