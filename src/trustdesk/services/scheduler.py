"""Time-driven work: run scheduled actions, end timed ones, enforce break-glass ratification.

Safe to run from several processes on one PostgreSQL: each action is locked with SKIP LOCKED and its
state re-checked under the lock, so every action runs exactly once."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import select

from trustdesk.domain.actions import ActionState, ActionType
from trustdesk.domain.errors import Conflict
from trustdesk.services.alerts import raise_alert
from trustdesk.services.context import Context
from trustdesk.services.execution import execute_action, lock_subject, mark_reversed, reverse_executed
from trustdesk.services.principals import staff_facts
from trustdesk.services.subjects import subject_facts
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import ActionRow, ApprovalRow, StaffRow

SYSTEM = "trustdesk"
PENDING_TTL = timedelta(days=7)


@dataclass
class TickReport:
    executed: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    ended: list[str] = field(default_factory=list)
    unratified: list[str] = field(default_factory=list)
    expired: list[str] = field(default_factory=list)


def run_due(ctx: Context, *, batch: int = 100) -> TickReport:
    """One scheduler tick; idempotent, so a restart simply catches up on whatever is due."""
    report = TickReport()
    now = ctx.clock.now()
    due = select(ActionRow.id)
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
        _with_locked(ctx, action_id, ActionState.SCHEDULED, lambda tx, a: _run_scheduled(ctx, tx, a, report))
    for action_id in unratified:
        _with_locked(ctx, action_id, ActionState.EXECUTED, lambda tx, a: _undo_unratified(ctx, tx, a, report))
    for action_id in timed:
        _with_locked(ctx, action_id, ActionState.EXECUTED, lambda tx, a: _end_timed(ctx, tx, a, report))
    for action_id in stale:
        _with_locked(ctx, action_id, ActionState.PENDING_APPROVAL, lambda tx, a: _expire(tx, a, report))
    # Alerts raised here go out through the outbox worker (serve) or `trustdesk scheduler`, never from this
    # loop: a hung webhook receiver must not delay the enforcement of the next due action.
    return report


def _with_locked(ctx: Context, action_id: str, expected: ActionState, work) -> None:
    with ctx.db.transaction(ctx.clock) as tx:
        action = tx.session.execute(
            select(ActionRow).where(ActionRow.id == action_id).with_for_update(skip_locked=True)
        ).scalar_one_or_none()
        # Another process holds it, or already moved it on: nothing to do here.
        if action is not None and action.state == expected.value:
            work(tx, action)


def _run_scheduled(ctx: Context, tx: Transaction, action: ActionRow, report: TickReport) -> None:
    problem = recheck(ctx, tx, action)
    if problem is None:
        execute_action(ctx, tx, action, by=SYSTEM)
        report.executed.append(action.id)
        return
    action.state, action.closed_by, action.closed_reason = ActionState.FAILED.value, SYSTEM, problem
    action.closed_at = action.updated_at = tx.now
    subject = lock_subject(tx, action.subject_id)
    tx.record(actor=SYSTEM, verb="action.failed", object_id=action.id,
              subject=f"{subject.kind}/{subject.external_id}",
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
    approvers = [staff_facts(row) for row in tx.session.execute(
        select(StaffRow).join(ApprovalRow, ApprovalRow.staff_id == StaffRow.id)
        .where(ApprovalRow.action_id == action.id, ApprovalRow.verdict == "approve")).scalars()]
    required = decision if decision.approvals_required > action.approvals_required else None
    from trustdesk.services.decisions import decision_from_row

    if not ctx.policy.approvals_met(decision=required or decision_from_row(action), approvers=approvers,
                                    proposer_id=action.proposed_by, now=tx.now):
        return "its approvals no longer hold (an approver's access or role changed, or the policy asks for more)"
    return None


def _undo_unratified(ctx: Context, tx: Transaction, action: ActionRow, report: TickReport) -> None:
    reverse_executed(ctx, tx, action, by=SYSTEM, reason="break-glass not ratified in time")
    subject = lock_subject(tx, action.subject_id)
    raise_alert(tx, kind="break_glass_reversed", subject=subject, action_id=action.id,
                message=f"break-glass {action.type} was not ratified in time and has been reversed")
    report.unratified.append(action.id)


def _end_timed(ctx: Context, tx: Transaction, action: ActionRow, report: TickReport) -> None:
    try:
        reverse_executed(ctx, tx, action, by=SYSTEM, reason=f"{action.type} ended after {action.duration_hours} h")
    except Conflict:
        # A later action (say a deactivation) now governs the subject; ending this one must not undo that.
        mark_reversed(tx, action, by=SYSTEM, reason="ended; superseded by a later action")
        tx.record(actor=SYSTEM, verb="action.ended", object_id=action.id,
                  summary=f"{action.type} ended; a later action still governs the subject")
    report.ended.append(action.id)


def _expire(tx: Transaction, action: ActionRow, report: TickReport) -> None:
    action.state, action.closed_by, action.closed_at = ActionState.EXPIRED.value, SYSTEM, tx.now
    action.closed_reason, action.updated_at = "no decision within 7 days", tx.now
    tx.record(actor=SYSTEM, verb="action.expired", object_id=action.id,
              summary=f"{action.type} expired without enough approvals")
    report.expired.append(action.id)
