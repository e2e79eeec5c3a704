"""The audit key: created only for a new log (serve/migrate) or by `audit keygen`, found wherever the command
runs from, required to verify, and the right one or serve refuses. Backups carry it and verify."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from trustdesk.audit.signing import SigningKey, load_key
from trustdesk.cli.app import app
from trustdesk.config import Settings

runner = CliRunner()
TRUSTDESK = str(Path(sys.executable).parent / "trustdesk")


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """A new SQLite database in its own folder, commands run from an unrelated working directory."""
    folder = tmp_path / "site"
    folder.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    for name in ("TRUSTDESK_DATA_DIR", "TRUSTDESK_KEYS_DIR", "TRUSTDESK_AUDIT_KEY", "TRUSTDESK_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    url = f"sqlite:///{folder / 'trustdesk.db'}"
    return url, folder / ".trustdesk" / "keys" / "audit-ed25519.pem"


def _run(*args: str, env: dict | None = None):
    return runner.invoke(app, list(args), env=env or {})


def test_only_migrate_serve_or_keygen_create_the_key_and_verify_never_does(fresh, tmp_path):
    url, key = fresh
    assert _run("staff", "add", "julie", "--role", "moderator", "--db", url).exit_code == 0
    assert _run("integration", "add", "platform", "--db", url).exit_code == 0
    assert not key.exists()
    # verify with no key: a clear error, non-zero, and still no key afterwards (a real process, real stderr)
    verify = subprocess.run([TRUSTDESK, "audit", "verify", "--db", url], capture_output=True, text=True,
                            env={**os.environ, "TRUSTDESK_DATA_DIR": ""}, cwd=tmp_path / "elsewhere")
    assert verify.returncode != 0
    assert "no audit signing key at" in verify.stderr and str(key) in verify.stderr
    assert not key.exists()
    assert _run("audit", "checkpoint", "--db", url).exit_code != 0 and not key.exists()
    migrate = _run("migrate", "--db", url)
    assert migrate.exit_code == 0, migrate.output
    assert key.exists() and oct(key.stat().st_mode & 0o777) == "0o600"
    assert not (tmp_path / "elsewhere" / ".trustdesk").exists()  # nothing landed in the working directory
    assert _run("audit", "checkpoint", "--db", url).exit_code == 0
    assert _run("audit", "verify", "--db", url).exit_code == 0
    again = _run("audit", "keygen", "--db", url)
    assert again.exit_code == 2 and "already exists" in again.output


def test_keygen_creates_the_key_explicitly_and_keys_dir_moves_it(fresh, tmp_path):
    url, default_key = fresh
    keys = tmp_path / "vault"
    env = {"TRUSTDESK_KEYS_DIR": str(keys)}
    assert _run("staff", "add", "julie", "--role", "moderator", "--db", url, env=env).exit_code == 0
    made = _run("audit", "keygen", "--db", url, env=env)
    assert made.exit_code == 0, made.output
    assert (keys / "audit-ed25519.pem").exists() and not default_key.exists()
    assert _run("audit", "checkpoint", "--db", url, env=env).exit_code == 0
    assert _run("audit", "verify", "--db", url, env=env).exit_code == 0


def test_serve_refuses_a_log_signed_by_a_key_it_does_not_hold(fresh):
    url, key = fresh
    assert _run("migrate", "--db", url).exit_code == 0
    assert _run("staff", "add", "julie", "--role", "moderator", "--db", url).exit_code == 0
    assert _run("audit", "checkpoint", "--db", url).exit_code == 0
    signer = load_key(key).key_id
    key.unlink()
    missing = _run("serve", "--db", url, "--port", "1")
    assert missing.exit_code == 2 and "no key at" in missing.output and signer in missing.output
    assert not key.exists()
    key.write_bytes(SigningKey.generate().private_key_pem())
    key.chmod(0o600)
    foreign = _run("serve", "--db", url, "--port", "1")
    assert foreign.exit_code == 2
    assert f"signed by key {signer}" in foreign.output and "refusing to start" in foreign.output


def test_a_server_database_keeps_its_keys_in_the_user_data_dir_not_the_cwd(tmp_path, monkeypatch):
    for name in ("TRUSTDESK_DATA_DIR", "TRUSTDESK_KEYS_DIR", "TRUSTDESK_HOME", "XDG_DATA_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    url = "postgresql://td:secret@db.example:6543/trust"
    path = Settings.from_env(url).signing_key_path
    assert path == tmp_path / "home" / ".local/share/trustdesk/keys/db.example-6543-trust/audit-ed25519.pem"
    assert "secret" not in str(path)
    monkeypatch.setenv("TRUSTDESK_HOME", str(tmp_path / "th"))
    assert Settings.from_env(url).signing_key_path.is_relative_to(tmp_path / "th")
    monkeypatch.setenv("TRUSTDESK_KEYS_DIR", str(tmp_path / "k"))
    assert Settings.from_env(url).signing_key_path == tmp_path / "k" / "audit-ed25519.pem"


def test_backup_and_restore_carry_the_database_and_the_key_and_verify(fresh, tmp_path):
    url, key = fresh
    assert _run("migrate", "--db", url).exit_code == 0
    token = _run("staff", "add", "julie", "--role", "senior", "--db", url).output.strip().splitlines()[-1]
    assert _run("audit", "checkpoint", "--db", url).exit_code == 0
    out = tmp_path / "backup-1"
    made = _run("backup", str(out), "--db", url)
    assert made.exit_code == 0, made.output
    assert "intact" in made.output
    assert (out / "trustdesk.db").exists() and (out / "keys" / "audit-ed25519.pem").exists()
    assert oct((out / "keys" / "audit-ed25519.pem").stat().st_mode & 0o777) == "0o600"
    assert _run("backup", str(out), "--db", url).exit_code == 2  # never into a non-empty directory

    # disaster: the site folder is gone, database and key with it
    shutil.rmtree(key.parent.parent.parent)
    target = f"sqlite:///{tmp_path / 'new-site' / 'trustdesk.db'}"
    restored = _run("restore-backup", str(out), "--db", target)
    assert restored.exit_code == 0, restored.output
    assert "intact" in restored.output
    assert _run("audit", "verify", "--db", target).exit_code == 0
    assert _run("restore-backup", str(out), "--db", target).exit_code == 2  # won't overwrite without --force
    from trustdesk.services.base.context import open_context
    from trustdesk.services.base.principals import authenticate

    ctx = open_context(Settings.from_env(target))
    assert authenticate(ctx, token=token).name == "julie"
    ctx.db.dispose()
    started = _run("migrate", "--db", target)  # the restored key is the log's key: serve/migrate accept it
    assert started.exit_code == 0 and "created the audit signing key" not in started.output


def test_backup_refuses_postgresql_and_points_to_pg_dump(tmp_path):
    result = _run("backup", str(tmp_path / "b"), "--db", "postgresql://x@127.0.0.1:1/none")
    assert result.exit_code == 2 and "pg_dump" in result.output
