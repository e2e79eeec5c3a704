"""Generic signed webhooks in: HMAC-SHA256 over timestamp and body; stale, replayed, unsigned, oversized and
malformed deliveries refused with a 4xx and an audit entry."""

from __future__ import annotations

import json

import pytest

from tests.people import hire
from trustdesk.connectors.signing import ID_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, sign
from trustdesk.services.intake import platform_connectors

SECRET = "shared-secret-of-the-forum"
URL = "/api/v1/platforms/forum/webhook"


@pytest.fixture
def forum(ctx):
    platform_connectors.add_connector(ctx, name="forum", kind="webhook", url="http://127.0.0.1:9/hook",
                                      token=SECRET)


def _signed(ctx, payload: dict, *, delivery: str = "d-1", secret: str = SECRET, age_seconds: int = 0):
    body = json.dumps(payload).encode()
    timestamp = str(int(ctx.clock.now().timestamp()) - age_seconds)
    return body, {TIMESTAMP_HEADER: timestamp, SIGNATURE_HEADER: sign(secret, timestamp, body), ID_HEADER: delivery,
                  "Content-Type": "application/json"}


REPORT = {"type": "report", "id": "r-77", "subject": {"kind": "post", "id": "p1"}, "category": "harassment",
          "text": "this is about me", "reporter": "u5",
          "snapshot": {"text": "you are an idiot", "handle": "troll", "links": ["https://x.example"],
                       "media": [{"ref": "media/1.png", "sha256": "ab" * 32}]}}


def test_a_signed_report_opens_a_case_on_the_platforms_subject(ctx, client, forum):
    body, headers = _signed(ctx, {"type": "subject", "subject": {"kind": "post", "id": "p1"}, "author_id": "a1",
                                  "content": "you are an idiot"}, delivery="d-0")
    synced = client.post(URL, content=body, headers=headers)
    assert synced.status_code == 200, synced.text
    assert synced.json()["subject"] == {"platform": "forum", "kind": "post", "id": "p1"}
    body, headers = _signed(ctx, REPORT)
    filed = client.post(URL, content=body, headers=headers)
    assert filed.status_code == 200, filed.text
    julie = hire(ctx, "julie", "moderator")
    case = client.get(f"/api/v1/cases/{filed.json()['case_id']}", headers=julie.headers).json()
    assert case["platform"] == "forum"
    assert case["reports"][0]["reported"]["media"] == [{"ref": "media/1.png", "sha256": "ab" * 32}]


@pytest.mark.parametrize("problem, status", [
    ("unsigned", 401), ("bad signature", 401), ("stale", 401), ("replayed", 409), ("malformed", 422),
    ("oversized", 413), ("not an object", 422),
])
def test_bad_deliveries_are_refused_with_a_4xx_and_an_audit_entry(ctx, client, forum, problem, status):
    body, headers = _signed(ctx, REPORT)
    if problem == "unsigned":
        headers.pop(SIGNATURE_HEADER)
    elif problem == "bad signature":
        body, headers = _signed(ctx, REPORT, secret="guessed")
    elif problem == "stale":
        body, headers = _signed(ctx, REPORT, age_seconds=3600)
    elif problem == "replayed":
        assert client.post(URL, content=body, headers=headers).status_code == 200
    elif problem == "malformed":
        body, headers = _signed(ctx, {"type": "report", "subject": "p1"})
    elif problem == "oversized":
        body, headers = _signed(ctx, {**REPORT, "text": "x" * 300_000})
    elif problem == "not an object":
        body, headers = _signed(ctx, [1, 2])  # type: ignore[arg-type]
    refused = client.post(URL, content=body, headers=headers)
    assert refused.status_code == status, refused.text
    assert set(refused.json()["error"]) >= {"code", "message"}
    admin = hire(ctx, "root", "admin")
    audit = client.get("/api/v1/audit", headers=admin.headers, params={"limit": 200}).json()["items"]
    assert [e for e in audit if e["verb"] == "webhook.refused"], "the refusal is on the record"


def test_an_unknown_platform_is_404(client):
    assert client.post("/api/v1/platforms/nowhere/webhook", content=b"{}").status_code == 404


def test_a_report_from_the_platforms_classifier_is_recorded_as_automated_detection(ctx, client, forum):
    body, headers = _signed(ctx, {**REPORT, "id": "r-auto", "reporter": None, "source": "automated"})
    filed = client.post(URL, content=body, headers=headers)
    assert filed.status_code == 200, filed.text
    julie = hire(ctx, "julie", "moderator")
    case = client.get(f"/api/v1/cases/{filed.json()['case_id']}", headers=julie.headers).json()
    assert [r["source"] for r in case["reports"]] == ["automated"]
