"""The console over HTTP, without a browser: headers, cookies, CSRF on every form, redirects, errors."""

from __future__ import annotations

import re

import pytest
from fastapi.routing import APIRoute

from tests.console.http_session import PASSWORD, page_token, sign_in
from tests.people import account, hire, platform, report
from trustdesk.console import ROUTERS
from trustdesk.console.errors import SECURITY_HEADERS


def test_console_pages_carry_a_strict_csp_and_the_api_keeps_its_own_headers(ctx, client):
    hire(ctx, "julie", "moderator", password=PASSWORD)
    sign_in(client, "julie")
    for path in ("/sign-in", "/queue", "/static/console.css", "/nowhere"):
        response = client.get(path)
        for name, value in SECURITY_HEADERS.items():
            assert response.headers[name] == value, (path, name)
    assert "script-src 'self';" in SECURITY_HEADERS["Content-Security-Policy"]
    assert "content-security-policy" not in client.get("/api/v1/health").headers  # /docs still loads


def test_the_session_cookie_is_http_only_same_site_lax_and_not_secure_on_plain_loopback(ctx, client):
    hire(ctx, "julie", "moderator", password=PASSWORD)
    response = sign_in(client, "julie")
    assert response.status_code == 303 and response.headers["location"] == "/queue"
    cookie = next(c for c in response.headers.get_list("set-cookie") if c.startswith("td_session="))
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Secure" not in cookie
    assert "Max-Age=43200" in cookie


def test_every_console_form_refuses_a_post_without_the_sessions_token(ctx, client):
    hire(ctx, "julie", "admin", password=PASSWORD)
    sign_in(client, "julie")
    posts = [r for router in ROUTERS for r in router.routes
             if isinstance(r, APIRoute) and "POST" in r.methods and r.path != "/sign-in"]
    assert len(posts) >= 10
    for route in posts:
        path = re.sub(r"\{[^}]+\}", "x", route.path)
        for data in ({}, {"csrf": "forged"}):
            response = client.post(path, data=data, follow_redirects=False)
            assert response.status_code == 403, route.path
            assert "security token" in response.text
    assert client.get("/queue").status_code == 200  # still signed in: sign-out refused too


def test_the_sign_in_form_needs_its_own_token(ctx, client):
    hire(ctx, "julie", "moderator", password=PASSWORD)
    client.get("/sign-in")
    response = client.post("/sign-in", data={"name": "julie", "password": PASSWORD, "csrf": "forged"},
                           follow_redirects=False)
    assert response.status_code == 401 and "form expired" in response.text
    assert "td_session" not in client.cookies


@pytest.mark.parametrize("target", ["//evil.example/x", "https://evil.example", "/\\evil.example", "queue"])
def test_sign_in_never_sends_anyone_to_another_site(ctx, client, target):
    hire(ctx, "julie", "moderator", password=PASSWORD)
    assert sign_in(client, "julie", next_path=target).headers["location"] == "/queue"


def test_sign_in_returns_to_the_page_that_asked_for_it(ctx, client):
    hire(ctx, "julie", "moderator", password=PASSWORD)
    first = client.get("/alerts?x=1", follow_redirects=False)
    assert first.status_code == 303 and first.headers["location"] == "/sign-in?next=/alerts%3Fx%3D1"
    assert sign_in(client, "julie", next_path="/alerts?x=1").headers["location"] == "/alerts?x=1"


def test_api_errors_stay_json_and_console_errors_are_pages(ctx, client):
    assert client.get("/api/v1/nope").json()["error"]["code"] == "not_found"
    page = client.get("/nope")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "There is no such page." in page.text


def test_a_refusal_from_a_service_is_a_flash_message_not_a_traceback(ctx, client):
    integration = platform(ctx)
    julie = hire(ctx, "julie", "moderator", password=PASSWORD)
    hire(ctx, "senior1", "senior", password=PASSWORD)
    ref = account(ctx, integration, "vip", followers=41_700_000, tags=["public-interest"])
    from trustdesk.services.enforcement import actions

    action = actions.propose_action(ctx, actor=julie.principal, ref=ref, type="deactivate", reason="abuse",
                                    case_id=report(ctx, integration, ref).case_id)
    sign_in(client, "senior1")
    response = client.post(f"/actions/{action['id']}/reject", data={"csrf": page_token(client), "reason": " "})
    assert response.status_code == 200 and response.url.path == "/approvals"
    assert 'class="flash flash-error"' in response.text and "A reason is required" in response.text
    assert "Traceback" not in response.text


def test_the_preview_says_in_plain_words_what_the_policy_will_require(ctx, client):
    integration = platform(ctx)
    hire(ctx, "julie", "moderator", password=PASSWORD)
    account(ctx, integration, "vip", followers=41_700_000, verified=True, tags=["public-interest"])
    account(ctx, integration, "small", followers=40)
    sign_in(client, "julie")
    vip = client.get("/console/preview", params={"kind": "account", "id": "vip", "type": "deactivate"}).json()
    assert vip["kind"] == "approval" and vip["tier"] == "critical"
    assert vip["headline"] == "Needs 2 approvals from senior or admin and a 10-minute delay"
    small = client.get("/console/preview", params={"kind": "account", "id": "small", "type": "warn"}).json()
    assert small["kind"] == "now" and small["headline"] == "Allowed at once, no approval needed"
    missing = client.get("/console/preview", params={"kind": "account", "id": "nobody", "type": "warn"})
    assert missing.status_code == 404 and "no subject" in missing.json()["error"]


def test_the_queue_filters_by_tier_and_text_and_claim_next_takes_the_most_urgent_case(ctx, client):
    integration = platform(ctx)
    hire(ctx, "julie", "moderator", password=PASSWORD)
    report(ctx, integration, account(ctx, integration, "low1", followers=10), category="spam")
    urgent = report(ctx, integration, account(ctx, integration, "high1", followers=500_000), category="threat",
                    text="I will find you").case_id
    sign_in(client, "julie")
    by_tier = client.get("/queue", params={"tier": "high"}).text
    assert "@high1" in by_tier and "@low1" not in by_tier and "1 of 2 open cases" in by_tier
    by_text = client.get("/queue", params={"q": "LOW1"}).text
    assert "@low1" in by_text and "@high1" not in by_text
    response = client.post("/queue/claim-next", data={"csrf": page_token(client)})
    assert response.url.path == f"/cases/{urgent}" and "Claimed the next case" in response.text


def test_claim_next_in_the_console_claims_nothing_once_the_members_access_ended(ctx, client):
    from trustdesk.services.access import staff

    integration = platform(ctx)
    hire(ctx, "julie", "moderator", password=PASSWORD)
    waiting = report(ctx, integration, account(ctx, integration, "low1", followers=10), category="spam").case_id
    sign_in(client, "julie")
    token = page_token(client)
    staff.change_staff(ctx, actor=None, name="julie", end_access_now=True)
    response = client.post("/queue/claim-next", data={"csrf": token}, follow_redirects=False)
    assert response.status_code in (302, 303) and response.headers["location"].startswith("/sign-in")
    senior = hire(ctx, "sen", "senior")
    assert client.get(f"/api/v1/cases/{waiting}", headers=senior.headers).json()["claimed_by"] is None
