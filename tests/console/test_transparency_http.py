"""The dashboard links to the transparency report, which the console serves as the same self-contained page."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from tests.people import account, hire, platform, report
from trustdesk.cli.server import create_web_app

PASSWORD = "correct horse battery"


@pytest.fixture
def client(ctx):
    with TestClient(create_web_app(ctx, run_scheduler=False), base_url="http://127.0.0.1",
                    raise_server_exceptions=False) as test_client:
        yield test_client


def test_the_dashboard_links_to_a_report_of_the_period(ctx, client):
    integration = platform(ctx)
    hire(ctx, "julie", "moderator", password=PASSWORD)
    for n in range(3):
        report(ctx, integration, account(ctx, integration, f"u{n}"), category="spam")
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/sign-in").text).group(1)
    client.post("/sign-in", data={"name": "julie", "password": PASSWORD, "csrf": token, "next": "/dashboard"})
    assert 'href="/transparency"' in client.get("/dashboard").text
    page = client.get("/transparency", params={"from": "2026-11-23", "to": "2026-11-23"})
    assert page.status_code == 200
    assert re.search(r'id="kpi-reports">3<', page.text)
    assert "script-src" not in page.headers["content-security-policy"]
    assert "default-src 'none'" in page.headers["content-security-policy"]
    bad = client.get("/transparency", params={"from": "23/11/2026"})
    assert bad.status_code == 400 and "YYYY-MM-DD" in bad.text


def test_the_report_page_needs_a_signed_in_member(ctx, client):
    response = client.get("/transparency", follow_redirects=False)
    assert response.status_code in (302, 303) and "/sign-in" in response.headers["location"]
