"""The 2 November 2017 incident, replayed through the HTTP API: every link of the chain now breaks."""

from __future__ import annotations

from datetime import timedelta

from tests.conftest import T0
from tests.people import hire, platform
from trustdesk.services.enforcement.scheduler import run_due

HEAD_OF_STATE = {"handle": "HeadOfState", "followers": 41_700_000, "verified": True, "tags": ["public-interest"]}
DEACTIVATE = {"subject": {"kind": "account", "id": "hos"}, "type": "deactivate",
              "reason": "user report: abusive account"}


def test_the_2017_deactivation_cannot_happen_alone_and_is_undone_at_once(ctx, client, clock):
    integration = platform(ctx)
    last_day_end = T0 + timedelta(hours=6)
    contractor = hire(ctx, "contractor", "moderator", contractor=True, access_end=last_day_end)
    julie, karim = hire(ctx, "julie", "moderator"), hire(ctx, "karim", "moderator")
    senior1, senior2 = hire(ctx, "senior1", "senior"), hire(ctx, "senior2", "senior")
    api = "/api/v1"

    assert client.put(f"{api}/subjects/account/hos", headers=integration.headers, json=HEAD_OF_STATE).status_code == 201
    filed = client.post(f"{api}/reports", headers=integration.headers,
                        json={"subject": {"kind": "account", "id": "hos"}, "category": "harassment",
                              "text": "deactivate this account", "reporter": "one_user"})
    case_id = filed.json()["case_id"]

    # One user's report no longer reaches the contractor: the case sits in the senior-only queue.
    assert client.post(f"{api}/cases/{case_id}/claim", headers=contractor.headers).status_code == 404
    # Even going straight for the action, on his last day, he cannot deactivate, and the attempt is seen.
    denied = client.post(f"{api}/actions", headers=contractor.headers, json={**DEACTIVATE, "case_id": case_id})
    assert denied.status_code == 403
    assert "contractor" in denied.json()["error"]["message"] or "last" in denied.json()["error"]["message"]
    alerts = client.get(f"{api}/alerts", headers=julie.headers).json()["items"]
    assert alerts[0]["kind"] == "denied_attempt" and "contractor" in alerts[0]["message"]
    assert client.get(f"{api}/subjects/account/hos", headers=julie.headers).json()["status"] == "active"

    # An employee's proposal waits: the proposer's own approval and a moderator's do not count, one senior is
    # not enough, two seniors schedule it, and a third person cancels inside the window.
    proposed = client.post(f"{api}/actions", headers=julie.headers, json=DEACTIVATE).json()
    assert proposed["state"] == "pending_approval"
    assert "2 approvals" in proposed["explanation"] and "10-minute" in proposed["explanation"]
    action = f"{api}/actions/{proposed['id']}"
    assert client.post(f"{action}/approve", headers=julie.headers).status_code == 403
    assert client.post(f"{action}/approve", headers=contractor.headers).status_code == 403
    assert client.post(f"{action}/approve", headers=senior1.headers).json()["state"] == "pending_approval"
    scheduled = client.post(f"{action}/approve", headers=senior2.headers).json()
    assert scheduled["state"] == "scheduled"
    clock.advance(minutes=5)
    assert client.post(f"{action}/cancel", headers=karim.headers,
                       json={"reason": "newsworthy account"}).json()["state"] == "cancelled"
    clock.advance(minutes=6)
    run_due(ctx)
    assert client.get(f"{api}/subjects/account/hos", headers=julie.headers).json()["status"] == "active"

    # The contractor's token works up to his access end, and not one second after.
    clock.set(last_day_end - timedelta(seconds=1))
    assert client.get(f"{api}/cases", headers=contractor.headers).status_code == 200
    clock.set(last_day_end)
    assert client.get(f"{api}/cases", headers=contractor.headers).status_code == 401

    # Had it gone through, the alert would name it at once and restoring is one call.
    again = client.post(f"{api}/actions", headers=julie.headers, json=DEACTIVATE).json()
    client.post(f"{api}/actions/{again['id']}/approve", headers=senior1.headers)
    client.post(f"{api}/actions/{again['id']}/approve", headers=senior2.headers)
    clock.advance(minutes=10)
    run_due(ctx)
    assert client.get(f"{api}/subjects/account/hos", headers=julie.headers).json()["status"] == "deactivated"
    alert = client.get(f"{api}/alerts", headers=julie.headers).json()["items"][0]
    assert alert["kind"] == "high_impact_executed"
    restore = alert["payload"]["restore"]
    assert client.request(restore["method"], restore["path"], headers=karim.headers).json()["state"] == "reversed"
    restored = client.get(f"{api}/subjects/account/hos", headers=julie.headers).json()
    assert (restored["status"], restored["tags"], restored["labels"]) == ("active", ["public-interest"], [])
