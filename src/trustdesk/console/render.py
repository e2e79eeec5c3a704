"""Templates, flash messages and the formatting helpers templates use. Autoescape is on everywhere:
reported content is written by attackers, so nothing reaches the page unescaped."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import overload
from urllib.parse import quote, unquote

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape

from trustdesk.domain.errors import DomainError
from trustdesk.services.base.context import Context

TEMPLATE_DIR = Path(__file__).parent / "templates"
FLASH_COOKIE = "td_flash"
MAX_FLASH = 400  # characters: percent-encoded, even non-Latin text stays inside a browser's 4 KB cookie


def ctx_of(request: Request) -> Context:
    return request.app.state.ctx


def reach(value: int | None) -> str:
    """41_700_000 -> '41.7M'; None -> 'unknown' (the policy treats unknown reach as high)."""
    if value is None:
        return "unknown"
    for size, suffix in ((1_000_000_000, "B"), (1_000_000, "M"), (1_000, "K")):
        if value >= size:
            text = f"{value / size:.1f}".removesuffix(".0")
            return f"{text}{suffix}"
    return str(value)


def duration(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    seconds = int(seconds)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min"
    if seconds < 86400:
        hours, minutes = divmod(seconds // 60, 60)
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    return f"{seconds // 86400} d {seconds % 86400 // 3600} h".removesuffix(" 0 h")


@overload
def parse_instant(value: str | datetime) -> datetime: ...
@overload
def parse_instant(value: str | datetime | None) -> datetime | None: ...
def parse_instant(value: str | datetime | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)


def when(value: str | datetime | None) -> str:
    instant = parse_instant(value)
    return instant.astimezone(UTC).strftime("%d %b %H:%M UTC") if instant else "—"


def label(value: str | None) -> str:
    return (value or "").replace("_", " ")


def sentence(value: str) -> str:
    """First letter up, the rest untouched (Jinja's capitalize would turn 41.7M into 41.7m)."""
    return value[:1].upper() + value[1:]


def segment(value: str) -> str:
    """A value made safe to be one segment of a path (ids come from the platform, not from us)."""
    return quote(str(value), safe="")


_HANDLE = re.compile(r"@\S+")


def isolate_handles(value: object) -> Markup:
    """Sentences we write around user handles ("deactivate of @x took effect"): each handle is isolated, so a
    right-to-left override inside one cannot reverse the words around it."""
    escaped = str(escape(value))
    return Markup(_HANDLE.sub(lambda m: f"<bdi>{m.group(0)}</bdi>", escaped))


def initial(value: object) -> str:
    """The avatar's letter: the first letter or digit, never an invisible formatting character."""
    return next((c.upper() for c in str(value) if c.isalnum()), "?")


def make_env() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=True, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(reach=reach, duration=duration, when=when, label=label, segment=segment,
                       sentence=sentence, isolate_handles=isolate_handles, initial=initial)
    return env


ENV = make_env()


def read_flash(request: Request) -> dict | None:
    raw = request.cookies.get(FLASH_COOKIE)
    if not raw:
        return None
    try:
        data = json.loads(unquote(raw))
        return {"kind": str(data["kind"]), "text": str(data["text"])[:MAX_FLASH]}
    except (ValueError, KeyError, TypeError):
        return None


def set_flash(response: HTMLResponse | RedirectResponse, kind: str, text: str) -> None:
    response.set_cookie(FLASH_COOKIE, quote(json.dumps({"kind": kind, "text": text[:MAX_FLASH]})), max_age=60,
                        path="/", httponly=True, samesite="strict")


def render(request: Request, template: str, *, status: int = 200, **context: object) -> HTMLResponse:
    """A page, with the flash message left by the previous request (shown once, then cleared)."""
    flash = read_flash(request)
    now = ctx_of(request).clock.now()
    body = ENV.get_template(template).render(flash=flash, now=now, ago=lambda v: ago(v, now), **context)
    response = HTMLResponse(body, status_code=status)
    if flash is not None:
        response.delete_cookie(FLASH_COOKIE, path="/")
    return response


def ago(value: str | datetime | None, now: datetime) -> str:
    instant = parse_instant(value)
    if instant is None:
        return "—"
    seconds = (now - instant).total_seconds()
    if abs(seconds) < 60:
        return "just now"
    return f"{duration(seconds)} ago" if seconds > 0 else f"in {duration(-seconds)}"


def act(back: str, work: Callable[[], str]) -> RedirectResponse:
    """Run a use case from a form; its message, or its error in plain words, is flashed on the page we go
    back to (post/redirect/get, so a reload never repeats an action)."""
    try:
        kind, text = "ok", work()
    except DomainError as exc:
        kind, text = "error", exc.message
    return redirect_with(back, kind, text)


def redirect_with(path: str, kind: str, text: str) -> RedirectResponse:
    response = RedirectResponse(path, status_code=303)
    set_flash(response, kind, text)
    return response
