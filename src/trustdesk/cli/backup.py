"""`trustdesk backup`, `trustdesk restore-backup` and `trustdesk audit keygen`; the key check `serve` runs."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from trustdesk.cli.common import DbOption, context
from trustdesk.domain.errors import DomainError
from trustdesk.services.base.context import Context


def require_audit_key(ctx: Context, *, starting: str) -> None:
    """Create the key for a new log, load it otherwise; refuse (exit 2) on a log signed by another key."""
    from trustdesk.services.oversight.audit_keys import prepare_key_for_serving

    try:
        key, created = prepare_key_for_serving(ctx)
    except DomainError as error:
        typer.echo(f"error: cannot {starting}: {error.message}", err=True)
        raise typer.Exit(2) from None
    if created:
        typer.echo(f"created the audit signing key {key.key_id} at {ctx.settings.signing_key_path}; back it up "
                   "(trustdesk backup, or copy the keys directory)", err=True)


def backup(out: Annotated[Path, typer.Argument(help="A new directory for the backup")], db: DbOption = None) -> None:
    """Back up an SQLite database online with its audit key and heads file, and verify the copy."""
    from trustdesk.config import Settings
    from trustdesk.services.oversight.backups import backup as take

    if not Settings.from_env(db).database_url.startswith("sqlite"):
        typer.echo("error: trustdesk backup copies an SQLite database; for PostgreSQL use pg_dump and keep the "
                   "keys directory (README, Keys and backups)", err=True)
        raise typer.Exit(2)
    try:
        result = take(context(db), out)
    except DomainError as error:
        typer.echo(f"error: {error.message}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"backed up {result.manifest['entries']} audit entries (key {result.manifest['key_id']}) to {out}")
    typer.echo(result.verification)


def restore_backup(
    source: Annotated[Path, typer.Argument(help="A directory written by trustdesk backup")],
    db: DbOption = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing database and key")] = False,
) -> None:
    """Restore an SQLite backup and its audit key, then verify the audit log."""
    from trustdesk.config import Settings
    from trustdesk.services.oversight.backups import restore

    try:
        result = restore(Settings.from_env(db), source, force=force)
    except DomainError as error:
        typer.echo(f"error: {error.message}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"restored {source} into {result.path}")
    typer.echo(result.verification)


def keygen(db: DbOption = None) -> None:
    """Create the audit signing key where this configuration looks for it (never replaces one)."""
    from trustdesk.config import Settings
    from trustdesk.services.oversight.audit_keys import keygen as create

    try:
        key, path = create(Settings.from_env(db))
    except DomainError as error:
        typer.echo(f"error: {error.message}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"created audit signing key {key.key_id} at {path}")
