"""`trustdesk report transparency`: the period's transparency report as HTML and CSV files."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Annotated

import typer

from trustdesk.cli.common import DbOption, context, parse_day
from trustdesk.console.transparency_report import render_report
from trustdesk.domain.errors import DomainError
from trustdesk.services.oversight.transparency import PLATFORM_METRICS, Transparency, transparency

report_app = typer.Typer(help="Reports on the work done.", no_args_is_help=True)


@report_app.command("transparency")
def transparency_report(
    start: Annotated[str, typer.Option("--from", help="first day (YYYY-MM-DD) or instant")],
    end: Annotated[str, typer.Option("--to", help="last day, inclusive, or instant (exclusive)")],
    out: Annotated[Path, typer.Option("--out", help="directory for index.html and the CSV files")],
    db: DbOption = None,
) -> None:
    """Write DIR/index.html (self-contained: charts inline, no script) and CSV files beside it."""
    ctx = context(db)
    begin, finish = parse_day(start, "--from"), parse_day(end, "--to", end=True)
    assert begin is not None and finish is not None
    try:
        data = transparency(ctx, actor=None, start=begin, end=finish)
    except DomainError as error:
        typer.echo(f"error: {error.message}", err=True)
        raise typer.Exit(2) from None
    out.mkdir(parents=True, exist_ok=True)
    (out / "index.html").write_text(render_report(data, generated_at=ctx.clock.now()), encoding="utf-8")
    write_csvs(data, out)
    typer.echo(f"transparency report for {begin.date()}..{(finish).date()} written to {out / 'index.html'}")


def write_csvs(data: Transparency, out: Path) -> None:
    def write(name: str, header: list[str], rows) -> None:  # noqa: ANN001 - any iterable of rows
        with (out / name).open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(rows)

    write("summary.csv", ["metric", "value"], data.summary())
    write("reports.csv", ["platform", "category", "source", "reports"],
          sorted((*key, count) for key, count in data.reports.items()))
    write("actions.csv", ["type", "ground", "decisions"], sorted((*key, count) for key, count in data.actions.items()))
    # Per platform beside the totals, so a reader of actions.csv as it always was keeps working.
    write("platform_actions.csv", ["platform", "type", "ground", "decisions"],
          sorted((*key, count) for key, count in data.platform_actions.items()))
    write("platforms.csv", ["platform", *PLATFORM_METRICS], data.platform_rows())
    write("appeals.csv", ["outcome", "appeals"], sorted(data.appeals.items()))
    write("daily.csv", ["date", "reports", "decisions"],
          [(day.isoformat(), data.daily_reports.get(day, 0), data.daily_actions.get(day, 0)) for day in data.days()])
