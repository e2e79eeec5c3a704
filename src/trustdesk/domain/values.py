"""Limits every stored value obeys, whatever the entry point (API, console, CLI, connector).

Counts stay within the integers every JSON reader (and the audit log's canonical form, RFC 8785) agrees on,
and within a 64-bit database column; text holds no NUL (PostgreSQL cannot store it) and no lone surrogate
(it cannot be encoded as UTF-8)."""

from __future__ import annotations

from trustdesk.domain.errors import InvalidInput

MAX_COUNT = 2**53 - 1


def check_count(value: int | None, field: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(f"{field} must be a whole number", field=field)
    if not 0 <= value <= MAX_COUNT:
        raise InvalidInput(f"{field} must be between 0 and {MAX_COUNT}", field=field)
    return value


def text_problem(value: str) -> str | None:
    if "\x00" in value:
        return "contains a NUL character"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "contains a lone surrogate"
    return None


def check_text(value: str | None, field: str) -> str | None:
    if value is not None:
        problem = text_problem(value)
        if problem:
            raise InvalidInput(f"{field} {problem}", field=field)
    return value
