"""`trustdesk policy reject` and `policy withdraw`: the API's verdicts on a proposed policy, from a terminal.

They act with the member's own API token, as `policy propose` and `policy approve` do, and go through the same
service, so the approvals rules hold here too: the proposer withdraws but never rejects, others reject but never
withdraw, and only a pending version takes either."""

from __future__ import annotations

from typer.testing import CliRunner

from tests.people import Person, hire
from trustdesk.cli.app import app
from trustdesk.policy import SafeguardPolicy
from trustdesk.services.oversight.audit import list_entries
from trustdesk.services.safeguards.policy_versions import get_policy_version, propose_policy

runner = CliRunner()


def _policy(ctx, *args: str):
    env = {"TRUSTDESK_DATABASE_URL": ctx.db.url, "TRUSTDESK_DATA_DIR": str(ctx.settings.data_dir),
           "TRUSTDESK_TOKEN": ""}
    return runner.invoke(app, ["policy", *args], env=env)


def _proposed(ctx, by: Person) -> str:
    policy = SafeguardPolicy.default()
    text = policy.source_text.replace('@approvals("2")', '@approvals("1")', 1)
    return propose_policy(ctx, actor=by.principal, cedar_text=text, settings=None, reason="one senior is enough")["id"]


def _state(ctx, by: Person, version_id: str) -> str:
    return get_policy_version(ctx, actor=by.principal, version_id=version_id)["state"]


def test_a_senior_rejects_an_admins_proposed_policy_with_a_reason(ctx):
    admin, senior = hire(ctx, "ada", "admin"), hire(ctx, "sam", "senior")
    version = _proposed(ctx, admin)
    result = _policy(ctx, "reject", version, "--token", senior.token, "--reason", "two approvals stay")
    assert result.exit_code == 0, result.output
    assert f"policy version {version} is rejected" in result.output
    assert _state(ctx, admin, version) == "rejected"
    (entry,) = list_entries(ctx, actor=senior.principal, verb="policy.rejected", object_id=version)["items"]
    assert entry["actor"] == "sam" and entry["payload"]["reason"] == "two approvals stay"
    again = _policy(ctx, "reject", version, "--token", senior.token)
    assert again.exit_code == 2
    assert f"policy version {version} is rejected; only one pending approval takes" in again.output


def test_the_proposer_cannot_reject_their_own_policy_version(ctx):
    admin = hire(ctx, "ada", "admin")
    version = _proposed(ctx, admin)
    result = _policy(ctx, "reject", version, "--token", admin.token)
    assert result.exit_code == 2
    assert "the proposer cannot reject their own policy version" in result.output
    assert "trustdesk policy withdraw" in result.output
    assert _state(ctx, admin, version) == "pending_approval"


def test_the_proposer_withdraws_a_pending_version_and_nobody_else_may(ctx):
    admin, senior = hire(ctx, "ada", "admin"), hire(ctx, "sam", "senior")
    version = _proposed(ctx, admin)
    refused = _policy(ctx, "withdraw", version, "--token", senior.token)
    assert refused.exit_code == 2
    assert "only the proposer cancels a policy version; others reject it" in refused.output
    assert _state(ctx, admin, version) == "pending_approval"
    result = _policy(ctx, "withdraw", version, "--token", admin.token)
    assert result.exit_code == 0, result.output
    assert f"policy version {version} is cancelled" in result.output
    assert _state(ctx, admin, version) == "cancelled"


def test_a_verdict_needs_a_token_and_an_existing_version(ctx):
    senior = hire(ctx, "sam", "senior")
    anonymous = _policy(ctx, "withdraw", "pol_missing")
    assert anonymous.exit_code == 2 and "give --token or set TRUSTDESK_TOKEN" in anonymous.output
    missing = _policy(ctx, "reject", "pol_missing", "--token", senior.token)
    assert missing.exit_code == 2 and "no policy version pol_missing" in missing.output


def test_a_rejected_version_cannot_be_withdrawn_afterwards(ctx):
    admin, senior = hire(ctx, "ada", "admin"), hire(ctx, "sam", "senior")
    version = _proposed(ctx, admin)
    assert _policy(ctx, "reject", version, "--token", senior.token).exit_code == 0
    late = _policy(ctx, "withdraw", version, "--token", admin.token)
    assert late.exit_code == 2
    assert "a policy version that is rejected cannot become cancelled" in late.output
    assert _state(ctx, admin, version) == "rejected"
