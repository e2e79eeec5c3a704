from __future__ import annotations

from tests.people import hire, platform


def test_an_appeal_filed_and_overturned_over_http_restores_the_account(ctx, client):
    integration = platform(ctx)
    julie, karim = hire(ctx, "julie", "moderator"), hire(ctx, "karim", "moderator")
    client.put("/api/v1/subjects/account/a1", headers=integration.headers, json={"handle": "a1", "followers": 10})
    action = client.post("/api/v1/actions", headers=julie.headers,
                         json={"subject": {"kind": "account", "id": "a1"}, "type": "deactivate",
                               "reason": "bot"}).json()
    stranger = client.post("/api/v1/appeals", headers=integration.headers,
                           json={"action_id": action["id"], "appellant": "a2", "text": "I am human"})
    assert stranger.status_code == 403 and stranger.json()["error"]["field"] == "appellant"
    filed = client.post("/api/v1/appeals", headers=integration.headers,
                        json={"action_id": action["id"], "appellant": "a1", "text": "I am human"})
    assert filed.status_code == 201
    appeal_id = filed.json()["id"]
    assert [a["id"] for a in client.get("/api/v1/appeals", headers=karim.headers).json()["items"]] == [appeal_id]
    wrong = client.post(f"/api/v1/appeals/{appeal_id}/decide", headers=julie.headers,
                        json={"overturn": True, "reason": "ok"})
    assert wrong.status_code == 403
    bad = client.post(f"/api/v1/appeals/{appeal_id}/decide", headers=karim.headers, json={"overturn": "yes"})
    assert bad.status_code == 422
    decided = client.post(f"/api/v1/appeals/{appeal_id}/decide", headers=karim.headers,
                          json={"overturn": True, "reason": "verified human"})
    assert decided.json()["state"] == "overturned"
    assert client.get("/api/v1/subjects/account/a1", headers=karim.headers).json()["status"] == "active"
