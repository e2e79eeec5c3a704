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

from babel.dates import format_datetime
from babel.numbers import format_compact_decimal
from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape

from trustdesk.console.i18n import LANGUAGE_NAMES, choose_language, current_language, gettext, ngettext, speaking
from trustdesk.domain.errors import DomainError
from trustdesk.services.base.context import Context

TEMPLATE_DIR = Path(__file__).parent / "templates"
FLASH_COOKIE = "td_flash"
MAX_FLASH = 400  # characters: percent-encoded, even non-Latin text stays inside a browser's 4 KB cookie


def ctx_of(request: Request) -> Context:
    return request.app.state.ctx


def reach(value: int | None) -> str:
    """41_700_000 -> '41.7M' ('41,7 M' in French); None -> 'unknown' (the policy treats unknown reach as high)."""
    if value is None:
        return gettext("unknown")
    if current_language() != "en":
        return format_compact_decimal(value, locale=current_language(), fraction_digits=1)
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
    days = gettext("%(days)s d") % {"days": seconds // 86400}
    return f"{days} {seconds % 86400 // 3600} h".removesuffix(" 0 h")


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
    if instant is None:
        return "—"
    if current_language() == "en":
        return instant.astimezone(UTC).strftime("%d %b %H:%M UTC")
    return f"{format_datetime(instant, 'd MMM HH:mm', tzinfo=UTC, locale=current_language())} UTC"


def label(value: str | None) -> str:
    """One of trustdesk's own values (a state, a category, an action) in words: translated where the
    catalogue knows it (console/labels.py lists them)."""
    words = (value or "").replace("_", " ")
    return gettext(words) if words else words


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
    env = Environment(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=True, trim_blocks=True, lstrip_blocks=True,
                      extensions=["jinja2.ext.i18n"])
    env.policies["ext.i18n.trimmed"] = True  # a {% trans %} block's line breaks are not part of its message
    env.install_gettext_callables(gettext, ngettext, newstyle=True)  # type: ignore[attr-defined]
    env.filters.update(reach=reach, duration=duration, when=when, label=label, segment=segment,
                       sentence=sentence, isolate_handles=isolate_handles, initial=initial)
    return env


ENV = make_env()


# A message for the next page: its English text (a catalogue id, marked with N_) and the values it names, so
# that it is translated when shown, in the language of the page that shows it.
Message = str | tuple[str, dict[str, str]]


def read_flash(request: Request) -> dict | None:
    raw = request.cookies.get(FLASH_COOKIE)
    if not raw:
        return None
    try:
        data = json.loads(unquote(raw))
        args = data.get("args") or {}
        return {"kind": str(data["kind"]), "text": str(data["text"])[:MAX_FLASH],
                "args": {str(k): str(v)[:MAX_FLASH] for k, v in dict(args).items()}}
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def set_flash(response: HTMLResponse | RedirectResponse, kind: str, message: Message) -> None:
    text, args = (message, {}) if isinstance(message, str) else message
    # Values are cut short first: the cookie must stay small whatever a handle or id holds.
    payload = {"kind": kind, "text": text[:MAX_FLASH], "args": {k: str(v)[:100] for k, v in args.items()}}
    response.set_cookie(FLASH_COOKIE, quote(json.dumps(payload)), max_age=60, path="/", httponly=True,
                        samesite="strict")


def translate(text: str, args: dict[str, str] | None = None) -> str:
    """Our message in the page's language; a service's detailed message (not in the catalogue) as it is."""
    translated = gettext(text)
    if not args:
        return translated
    # Values named *_label are trustdesk's own words (an action type, a state): translated too.
    values = {k: label(v) if k.endswith("_label") else v for k, v in args.items()}
    try:
        return translated % values
    except (KeyError, ValueError, TypeError):  # a broken translation must not hide the message
        return text % values


def render(request: Request, template: str, *, status: int = 200, language: str | None = None,
           title_args: dict[str, str] | None = None, **context: object) -> HTMLResponse:
    """A page, with the flash message left by the previous request (shown once, then cleared), in the
    member's language (`language`, their setting) or else the browser's."""
    flash = read_flash(request)
    now = ctx_of(request).clock.now()
    chosen = choose_language(language, request.headers.get("accept-language"))
    with speaking(chosen):
        if flash is not None:
            flash["text"] = translate(flash["text"], flash.pop("args"))
        if isinstance(context.get("title"), str):
            context["title"] = translate(str(context["title"]), title_args)
        body = ENV.get_template(template).render(flash=flash, now=now, ago=lambda v: ago(v, now), lang=chosen,
                                                 language_names=LANGUAGE_NAMES, **context)
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
        return gettext("just now")
    if seconds > 0:
        return gettext("%(duration)s ago") % {"duration": duration(seconds)}
    return gettext("in %(duration)s") % {"duration": duration(-seconds)}


def act(back: str, work: Callable[[], Message]) -> RedirectResponse:
    """Run a use case from a form; its message, or its error in plain words, is flashed on the page we go
    back to (post/redirect/get, so a reload never repeats an action)."""
    try:
        kind, message = "ok", work()
    except DomainError as exc:
        kind, message = "error", exc.message
    return redirect_with(back, kind, message)


def redirect_with(path: str, kind: str, message: Message) -> RedirectResponse:
    response = RedirectResponse(path, status_code=303)
    set_flash(response, kind, message)
    return response
