"""`trustdesk export dsa`: a JSON array the Transparency Database would accept, or a clear refusal."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from tests.people import account, hire, platform, post, report
from trustdesk.cli.app import app
from trustdesk.domain.dsa_rules import validate_batch
from trustdesk.services.enforcement import actions
from trustdesk.storage.tables_people import StatementRow

runner = CliRunner()


def _env(ctx, tmp_path):
    return {"TRUSTDESK_DATABASE_URL": ctx.db.url, "TRUSTDESK_DATA_DIR": str(tmp_path / "data")}


@pytest.fixture
def decided(ctx, clock):
    """Three restrictions on three days: a suspension, a removal, a limit."""
    integration, julie = platform(ctx), hire(ctx, "julie", "moderator")
    ref = account(ctx, integration, "u1")
    receipt = report(ctx, integration, ref, category="harassment")
    actions.propose_action(ctx, actor=julie.principal, ref=ref, type="suspend", duration_hours=24, reason="insults",
                           case_id=receipt.case_id)
    clock.advance(days=1)
    account(ctx, integration, "u2")
    target = post(ctx, integration, "p1", "u2")
    receipt = report(ctx, integration, target, category="scam")
    actions.propose_action(ctx, actor=julie.principal, ref=target, type="remove", reason="phishing link",
                           case_id=receipt.case_id)
    clock.advance(days=1)
    actions.propose_action(ctx, actor=julie.principal, ref=account(ctx, integration, "u3"), type="limit",
                           reason="spam bursts")
    return julie


def test_the_export_is_an_array_of_valid_statements_with_unique_puids(ctx, tmp_path, decided):
    out = tmp_path / "dsa.json"
    result = runner.invoke(app, ["export", "dsa", "--out", str(out), "--batches", str(tmp_path / "batches")],
                           env=_env(ctx, tmp_path))
    assert result.exit_code == 0, result.output
    statements = json.loads(out.read_text())
    assert len(statements) == 3 and validate_batch(statements) == []
    assert len({s["puid"] for s in statements}) == 3
    assert [s.get("decision_account") or s.get("decision_visibility") or s.get("decision_provision")
            for s in statements] == ["DECISION_ACCOUNT_SUSPENDED", ["DECISION_VISIBILITY_CONTENT_REMOVED"],
                                     "DECISION_PROVISION_PARTIAL_SUSPENSION"]
    assert [s["category"] for s in statements] == ["STATEMENT_CATEGORY_CYBER_VIOLENCE",
                                                   "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
                                                   "STATEMENT_CATEGORY_OTHER_VIOLATION_TC"]
    assert statements[2]["source_type"] == "SOURCE_VOLUNTARY"
    [batch] = sorted((tmp_path / "batches").iterdir())
    assert json.loads(batch.read_text()) == {"statements": statements}


def test_from_and_to_select_whole_days(ctx, tmp_path, decided):
    out = tmp_path / "dsa.json"
    result = runner.invoke(app, ["export", "dsa", "--out", str(out), "--from", "2026-11-24", "--to", "2026-11-24"],
                           env=_env(ctx, tmp_path))
    assert result.exit_code == 0, result.output
    assert [s["application_date"] for s in json.loads(out.read_text())] == ["2026-11-24"]
    bad = runner.invoke(app, ["export", "dsa", "--out", str(out), "--from", "yesterday"], env=_env(ctx, tmp_path))
    assert bad.exit_code == 2 and "--from" in bad.output


def test_a_statement_the_database_would_refuse_stops_the_export_naming_it_and_its_field(ctx, tmp_path, decided):
    with ctx.db.transaction(ctx.clock) as tx:
        statement = tx.session.execute(select(StatementRow).order_by(StatementRow.created_at)).scalars().first()
        # An identifier retired on 1 July 2025, as an old row or a bad edit of the mapping would carry.
        statement.dsa = {**statement.dsa, "category": "STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE"}
        bad_id, bad_action = statement.id, statement.action_id
    out = tmp_path / "dsa.json"
    result = runner.invoke(app, ["export", "dsa", "--out", str(out)], env=_env(ctx, tmp_path))
    assert result.exit_code == 1
    assert f"statement {bad_id} (action {bad_action}): category" in result.output
    assert not out.exists()


def test_the_demo_history_exports_with_zero_errors(ctx, tmp_path):
    from trustdesk.cli.demo import seed_demo

    seed_demo(ctx, reports_count=10, history_days=14)
    out = tmp_path / "dsa.json"
    result = runner.invoke(app, ["export", "dsa", "--out", str(out)], env=_env(ctx, tmp_path))
    assert result.exit_code == 0, result.output
    statements = json.loads(out.read_text())
    assert len(statements) >= 20 and validate_batch(statements) == []
    assert {s["source_type"] for s in statements} >= {"SOURCE_ARTICLE_16", "SOURCE_TRUSTED_FLAGGER"}
    assert len({s["application_date"] for s in statements}) >= 7  # spread over the days, not one burst
    # The same history gives the dashboard and the transparency report something to show, day after day.
    from datetime import timedelta

    from trustdesk.services.oversight.transparency import transparency

    now = ctx.clock.now()
    data = transparency(ctx, actor=None, start=now - timedelta(days=14), end=now + timedelta(seconds=1))
    days_with_decisions = sum(1 for day in data.days() if data.daily_actions.get(day))
    assert days_with_decisions >= 10 and data.reports_total >= 40
    assert sum(data.appeals.values()) >= 1 and data.median_hours is not None
