"""Every error leaves as {"error": {"code", "message"}}; bad input is a 4xx, never a 500 or a traceback."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import exc as sa_exc
from starlette.exceptions import HTTPException as StarletteHTTPException

from trustdesk.domain import errors

log = logging.getLogger(__name__)

STATUS = {
    errors.InvalidInput: 422,
    errors.TooLarge: 413,
    errors.NotFound: 404,
    errors.NotAuthenticated: 401,
    errors.NotPermitted: 403,
    errors.InvalidTransition: 409,
    errors.Conflict: 409,
    errors.RateLimited: 429,
    errors.Unavailable: 503,
}


def error_body(code: str, message: str, **extra: object) -> dict:
    return {"error": {"code": code, "message": message, **{k: v for k, v in extra.items() if v is not None}}}


def _domain_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, errors.DomainError)
    status = next((s for cls, s in STATUS.items() if isinstance(exc, cls)), 400)
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    if status in (429, 503):
        headers = {"Retry-After": str(exc.details.get("retry_after", RETRY_AFTER_SECONDS))}
    return JSONResponse(error_body(exc.code, exc.message, field=exc.field, **exc.details), status, headers=headers)


def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = exc.errors()
    first = problems[0] if problems else {"loc": (), "msg": "invalid request", "type": ""}
    if first.get("type") == "json_invalid":
        return JSONResponse(error_body("malformed_json", f"request body is not valid JSON: {first.get('msg')}"), 400)
    field = ".".join(str(p) for p in first.get("loc", ()) if p not in ("body", "query", "path"))
    message = f"{field or 'request'}: {first.get('msg')}"
    return JSONResponse(error_body("invalid_input", message, field=field or None), 422)


def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = {404: "not_found", 405: "method_not_allowed", 401: "not_authenticated"}.get(exc.status_code, "http_error")
    return JSONResponse(error_body(code, str(exc.detail)), exc.status_code, headers=getattr(exc, "headers", None))


def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error", exc_info=exc)
    return JSONResponse(error_body("internal", "something went wrong on our side; nothing was changed"), 500)


RETRY_AFTER_SECONDS = 5


def describe_database_error(exc: BaseException) -> str:
    """A short, credential-free reason: the driver's first line, without the URL or parameters."""
    original = getattr(exc, "orig", None) or exc
    text = str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__
    return text[:200]


def _unavailable(_request: Request, exc: Exception) -> JSONResponse:
    """The database is down, unreachable, read-only or too slow: say so at once, and when to come back."""
    reason = describe_database_error(exc)
    log.warning("database unavailable: %s", reason)
    return JSONResponse(
        error_body("unavailable", f"the database is unavailable ({reason}); nothing was changed, retry later",
                   dependency="database"),
        503, headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
    )


def _bad_value(_request: Request, exc: Exception) -> JSONResponse:
    """A value the database refuses (out of range, not storable): the input's fault, so a 422."""
    log.info("value refused by the database: %s", describe_database_error(exc))
    return JSONResponse(error_body("invalid_input", "a value is out of range or cannot be stored"), 422)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(errors.DomainError, _domain_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(sa_exc.OperationalError, _unavailable)
    app.add_exception_handler(sa_exc.TimeoutError, _unavailable)
    app.add_exception_handler(sa_exc.DataError, _bad_value)
    app.add_exception_handler(OverflowError, _bad_value)
    app.add_exception_handler(Exception, _unexpected)
