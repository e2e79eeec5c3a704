"""POST /staff, staff changes and tokens over HTTP: nothing elevated without a second admin, nothing unseen."""

from __future__ import annotations

import pytest

from tests.people import hire


@pytest.fixture
def admins(ctx):
    return hire(ctx, "ada", "admin"), hire(ctx, "bob", "admin")


def _alerts(client, person) -> list[str]:
    return [a["kind"] for a in client.get("/api/v1/alerts", headers=person.headers).json()["items"]]


def test_an_admin_creating_two_seniors_gets_two_pending_proposals_and_no_token(client, admins):
    ada, bob = admins
    for name in ("puppet1", "puppet2"):
        answer = client.post("/api/v1/staff", headers=ada.headers, json={"name": name, "role": "senior"})
        assert answer.status_code == 202, answer.text
        body = answer.json()
        assert body["state"] == "pending_approval" and body["id"].startswith("stc_")
        assert body.get("token") is None and "needs 1 approval from admin" in body["explanation"]
    names = {m["name"] for m in client.get("/api/v1/staff", headers=ada.headers).json()["items"]}
    assert not {"puppet1", "puppet2"} & names
    assert _alerts(client, bob).count("staff_change_proposed") == 2
    pending = client.get("/api/v1/staff-changes?state=pending_approval", headers=bob.headers).json()["items"]
    assert {p["name"] for p in pending} == {"puppet1", "puppet2"}


def test_the_second_admin_approves_and_alone_receives_the_new_token(client, admins):
    ada, bob = admins
    change = client.post("/api/v1/staff", headers=ada.headers, json={"name": "sam", "role": "admin"}).json()
    own = client.post(f"/api/v1/staff-changes/{change['id']}/approve", headers=ada.headers)
    assert own.status_code == 403 and own.json()["error"]["code"]
    approved = client.post(f"/api/v1/staff-changes/{change['id']}/approve", headers=bob.headers)
    assert approved.status_code == 200 and approved.json()["state"] == "applied"
    token = approved.json()["token"]
    me = client.get("/api/v1/tokens?staff=sam", headers={"Authorization": f"Bearer {token}"}).json()["items"]
    assert [(t["owner"]["name"], t["issued_by"]) for t in me] == [("sam", "bob")]
    assert client.get(f"/api/v1/staff-changes/{change['id']}", headers=ada.headers).json().get("token") is None
    assert "staff_change_applied" in _alerts(client, ada)


def test_a_moderator_is_added_at_once_as_the_contract_says(client, admins):
    ada, _ = admins
    answer = client.post("/api/v1/staff", headers=ada.headers, json={"name": "mo", "role": "moderator"})
    assert answer.status_code == 201
    body = answer.json()
    assert body["id"].startswith("stf_") and body["token"].startswith("tdk_") and body["state"] == "applied"


def test_role_raises_and_tokens_for_others_wait_over_http_too(client, admins, ctx):
    ada, bob = admins
    mo = hire(ctx, "mo", "moderator")
    raised = client.post("/api/v1/staff/mo/role", headers=ada.headers, json={"role": "admin"})
    assert raised.status_code == 202
    token = client.post("/api/v1/staff/mo/tokens", headers=ada.headers, json={"reason": "lost it"})
    assert token.status_code == 202 and token.json().get("token") is None
    own = client.post("/api/v1/staff/mo/tokens", headers=mo.headers, json={})
    assert own.status_code == 201 and own.json()["token"].startswith("tdk_")
    lowered = client.post("/api/v1/staff/mo/role", headers=ada.headers, json={"role": "triage"})
    assert lowered.status_code == 200 and lowered.json()["role"] == "triage"
    rejected = client.post(f"/api/v1/staff-changes/{raised.json()['id']}/reject", headers=bob.headers)
    assert rejected.json()["state"] == "rejected"


def test_a_revoked_token_gets_401_at_once_and_is_alerted(client, admins, ctx):
    ada, _ = admins
    mo = hire(ctx, "mo", "moderator")
    assert client.get("/api/v1/cases", headers=mo.headers).status_code == 200
    listed = client.get("/api/v1/tokens?staff=mo", headers=ada.headers).json()["items"]
    assert [t["last4"] for t in listed] == [mo.token[-4:]] and mo.token not in str(listed)
    revoked = client.post(f"/api/v1/tokens/{listed[0]['id']}/revoke", headers=ada.headers)
    assert revoked.status_code == 200 and revoked.json()["revoked_by"] == "ada"
    refused = client.get("/api/v1/cases", headers=mo.headers)
    assert refused.status_code == 401 and refused.json()["error"]["code"]
    assert "token_revoked" in _alerts(client, ada)
    assert client.post(f"/api/v1/tokens/{listed[0]['id']}/revoke", headers=ada.headers).status_code == 409


def test_a_member_cannot_list_or_revoke_someone_elses_token(client, admins, ctx):
    ada, _ = admins
    mo = hire(ctx, "mo", "moderator")
    assert {t["owner"]["name"] for t in client.get("/api/v1/tokens", headers=mo.headers).json()["items"]} == {"mo"}
    adas = client.get("/api/v1/tokens?staff=ada", headers=ada.headers).json()["items"][0]["id"]
    assert client.post(f"/api/v1/tokens/{adas}/revoke", headers=mo.headers).status_code == 404
    assert client.get("/api/v1/cases", headers=ada.headers).status_code == 200


@pytest.mark.parametrize("path, body", [
    ("/api/v1/staff", {"name": "x", "role": 3}),
    ("/api/v1/staff", {"name": "x", "role": "overlord"}),
    ("/api/v1/staff/ada/role", {"role": "boss"}),
    ("/api/v1/staff/nobody/role", {"role": "admin"}),
    ("/api/v1/staff/nobody/tokens", {}),
    ("/api/v1/staff-changes/stc_nope/approve", None),
    ("/api/v1/tokens/tok_nope/revoke", None),
])
def test_bad_input_is_a_json_4xx(client, admins, path, body):
    ada, _ = admins
    answer = client.post(path, headers=ada.headers, json=body)
    assert 400 <= answer.status_code < 500, answer.text
    assert set(answer.json()["error"]) >= {"code", "message"}


def test_openapi_describes_the_answers(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/v1/staff", "/api/v1/tokens/{token_id}/revoke", "/api/v1/staff-changes/{change_id}/approve"):
        post = paths[path]["post"]
        assert "$ref" in str(post["responses"]["200" if "201" not in post["responses"] else "201"])
    assert "202" in paths["/api/v1/staff"]["post"]["responses"]


def test_a_member_sets_their_console_language_and_only_an_admin_sets_someone_elses(ctx, client, admins):
    ada, _ = admins
    camille, _jo = hire(ctx, "camille", "moderator"), hire(ctx, "jo", "triage")
    mine = client.put("/api/v1/staff/camille/language", headers=camille.headers, json={"language": "fr"})
    assert mine.status_code == 200 and mine.json() == {"name": "camille", "language": "fr"}
    theirs = client.put("/api/v1/staff/jo/language", headers=camille.headers, json={"language": "fr"})
    assert theirs.status_code == 403 and theirs.json()["error"]["code"]
    unknown = client.put("/api/v1/staff/camille/language", headers=camille.headers, json={"language": "klingon"})
    assert unknown.status_code == 422 and "known: en, fr" in unknown.json()["error"]["message"]
    by_admin = client.put("/api/v1/staff/jo/language", headers=ada.headers, json={"language": None})
    assert by_admin.status_code == 200 and by_admin.json()["language"] is None
