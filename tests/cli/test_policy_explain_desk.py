"""`trustdesk policy explain --desk` answers desk permissions as it answers actions: yes or no, and which rule."""

from __future__ import annotations

from typer.testing import CliRunner

from tests.people import hire
from trustdesk.cli.app import app

runner = CliRunner()


def _explain(ctx, *args: str):
    env = {"TRUSTDESK_DATABASE_URL": ctx.db.url, "TRUSTDESK_DATA_DIR": str(ctx.settings.data_dir)}
    return runner.invoke(app, ["policy", "explain", *args], env=env)


def test_explain_names_the_rule_that_lets_a_senior_read_the_audit_log(ctx):
    hire(ctx, "sam", "senior")
    result = _explain(ctx, "--desk", "read_audit_log", "--as", "sam")
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if not line.startswith("note:")]
    assert lines[0] == "sam (senior) may read the audit log (desk permission read-audit-log)"
    assert "    - read-audit-log: seniors and admins read the audit log" in lines
    assert "  roles that may: senior, admin" in lines


def test_explain_says_what_a_moderator_lacks_for_trusted_flaggers(ctx):
    hire(ctx, "julie", "moderator")
    result = _explain(ctx, "--desk", "grant-trusted-flagger", "--as", "julie")
    assert result.exit_code == 0, result.output
    assert "julie (moderator) may not grant or revoke trusted-flagger status" in result.output
    assert "no policy allows it; this needs the admin role or higher" in result.output


def test_explain_all_lists_every_desk_permission_and_an_unknown_one_is_refused(ctx):
    result = _explain(ctx, "--desk", "all")
    assert result.exit_code == 0, result.output
    assert result.output.count("(desk permission ") == 14
    unknown = _explain(ctx, "--desk", "launch-rockets")
    assert unknown.exit_code == 2 and "unknown desk permission 'launch-rockets'" in unknown.output
