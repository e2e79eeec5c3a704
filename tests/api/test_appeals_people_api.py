"""Appeals from the platform: each refusal is a clear 4xx naming the problem, never a 500."""

from __future__ import annotations

from tests.people import hire, platform


def test_bad_appeals_get_clear_errors(ctx, client, clock):
    integration = platform(ctx)
    julie = hire(ctx, "julie", "moderator")
    client.put("/api/v1/subjects/account/a1", headers=integration.headers, json={"handle": "a1", "followers": 10})
    action = client.post("/api/v1/actions", headers=julie.headers,
                         json={"subject": {"kind": "account", "id": "a1"}, "type": "limit", "reason": "spam"}).json()

    def appeal(action_id=action["id"], appellant="a1"):
        return client.post("/api/v1/appeals", headers=integration.headers,
                           json={"action_id": action_id, "appellant": appellant, "text": "not spam"})

    unknown = appeal(action_id="act_nope")
    assert unknown.status_code == 404 and unknown.json()["error"]["field"] == "action_id"
    assert appeal(appellant="a2").status_code == 403
    assert appeal().status_code == 201
    twice = appeal()
    assert twice.status_code == 409 and "open appeal" in twice.json()["error"]["message"]
    other = client.post("/api/v1/actions", headers=julie.headers,
                        json={"subject": {"kind": "account", "id": "a1"}, "type": "warn", "reason": "x"}).json()
    clock.advance(days=200)
    late = appeal(action_id=other["id"])
    assert late.status_code == 409 and "appeal window closed" in late.json()["error"]["message"]
    assert client.post("/api/v1/appeals", headers=integration.headers, json={"action_id": 3}).status_code == 422
