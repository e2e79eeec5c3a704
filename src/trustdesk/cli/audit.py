"""`trustdesk audit …`: verify, export, prove, sign a tree head, show the public key."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

audit_app = typer.Typer(help="The tamper-evident audit log.", no_args_is_help=True)
DbOption = Annotated[str | None, typer.Option("--db", help="Database URL")]
KeyOption = Annotated[Path | None, typer.Option("--public-key", help="PEM public key to trust (default: ours)")]


@audit_app.command()
def verify(
    export: Annotated[Path | None, typer.Option("--export", help="Check an export file offline, no database")] = None,
    public_key: KeyOption = None,
    heads: Annotated[Path | None, typer.Option(
        "--heads", help="A heads file to check against (an auditor's copy); default: the one beside the key")] = None,
    db: DbOption = None,
) -> None:
    """Check every entry and signed tree head, and the log against the newest head kept outside the
    database; exit 1 naming the first bad entry or the head that is no longer matched."""
    trusted = public_key.read_text() if public_key else None
    if heads is not None and not heads.is_file():
        typer.echo(f"no heads file at {heads}", err=True)
        raise typer.Exit(2)
    if export is not None:
        from trustdesk.audit import verify_export

        report = verify_export(export, trusted, heads_path=heads)
        if not report.ok:
            typer.echo(f"audit export NOT intact: {report.problem}", err=True)
            raise typer.Exit(1)
        typer.echo(f"audit export intact: {report.entries} entries, {report.heads_checked} signed tree heads match"
                   + ("" if trusted else " (checked against the key inside the export; pass --public-key to pin it)"))
        return
    from trustdesk.cli.common import context
    from trustdesk.services.oversight.audit import verify as verify_log

    result = verify_log(context(db, check_policy=False), public_key_pem=trusted, heads_path=heads)
    if not result.ok:
        typer.echo(result.describe(), err=True)
        raise typer.Exit(1)
    typer.echo(result.describe())
    if result.anchor is not None:
        typer.echo(result.anchor.describe())
    if result.report.signed_size < result.report.entries:
        typer.echo(f"note: entries after {result.report.signed_size} rest on the hash chain alone until the next "
                   "signed tree head (`trustdesk audit checkpoint`)")


@audit_app.command()
def checkpoint(db: DbOption = None) -> None:
    """Sign a tree head over the log now (serve does this every few seconds)."""
    from trustdesk.cli.common import context
    from trustdesk.services.oversight.audit import checkpoint as sign

    head = sign(context(db))
    typer.echo(f"signed tree head at {head.size} entries, root {head.root}" if head else "nothing new to sign")


@audit_app.command()
def export(path: Path, db: DbOption = None) -> None:
    """Write the log as JSON Lines with its signed tree heads (the database's and the newest in the heads
    file) and public key, for an outside auditor."""
    from trustdesk.cli.common import context
    from trustdesk.services.oversight.audit import export as write

    with path.open("w", encoding="utf-8") as fp:
        count = write(context(db, check_policy=False), fp)
    typer.echo(f"exported {count} entries to {path}")


@audit_app.command()
def prove(entry: Annotated[int, typer.Argument(help="The entry's sequence number")], db: DbOption = None) -> None:
    """Print an inclusion proof (RFC 9162) of ENTRY in the latest signed tree head."""
    from trustdesk.cli.common import context
    from trustdesk.services.oversight.audit import prove as inclusion

    typer.echo(json.dumps(inclusion(context(db, check_policy=False), seq=entry), indent=2))


@audit_app.command("public-key")
def public_key_command(db: DbOption = None) -> None:
    """Print the audit signing key's public half (PEM), for auditors to pin."""
    from trustdesk.cli.common import context

    typer.echo(context(db, check_policy=False).signing_key.public_key_pem().strip())


@audit_app.command()
def verbs() -> None:
    """Every verb the audit log can hold, each with its one-line description (the catalogue, audit/verbs.py)."""
    from trustdesk.audit.verbs import AuditVerb

    width = max(len(verb.value) for verb in AuditVerb)
    for verb in AuditVerb:
        typer.echo(f"{verb.value:<{width}}  {verb.description}")
