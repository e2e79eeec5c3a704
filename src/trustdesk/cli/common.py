"""What every command needs: a context from the environment, and one way to fail."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Annotated, NoReturn, Protocol

import typer

from trustdesk.config import Settings
from trustdesk.domain.errors import DomainError, NotAuthenticated
from trustdesk.domain.subjects import SubjectRef
from trustdesk.services.base.context import Context, open_context
from trustdesk.services.base.principals import Principal, authenticate

DbOption = Annotated[str | None, typer.Option("--db", help="Database URL (default: SQLite in ./.trustdesk)")]


def context(db: str | None = None, *, check_policy: bool = True) -> Context:
    """The context every command works in, after checking the safeguard policy in force as `serve` does.

    Reading the audit log (verify, export, prove) skips the check: it decides nothing, and an auditor's
    verification must not itself append to the log it verifies."""
    ctx = open_context(Settings.from_env(db))
    if check_policy:
        _check_policy(ctx)
    return ctx


def _check_policy(ctx: Context) -> None:
    from trustdesk.policy import PolicyError
    from trustdesk.services.safeguards.policy_override import check_policy_in_force

    try:
        check = check_policy_in_force(ctx, command=_command_name())
    except PolicyError as error:
        typer.echo(f"error: cannot start: {error}", err=True)
        raise typer.Exit(2) from None
    if check.refused:
        typer.echo(f"error: {check.refused}", err=True)
        raise typer.Exit(2)
    if check.notice:
        typer.echo(f"note: {check.notice}", err=True)


class _CurrentContext(Protocol):
    """What `_command_name` needs of a click context, whichever copy of click made it."""

    @property
    def command_path(self) -> str: ...


def _command_name() -> str:
    """The running command, e.g. "staff add", for the audit log and alerts."""
    get_current_context: Callable[..., _CurrentContext | None]
    try:  # recent Typer carries its own copy of click; older ones use click itself
        from typer._click.globals import get_current_context
    except ImportError:
        from click import get_current_context
    current = get_current_context(silent=True)
    return " ".join(current.command_path.split()[1:]) or "?" if current else "?"


def fail(error: DomainError) -> NoReturn:
    typer.echo(f"error: {error.message}", err=True)
    raise typer.Exit(2)


def parse_day(value: str | None, option: str, *, end: bool = False) -> datetime | None:
    """A date (YYYY-MM-DD, a whole UTC day, inclusive: `end` means the next midnight) or an ISO 8601 instant."""
    if value is None or len(value) != 10:
        return parse_instant(value, option)
    try:
        day = datetime.fromisoformat(value).replace(tzinfo=UTC)
    except ValueError:
        typer.echo(f"error: {option} must be a date (2026-11-01) or an ISO 8601 instant", err=True)
        raise typer.Exit(2) from None
    return day + timedelta(days=1) if end else day


def parse_instant(value: str | None, option: str) -> datetime | None:
    if value is None:
        return None
    try:
        instant = datetime.fromisoformat(value)
    except ValueError:
        typer.echo(f"error: {option} must be ISO 8601, e.g. 2026-12-31T18:00:00+00:00", err=True)
        raise typer.Exit(2) from None
    if instant.tzinfo is None:
        typer.echo(f"error: {option} needs a time zone, e.g. +00:00", err=True)
        raise typer.Exit(2)
    return instant


def parse_subject(value: str) -> SubjectRef:
    kind, _, external_id = value.partition("/")
    return SubjectRef.parse(kind, external_id)


def session_for(token: str | None, db: str | None) -> tuple[Context, Principal]:
    """The context and the caller, from --token or TRUSTDESK_TOKEN."""
    ctx = context(db)
    token = token or os.environ.get("TRUSTDESK_TOKEN")
    if not token:
        raise NotAuthenticated("give --token or set TRUSTDESK_TOKEN")
    return ctx, authenticate(ctx, token=token)
