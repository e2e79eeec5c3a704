"""Hostile input stops at the door: one ASGI middleware checks every request before any route sees it.

Every API route and every console form is covered, whatever its schema says, because the check runs on the
raw request: the path (each path parameter by name), the query string, JSON bodies and form bodies.

Refused, with a 4xx naming the field:
- bytes that are not UTF-8 (overlong forms, encoded surrogates, stray continuation bytes);
- lone surrogates, whether sent raw or as a JSON escape ("\\ud800"): they cannot be stored or re-encoded;
- NUL characters (PostgreSQL cannot store them in text);
- numbers outside what every JSON reader agrees on (|n| > 2^53 - 1, I-JSON, RFC 7493), 1e400, NaN, Infinity;
- duplicate keys in one object (which one wins differs between parsers);
- nesting deeper than MAX_DEPTH.
The body is passed on unchanged when it is clean; FastAPI then parses it as usual.
"""

from __future__ import annotations

import json
import math
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import unquote_to_bytes

from starlette.responses import JSONResponse, PlainTextResponse, Response

MAX_DEPTH = 32
MAX_SAFE_INTEGER = 2**53 - 1
MAX_BODY_BYTES = 1_000_000

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class Refused(Exception):
    def __init__(self, status: int, code: str, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.field = status, code, message, field


def text_problem(value: str) -> str | None:
    """Why a string cannot be accepted, or None. Cheap on clean text (two C-speed scans)."""
    if "\x00" in value:
        return "contains a NUL character"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "contains a lone surrogate or bytes that are not UTF-8"
    return None


class _NonFinite:
    def __init__(self, name: str) -> None:
        self.name = name


class _Duplicated(dict):
    duplicate: str = ""


def _pairs(pairs: list[tuple[str, Any]]) -> dict:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        result = _Duplicated(pairs)
        result.duplicate = next(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
    return result


def _join(path: str, key: object) -> str:
    return f"{path}.{key}" if path else str(key)


def _walk(value: Any, path: str, depth: int) -> None:
    if depth > MAX_DEPTH:
        raise Refused(400, "too_deep", f"JSON nested deeper than {MAX_DEPTH} levels", path or None)
    if isinstance(value, str):
        problem = text_problem(value)
        if problem:
            raise Refused(422, "invalid_input", f"{path or 'body'}: {problem}", path or None)
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, int):
        if abs(value) > MAX_SAFE_INTEGER:
            raise Refused(422, "invalid_input", f"{path or 'body'}: number out of range (|n| must be at most "
                          f"2^53 - 1)", path or None)
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise Refused(422, "invalid_input", f"{path or 'body'}: number out of range", path or None)
    elif isinstance(value, _NonFinite):
        raise Refused(422, "invalid_input", f"{path or 'body'}: {value.name} is not a JSON number", path or None)
    elif isinstance(value, dict):
        if isinstance(value, _Duplicated):
            field = _join(path, value.duplicate)
            raise Refused(422, "invalid_input", f"{field}: key given more than once", field)
        for key, item in value.items():
            problem = text_problem(key)
            if problem:
                raise Refused(422, "invalid_input", f"{_join(path, '?')}: a key {problem}", path or None)
            _walk(item, _join(path, key), depth + 1)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _walk(item, _join(path, index), depth + 1)


def check_json(body: bytes) -> None:
    """Raise Refused unless `body` is strict JSON (see the module docstring)."""
    # Invalid bytes become lone surrogates here, so the walk below names the field that holds them.
    text = body.decode("utf-8", errors="surrogateescape")
    try:
        value = json.loads(text, object_pairs_hook=_pairs, parse_constant=_NonFinite)
    except RecursionError:
        raise Refused(400, "too_deep", f"JSON nested deeper than {MAX_DEPTH} levels") from None
    except ValueError as error:  # JSONDecodeError, and ints over Python's digit limit
        raise Refused(400, "malformed_json", f"request body is not valid JSON: {error}") from None
    _walk(value, "", 0)


def check_form(body: bytes) -> None:
    for pair in body.split(b"&"):
        name, _, raw = pair.partition(b"=")
        name_text = unquote_to_bytes(name.replace(b"+", b" ")).decode("utf-8", errors="surrogateescape")
        value = unquote_to_bytes(raw.replace(b"+", b" ")).decode("utf-8", errors="surrogateescape")
        for text in (name_text, value):
            problem = text_problem(text)
            if problem:
                field = name_text if text_problem(name_text) is None else None
                raise Refused(422, "invalid_input", f"{field or 'form field'}: {problem}", field)


def check_query(query: bytes) -> None:
    if query:
        check_form(query)


def _route_contexts(app: Any) -> list[Any]:
    routes = getattr(app, "routes", ())
    try:
        from fastapi.routing import iter_route_contexts  # FastAPI >= 0.16x flattens included routers here
    except ImportError:  # pragma: no cover - older FastAPI keeps them flat
        return list(routes)
    return list(iter_route_contexts(routes))


def _path_field(scope: Scope, app: Any) -> str | None:
    """The name of the path parameter holding a bad character, when a route matches."""
    path = scope.get("path", "")
    for route in _route_contexts(app):
        regex = getattr(route, "path_regex", None)
        found = regex.match(path) if regex is not None else None
        if found is not None:
            for name, value in found.groupdict().items():
                if isinstance(value, str) and text_problem(value):
                    return name
    return None


class StrictInputMiddleware:
    def __init__(self, app: Any, *, router_app: Any = None, max_body: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.router_app = router_app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        try:
            self._check_target(scope)
            receive = await self._checked_body(scope, receive)
        except Refused as refused:
            await self._refuse(scope, refused)(scope, receive, send)
            return
        await self.app(scope, receive, send)

    def _check_target(self, scope: Scope) -> None:
        path = scope.get("path", "")
        raw = scope.get("raw_path")
        decoded = unquote_to_bytes(raw).decode("utf-8", errors="surrogateescape") if raw else path
        for candidate in (path, decoded):
            problem = text_problem(candidate)
            if problem:
                field = _path_field(scope, self.router_app) or "path"
                raise Refused(422 if field != "path" else 400, "invalid_input", f"{field}: {problem}", field)
        check_query(scope.get("query_string", b""))

    async def _checked_body(self, scope: Scope, receive: Receive) -> Receive:
        if scope.get("method") in ("GET", "HEAD", "OPTIONS", "DELETE"):
            return receive
        content_type = ""
        for name, value in scope.get("headers", ()):
            if name == b"content-type":
                content_type = value.decode("latin-1").split(";", 1)[0].strip().lower()
        is_json = content_type in ("", "application/json") or content_type.endswith("+json")
        is_form = content_type == "application/x-www-form-urlencoded"
        if not (is_json or is_form):
            return receive
        chunks: list[bytes] = []
        size = 0
        messages: list[Message] = []
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                raise Refused(413, "too_large", f"request body over {self.max_body} bytes")
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        if body.strip():
            if is_json:
                check_json(body)
            else:
                check_form(body)
        replay = [{"type": "http.request", "body": body, "more_body": False}] + [
            m for m in messages if m["type"] != "http.request"
        ]

        async def replayed() -> Message:
            if replay:
                return replay.pop(0)
            return await receive()

        return replayed

    @staticmethod
    def _refuse(scope: Scope, refused: Refused) -> Response:
        path = scope.get("path", "")
        if path.startswith("/api/") or "\x00" in path or not path.isprintable():
            error: dict[str, Any] = {"code": refused.code, "message": refused.message}
            if refused.field:
                error["field"] = refused.field
            return JSONResponse({"error": error}, refused.status)
        return PlainTextResponse(f"{refused.message}\n", refused.status)
