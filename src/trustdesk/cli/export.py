"""`trustdesk export dsa`: statements of reasons for the DSA Transparency Database."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from trustdesk.cli.common import DbOption, context, parse_day
from trustdesk.services.oversight.dsa_export import export_dsa

export_app = typer.Typer(help="Export data for regulators.", no_args_is_help=True)


@export_app.command("dsa")
def dsa(
    out: Annotated[Path, typer.Option("--out", help="JSON file to write: an array of statements")],
    start: Annotated[str | None, typer.Option("--from", help="first day (YYYY-MM-DD) or instant")] = None,
    end: Annotated[str | None, typer.Option("--to", help="last day, inclusive, or instant (exclusive)")] = None,
    batches: Annotated[Path | None, typer.Option(
        "--batches", help="also write batch-NNNN.json request bodies (100 statements each) here")] = None,
    db: DbOption = None,
) -> None:
    """Write statements of reasons in the Transparency Database's format, after checking them against its rules."""
    export = export_dsa(context(db), start=parse_day(start, "--from"), end=parse_day(end, "--to", end=True))
    if not export.ok:
        for refusal in export.refusals:
            typer.echo(f"error: {refusal}", err=True)
        typer.echo(f"error: {len(export.refusals)} problem(s); nothing was written", err=True)
        raise typer.Exit(1)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(export.statements, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if batches is not None:
        batches.mkdir(parents=True, exist_ok=True)
        for number, body in enumerate(export.batches(), start=1):
            (batches / f"batch-{number:04d}.json").write_text(json.dumps(body, ensure_ascii=False) + "\n",
                                                              encoding="utf-8")
    typer.echo(f"{len(export.statements)} statements written to {out}")
