"""`trustdesk audit verify` against heads kept outside the database: the operator's file or an auditor's copy."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace

from typer.testing import CliRunner

from tests.people import account, hire, platform, report
from tests.services.oversight.test_audit_anchor import cut_the_tail
from trustdesk.cli.app import app
from trustdesk.config import Settings, audit_heads_path
from trustdesk.services.base.context import Context
from trustdesk.services.oversight import audit as audit_service

runner = CliRunner()


def _env(ctx):
    return {"TRUSTDESK_DATABASE_URL": ctx.db.url, "TRUSTDESK_DATA_DIR": str(ctx.settings.data_dir)}


def _history(ctx, prefix: str, count: int) -> None:
    integration = platform(ctx, f"{prefix}-platform")
    hire(ctx, f"{prefix}-julie", "moderator")
    for i in range(count):
        report(ctx, integration, account(ctx, integration, f"{prefix}{i}", followers=10), reporter=f"r{i}")


def test_a_cut_database_fails_verify_naming_the_head_and_the_removed_entries(ctx):
    _history(ctx, "a", 4)
    env = _env(ctx)
    signed = runner.invoke(app, ["audit", "checkpoint"], env=env)
    assert signed.exit_code == 0, signed.output
    size = int(signed.output.split(" entries")[0].rsplit(" ", 1)[1])
    intact = runner.invoke(app, ["audit", "verify"], env=env)
    assert intact.exit_code == 0 and f"checked against the head of {size} entries" in intact.output
    cut_the_tail(ctx, size - 4)
    cut = runner.invoke(app, ["audit", "verify"], env=env)
    assert cut.exit_code == 1
    assert f"the log held {size} entries at" in cut.output
    assert f"the database now has {size - 4}: entries {size - 3}..{size} were removed" in cut.output


def test_an_auditors_copy_of_the_heads_file_catches_a_cut_hidden_from_the_operators_file(ctx, tmp_path):
    _history(ctx, "a", 3)
    env = _env(ctx)
    assert runner.invoke(app, ["audit", "checkpoint"], env=env).exit_code == 0
    kept = audit_heads_path(ctx.settings).read_text()
    _history(ctx, "b", 3)
    assert runner.invoke(app, ["audit", "checkpoint"], env=env).exit_code == 0
    auditor = tmp_path / "auditor" / "heads.jsonl"
    auditor.parent.mkdir()
    shutil.copy(audit_heads_path(ctx.settings), auditor)
    first_size = json.loads(kept)["size"]
    # Someone who can write both the database and the operator's heads file cuts back to the first head.
    cut_the_tail(ctx, first_size)
    audit_heads_path(ctx.settings).write_text(kept)
    assert runner.invoke(app, ["audit", "verify"], env=env).exit_code == 0  # what the operator's machine sees
    copy = runner.invoke(app, ["audit", "verify", "--heads", str(auditor)], env=env)
    assert copy.exit_code == 1 and f"the database now has {first_size}:" in copy.output
    missing = runner.invoke(app, ["audit", "verify", "--heads", str(tmp_path / "nothing.jsonl")], env=env)
    assert missing.exit_code == 2 and "no heads file" in missing.output


def test_an_export_checked_offline_against_an_auditors_heads_copy(ctx, tmp_path):
    _history(ctx, "a", 3)
    env = _env(ctx)
    assert runner.invoke(app, ["audit", "checkpoint"], env=env).exit_code == 0
    auditor = tmp_path / "heads.jsonl"
    shutil.copy(audit_heads_path(ctx.settings), auditor)
    _history(ctx, "b", 1)
    path, key = tmp_path / "audit.jsonl", tmp_path / "audit.pub"
    assert runner.invoke(app, ["audit", "export", str(path)], env=env).exit_code == 0
    key.write_text(runner.invoke(app, ["audit", "public-key"], env=env).output)
    offline = ["audit", "verify", "--export", str(path), "--public-key", str(key), "--heads", str(auditor)]
    assert runner.invoke(app, offline, env={}).exit_code == 0
    # An export cut short (its last entries and every head over them dropped) fails against the copy.
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    entries = [line for line in lines if line.startswith('{"type":"entry"')]
    path.write_text(lines[0] + "".join(entries[:5]), encoding="utf-8")
    cut = runner.invoke(app, offline, env={})
    assert cut.exit_code == 1 and "the log ends at entry 5" in cut.output


def test_verify_finds_the_heads_file_from_another_working_directory(ctx, tmp_path, monkeypatch):
    monkeypatch.delenv("TRUSTDESK_DATA_DIR", raising=False)
    if ctx.db.url.startswith("sqlite"):
        # The default layout: keys, and the heads file, beside the SQLite file, wherever the command runs.
        settings = replace(Settings.from_env(ctx.db.url), argon2=ctx.settings.argon2)
        env = {"TRUSTDESK_DATABASE_URL": ctx.db.url}
    else:
        settings = ctx.settings
        env = _env(ctx)
    local = Context(db=ctx.db, settings=settings, clock=ctx.clock)
    _history(local, "a", 4)
    # The key is made for a new log by `migrate` (or `serve`), never by a checkpoint (services/oversight/audit_keys.py).
    assert runner.invoke(app, ["migrate"], env=env).exit_code == 0
    assert runner.invoke(app, ["audit", "checkpoint"], env=env).exit_code == 0
    assert audit_heads_path(settings).is_absolute() and audit_heads_path(settings).exists()
    elsewhere = tmp_path / "somewhere" / "else"
    elsewhere.mkdir(parents=True)
    monkeypatch.chdir(elsewhere)
    assert runner.invoke(app, ["audit", "verify"], env=env).exit_code == 0
    size = audit_service.tree_heads(local)[-1].size
    cut_the_tail(local, size - 2)
    cut = runner.invoke(app, ["audit", "verify"], env=env)
    assert cut.exit_code == 1 and f"entries {size - 1}..{size} were removed" in cut.output
