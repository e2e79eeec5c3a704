"""`trustdesk export dsa`: statements of reasons for the DSA Transparency Database, one file per platform.

Each moderated platform submits under its own Transparency Database account, so statements of two platforms never
share a file or a batch: `--platform NAME` writes that platform's, and without it FILE holds the default
platform's and every other platform with statements in the period gets FILE's name with `.NAME` before the
suffix. Batch files are named `batch-NAME-NNNN.json`."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Annotated

import typer

from trustdesk.cli.common import DbOption, context, parse_day
from trustdesk.domain.errors import DomainError
from trustdesk.services.oversight.dsa_export import DsaExport, export_dsa, export_dsa_per_platform

export_app = typer.Typer(help="Export data for regulators.", no_args_is_help=True)
_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]")


def _file_part(platform: str) -> str:
    return _UNSAFE.sub("_", platform)


@export_app.command("dsa")
def dsa(
    out: Annotated[Path, typer.Option("--out", help="JSON file to write: an array of statements")],
    start: Annotated[str | None, typer.Option("--from", help="first day (YYYY-MM-DD) or instant")] = None,
    end: Annotated[str | None, typer.Option("--to", help="last day, inclusive, or instant (exclusive)")] = None,
    platform: Annotated[str | None, typer.Option(
        "--platform", help="only this platform's statements (default: the default platform's in FILE, each other "
                           "platform's in FILE.NAME.json)")] = None,
    batches: Annotated[Path | None, typer.Option(
        "--batches", help="also write batch-PLATFORM-NNNN.json request bodies (100 statements each) here")] = None,
    db: DbOption = None,
) -> None:
    """Write statements of reasons in the Transparency Database's format, after checking them against its rules."""
    ctx = context(db)
    begin, finish = parse_day(start, "--from"), parse_day(end, "--to", end=True)
    try:
        exports = ([export_dsa(ctx, platform=platform, start=begin, end=finish)] if platform is not None
                   else export_dsa_per_platform(ctx, start=begin, end=finish))
    except DomainError as error:
        typer.echo(f"error: {error.message}", err=True)
        raise typer.Exit(2) from None
    refusals = [refusal for export in exports for refusal in export.refusals]
    if refusals:
        for refusal in refusals:
            typer.echo(f"error: {refusal}", err=True)
        typer.echo(f"error: {len(refusals)} problem(s); nothing was written", err=True)
        raise typer.Exit(1)
    for number, export in enumerate(exports):
        path = out if number == 0 else out.with_name(f"{out.stem}.{_file_part(export.platform)}{out.suffix}")
        _write(export, path, batches)
        typer.echo(f"{len(export.statements)} statements of platform {export.platform} written to {path}")


def _write(export: DsaExport, path: Path, batches: Path | None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(export.statements, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if batches is None:
        return
    batches.mkdir(parents=True, exist_ok=True)
    for number, body in enumerate(export.batches(), start=1):
        (batches / f"batch-{_file_part(export.platform)}-{number:04d}.json").write_text(
            json.dumps(body, ensure_ascii=False) + "\n", encoding="utf-8")
