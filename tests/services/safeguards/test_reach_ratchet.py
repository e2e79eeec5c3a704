"""Reach is a ratchet: a platform sync cannot silently lower a subject into a tier one person may act on."""

from __future__ import annotations

import pytest

from tests.people import account, hire, platform
from trustdesk.domain.errors import NotPermitted
from trustdesk.services.base.subjects import get_subject
from trustdesk.services.enforcement import actions
from trustdesk.services.oversight import alerts
from trustdesk.services.safeguards import reach


@pytest.fixture
def big_account(ctx):
    integration = platform(ctx)
    ref = account(ctx, integration, "star", followers=41_700_000, verified=True)
    return integration, ref, hire(ctx, "julie", "moderator"), hire(ctx, "senior", "senior")


def test_a_sync_to_ten_followers_keeps_the_critical_tier_and_alerts(ctx, big_account):
    integration, ref, julie, _ = big_account
    account(ctx, integration, "star", followers=10, verified=False)
    view = get_subject(ctx, actor=julie.principal, ref=ref)
    assert view["tier"] == "critical" and view["followers"] == 10
    assert view["reach_hold"]["followers"] == 41_700_000 and view["reach_hold"]["by"] == "integration:platform"
    alert = alerts.list_alerts(ctx, actor=julie.principal)[0]
    assert alert["kind"] == "reach_drop_held"
    assert "41700000" in alert["message"] and "10 followers" in alert["message"]
    proposed = actions.propose_action(ctx, actor=julie.principal, ref=ref, type="deactivate", reason="spam")
    assert proposed["state"] == "pending_approval"
    assert get_subject(ctx, actor=julie.principal, ref=ref)["status"] == "active"


def test_a_senior_confirms_the_drop_and_only_then_it_counts(ctx, big_account):
    integration, ref, julie, senior = big_account
    account(ctx, integration, "star", followers=10, verified=False)
    with pytest.raises(NotPermitted):
        reach.confirm_reach_drop(ctx, actor=julie.principal, ref=ref, reason="looks right")
    view = reach.confirm_reach_drop(ctx, actor=senior.principal, ref=ref, reason="the account was sold off")
    assert view["tier"] == "low" and view["reach_hold"] is None
    assert actions.propose_action(ctx, actor=julie.principal, ref=ref, type="suspend", duration_hours=24,
                                  reason="spam")["state"] == "executed"


def test_a_small_drop_within_the_tier_and_a_rise_back_hold_nothing(ctx, big_account):
    integration, ref, julie, _ = big_account
    account(ctx, integration, "star", followers=40_000_000, verified=True)
    assert get_subject(ctx, actor=julie.principal, ref=ref)["reach_hold"] is None
    account(ctx, integration, "star", followers=10, verified=False)
    account(ctx, integration, "star", followers=2_000_000, verified=True)
    view = get_subject(ctx, actor=julie.principal, ref=ref)
    assert view["reach_hold"] is None and view["tier"] == "critical"
