"""The dashboard links to the transparency report, which the console serves as the same self-contained page."""

from __future__ import annotations

import re

from tests.console.http_session import PASSWORD, sign_in
from tests.people import account, hire, platform, report


def test_the_dashboard_links_to_a_report_of_the_period(ctx, client):
    integration = platform(ctx)
    hire(ctx, "julie", "moderator", password=PASSWORD)
    for n in range(3):
        report(ctx, integration, account(ctx, integration, f"u{n}"), category="spam")
    sign_in(client, "julie", "/dashboard")
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
