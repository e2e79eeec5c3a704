"""Per-platform namespaces: account/42 of one platform is not account/42 of another."""

from __future__ import annotations

from tests.people import hire, platform

ACCOUNT_42 = {"handle": "fortytwo", "followers": 10, "verified": False, "tags": []}


def _sync(client, who, body, **params):
    return client.put("/api/v1/subjects/account/42", headers=who.headers, json=body, params=params)


def _report(client, who, subject, text="spam spam"):
    return client.post("/api/v1/reports", headers=who.headers,
                       json={"subject": subject, "category": "spam", "text": text, "reporter": "u1"})


def test_two_integrations_keep_their_own_account_42(ctx, client):
    first, second = platform(ctx, "first"), platform(ctx, "second")
    julie = hire(ctx, "julie", "moderator")
    assert _sync(client, first, ACCOUNT_42).status_code == 201
    # The same id on another platform is a new subject, not an overwrite of the first one's.
    assert _sync(client, second, {**ACCOUNT_42, "handle": "other", "followers": 7}).status_code == 201

    on_first = client.get("/api/v1/subjects/account/42", headers=julie.headers, params={"platform": "first"}).json()
    on_second = client.get("/api/v1/subjects/account/42", headers=julie.headers, params={"platform": "second"}).json()
    assert (on_first["platform"], on_first["handle"], on_first["followers"]) == ("first", "fortytwo", 10)
    assert (on_second["platform"], on_second["handle"], on_second["followers"]) == ("second", "other", 7)
    # Staff without a platform mean the default one: the first registered.
    assert client.get("/api/v1/subjects/account/42", headers=julie.headers).json()["platform"] == "first"

    filed = _report(client, second, {"kind": "account", "id": "42"})
    assert filed.status_code == 201
    case = client.get(f"/api/v1/cases/{filed.json()['case_id']}", headers=julie.headers).json()
    assert case["platform"] == "second"
    assert case["subject"]["platform"] == "second" and case["subject"]["handle"] == "other"


def test_an_integration_cannot_touch_another_platforms_subjects(ctx, client):
    first, second = platform(ctx, "first"), platform(ctx, "second")
    _sync(client, first, ACCOUNT_42)
    assert _sync(client, second, ACCOUNT_42, platform="first").status_code == 403
    refused = _report(client, second, {"kind": "account", "id": "42", "platform": "first"})
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "not_permitted"
    # Naming its own platform is the same as naming none.
    assert _report(client, second, {"kind": "account", "id": "42", "platform": "second"}).status_code == 201


def test_actions_reach_the_named_platforms_subject_only(ctx, client):
    first, second = platform(ctx, "first"), platform(ctx, "second")
    julie = hire(ctx, "julie", "moderator")
    _sync(client, first, ACCOUNT_42)
    _sync(client, second, ACCOUNT_42)
    proposed = client.post("/api/v1/actions", headers=julie.headers,
                           json={"subject": {"kind": "account", "id": "42", "platform": "second"},
                                 "type": "limit", "reason": "spam"})
    assert proposed.status_code == 201, proposed.text
    assert proposed.json()["subject"]["platform"] == "second"
    status = {name: client.get("/api/v1/subjects/account/42", headers=julie.headers,
                               params={"platform": name}).json()["status"] for name in ("first", "second")}
    assert status == {"first": "active", "second": "limited"}


def test_audit_names_the_platform_unless_it_is_the_default(ctx, client):
    first, second = platform(ctx, "first"), platform(ctx, "second")
    admin = hire(ctx, "root", "admin")
    _report(client, first, {"kind": "account", "id": "42"})
    _report(client, second, {"kind": "account", "id": "42"})
    entries = client.get("/api/v1/audit", headers=admin.headers, params={"limit": 200}).json()
    filed = [e["subject"] for e in entries["items"] if e["verb"] == "report.filed"]
    assert sorted(filed) == ["account/42", "second:account/42"]


def test_unknown_platform_for_staff_is_not_found_and_bad_platform_is_422(ctx, client):
    platform(ctx, "first")
    julie = hire(ctx, "julie", "moderator")
    missing = client.get("/api/v1/subjects/account/42", headers=julie.headers, params={"platform": "nowhere"})
    assert missing.status_code == 404
    too_long = client.get("/api/v1/subjects/account/42", headers=julie.headers, params={"platform": "x" * 101})
    assert too_long.status_code in (400, 422)
