"""Time-driven work: run scheduled actions, end timed ones, enforce break-glass ratification, expire stale proposals.

Safe to run from several processes on one PostgreSQL: each action is locked with SKIP LOCKED and its
state re-checked under the lock, so every action runs exactly once. Each due item runs in its own
transaction; one that fails is recorded, alerted, retried with back-off, and never stops the others."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import or_, select

from trustdesk.audit.verbs import AuditVerb
from trustdesk.domain.actions import ActionState, ActionType
from trustdesk.domain.proposals import PENDING_TTL, ProposalKind, transition
from trustdesk.services.base.alerting import raise_alert
from trustdesk.services.base.context import Context
from trustdesk.services.base.platforms import subject_label
from trustdesk.services.base.principals import staff_facts
from trustdesk.services.base.subjects import lock_subject, subject_facts
from trustdesk.services.enforcement.action_requirements import as_proposal, decision_from_row
from trustdesk.services.enforcement.execution import execute_action, lift_action
from trustdesk.services.safeguards import proposals
from trustdesk.services.safeguards.expiry import expire_stale_proposals
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import ActionRow, StaffRow

log = logging.getLogger(__name__)
SYSTEM = "trustdesk"
MAX_BACKOFF = timedelta(minutes=10)


@dataclass
class TickReport:
    executed: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    ended: list[str] = field(default_factory=list)
    unratified: list[str] = field(default_factory=list)
    expired: list[str] = field(default_factory=list)
    expired_proposals: list[str] = field(default_factory=list)  # tag changes, policy versions, staff changes
    errors: list[str] = field(default_factory=list)  # items that raised; retried after a back-off


def run_due(ctx: Context, *, batch: int = 100) -> TickReport:
    """One scheduler tick; idempotent, so a restart simply catches up on whatever is due."""
    report = TickReport()
    now = ctx.clock.now()
    # An item that failed waits out its back-off; everything else due is taken.
    due = select(ActionRow.id).where(or_(ActionRow.retry_at.is_(None), ActionRow.retry_at <= now))
    with ctx.db.read() as session:
        scheduled = session.execute(due.where(ActionRow.state == ActionState.SCHEDULED.value,
                                              ActionRow.execute_after <= now).limit(batch)).scalars().all()
        timed = session.execute(due.where(ActionRow.state == ActionState.EXECUTED.value,
                                          ActionRow.ends_at <= now).limit(batch)).scalars().all()
        unratified = session.execute(due.where(
            ActionRow.state == ActionState.EXECUTED.value, ActionRow.break_glass.is_(True),
            ActionRow.ratified_by.is_(None), ActionRow.ratify_by <= now).limit(batch)).scalars().all()
        stale = session.execute(due.where(ActionRow.state == ActionState.PENDING_APPROVAL.value,
                                          ActionRow.proposed_at <= now - PENDING_TTL).limit(batch)).scalars().all()
    for action_id in scheduled:
        _with_locked(ctx, report, action_id, ActionState.SCHEDULED,
                     lambda tx, a: _run_scheduled(ctx, tx, a, report))
    for action_id in unratified:
        _with_locked(ctx, report, action_id, ActionState.EXECUTED,
                     lambda tx, a: _undo_unratified(ctx, tx, a, report))
    for action_id in timed:
        _with_locked(ctx, report, action_id, ActionState.EXECUTED, lambda tx, a: _end_timed(ctx, tx, a, report))
    for action_id in stale:
        _with_locked(ctx, report, action_id, ActionState.PENDING_APPROVAL, lambda tx, a: _expire(tx, a, report))
    report.expired_proposals = expire_stale_proposals(ctx, batch=batch)
    # Deliveries (platform effects, alerts) go out through the outbox worker (serve) or `trustdesk scheduler`,
    # never from this loop: a hung receiver must not delay the enforcement of the next due action.
    return report


def _with_locked(ctx: Context, report: TickReport, action_id: str, expected: ActionState,
                 work: Callable[[Transaction, ActionRow], None]) -> None:
    try:
        with ctx.db.transaction(ctx.clock) as tx:
            action = tx.session.execute(
                select(ActionRow).where(ActionRow.id == action_id).with_for_update(skip_locked=True)
            ).scalar_one_or_none()
            # Another process holds it, or already moved it on: nothing to do here.
            if action is not None and action.state == expected.value:
                work(tx, action)
                action.due_failures, action.retry_at = 0, None
    except Exception as error:  # noqa: BLE001 - one failing item must never stop the rest of the tick
        log.exception("scheduler item %s failed", action_id)
        _record_failure(ctx, action_id, error)
        report.errors.append(action_id)


def _record_failure(ctx: Context, action_id: str, error: Exception) -> None:
    """Note the failure, alert, and push the item back: 5 s, 10 s, 20 s … up to 10 minutes."""
    with ctx.db.transaction(ctx.clock) as tx:
        action = tx.session.get(ActionRow, action_id)
        if action is None:
            return
        action.due_failures = (action.due_failures or 0) + 1
        backoff = min(timedelta(seconds=5 * 2 ** (action.due_failures - 1)), MAX_BACKOFF)
        action.retry_at = tx.now + backoff
        what = f"{type(error).__name__}: {error}"[:500]
        tx.record(actor=SYSTEM, verb=AuditVerb.ACTION_DUE_FAILED, object_id=action.id,
                  summary=f"due work on {action.type} ({action.state}) failed, attempt {action.due_failures}; "
                  f"retrying at {action.retry_at.isoformat()}: {what}",
                  payload={"error": what, "attempt": action.due_failures})
        if action.due_failures in (1, 3) or action.due_failures % 10 == 0:
            raise_alert(tx, kind="scheduler_item_failed", subject=lock_subject(tx, action.subject_id),
                        action_id=action.id, message=f"due work on {action.type} keeps failing "
                        f"(attempt {action.due_failures}): {what}", payload={"error": what})


def _run_scheduled(ctx: Context, tx: Transaction, action: ActionRow, report: TickReport) -> None:
    problem = recheck(ctx, tx, action)
    if problem is None:
        execute_action(ctx, tx, action, by=SYSTEM)
        report.executed.append(action.id)
        return
    action.state = transition(ProposalKind.ACTION, action.state, ActionState.FAILED)
    action.closed_by, action.closed_reason = SYSTEM, problem
    action.closed_at = action.updated_at = tx.now
    subject = lock_subject(tx, action.subject_id)
    tx.record(actor=SYSTEM, verb=AuditVerb.ACTION_FAILED, object_id=action.id,
              subject=subject_label(tx.session, subject),
              summary=f"{action.type} did not run: {problem}", payload={"problem": problem})
    raise_alert(tx, kind="execution_refused", subject=subject, action_id=action.id,
                message=f"scheduled {action.type} did not run: {problem}", payload={"problem": problem})
    report.failed.append(action.id)


def recheck(ctx: Context, tx: Transaction, action: ActionRow) -> str | None:
    """Everything that allowed the action must still hold when it runs; returns why not, or None."""
    proposer_row = tx.session.get(StaffRow, action.proposed_by)
    if proposer_row is None:
        return "its proposer no longer exists"
    proposer = staff_facts(proposer_row)
    if not proposer.has_access_at(tx.now):
        return f"{proposer.name}'s access has ended"
    subject = lock_subject(tx, action.subject_id)
    decision = ctx.policy.decide(action=ActionType(action.type), subject=subject_facts(tx.session, subject),
                                 actor=proposer, now=tx.now)
    if not decision.allowed:
        return f"the policy no longer allows it: {decision.explain()}"
    required = decision if decision.approvals_required > action.approvals_required else decision_from_row(action)
    if not proposals.approvals_met(ctx, tx, as_proposal(action), decision=required):
        return "its approvals no longer hold (an approver's access or role changed, or the policy asks for more)"
    return None


def _undo_unratified(ctx: Context, tx: Transaction, action: ActionRow, report: TickReport) -> None:
    lift_action(ctx, tx, action, by=SYSTEM, reason="break-glass not ratified in time")
    subject = lock_subject(tx, action.subject_id)
    raise_alert(tx, kind="break_glass_reversed", subject=subject, action_id=action.id,
                message=f"break-glass {action.type} was not ratified in time and has been reversed")
    report.unratified.append(action.id)


def _end_timed(ctx: Context, tx: Transaction, action: ActionRow, report: TickReport) -> None:
    """Lift this action's own restriction; whatever else holds the subject (a later deactivation) stays."""
    lift_action(ctx, tx, action, by=SYSTEM, reason=f"{action.type} ended after {action.duration_hours} h")
    report.ended.append(action.id)


def _expire(tx: Transaction, action: ActionRow, report: TickReport) -> None:
    action.state = transition(ProposalKind.ACTION, action.state, ActionState.EXPIRED)
    action.closed_by, action.closed_at = SYSTEM, tx.now
    action.closed_reason, action.updated_at = f"no decision within {PENDING_TTL.days} days", tx.now
    tx.record(actor=SYSTEM, verb=AuditVerb.ACTION_EXPIRED, object_id=action.id,
              summary=f"{action.type} expired without enough approvals")
    report.expired.append(action.id)
