"""`trustdesk triage …`: queues, priority recomputation, the content scorer and its trained model."""

from __future__ import annotations

import time
from typing import Annotated

import typer

triage_app = typer.Typer(help="Triage: queues, priority recomputation, content scoring and its model.",
                         no_args_is_help=True)
DbOption = Annotated[str | None, typer.Option("--db", help="Database URL")]


@triage_app.command()
def recompute(
    batch: Annotated[int, typer.Option(min=1, max=10_000, help="Cases per short transaction")] = 500,
    max_batches: Annotated[int | None, typer.Option(min=1, help="Stop after this many batches")] = None,
    every: Annotated[float | None, typer.Option(min=0.1, help="Repeat every SECONDS until stopped")] = None,
    db: DbOption = None,
) -> None:
    """Recompute open cases' priorities (SLA aging, reporter records); safe while intake runs.

    With --every it keeps going: run it beside `trustdesk serve`, in its own process, so its work never competes
    with request handling for the interpreter.
    """
    from trustdesk.cli.common import context
    from trustdesk.services.review.case_priority import recompute_priorities

    ctx = context(db)
    while True:
        start = time.perf_counter()
        report = recompute_priorities(ctx, batch=batch, max_batches=max_batches)
        elapsed = time.perf_counter() - start
        rest = "" if report.done else f"; stopped after {report.batches} batches, continue after {report.last_id}"
        typer.echo(f"recomputed {report.cases} open cases in {report.batches} batches, {report.updated} changed, "
                   f"{elapsed:.2f} s{rest}")
        if every is None:
            return
        time.sleep(max(every - elapsed, 0.0))


@triage_app.command()
def train(
    min_decisions: Annotated[int, typer.Option(min=1, help="Refuse to train on fewer past decisions")] = 100,
    synthetic: Annotated[int | None, typer.Option(min=1, help="Train on N generated decisions (demo)")] = None,
    seed: Annotated[int, typer.Option(help="Random seed for the split (and the generated history)")] = 0,
    db: DbOption = None,
) -> None:
    """Train the triage model on moderators' past decisions; prints its held-out evaluation and saves it."""
    from trustdesk.cli.common import context, fail
    from trustdesk.domain.errors import DomainError
    from trustdesk.services.intake.scoring import train_from_decisions

    ctx = context(db)
    try:
        result = train_from_decisions(ctx, min_decisions=min_decisions, synthetic=synthetic, seed=seed)
    except DomainError as error:
        fail(error)
    m = result.metrics
    typer.echo(f"trained on {result.n_examples} {result.source}")
    typer.echo(f"held-out {int(m['n_test'])} decisions: precision {m['precision']:.3f}  recall {m['recall']:.3f}  "
               f"ROC AUC {m['roc_auc']:.3f}  (threshold {m['threshold']:.2f})")
    typer.echo(f"saved model v{result.version} to {result.path}")
    typer.echo("score new reports with it: TRUSTDESK_SCORER=trained trustdesk serve")


@triage_app.command()
def queues() -> None:
    """Show the queue definitions in force (TRUSTDESK_QUEUES or the default)."""
    from trustdesk.triage.queue_config import load_queues

    loaded = load_queues()
    typer.echo(f"queues from {loaded.origin} (a case goes to the first that matches):")
    for q in loaded.queues:
        filters = [f"{label} {', '.join(sorted(values))}" for label, values in
                   (("categories", q.categories), ("languages", q.languages), ("tiers", q.tiers)) if values]
        minutes = int(q.sla.total_seconds() // 60)
        sla = f"{minutes // 60}h" if minutes % 60 == 0 else f"{minutes}m"
        typer.echo(f"  {q.name:<12} {q.title:<36} {q.min_role.value:>9}+  SLA {sla:>4}  "
                   f"{'; '.join(filters) or 'everything else'}")


@triage_app.command()
def score(text: Annotated[str, typer.Argument(help="A report or post text")], db: DbOption = None) -> None:
    """Score one text with the configured content scorer (TRUSTDESK_SCORER), offline."""
    from trustdesk.cli.common import context
    from trustdesk.services.intake.scoring import content_scorer

    scorer = content_scorer(context(db))
    if scorer is None:
        typer.echo("scoring is switched off (TRUSTDESK_SCORER=none)")
        return
    signals = scorer.score_many([text])[0]
    typer.echo(f"{scorer.name}: language {signals.language or 'unknown'} · abuse {signals.abuse:.2f} · "
               f"{signals.explanation}")
