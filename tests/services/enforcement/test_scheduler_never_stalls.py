"""Due work never stalls: each item in its own transaction, failures retried, restrictions lifted one by one."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from sqlalchemy import select

from tests.people import account, hire, platform
from trustdesk.connectors.demo_platform import DemoPlatformConnector
from trustdesk.services.base.subjects import get_subject
from trustdesk.services.enforcement import actions, reversals
from trustdesk.services.enforcement.scheduler import run_due
from trustdesk.services.oversight import alerts
from trustdesk.storage.tables import AuditEntryRow


@pytest.fixture
def desk(ctx):
    integration = platform(ctx)
    return integration, hire(ctx, "admin", "admin"), hire(ctx, "julie", "moderator")


def _state(ctx, who, ref):
    view = get_subject(ctx, actor=who.principal, ref=ref)
    return view["status"], view["labels"]


def test_unratified_break_glass_is_undone_though_a_later_label_touched_the_subject(ctx, clock, desk):
    integration, admin, julie = desk
    protected = account(ctx, integration, "potus", followers=41_700_000, verified=True, tags=["public-interest"])
    other = account(ctx, integration, "other")
    actions.propose_action(ctx, actor=admin.principal, ref=protected, type="deactivate", reason="imminent harm",
                           break_glass=True)
    label = actions.propose_action(ctx, actor=julie.principal, ref=protected, type="label", label="disputed",
                                   reason="x")
    actions.approve_action(ctx, actor=hire(ctx, "senior", "senior").principal, action_id=label["id"])
    actions.propose_action(ctx, actor=julie.principal, ref=other, type="suspend", duration_hours=1, reason="x")
    clock.advance(minutes=61)
    report = run_due(ctx)
    assert len(report.unratified) == 1 and len(report.ended) == 1 and not report.errors
    assert _state(ctx, julie, protected) == ("active", ["disputed"])
    assert _state(ctx, julie, other)[0] == "active"


def test_a_timed_suspension_ends_under_a_later_label_and_leaves_a_later_deactivation(ctx, clock, desk):
    integration, admin, julie = desk
    labelled, deactivated = account(ctx, integration, "a"), account(ctx, integration, "b")
    for ref in (labelled, deactivated):
        actions.propose_action(ctx, actor=julie.principal, ref=ref, type="suspend", duration_hours=2, reason="x")
    actions.propose_action(ctx, actor=julie.principal, ref=labelled, type="label", label="spam", reason="x")
    actions.propose_action(ctx, actor=julie.principal, ref=deactivated, type="deactivate", reason="x")
    clock.advance(hours=3)
    assert len(run_due(ctx).ended) == 2
    assert _state(ctx, julie, labelled) == ("active", ["spam"])
    assert _state(ctx, julie, deactivated)[0] == "deactivated"
    clock.advance(hours=1)
    assert run_due(ctx).ended == []  # nothing left due: no item is stuck re-running


@dataclass
class PlatformDownFor(DemoPlatformConnector):
    """The platform answers 500 for some accounts, as a real platform can."""

    failing: set[str] = field(default_factory=set)

    def apply_state(self, session, subject, state):  # noqa: ANN001, ANN201 - the Connector protocol's signature
        if subject.external_id in self.failing:
            raise RuntimeError(f"platform answered 500 for {subject.external_id}")
        super().apply_state(session, subject, state)


def test_one_failing_item_is_retried_with_back_off_and_never_blocks_the_others(ctx, clock, desk):
    integration, _, julie = desk
    refs = [account(ctx, integration, name) for name in ("broken", "fine1", "fine2")]
    for ref in refs:
        actions.propose_action(ctx, actor=julie.principal, ref=ref, type="suspend", duration_hours=1, reason="x")
    ctx.connector = PlatformDownFor(failing={"broken"})
    clock.advance(hours=2)
    report = run_due(ctx)
    assert len(report.errors) == 1 and len(report.ended) == 2
    assert [_state(ctx, julie, ref)[0] for ref in refs] == ["suspended", "active", "active"]
    assert any(a["kind"] == "scheduler_item_failed" for a in alerts.list_alerts(ctx, actor=julie.principal))
    assert run_due(ctx).errors == []  # inside its back-off, the item waits instead of failing every tick
    ctx.connector.failing.clear()
    clock.advance(seconds=6)
    assert len(run_due(ctx).ended) == 1
    assert _state(ctx, julie, refs[0])[0] == "active"
    with ctx.db.read() as session:
        failures = session.execute(select(AuditEntryRow).where(AuditEntryRow.verb == "action.due_failed")).all()
    assert len(failures) == 1


def test_undoing_colleagues_work_in_bulk_is_rate_limited_and_alerted(ctx, desk):
    from trustdesk.domain.errors import RateLimited

    integration, _, julie = desk
    karim = hire(ctx, "karim", "moderator")
    limit = ctx.policy.settings.reversals_of_others_per_hour
    done = [actions.propose_action(ctx, actor=julie.principal, ref=account(ctx, integration, f"s{i}"),
                                   type="limit", reason="spam") for i in range(limit + 1)]
    for action in done[:limit]:
        reversals.reverse_action(ctx, actor=karim.principal, action_id=action["id"])
    with pytest.raises(RateLimited, match="other people's actions"):
        reversals.reverse_action(ctx, actor=karim.principal, action_id=done[limit]["id"])
    assert alerts.list_alerts(ctx, actor=julie.principal)[0]["kind"] == "rate_limited"
    reversals.reverse_action(ctx, actor=julie.principal, action_id=done[limit]["id"])  # her own: one click
