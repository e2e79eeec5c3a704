"""The contract's routes through the real ASGI app."""

from __future__ import annotations

from tests.people import hire, platform


def test_health_answers_without_a_token_and_everything_else_needs_one(client):
    assert client.get("/api/v1/health").status_code == 200
    response = client.get("/api/v1/cases")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"


def test_platform_syncs_a_subject_files_a_report_and_a_moderator_acts_on_it(ctx, client):
    integration, julie = platform(ctx), hire(ctx, "julie", "moderator")
    created = client.put("/api/v1/subjects/account/a1", headers=integration.headers,
                         json={"handle": "a1", "followers": 50, "verified": False, "tags": []})
    assert created.status_code == 201
    again = client.put("/api/v1/subjects/account/a1", headers=integration.headers,
                       json={"handle": "a1", "followers": 51, "verified": False, "tags": []})
    assert again.status_code == 200
    filed = client.post("/api/v1/reports", headers=integration.headers,
                        json={"subject": {"kind": "account", "id": "a1"}, "category": "spam", "text": "buy now",
                              "reporter": "u1"})
    assert filed.status_code == 201
    case_id = filed.json()["case_id"]
    listed = client.get("/api/v1/cases", headers=julie.headers).json()
    assert [c["id"] for c in listed["items"]] == [case_id]
    assert client.post(f"/api/v1/cases/{case_id}/claim", headers=julie.headers).json()["claimed_by"] == julie.id
    proposed = client.post("/api/v1/actions", headers=julie.headers,
                           json={"subject": {"kind": "account", "id": "a1"}, "type": "limit", "reason": "spam",
                                 "case_id": case_id})
    assert proposed.status_code == 201
    assert proposed.json()["state"] == "executed"
    subject = client.get("/api/v1/subjects/account/a1", headers=julie.headers).json()
    assert subject["status"] == "limited"
    reversed_ = client.post(f"/api/v1/actions/{proposed.json()['id']}/reverse", headers=julie.headers)
    assert reversed_.json()["state"] == "reversed"
    assert client.get("/api/v1/subjects/account/a1", headers=julie.headers).json()["status"] == "active"
    case = client.get(f"/api/v1/cases/{case_id}", headers=julie.headers).json()
    assert case["reports"][0]["text"] == "buy now"
    assert [h["kind"] for h in case["history"]] == ["opened", "claimed", "actioned"]


def test_the_platform_token_can_sync_and_report_but_not_act_or_read_cases(ctx, client):
    integration = platform(ctx)
    client.put("/api/v1/subjects/account/a1", headers=integration.headers, json={"followers": 5})
    assert client.get("/api/v1/cases", headers=integration.headers).status_code == 403
    denied = client.post("/api/v1/actions", headers=integration.headers,
                         json={"subject": {"kind": "account", "id": "a1"}, "type": "warn", "reason": "x"})
    assert denied.status_code == 403


def test_a_moderator_token_cannot_sync_subject_data(ctx, client):
    julie = hire(ctx, "julie", "moderator")
    response = client.put("/api/v1/subjects/account/a1", headers=julie.headers,
                          json={"handle": "a1", "followers": 5, "tags": ["public-interest"]})
    assert response.status_code == 403


def test_only_an_admin_adds_staff_over_the_api(ctx, client):
    admin, julie = hire(ctx, "root", "admin"), hire(ctx, "julie", "moderator")
    body = {"name": "newbie", "role": "triage"}
    assert client.post("/api/v1/staff", headers=julie.headers, json=body).status_code == 403
    created = client.post("/api/v1/staff", headers=admin.headers, json=body)
    assert created.status_code == 201
    token = created.json()["token"]
    assert client.get("/api/v1/cases", headers={"Authorization": f"Bearer {token}"}).status_code == 200
