"""The console names each subject's platform and shows what was reported next to what the post says now."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from tests.people import hire, platform, post, report
from trustdesk.cli.server import create_web_app
from trustdesk.services.intake import platform_sync

PASSWORD = "correct horse battery"


@pytest.fixture
def client(ctx):
    with TestClient(create_web_app(ctx, run_scheduler=False), base_url="http://127.0.0.1",
                    raise_server_exceptions=False) as test_client:
        yield test_client


def _sign_in(client: TestClient, name: str) -> None:
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/sign-in").text).group(1)
    client.post("/sign-in", data={"name": name, "password": PASSWORD, "csrf": token, "next": "/queue"},
                follow_redirects=False)


def test_case_page_shows_reported_content_and_the_edit_and_subject_page_names_the_platform(ctx, client):
    platform(ctx, "first")
    second = platform(ctx, "second")
    hire(ctx, "julie", "moderator", password=PASSWORD)
    ref = post(ctx, second, "p1", "a1", content="original insult")
    filed = report(ctx, second, ref, text="look")
    platform_sync.sync_subject(ctx, actor=second.principal, ref=ref, handle=None, followers=None, verified=False,
                               tags=[], author_id="a1", content="softened later")
    _sign_in(client, "julie")
    case_page = client.get(f"/cases/{filed.case_id}")
    assert case_page.status_code == 200, case_page.text[-2000:]
    assert "original insult" in case_page.text and "softened later" in case_page.text
    assert "edited since: text" in case_page.text
    subject_page = client.get("/subjects/post/p1", params={"platform": "second"})
    assert subject_page.status_code == 200 and "on second" in subject_page.text
    # Without a platform, staff mean the default one, which has no p1.
    assert client.get("/subjects/post/p1").status_code == 404
