"""Content scoring for intake, and training trustdesk's own model on its moderators' past decisions.

One scorer per process, built on first use (building one loads language models, about a second) and
chosen by ``TRUSTDESK_SCORER``:

- unset or ``default``: offline language ID + abuse lexicons + English profanity model;
- ``none``: no scoring (language unknown, abuse 0), e.g. for a platform that sends its own signals;
- ``trained``: the latest model ``trustdesk triage train`` saved under the data directory, on top of default;
- ``trained:DIR`` or ``package.module:attr``: see ``triage.signals.load_scorer``.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from trustdesk.audit.verbs import AuditVerb
from trustdesk.domain.cases import CaseState
from trustdesk.domain.errors import InvalidInput
from trustdesk.services.base.context import Context
from trustdesk.storage.tables import CaseRow, ReportRow
from trustdesk.storage.tables_triage import ReportSignalRow
from trustdesk.triage.loading import load_scorer
from trustdesk.triage.signals import ContentScorer, ContentSignals

log = logging.getLogger(__name__)

ENV_SCORER = "TRUSTDESK_SCORER"
NO_SCORING = ("none", "off")
DEFAULT_MIN_DECISIONS = 100

_scorers: dict[str, ContentScorer | None] = {}
_lock = threading.Lock()


def model_dir(ctx: Context) -> Path:
    """Where trained triage models are versioned."""
    return ctx.settings.data_dir / "models" / "triage"


def _spec(ctx: Context) -> str:
    spec = (os.environ.get(ENV_SCORER) or "default").strip()
    return f"trained:{model_dir(ctx)}" if spec == "trained" else spec


def content_scorer(ctx: Context) -> ContentScorer | None:
    """The process's scorer for the configured spec; None when scoring is switched off."""
    spec = _spec(ctx)
    if spec in _scorers:
        return _scorers[spec]
    with _lock:
        if spec not in _scorers:
            _scorers[spec] = None if spec in NO_SCORING else load_scorer(spec)
        return _scorers[spec]


def use_scorer(spec: str, scorer: ContentScorer | None) -> None:
    """Install a scorer for a spec (tests and embedders that build their own)."""
    with _lock:
        _scorers[spec] = scorer


def score_text(ctx: Context, text: str) -> tuple[ContentSignals | None, str]:
    """Signals for one report text and the scorer's name; (None, "") when there is nothing to score.

    A broken scorer must not lose a report: the report is filed without signals and the failure logged.
    """
    if not text.strip():
        return None, ""
    try:
        scorer = content_scorer(ctx)
        if scorer is None:
            return None, ""
        return scorer.score_many([text])[0], scorer.name
    except Exception:  # noqa: BLE001 - a plug-in model's bug is not the reporter's problem
        log.exception("content scorer failed; filing the report without content signals")
        return None, ""


def score_texts(ctx: Context, texts: Sequence[str]) -> list[tuple[ContentSignals | None, str]]:
    """score_text for many texts in one call to the model (one text costs about what a hundred do)."""
    results: list[tuple[ContentSignals | None, str]] = [(None, "")] * len(texts)
    todo = [i for i, text in enumerate(texts) if text.strip()]
    if not todo:
        return results
    try:
        scorer = content_scorer(ctx)
        if scorer is None:
            return results
        for i, signals in zip(todo, scorer.score_many([texts[i] for i in todo]), strict=True):
            results[i] = (signals, scorer.name)
    except Exception:  # noqa: BLE001 - a plug-in model's bug is not the reporters' problem
        log.exception("content scorer failed; filing the reports without content signals")
        return [(None, "")] * len(texts)
    return results


WARM_UP_TEXTS = (
    "Je vais te retrouver, je sais où tu habites.",
    "I already have the pills, I'm ending it tonight.",
    "Envie de gagner 5000 euros par jour ? bit.ly/x",
    "Great recipe, thanks for sharing it with everyone!",
)


def warm_up(ctx: Context) -> str:
    """Build the configured content scorer and score a few texts, so every model (language models, lexicons,
    profanity and seed models) is loaded before the first report arrives; returns the scorer's name."""
    try:
        scorer = content_scorer(ctx)
        if scorer is None:
            return "none"
        scorer.score_many(list(WARM_UP_TEXTS))
        return scorer.name
    except Exception:  # noqa: BLE001 - intake files reports unscored when the scorer fails; so does start
        log.exception("content scorer failed to warm up; reports will be filed without content signals")
        return "failed"


# -- training ------------------------------------------------------------------------------------------------


def decision_examples(ctx: Context) -> list[tuple[str, bool]]:
    """(report text, was the case actioned) for every decided case's reports with text.

    Invalidated reports are left out (a moderator judged them bad faith, not the content), and a text repeated
    on one case counts once, so a brigade pasting one sentence does not flood the training set.
    """
    decided = (CaseState.ACTIONED.value, CaseState.DISMISSED.value)
    query = (
        select(ReportRow.case_id, ReportRow.text, CaseRow.state)
        .join(CaseRow, CaseRow.id == ReportRow.case_id)
        .outerjoin(ReportSignalRow, ReportSignalRow.report_id == ReportRow.id)
        .where(CaseRow.state.in_(decided), ReportRow.text != "", ReportSignalRow.invalidated_at.is_(None))
        .order_by(ReportRow.case_id, ReportRow.id)
    )
    seen: set[tuple[str, str]] = set()
    examples: list[tuple[str, bool]] = []
    with ctx.db.read() as session:
        for case_id, text, state in session.execute(query):
            if (case_id, text) not in seen:
                seen.add((case_id, text))
                examples.append((text, state == CaseState.ACTIONED.value))
    return examples


@dataclass(frozen=True)
class TrainingResult:
    description: str
    path: Path
    version: int
    n_examples: int
    metrics: dict[str, float]
    source: str


def train_from_decisions(
    ctx: Context, *, min_decisions: int = DEFAULT_MIN_DECISIONS, synthetic: int | None = None, seed: int = 0,
    examples: Sequence[tuple[str, bool]] | None = None,
) -> TrainingResult:
    """Train on past decisions (or a generated history of ``synthetic`` decisions), evaluate, save versioned.

    The training is written to the audit log: the model changes which cases moderators see first.
    """
    from trustdesk.triage.history import generate_decision_history
    from trustdesk.triage.trained import train_model

    if synthetic is not None:
        if synthetic <= 0:
            raise InvalidInput("--synthetic needs a positive number of decisions", field="synthetic")
        examples, source = generate_decision_history(synthetic, seed), f"synthetic history of {synthetic}"
    elif examples is None:
        examples, source = decision_examples(ctx), "moderator decisions"
    else:
        source = "given examples"
    if len(examples) < min_decisions:
        raise InvalidInput(f"only {len(examples)} past decisions with report text; need at least {min_decisions} "
                           "(lower --min-decisions, or use --synthetic N for a demo)", field="min_decisions")
    try:
        model = train_model(examples, seed=seed)
    except ValueError as error:
        raise InvalidInput(str(error), field="min_decisions") from None
    path = model.save(model_dir(ctx))
    assert model.version is not None
    with ctx.db.transaction(ctx.clock) as tx:
        tx.session.connection()  # begin: an audit-only transaction has written nothing else yet
        tx.record(actor="operator", verb=AuditVerb.TRIAGE_MODEL_TRAINED, object_id=f"model-v{model.version}",
                  summary=f"triage model v{model.version} trained on {len(examples)} {source}: {model.describe()}",
                  payload={"version": model.version, "n_examples": len(examples), "source": source,
                           "metrics": {k: f"{v:.4f}" for k, v in model.metrics.items()}, "file": path.name})
    return TrainingResult(model.describe(), path, model.version, len(examples), dict(model.metrics), source)
