"""A corpus of hostile input thrown at every route, on SQLite and PostgreSQL: always a 4xx naming the field.

The routes come from the app itself, so a route added later is covered without touching this file."""

from __future__ import annotations

import json
import re

import pytest
from fastapi.routing import iter_route_contexts

from tests.people import hire, platform

# (name, raw JSON body, the field the error must name, or None when no field can be named)
BODIES: list[tuple[str, bytes, str | None]] = [
    ("2^53", b'{"followers": 9007199254740992}', "followers"),
    ("-2^53", b'{"followers": -9007199254740992}', "followers"),
    ("2^63", b'{"followers": 9223372036854775808}', "followers"),
    ("2^64", b'{"duration_hours": 18446744073709551616}', "duration_hours"),
    ("5000 digits", b'{"followers": 1' + b"0" * 5000 + b"}", None),
    ("1e400", b'{"followers": 1e400}', "followers"),
    ("-1e400", b'{"duration_hours": -1e400}', "duration_hours"),
    ("NaN", b'{"followers": NaN}', "followers"),
    ("Infinity", b'{"followers": Infinity}', "followers"),
    ("-Infinity", b'{"followers": -Infinity}', "followers"),
    ("escaped lone surrogate", b'{"text": "abc\\ud800"}', "text"),
    ("escaped low surrogate", b'{"reason": "\\udc00x"}', "reason"),
    ("raw surrogate bytes", b'{"text": "\xed\xa0\x80"}', "text"),
    ("NUL escape", b'{"text": "a\\u0000b"}', "text"),
    ("NUL in nested id", b'{"subject": {"kind": "account", "id": "a\\u0000"}, "category": "spam"}', "subject.id"),
    ("surrogate in list", b'{"tags": ["ok", "\\ud83d"]}', "tags.1"),
    ("overlong slash", b'{"text": "\xc0\xaf"}', "text"),
    ("overlong NUL", b'{"text": "\xc0\x80"}', "text"),
    ("stray continuation", b'{"name": "\x80abc"}', "name"),
    ("5-byte form", b'{"name": "\xf8\x88\x80\x80\x80"}', "name"),
    ("duplicate key", b'{"text": "a", "text": "b"}', "text"),
    ("duplicate nested key", b'{"subject": {"id": "a", "id": "b"}}', "subject.id"),
    ("deep arrays", b"[" * 20_000 + b"]" * 20_000, None),
    ("deep objects", b'{"a":' * 40 + b"1" + b"}" * 40, None),
    ("surrogate in a key", b'{"\\ud800": 1}', None),
]

PATH_VALUES = ["a%00b", "%00", "%ED%A0%80", "%C0%AF", "%FF", "x" * 5000, "%F0%9F%98%80" * 100]
QUERY_VALUES = ["%00", "%ED%A0%80", "%C0%80", "99999999999999999999999999", "1e400", "NaN"]


@pytest.fixture
def tokens(ctx):
    return {"admin": hire(ctx, "root", "admin").headers, "platform": platform(ctx).headers}


def all_routes(app):
    """(path, method) of every route, included routers flattened."""
    for route in iter_route_contexts(app.routes):
        for method in sorted(getattr(route, "methods", None) or ()):
            yield route.path, method


def _api_routes(app):
    return [(path, method) for path, method in all_routes(app) if path.startswith("/api/")]


def _fill(path: str, value: str) -> str:
    return re.sub(r"\{[^}]+\}", value, path)


def _error(response, status_range=range(400, 500)):
    assert response.status_code in status_range, (response.status_code, response.text[:300])
    body = response.json()
    assert set(body) == {"error"} and {"code", "message"} <= set(body["error"]), body
    return body["error"]


def test_every_route_refuses_every_hostile_body_naming_the_field(client, tokens):
    routes = [(r, m) for r, m in _api_routes(client.app) if m in ("POST", "PUT", "PATCH")]
    assert len(routes) > 20  # the corpus really reaches the API
    for route_path, method in routes:
        path = _fill(route_path, "x1")
        for who in ("admin", "platform"):
            for name, body, field in BODIES:
                response = client.request(method, path, content=body,
                                          headers={**tokens[who], "Content-Type": "application/json"})
                error = _error(response)
                if field is not None:
                    assert error.get("field") == field, (method, path, name, error)


def test_every_route_refuses_hostile_path_ids_and_query_values(client, tokens):
    for route_path, method in _api_routes(client.app):
        if "{" in route_path:
            for value in PATH_VALUES:
                response = client.request(method, _fill(route_path, value), headers=tokens["admin"], json={})
                assert 400 <= response.status_code < 500, (method, route_path, value, response.text[:200])
                if "%00" in value or "%ED" in value:
                    error = _error(response)
                    assert error.get("field"), error
        path = _fill(route_path, "x1")
        for value in QUERY_VALUES:
            for param in ("limit", "queue", "q", "subject", "offset", "from"):
                response = client.request(method, f"{path}?{param}={value}", headers=tokens["admin"])
                assert response.status_code < 500, (method, path, param, value, response.text[:200])


def test_hostile_bodies_on_the_platform_routes_are_refused_before_touching_the_database(client, tokens):
    good = {"handle": "h", "followers": 10, "verified": False, "tags": []}
    for followers in (2**53, 2**63, 2**64):
        response = client.put("/api/v1/subjects/account/big", headers=tokens["platform"],
                              content=json.dumps({**good, "followers": followers}),)
        assert _error(response)["field"] == "followers"
    # the largest safe count is fine, and it reads back exactly
    response = client.put("/api/v1/subjects/account/big", headers=tokens["platform"],
                          json={**good, "followers": 2**53 - 1})
    assert response.status_code in (200, 201), response.text
    assert client.get("/api/v1/subjects/account/big", headers=tokens["admin"]).json()["followers"] == 2**53 - 1
    for text in ("\x00", "a\ud800b"):
        report = {"subject": {"kind": "account", "id": "big"}, "category": "spam", "text": text}
        response = client.post("/api/v1/reports", headers={**tokens["platform"], "Content-Type": "application/json"},
                               content=json.dumps(report).encode())
        assert _error(response)["field"] == "text"
    assert client.get("/api/v1/audit", headers=tokens["admin"]).status_code == 200


def test_console_forms_refuse_nul_and_bad_utf8(client):
    console_posts = [path for path, method in all_routes(client.app) if method == "POST"
                     and not path.startswith("/api/")]
    assert console_posts
    for route_path in console_posts:
        for body in (b"reason=a%00b", b"name=%ED%A0%80", b"q=%C0%AF&csrf=x"):
            response = client.post(_fill(route_path, "x1"), content=body,
                                   headers={"Content-Type": "application/x-www-form-urlencoded"},
                                   follow_redirects=False)
            assert 400 <= response.status_code < 500, (route_path, body, response.status_code)


def test_the_services_refuse_what_the_api_refuses(ctx):
    from trustdesk.domain.errors import InvalidInput
    from trustdesk.domain.subjects import SubjectKind, SubjectRef
    from trustdesk.services.intake import platform_sync

    integration = platform(ctx)
    for followers in (2**53, 2**63, -1):
        with pytest.raises(InvalidInput) as caught:
            platform_sync.sync_subject(ctx, actor=integration.principal, ref=SubjectRef(SubjectKind.ACCOUNT, "a"),
                                  handle="a", followers=followers, verified=False, tags=[])
        assert caught.value.field == "followers"
    with pytest.raises(InvalidInput) as caught:
        SubjectRef.parse("account", "a\x00")
    assert caught.value.field == "subject.id"
