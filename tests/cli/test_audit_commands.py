"""`trustdesk audit …` for an auditor: one command says whether anything was altered, and where."""

from __future__ import annotations

from sqlalchemy import text
from typer.testing import CliRunner

from tests.people import account, hire, platform, report
from trustdesk.cli.app import app

runner = CliRunner()


def _env(ctx):
    return {"TRUSTDESK_DATABASE_URL": ctx.db.url, "TRUSTDESK_DATA_DIR": str(ctx.settings.data_dir)}


def _some_history(ctx) -> None:
    integration = platform(ctx)
    hire(ctx, "julie", "moderator")
    for i in range(4):
        report(ctx, integration, account(ctx, integration, f"a{i}", followers=10), reporter=f"r{i}")


def test_audit_verify_exits_zero_on_an_intact_log_and_one_naming_the_first_bad_entry(ctx):
    _some_history(ctx)
    env = _env(ctx)
    assert runner.invoke(app, ["audit", "checkpoint"], env=env).exit_code == 0
    intact = runner.invoke(app, ["audit", "verify"], env=env)
    assert intact.exit_code == 0 and "intact" in intact.output
    with ctx.db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_entries SET actor = 'nobody' WHERE seq = 6"))
    tampered = runner.invoke(app, ["audit", "verify"], env=env)
    assert tampered.exit_code == 1
    assert "entry 6" in tampered.output


def test_an_export_verifies_offline_with_the_pinned_public_key(ctx, tmp_path):
    _some_history(ctx)
    env = _env(ctx)
    path, key = tmp_path / "audit.jsonl", tmp_path / "audit.pub"
    assert runner.invoke(app, ["audit", "export", str(path)], env=env).exit_code == 0
    key.write_text(runner.invoke(app, ["audit", "public-key"], env=env).output)
    offline = runner.invoke(app, ["audit", "verify", "--export", str(path), "--public-key", str(key)], env={})
    assert offline.exit_code == 0, offline.output
    proof = runner.invoke(app, ["audit", "prove", "3"], env=env)
    assert proof.exit_code == 0 and '"leaf_index": 2' in proof.output


def test_the_audit_api_reads_entries_as_sentences_for_seniors_only(ctx, client=None):
    from fastapi.testclient import TestClient

    from trustdesk.cli.server import create_web_app

    _some_history(ctx)
    senior, julie = hire(ctx, "senior1", "senior"), hire(ctx, "julie2", "moderator")
    with TestClient(create_web_app(ctx, run_scheduler=False)) as http:
        assert http.get("/api/v1/audit", headers=julie.headers).status_code == 403
        page = http.get("/api/v1/audit", headers=senior.headers, params={"verb": "report.filed", "limit": 2}).json()
        assert len(page["items"]) == 2 and "reported account/a3 for harassment" in page["items"][0]["summary"]
        assert http.get("/api/v1/audit/verify", headers=senior.headers).json()["ok"] is True


def test_each_high_impact_call_records_the_credential_it_came_with(ctx):
    from sqlalchemy import select

    from trustdesk.services.access.staff import issue_token
    from trustdesk.services.base.principals import authenticate
    from trustdesk.services.enforcement import actions, reversals
    from trustdesk.storage.tables import AuditEntryRow, TokenRow

    integration = platform(ctx)
    ref = account(ctx, integration, "a1", followers=10)
    hire(ctx, "julie", "moderator")
    second = authenticate(ctx, token=issue_token(ctx, actor=None, name="julie"))
    action = actions.propose_action(ctx, actor=second, ref=ref, type="deactivate", reason="bot")
    reversals.reverse_action(ctx, actor=second, action_id=action["id"])
    with ctx.db.read() as session:
        token_ids = set(session.execute(select(TokenRow.id)).scalars())
        vias = [row.payload["via"] for row in session.execute(
            select(AuditEntryRow).where(AuditEntryRow.verb.in_(["action.proposed", "action.reversed"]))).scalars()]
    assert len(vias) == 2 and vias[0] == vias[1] == second.via
    assert second.via.removeprefix("token ") in token_ids
