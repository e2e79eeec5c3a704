from __future__ import annotations

from tests.people import hire, platform


def test_the_statement_of_an_executed_action_is_readable_by_staff_and_the_platform(ctx, client):
    integration = platform(ctx)
    julie = hire(ctx, "julie", "moderator")
    client.put("/api/v1/subjects/account/a1", headers=integration.headers, json={"handle": "a1", "followers": 10})
    action = client.post("/api/v1/actions", headers=julie.headers,
                         json={"subject": {"kind": "account", "id": "a1"}, "type": "deactivate",
                               "reason": "bot network"}).json()
    for who in (julie, integration):
        answer = client.get(f"/api/v1/actions/{action['id']}/statement", headers=who.headers)
        assert answer.status_code == 200
        body = answer.json()
        assert body["action_id"] == action["id"] and body["restriction"] == "DECISION_ACCOUNT_TERMINATED"
        assert "your account is closed" in body["text"]
    missing = client.get("/api/v1/actions/act_unknown/statement", headers=julie.headers)
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    assert client.get(f"/api/v1/actions/{action['id']}/statement").status_code == 401
    schema = client.get("/openapi.json").json()
    ok = schema["paths"]["/api/v1/actions/{action_id}/statement"]["get"]["responses"]["200"]
    assert ok["content"]["application/json"]["schema"]["$ref"].endswith("/StatementOut")
