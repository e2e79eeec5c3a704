"""Editing the safeguard policy is itself safeguarded, and a change on disk does not go unnoticed."""

from __future__ import annotations

import pytest

from tests.people import account, hire, platform
from trustdesk.domain.errors import InvalidInput, NotPermitted
from trustdesk.policy import SafeguardPolicy
from trustdesk.services.base.context import Context
from trustdesk.services.enforcement import action_queries
from trustdesk.services.oversight import alerts
from trustdesk.services.safeguards import policy_versions


def _lenient_policy_text() -> str:
    """The default, but a critical takedown needs only one approval."""
    text = SafeguardPolicy.default().source_text
    return text.replace('@reason("taking down a critical subject needs two seniors, then a waiting window in which '
                        'anyone can cancel")\n@approvals("2")',
                        '@reason("taking down a critical subject needs one senior")\n@approvals("1")')


def test_a_moderator_cannot_propose_a_policy(ctx):
    julie = hire(ctx, "julie", "moderator")
    with pytest.raises(NotPermitted, match="admin"):
        policy_versions.propose_policy(ctx, actor=julie.principal, cedar_text=_lenient_policy_text(), settings=None,
                                       reason="faster")


def test_an_invalid_policy_is_refused_with_the_problem_named(ctx):
    admin = hire(ctx, "admin", "admin")
    with pytest.raises(InvalidInput, match="invalid"):
        policy_versions.propose_policy(ctx, actor=admin.principal, cedar_text="permit (principal, action, resource",
                                       settings=None, reason="oops")


def test_a_proposed_policy_takes_effect_only_after_another_senior_approves(ctx):
    integration = platform(ctx)
    admin, senior, julie = hire(ctx, "admin", "admin"), hire(ctx, "senior1", "senior"), hire(ctx, "julie", "moderator")
    ref = account(ctx, integration, "hos", followers=41_700_000, tags=["public-interest"])
    assert lenient_not_yet(ctx, julie, ref)
    version = policy_versions.propose_policy(ctx, actor=admin.principal, cedar_text=_lenient_policy_text(),
                                             settings={"delay_minutes": {"critical": 30}},
                                             reason="one senior is enough")
    assert version["state"] == "pending_approval"
    with pytest.raises(NotPermitted):
        policy_versions.approve_policy(ctx, actor=admin.principal, version_id=version["id"])
    assert lenient_not_yet(ctx, julie, ref)
    assert policy_versions.approve_policy(ctx, actor=senior.principal, version_id=version["id"])["state"] == "active"
    preview = action_queries.preview_action(ctx, actor=julie.principal, ref=ref, type="deactivate")
    assert preview["approvals_required"] == 1 and preview["delay_seconds"] == 1800
    # a fresh process reads the approved version from the database
    fresh = Context(db=ctx.db, settings=ctx.settings, clock=ctx.clock)
    assert fresh.policy.digest == ctx.policy.digest and fresh.policy.origin.startswith("database:")
    assert [a["kind"] for a in alerts.list_alerts(ctx, actor=julie.principal)][:2] == [
        "policy_changed", "policy_change_proposed"]


def lenient_not_yet(ctx, julie, ref) -> bool:
    preview = action_queries.preview_action(ctx, actor=julie.principal, ref=ref, type="deactivate")
    return preview["approvals_required"] == 2


def test_a_policy_changed_on_disk_is_recorded_and_alerted_at_start(ctx, tmp_path):
    julie = hire(ctx, "julie", "moderator")
    assert policy_versions.record_policy_in_force(ctx) is True
    assert policy_versions.record_policy_in_force(ctx) is False
    override = tmp_path / "settings.toml"  # an operator's settings file beside the default rules
    override.write_text("[delay_minutes]\ncritical = 1\n")
    from dataclasses import replace

    edited = Context(db=ctx.db, settings=replace(ctx.settings, policy_path=str(override)), clock=ctx.clock)
    assert policy_versions.record_policy_in_force(edited) is True
    assert alerts.list_alerts(ctx, actor=julie.principal)[0]["kind"] == "policy_changed"
