"""Credentials at the shell: the operator acts at once but is seen, tokens are listed and revoked one by one,
and no command runs under a policy file that differs from the approved version."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from tests.people import hire
from trustdesk.cli.app import app
from trustdesk.domain.errors import NotAuthenticated
from trustdesk.policy.loader import DEFAULT_DIR
from trustdesk.services.base.principals import authenticate
from trustdesk.services.safeguards import policy_versions
from trustdesk.storage.tables import AlertRow, AuditEntryRow

runner = CliRunner()


def _env(ctx, **extra):
    return {"TRUSTDESK_DATABASE_URL": ctx.db.url, "TRUSTDESK_DATA_DIR": str(ctx.settings.data_dir), **extra}


def _alerts(ctx, kind):
    with ctx.db.read() as session:
        return session.execute(select(AlertRow.message).where(AlertRow.kind == kind)).scalars().all()


def _run(ctx, *args, **extra):
    return runner.invoke(app, list(args), env=_env(ctx, **extra))


def test_minting_anyones_token_at_the_shell_is_alerted_at_once(ctx):
    hire(ctx, "julie", "senior")
    result = _run(ctx, "staff", "token", "julie")
    assert result.exit_code == 0, result.output
    token = result.stdout.strip().splitlines()[-1]
    assert authenticate(ctx, token=token).name == "julie"
    assert any("issued a token for julie" in message for message in _alerts(ctx, "operator_credential"))


def test_staff_add_still_prints_the_token_last_and_is_alerted(ctx):
    result = _run(ctx, "staff", "add", "root2", "--role", "admin")
    assert result.exit_code == 0, result.output
    assert authenticate(ctx, token=result.stdout.strip().splitlines()[-1]).name == "root2"
    assert any("added root2 as admin" in message for message in _alerts(ctx, "operator_credential"))


def test_token_list_shows_ids_owners_and_last_four_never_the_secret_and_revoke_kills_one(ctx):
    julie = hire(ctx, "julie", "moderator")
    listed = _run(ctx, "token", "list", "--staff", "julie")
    assert listed.exit_code == 0, listed.output
    assert "staff:julie" in listed.stdout and f"…{julie.token[-4:]}" in listed.stdout
    assert julie.token not in listed.stdout
    token_id = listed.stdout.strip().splitlines()[-1].split()[0]
    revoked = _run(ctx, "token", "revoke", token_id)
    assert revoked.exit_code == 0 and "revoked" in revoked.stdout
    with pytest.raises(NotAuthenticated):
        authenticate(ctx, token=julie.token)
    assert _alerts(ctx, "token_revoked")
    again = _run(ctx, "token", "revoke", token_id)
    assert again.exit_code == 2 and "was revoked" in again.output
    assert _run(ctx, "token", "revoke", "tok_nope").exit_code == 2


def _edited_copy(tmp_path, *, change: bool = True):
    copy = tmp_path / "policy"
    shutil.copytree(DEFAULT_DIR, copy)
    if change:  # a quiet loosening: critical takedowns no longer wait
        settings = copy / "settings.toml"
        settings.write_text(settings.read_text().replace("critical = 10", "critical = 0"))
    return str(copy)


def _approve_a_version(ctx):
    ada, bob = hire(ctx, "ada", "admin"), hire(ctx, "bob", "admin")
    cedar = (DEFAULT_DIR / "safeguards.cedar").read_text()
    version = policy_versions.propose_policy(ctx, actor=ada.principal, cedar_text=cedar, settings=None,
                                             reason="pin the reviewed policy")
    policy_versions.approve_policy(ctx, actor=bob.principal, version_id=version["id"])


def test_a_one_off_command_with_an_edited_policy_file_is_refused_when_a_version_is_approved(ctx, tmp_path):
    _approve_a_version(ctx)
    result = _run(ctx, "staff", "add", "x", "--role", "admin", TRUSTDESK_POLICY=_edited_copy(tmp_path))
    assert result.exit_code == 2
    assert "differs from the approved safeguard policy" in result.output and "refusing" in result.output
    assert not result.stdout.strip()  # no token was printed
    with ctx.db.read() as session:
        added = session.execute(select(AuditEntryRow.id).where(AuditEntryRow.summary.contains("added x"))).first()
    assert added is None
    assert any("staff add" in message for message in _alerts(ctx, "policy_override_refused"))


def test_a_file_identical_to_the_approved_version_is_accepted(ctx, tmp_path):
    _approve_a_version(ctx)
    result = _run(ctx, "token", "list", TRUSTDESK_POLICY=_edited_copy(tmp_path, change=False))
    assert result.exit_code == 0, result.output


def test_without_an_approved_version_a_changed_policy_file_is_recorded_and_alerted(ctx, tmp_path):
    assert _run(ctx, "token", "list").exit_code == 0  # the default policy, noted as in force
    assert not _alerts(ctx, "policy_changed")
    result = _run(ctx, "token", "list", TRUSTDESK_POLICY=_edited_copy(tmp_path))
    assert result.exit_code == 0, result.output
    assert "is now in force" in result.output
    assert _alerts(ctx, "policy_changed")
    quiet = _run(ctx, "token", "list", TRUSTDESK_POLICY=_edited_copy(tmp_path / "again"))
    assert "now in force" not in quiet.output  # nothing changed since: nothing to say


def test_a_broken_policy_file_stops_every_command(ctx, tmp_path):
    broken = tmp_path / "bad.cedar"
    broken.write_text("permit (principal, action, resource")
    result = _run(ctx, "token", "list", TRUSTDESK_POLICY=str(broken))
    assert result.exit_code == 2 and "cannot start" in result.output


def test_policy_explain_answers_who_may_propose_and_approve_staff_changes(ctx):
    hire(ctx, "sen", "senior")
    proposal = _run(ctx, "policy", "explain", "--type", "propose-staff-change", "--role", "admin")
    assert proposal.exit_code == 0, proposal.output
    assert "needs 1 approval from admin" in proposal.stdout and "staff-change" in proposal.stdout
    refused = _run(ctx, "policy", "explain", "--type", "propose-staff-change", "--as", "sen")
    assert "only an admin may propose a staff change" in refused.stdout
    approval = _run(ctx, "policy", "explain", "--type", "approve-staff-change", "--as", "sen")
    assert "sen may not approve" in approval.stdout
