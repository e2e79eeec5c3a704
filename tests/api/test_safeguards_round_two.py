"""Safeguards, round two, over HTTP: a reversal never re-imposes a takedown without the policy."""

from __future__ import annotations

from datetime import timedelta

from tests.conftest import T0
from tests.people import hire, platform
from trustdesk.services.enforcement.scheduler import run_due

API = "/api/v1"
HEAD_OF_STATE = {"handle": "HeadOfState", "followers": 41_700_000, "verified": True, "tags": ["public-interest"]}
DEACTIVATE = {"subject": {"kind": "account", "id": "hos"}, "type": "deactivate", "reason": "abusive account"}
RESTORE = {"subject": {"kind": "account", "id": "hos"}, "type": "restore", "reason": "newsworthy"}


def _deactivated_then_restored(ctx, client, clock):
    integration = platform(ctx)
    julie = hire(ctx, "julie", "moderator")
    senior1, senior2 = hire(ctx, "senior1", "senior"), hire(ctx, "senior2", "senior")
    client.put(f"{API}/subjects/account/hos", headers=integration.headers, json=HEAD_OF_STATE)
    proposed = client.post(f"{API}/actions", headers=julie.headers, json=DEACTIVATE).json()
    client.post(f"{API}/actions/{proposed['id']}/approve", headers=senior1.headers)
    client.post(f"{API}/actions/{proposed['id']}/approve", headers=senior2.headers)
    clock.advance(minutes=11)
    run_due(ctx)
    assert client.get(f"{API}/subjects/account/hos", headers=julie.headers).json()["status"] == "deactivated"
    restore = client.post(f"{API}/actions", headers=julie.headers, json=RESTORE).json()
    assert restore["state"] == "executed"
    return julie, restore


def test_a_contractor_reversing_a_restore_is_refused_by_the_policy_and_seen(ctx, client, clock):
    julie, restore = _deactivated_then_restored(ctx, client, clock)
    contractor = hire(ctx, "contractor", "moderator", contractor=True, access_end=T0 + timedelta(hours=6))
    answer = client.post(f"{API}/actions/{restore['id']}/reverse", headers=contractor.headers)
    assert answer.status_code == 403
    assert client.get(f"{API}/subjects/account/hos", headers=julie.headers).json()["status"] == "active"
    assert client.get(f"{API}/actions/{restore['id']}", headers=julie.headers).json()["state"] == "executed"
    alerts = client.get(f"{API}/alerts", headers=julie.headers).json()["items"]
    assert alerts[0]["kind"] == "denied_attempt" and "contractor" in alerts[0]["message"]


def test_reversing_a_restore_proposes_the_takedown_again_under_the_full_safeguards(ctx, client, clock):
    julie, restore = _deactivated_then_restored(ctx, client, clock)
    answer = client.post(f"{API}/actions/{restore['id']}/reverse", headers=julie.headers)
    assert answer.status_code == 200
    again = answer.json()
    assert again["reimposes"] == restore["id"] and again["id"] != restore["id"]
    assert again["type"] == "deactivate" and again["state"] == "pending_approval"
    assert "2 approvals" in again["explanation"]
    assert client.get(f"{API}/subjects/account/hos", headers=julie.headers).json()["status"] == "active"


def test_an_appeal_cannot_overturn_a_restore_into_a_takedown(ctx, client, clock):
    julie, restore = _deactivated_then_restored(ctx, client, clock)
    karim = hire(ctx, "karim", "senior")
    appeal = client.post(f"{API}/appeals", headers=julie.headers,
                         json={"action_id": restore["id"], "appellant": "reporter", "text": "restore it not"})
    if appeal.status_code == 201:
        decided = client.post(f"{API}/appeals/{appeal.json()['id']}/decide", headers=karim.headers,
                              json={"overturn": True, "reason": "agree"})
        assert decided.status_code in (403, 409)
    else:
        assert 400 <= appeal.status_code < 500
    assert client.get(f"{API}/subjects/account/hos", headers=julie.headers).json()["status"] == "active"


def test_a_platform_sync_down_to_ten_followers_does_not_let_one_moderator_deactivate(ctx, client):
    integration, julie = platform(ctx), hire(ctx, "julie", "moderator")
    senior = hire(ctx, "senior", "senior")
    star = {"handle": "star", "followers": 41_700_000, "verified": True, "tags": []}
    client.put(f"{API}/subjects/account/star", headers=integration.headers, json=star)
    client.put(f"{API}/subjects/account/star", headers=integration.headers,
               json={**star, "followers": 10, "verified": False})
    deactivate = {"subject": {"kind": "account", "id": "star"}, "type": "deactivate", "reason": "spam"}
    assert client.post(f"{API}/actions", headers=julie.headers, json=deactivate).json()["state"] == "pending_approval"
    assert client.get(f"{API}/alerts", headers=julie.headers).json()["items"][0]["kind"] == "reach_drop_held"
    confirm = f"{API}/subjects/account/star/confirm-reach-drop"
    assert client.post(confirm, headers=julie.headers, json={"reason": "ok"}).status_code == 403
    assert client.post(confirm, headers=senior.headers, json={"reason": "sold"}).json()["tier"] == "low"
