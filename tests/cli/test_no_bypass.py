"""The CLI acts through the same services: the safeguards hold there too."""

from __future__ import annotations

from datetime import timedelta

from typer.testing import CliRunner

from tests.conftest import T0
from tests.people import account, hire, platform
from trustdesk.cli.app import app

runner = CliRunner()


def _env(ctx):
    return {"TRUSTDESK_DATABASE_URL": ctx.db.url, "TRUSTDESK_DATA_DIR": str(ctx.settings.data_dir)}


def test_a_contractor_cannot_deactivate_a_protected_account_from_the_cli(ctx):
    integration = platform(ctx)
    account(ctx, integration, "hos", followers=41_700_000, tags=["public-interest"])
    contractor = hire(ctx, "contractor", "moderator", contractor=True, access_end=T0 + timedelta(days=3650))
    result = runner.invoke(app, ["action", "propose", "account/hos", "deactivate", "--reason", "report",
                                 "--token", contractor.token], env=_env(ctx))
    assert result.exit_code != 0
    assert "contractors may not" in result.output


def test_a_moderator_cli_deactivation_of_a_protected_account_waits_for_approval(ctx):
    integration = platform(ctx)
    account(ctx, integration, "hos", followers=41_700_000, tags=["public-interest"])
    julie = hire(ctx, "julie", "moderator")
    result = runner.invoke(app, ["action", "propose", "account/hos", "deactivate", "--reason", "report",
                                 "--token", julie.token], env=_env(ctx))
    assert result.exit_code == 0, result.output
    assert '"state": "pending_approval"' in result.output


def test_policy_explain_says_in_plain_words_what_a_takedown_needs(ctx):
    integration = platform(ctx)
    account(ctx, integration, "hos", followers=41_700_000, verified=True, tags=["public-interest"])
    hire(ctx, "contractor", "moderator", contractor=True, access_end=T0 + timedelta(days=3650))
    result = runner.invoke(app, ["policy", "explain", "--type", "deactivate", "--subject", "account/hos"],
                           env=_env(ctx))
    assert result.exit_code == 0, result.output
    assert "2 approvals from senior or admin" in result.output and "10-minute delay" in result.output
    as_contractor = runner.invoke(app, ["policy", "explain", "--type", "deactivate", "--subject", "account/hos",
                                        "--as", "contractor"], env=_env(ctx))
    assert "denied" in as_contractor.output and "contractor" in as_contractor.output
