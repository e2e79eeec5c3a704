"""The console's languages: one gettext catalogue per language, the language of the page being rendered, and
the choice of language for a request (the member's setting, else the browser's Accept-Language).

English is the source: message ids are the English text, so English needs no catalogue. Other languages are
`locale/LANG.po` files, read with Babel when first used and turned into gettext translations in memory: no
compiled .mo file is shipped or built, so what runs is always what the .po says. Only interface text goes
through here; what people wrote (reports, notes, handles, reasons) never does.
`scripts/update-translations` extracts the messages and updates the .po files; tests/console/test_i18n.py
fails when a message has no translation."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from gettext import NullTranslations
from io import BytesIO
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

from trustdesk.domain.staff import CONSOLE_LANGUAGES, DEFAULT_CONSOLE_LANGUAGE

LOCALE_DIR = Path(__file__).parent / "locale"
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}  # each in its own language, as a language menu shows them

_current: ContextVar[str] = ContextVar("console_language", default=DEFAULT_CONSOLE_LANGUAGE)


def N_(message: str) -> str:  # noqa: N802 - gettext's name for "mark for extraction, translate later"
    return message


@cache
def translations(language: str) -> NullTranslations:
    if language == DEFAULT_CONSOLE_LANGUAGE:
        return NullTranslations()
    with (LOCALE_DIR / f"{language}.po").open("rb") as po:
        catalog = read_po(po, locale=language)
    compiled = BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return Translations(compiled)


def current_language() -> str:
    return _current.get()


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Render in this language (a context variable: each request's thread or task has its own)."""
    token = _current.set(language if language in CONSOLE_LANGUAGES else DEFAULT_CONSOLE_LANGUAGE)
    try:
        yield
    finally:
        _current.reset(token)


def gettext(message: str) -> str:
    return translations(_current.get()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return translations(_current.get()).ngettext(singular, plural, n)


def from_accept_language(header: str | None) -> str | None:
    """The first language of the header, by its q weights, that the console speaks ("fr-CA,fr;q=0.9" -> fr)."""
    choices: list[tuple[float, int, str]] = []
    for position, part in enumerate((header or "").split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        weight = 1.0
        if params.strip().startswith("q="):
            try:
                weight = float(params.strip()[2:])
            except ValueError:
                continue
        primary = tag.strip().lower().split("-")[0]
        if primary in CONSOLE_LANGUAGES and weight > 0:
            choices.append((-weight, position, primary))
    return min(choices)[2] if choices else None


def choose_language(chosen: str | None, accept_language: str | None) -> str:
    """The member's own choice wins; without one, the browser's; else English."""
    if chosen in CONSOLE_LANGUAGES:
        return chosen
    return from_accept_language(accept_language) or DEFAULT_CONSOLE_LANGUAGE
