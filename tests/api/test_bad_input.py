"""Bad input gets a 4xx with the contract's JSON error naming the field, never a 500."""

from __future__ import annotations

import pytest

from tests.people import hire, platform
from trustdesk.domain.reports import MAX_TEXT


@pytest.fixture
def people(ctx):
    return platform(ctx), hire(ctx, "julie", "moderator")


def _error(response):
    body = response.json()
    assert set(body) == {"error"} and {"code", "message"} <= set(body["error"])
    return body["error"]


def test_malformed_json_is_a_400(client, people):
    integration, _ = people
    response = client.post("/api/v1/reports", headers={**integration.headers, "Content-Type": "application/json"},
                           content=b'{"subject": 42')
    assert response.status_code == 400
    assert _error(response)["code"] == "malformed_json"


def test_invalid_utf8_is_a_400_not_a_500(client, people):
    integration, _ = people
    response = client.post("/api/v1/reports", headers={**integration.headers, "Content-Type": "application/json"},
                           content=b'{"subject": {"kind": "account", "id": "\xff\xfe"}, "category": "spam"}')
    assert 400 <= response.status_code < 500
    _error(response)


@pytest.mark.parametrize(("body", "field"), [
    ({"subject": {"kind": "account", "id": "a"}, "category": "spam", "text": 42}, "text"),
    ({"subject": {"kind": "account", "id": 7}, "category": "spam"}, "subject.id"),
    ({"subject": {"kind": "planet", "id": "a"}, "category": "spam"}, "subject.kind"),
    ({"subject": {"kind": "account", "id": "a"}, "category": "rudeness"}, "category"),
    ({"category": "spam"}, "subject"),
])
def test_wrong_types_and_unknown_values_are_422s_naming_the_field(client, people, body, field):
    integration, _ = people
    response = client.post("/api/v1/reports", headers=integration.headers, json=body)
    assert response.status_code == 422
    assert _error(response)["field"] == field


def test_text_over_the_limit_is_a_413(client, people):
    integration, _ = people
    response = client.post("/api/v1/reports", headers=integration.headers,
                           json={"subject": {"kind": "account", "id": "a"}, "category": "spam",
                                 "text": "x" * (MAX_TEXT + 1)})
    assert response.status_code == 413
    assert _error(response)["field"] == "text"


def test_a_body_over_a_megabyte_is_a_413(client, people):
    integration, _ = people
    response = client.post("/api/v1/reports", headers={**integration.headers, "Content-Type": "application/json"},
                           content=b"x" * 1_100_000)
    assert response.status_code == 413


def test_unknown_action_type_is_a_422(client, people):
    _, julie = people
    response = client.post("/api/v1/actions", headers=julie.headers,
                           json={"subject": {"kind": "account", "id": "a"}, "type": "nuke", "reason": "x"})
    assert response.status_code == 422
    assert _error(response)["field"] == "type"


def test_unknown_case_and_action_are_404s(client, people):
    _, julie = people
    assert _error(client.get("/api/v1/cases/case_nope", headers=julie.headers))["code"] == "not_found"
    assert client.get("/api/v1/actions/does-not-exist", headers=julie.headers).status_code == 404
    assert client.post("/api/v1/actions/does-not-exist/approve", headers=julie.headers).status_code == 404


def test_approving_a_cancelled_action_is_a_409(ctx, client, people):
    integration, julie = people
    senior1, senior2 = hire(ctx, "senior1", "senior"), hire(ctx, "senior2", "senior")
    client.put("/api/v1/subjects/account/big", headers=integration.headers,
               json={"handle": "big", "followers": 5_000_000, "verified": True, "tags": []})
    proposed = client.post("/api/v1/actions", headers=julie.headers,
                           json={"subject": {"kind": "account", "id": "big"}, "type": "suspend",
                                 "duration_hours": 24, "reason": "threats"}).json()
    assert proposed["state"] == "pending_approval"
    assert client.post(f"/api/v1/actions/{proposed['id']}/cancel", headers=senior1.headers).status_code == 200
    response = client.post(f"/api/v1/actions/{proposed['id']}/approve", headers=senior2.headers)
    assert response.status_code == 409
    assert _error(response)["code"] == "conflict"


def test_unknown_routes_answer_json_404(client):
    response = client.get("/api/v1/nothing-here")
    assert response.status_code == 404
    _error(response)


@pytest.mark.parametrize(("content_type", "body", "says"), [
    ("text/plain", b'{"subject": {"kind": "account", "id": "a"}, "category": "spam"}', "Content-Type"),
    (None, b'{"subject": {"kind": "account", "id": "a"}, "category": "spam"}', "Content-Type"),
    ("application/json", b"[1, 2]", "object"),
    ("application/json", b'"a report"', "object"),
    ("application/json", b'{"subject": null, "category": "spam"}', "subject"),
])
def test_a_report_that_is_not_a_json_object_is_refused_with_422_saying_what_to_send(client, people, content_type,
                                                                                     body, says):
    integration, _ = people
    headers = {**integration.headers, **({"Content-Type": content_type} if content_type else {})}
    response = client.post("/api/v1/reports", headers=headers, content=body)
    assert response.status_code == 422
    assert says in _error(response)["message"]
