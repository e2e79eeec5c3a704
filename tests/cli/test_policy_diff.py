"""Shadow mode: replaying recent actions under a proposed policy shows what it would change."""

from __future__ import annotations

from typer.testing import CliRunner

from tests.people import account, hire, platform
from trustdesk.cli.app import app
from trustdesk.services.enforcement import actions

runner = CliRunner()


def test_policy_diff_names_the_actions_a_stricter_policy_would_have_held_back(ctx, tmp_path):
    integration = platform(ctx)
    julie = hire(ctx, "julie", "moderator")
    small = account(ctx, integration, "small", followers=50)
    mid = account(ctx, integration, "mid", followers=20_000)
    warned = actions.propose_action(ctx, actor=julie.principal, ref=small, type="suspend", duration_hours=2,
                                    reason="spam")
    actions.propose_action(ctx, actor=julie.principal, ref=mid, type="warn", reason="spam")
    stricter = tmp_path / "settings.toml"
    stricter.write_text("[tiers]\nmedium_followers = 10\n")  # the 50-follower account becomes medium tier
    env = {"TRUSTDESK_DATABASE_URL": ctx.db.url, "TRUSTDESK_DATA_DIR": str(ctx.settings.data_dir)}
    result = runner.invoke(app, ["policy", "diff", str(stricter), "--days", "3650"], env=env)
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert any(line.startswith("stricter") and warned["id"] in line for line in lines)
    assert "replayed 2 actions" in lines[-1] and "1 stricter" in lines[-1]
