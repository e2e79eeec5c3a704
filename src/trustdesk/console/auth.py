"""Signing in and out, the session behind every page, and the CSRF check behind every form."""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable
from typing import Annotated, TypeVar

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from trustdesk.console.errors import SESSION_COOKIE, PageError, SignInRequired
from trustdesk.console.i18n import N_
from trustdesk.console.render import ctx_of, render, set_flash
from trustdesk.domain.errors import NotAuthenticated
from trustdesk.services.access import sessions
from trustdesk.services.access.sessions import ConsoleSession

T = TypeVar("T")

SIGN_IN_COOKIE = "td_signin"  # guards the sign-in form itself (login CSRF), before any session exists

router = APIRouter()


def safe_next(value: str | None) -> str:
    """Only a path on this site: never //evil.example or a scheme, so sign-in cannot redirect away."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value or "\n" in value:
        return "/queue"
    return value


def current_session(request: Request) -> ConsoleSession:
    """The signed-in member, re-checked now: sign-out, the 12-hour limit and access end all apply at once."""
    cookie = request.cookies.get(SESSION_COOKIE)
    try:
        return sessions.resolve_session(ctx_of(request), cookie=cookie)
    except NotAuthenticated as exc:
        here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        next_path = here if request.method == "GET" else "/queue"
        raise SignInRequired(next_path, exc.message if cookie else None) from None


def tokens_match(given: str, expected: str) -> bool:
    return bool(given) and hmac.compare_digest(given.encode(), expected.encode())


def posted_session(
    session: Annotated[ConsoleSession, Depends(current_session)], csrf: Annotated[str, Form()] = ""
) -> ConsoleSession:
    """Every form post goes through here: a post without this session's token changes nothing."""
    if not tokens_match(csrf, session.csrf_token):
        raise PageError(403, N_("Form refused"), N_("This form did not carry a valid security token, so nothing "
                                                    "was done. Reload the page and try again."))
    return session


async def posted_in_one_hop(request: Request, use_case: Callable[[ConsoleSession, dict[str, str]], T]) -> T:
    """A form post's session check, its CSRF check and its use case in ONE worker-thread call, for the desk's
    posts that must stay quick during a report flood (claim-next): as PostDep, without the two extra hops to a
    worker thread (one per dependency) that each wait for a turn of the event loop a flood keeps busy."""
    form = {key: value for key, value in (await request.form()).items() if isinstance(value, str)}

    def checked_then_done() -> T:
        return use_case(posted_session(current_session(request), form.get("csrf", "")), form)

    return await run_in_threadpool(checked_then_done)


SessionDep = Annotated[ConsoleSession, Depends(current_session)]
PostDep = Annotated[ConsoleSession, Depends(posted_session)]


def set_session_cookie(response: Response, request: Request, started: sessions.StartedSession) -> None:
    max_age = int((started.session.expires_at - ctx_of(request).clock.now()).total_seconds())
    # Lax, not Strict: a link from an e-mail or a ticket must open the page signed in. Safe because every
    # console GET only reads and every POST carries the session's CSRF token.
    response.set_cookie(SESSION_COOKIE, started.cookie, max_age=max(max_age, 1), path="/", httponly=True,
                        samesite="lax", secure=request.url.scheme == "https")


@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/queue", status_code=303)


@router.get("/sign-in", response_class=HTMLResponse)
def sign_in_page(request: Request, next: str = "/queue") -> Response:  # noqa: A002 - the query's name
    try:
        current_session(request)
        return RedirectResponse(safe_next(next), status_code=303)
    except SignInRequired:
        return _sign_in_form(request, next_path=safe_next(next))


def _sign_in_form(request: Request, *, next_path: str, error: str | None = None, name: str = "") -> Response:
    token = request.cookies.get(SIGN_IN_COOKIE) or secrets.token_urlsafe(32)
    response = render(request, "sign_in.html", status=401 if error else 200, title=N_("Sign in"), csrf=token,
                      next_path=next_path, error=error, name=name)
    response.set_cookie(SIGN_IN_COOKIE, token, max_age=3600, path="/sign-in", httponly=True, samesite="strict",
                        secure=request.url.scheme == "https")
    return response


@router.post("/sign-in")
def sign_in(
    request: Request,
    name: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
    csrf: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/queue",  # noqa: A002
) -> Response:
    if not tokens_match(csrf, request.cookies.get(SIGN_IN_COOKIE, "")):
        return _sign_in_form(request, next_path=safe_next(next), error=N_("The sign-in form expired; try again."))
    try:
        started = sessions.start_session(ctx_of(request), name=name.strip(), password=password)
    except NotAuthenticated as exc:
        return _sign_in_form(request, next_path=safe_next(next), error=exc.message, name=name)
    response = RedirectResponse(safe_next(next), status_code=303)
    set_session_cookie(response, request, started)
    response.delete_cookie(SIGN_IN_COOKIE, path="/sign-in")
    return response


@router.post("/sign-out")
def sign_out(request: Request, _session: PostDep) -> RedirectResponse:
    sessions.end_session(ctx_of(request), cookie=request.cookies.get(SESSION_COOKIE))
    response = RedirectResponse("/sign-in", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    set_flash(response, "ok", N_("You are signed out."))
    return response
