"""The CLI in-process: its output contract and its errors."""

from __future__ import annotations

from typer.testing import CliRunner

from trustdesk.cli.app import app

runner = CliRunner()


def _env(database, tmp_path):
    return {"TRUSTDESK_DATABASE_URL": database.url, "TRUSTDESK_DATA_DIR": str(tmp_path / "data")}


def test_staff_add_prints_a_working_token_on_its_last_line(database, tmp_path):
    result = runner.invoke(app, ["staff", "add", "ana", "--role", "triage", "--contractor",
                                 "--access-end", "2030-01-01T00:00:00+00:00"], env=_env(database, tmp_path))
    assert result.exit_code == 0, result.output
    token = result.output.strip().splitlines()[-1]
    assert token.startswith("tdk_") and " " not in token


def test_staff_add_with_an_unknown_role_fails_with_a_clear_message(database, tmp_path):
    result = runner.invoke(app, ["staff", "add", "ana", "--role", "overlord"], env=_env(database, tmp_path))
    assert result.exit_code == 2
    assert "unknown role" in result.output


def test_an_access_end_without_a_time_zone_is_refused(database, tmp_path):
    result = runner.invoke(app, ["staff", "add", "ana", "--role", "triage", "--access-end", "2030-01-01T00:00"],
                           env=_env(database, tmp_path))
    assert result.exit_code == 2
    assert "time zone" in result.output


def test_serve_refuses_to_start_on_a_broken_queue_file(database, tmp_path):
    broken = tmp_path / "queues.toml"
    broken.write_text("[[queue]]\nname = \n")
    result = runner.invoke(app, ["serve", "--port", "1"], env={**_env(database, tmp_path),
                                                               "TRUSTDESK_QUEUES": str(broken)})
    assert result.exit_code == 2
    assert "cannot start" in result.output


def test_serve_refuses_to_start_on_a_broken_policy(database, tmp_path):
    broken = tmp_path / "bad.cedar"
    broken.write_text("permit (principal, action, resource")
    result = runner.invoke(app, ["serve", "--port", "1"], env={**_env(database, tmp_path),
                                                               "TRUSTDESK_POLICY": str(broken)})
    assert result.exit_code == 2
    assert "cannot start" in result.output


def test_staff_language_sets_the_console_language(database, tmp_path):
    env = _env(database, tmp_path)
    assert runner.invoke(app, ["staff", "add", "ana", "--role", "moderator"], env=env).exit_code == 0
    result = runner.invoke(app, ["staff", "language", "ana", "fr"], env=env)
    assert result.exit_code == 0 and "ana: console in fr" in result.output
    refused = runner.invoke(app, ["staff", "language", "ana", "tlh"], env=env)
    assert refused.exit_code != 0 and "unknown console language" in refused.output
