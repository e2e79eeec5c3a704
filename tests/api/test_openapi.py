"""The OpenAPI document says what every /api/v1 route answers, and what its errors look like."""

from __future__ import annotations

from typing import cast

import pytest

from trustdesk.api.app import API_PREFIX, create_app
from trustdesk.services.base.context import Context


@pytest.fixture(scope="module")
def document() -> dict:
    # The document depends on the routes only, not on a database.
    return create_app(cast(Context, None)).openapi()


def _resolve(document: dict, schema: dict) -> dict:
    while "$ref" in schema:
        name = schema["$ref"].removeprefix("#/components/schemas/")
        schema = document["components"]["schemas"][name]
    return schema


def _operations(document: dict):
    for path, item in document["paths"].items():
        if path.startswith(API_PREFIX):
            for method, operation in item.items():
                yield f"{method.upper()} {path}", operation


def _json_schema(document: dict, response: dict) -> dict:
    return _resolve(document, response.get("content", {}).get("application/json", {}).get("schema", {}))


def test_every_api_operation_describes_its_successful_answer(document):
    operations = dict(_operations(document))
    assert len(operations) >= 45
    vague = []
    for name, operation in operations.items():
        successes = {code: r for code, r in operation["responses"].items() if code.startswith("2")}
        if not successes:
            vague.append(f"{name}: no 2xx response")
        for code, response in successes.items():
            schema = _json_schema(document, response)
            # One route may answer one of several shapes (GET /policy/explain: an action or a desk permission);
            # each must then be described.
            shapes = [_resolve(document, option) for option in schema.get("anyOf", [])] or [schema]
            # `dict` or a missing model documents as {} or a bare object: it tells a client nothing.
            if any(shape.get("type") != "object" or not shape.get("properties") for shape in shapes):
                vague.append(f"{name} {code}: {schema or 'no schema'}")
    assert not vague, "operations whose answer the OpenAPI document does not describe:\n" + "\n".join(vague)


def test_every_documented_error_is_the_json_error_envelope(document):
    envelope = document["components"]["schemas"]["ErrorResponse"]
    assert envelope["properties"]["error"]["$ref"].endswith("/ErrorDetail")
    detail = document["components"]["schemas"]["ErrorDetail"]
    assert {"code", "message", "field"} <= set(detail["properties"])
    assert set(detail["required"]) == {"code", "message"}
    wrong = []
    for name, operation in _operations(document):
        for code, response in operation["responses"].items():
            if code.startswith("4") and _json_schema(document, response) is not envelope:
                wrong.append(f"{name} {code}")
    assert not wrong, f"4xx answers documented with another shape: {wrong}"
    # FastAPI's own 422 shape ({"detail": [...]}) is not what trustdesk answers; it must not be advertised.
    assert "HTTPValidationError" not in document["components"]["schemas"]


def test_routes_document_the_errors_they_can_answer(document):
    operations = dict(_operations(document))
    public = {f"GET {API_PREFIX}/health", f"GET {API_PREFIX}/audit/public-key"}
    for name, operation in operations.items():
        codes = set(operation["responses"])
        if name in public:
            assert not any(code.startswith("4") for code in codes), name
            continue
        assert {"401", "403"} <= codes, name
        if operation.get("requestBody"):
            assert {"400", "413", "422"} <= codes, name
        if name.startswith("GET") and "{" in name:
            assert "404" in codes, name
    for decision in ("approve", "reject", "cancel", "reverse", "ratify"):
        assert {"404", "409"} <= set(document["paths"][f"{API_PREFIX}/actions/{{action_id}}/{decision}"]["post"][
            "responses"]), decision


def test_an_action_answer_documents_its_state_and_the_policy_decision(document):
    operation = document["paths"][f"{API_PREFIX}/actions"]["post"]
    schema = _json_schema(document, operation["responses"]["201"])
    assert {"id", "state", "explanation", "decision", "subject", "approvals_required"} <= set(schema["required"])
    decision = _resolve(document, schema["properties"]["decision"])
    assert {"allowed", "tier", "approvals_required", "delay_seconds", "explanation"} <= set(decision["properties"])
    assert {"403", "429"} <= set(operation["responses"])


def test_answers_that_may_come_with_two_statuses_document_both(document):
    sync = document["paths"][f"{API_PREFIX}/subjects/{{kind}}/{{external_id}}"]["put"]["responses"]
    assert _json_schema(document, sync["200"]) is _json_schema(document, sync["201"])
    report = document["paths"][f"{API_PREFIX}/reports"]["post"]["responses"]
    assert _json_schema(document, report["201"]) is _json_schema(document, report["200"])
