"""How the console fails: a calm page or a trip back to sign-in, never a traceback or a JSON body.

The API's handlers stay in charge of /api/...; these take over for console paths only."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from contextlib import suppress
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from trustdesk.console.i18n import N_, choose_language, gettext, speaking
from trustdesk.console.render import ENV, set_flash
from trustdesk.domain import errors
from trustdesk.services.access import sessions

log = logging.getLogger(__name__)

SESSION_COOKIE = "td_session"
NOT_CONSOLE = ("/api/", "/docs", "/openapi.json", "/redoc")

# Reported content is attacker-written: no inline script or style may run, nothing loads from elsewhere.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}


class SignInRequired(Exception):
    def __init__(self, next_path: str = "/queue", message: str | None = None) -> None:
        super().__init__(message or "sign in")
        self.next_path, self.message = next_path, message


class PageError(Exception):
    def __init__(self, status: int, title: str, message: str) -> None:
        super().__init__(message)
        self.status, self.title, self.message = status, title, message


STATUS = {
    errors.NotPermitted: (403, N_("Not permitted")),
    errors.NotFound: (404, N_("Not found")),
    errors.Conflict: (409, N_("Conflict")),
    errors.InvalidTransition: (409, N_("Conflict")),
    errors.RateLimited: (429, N_("Slow down")),
    errors.TooLarge: (413, N_("Too large")),
}


def is_console_path(path: str) -> bool:
    return not path.startswith(NOT_CONSOLE)


def error_page(status: int, title: str, message: str, request: Request | None = None) -> HTMLResponse:
    language = page_language(request) if request is not None else "en"
    with speaking(language):
        body = ENV.get_template("error.html").render(status=status, title=gettext(title), message=gettext(message),
                                                     flash=None, lang=language)
    return HTMLResponse(body, status_code=status)


def page_language(request: Request) -> str:
    """The signed-in member's language if there is one, else the browser's: an error page must not fail."""
    chosen = None
    # Signed out, or the database is why we are here: then the browser decides.
    with suppress(Exception):
        chosen = sessions.resolve_session(request.app.state.ctx, cookie=request.cookies.get(SESSION_COOKIE)).language
    return choose_language(chosen, request.headers.get("accept-language"))


def sign_in_redirect(exc: SignInRequired) -> RedirectResponse:
    response = RedirectResponse(f"/sign-in?next={quote(exc.next_path, safe='/')}", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    if exc.message:
        set_flash(response, "error", exc.message)
    return response


def domain_error_page(request: Request, exc: errors.DomainError) -> Response:
    if isinstance(exc, errors.NotAuthenticated):
        return sign_in_redirect(SignInRequired(message=exc.message))
    status, title = next((v for cls, v in STATUS.items() if isinstance(exc, cls)), (400, N_("Cannot do that")))
    return error_page(status, title, exc.message, request)


Handler = Callable[[Request, Exception], Response | Awaitable[Response]]


def install_error_pages(app: FastAPI) -> None:
    """Console paths get pages; every other path keeps the handler the API installed."""

    def for_console(exc_class: type[Exception], page: Callable[[Request, Exception], Response]) -> None:
        original: Handler | None = app.exception_handlers.get(exc_class)

        async def dispatch(request: Request, exc: Exception) -> Response:
            if is_console_path(request.url.path) or original is None:
                return page(request, exc)
            result = original(request, exc)
            return await result if isinstance(result, Awaitable) else result

        app.add_exception_handler(exc_class, dispatch)

    app.add_exception_handler(SignInRequired, lambda _r, exc: sign_in_redirect(exc))
    app.add_exception_handler(PageError, lambda r, exc: error_page(exc.status, exc.title, exc.message, r))
    for_console(errors.DomainError, domain_error_page)  # type: ignore[arg-type]
    for_console(RequestValidationError, lambda r, _exc: error_page(
        400, N_("Something is missing"), N_("The form was incomplete or malformed; go back and try again."), r))
    for_console(StarletteHTTPException, lambda r, exc: error_page(
        exc.status_code, N_("Not found") if exc.status_code == 404 else N_("Cannot do that"),  # type: ignore[attr-defined]
        N_("There is no such page.") if exc.status_code == 404 else str(exc.detail), r))  # type: ignore[attr-defined]
    for_console(Exception, _unexpected)


def _unexpected(request: Request, exc: Exception) -> Response:
    log.exception("console error", exc_info=exc)
    return error_page(500, N_("Something went wrong"), N_("Something went wrong on our side; nothing was changed."),
                      request)


def install_security_headers(app: FastAPI) -> None:
    app.add_middleware(SecurityHeadersMiddleware)


class SecurityHeadersMiddleware:
    """The console's security headers (and no caching of its pages). Pure ASGI: Starlette's BaseHTTPMiddleware
    costs a task group and a stream per request, API requests included, which only pass through here."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or not is_console_path(path):
            await self.app(scope, receive, send)
            return
        extra = dict(SECURITY_HEADERS)
        if not path.startswith("/static/"):
            extra["Cache-Control"] = "no-store"
        wanted = [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in extra.items()]

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                message["headers"] = headers + [(name, value) for name, value in wanted if name not in present]
            await send(message)

        await self.app(scope, receive, send_with_headers)
