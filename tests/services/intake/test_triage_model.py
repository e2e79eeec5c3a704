"""The triage model: trained on past moderator decisions (or a generated history), evaluated, versioned, used."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from tests.people import account, hire, platform, report
from trustdesk.cli.app import app
from trustdesk.domain.errors import InvalidInput
from trustdesk.services.enforcement import actions
from trustdesk.services.intake.scoring import decision_examples, model_dir, train_from_decisions
from trustdesk.storage.tables import AuditEntryRow
from trustdesk.storage.tables_triage import ReportSignalRow
from trustdesk.triage.history import generate_decision_history

runner = CliRunner()


def _env(ctx) -> dict[str, str]:
    return {"TRUSTDESK_DATABASE_URL": ctx.db.url, "TRUSTDESK_DATA_DIR": str(ctx.settings.data_dir)}


def test_training_on_a_generated_history_through_the_cli_prints_its_evaluation_and_versions_the_model(ctx):
    first = runner.invoke(app, ["triage", "train", "--synthetic", "400"], env=_env(ctx))
    assert first.exit_code == 0, first.output
    assert "held-out 80 decisions: precision" in first.output and "ROC AUC" in first.output
    assert "saved model v1" in first.output
    second = runner.invoke(app, ["triage", "train", "--synthetic", "400", "--seed", "1"], env=_env(ctx))
    assert "saved model v2" in second.output, second.output
    assert sorted(p.name for p in model_dir(ctx).glob("model-v*.json")) == ["model-v1.json", "model-v2.json"]
    with ctx.db.read() as session:
        verbs = session.execute(select(AuditEntryRow.verb)).scalars().all()
    assert verbs.count("triage.model_trained") == 2


def test_training_on_moderators_decisions_round_trips_into_the_scorer(ctx, monkeypatch):
    integration = platform(ctx)
    mod = hire(ctx, "mod", "moderator")
    # Replay a generated history through the real path: report, then action or dismiss the case.
    for i, (text, actioned) in enumerate(generate_decision_history(120, seed=3)):
        ref = account(ctx, integration, f"acc{i}", followers=50)
        receipt = report(ctx, integration, ref, reporter=f"r{i}", text=text)
        actions.propose_action(ctx, actor=mod.principal, ref=ref, type="warn" if actioned else "dismiss",
                               reason="decided", case_id=receipt.case_id)
    examples = decision_examples(ctx)
    assert len(examples) == 120 and any(label for _, label in examples) and not all(label for _, label in examples)
    result = train_from_decisions(ctx, min_decisions=100)
    assert result.version == 1 and result.source == "moderator decisions"
    assert 0.0 <= result.metrics["roc_auc"] <= 1.0
    monkeypatch.setenv("TRUSTDESK_SCORER", "trained")
    receipt = report(ctx, integration, account(ctx, integration, "new"), reporter="x", text="je vais te tuer")
    with ctx.db.read() as session:
        signal = session.get(ReportSignalRow, receipt.id)
    assert signal.scorer.startswith("trained-v1+composite")
    assert "past decisions" in signal.explanation


def test_training_refuses_too_few_decisions_with_a_way_forward(ctx):
    with pytest.raises(InvalidInput, match="--synthetic"):
        train_from_decisions(ctx, min_decisions=100)
    result = runner.invoke(app, ["triage", "train"], env=_env(ctx))
    assert result.exit_code == 2 and "need at least 100" in result.output


def test_recompute_and_queues_commands_run_against_the_database(ctx, clock):
    integration = platform(ctx)
    report(ctx, integration, account(ctx, integration, "acc"))
    recomputed = runner.invoke(app, ["triage", "recompute", "--batch", "10"], env=_env(ctx))
    assert recomputed.exit_code == 0, recomputed.output
    assert "recomputed 1 open cases in 1 batches" in recomputed.output
    listed = runner.invoke(app, ["triage", "queues"], env=_env(ctx))
    assert "Protected accounts — senior only" in listed.output and "everything else" in listed.output
