"""Making actions take effect and undoing them: the only code that changes a subject's enforcement state."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from trustdesk.domain.actions import SEVERITY, ActionState, ActionType, Severity, apply_effect, ensure_transition
from trustdesk.domain.cases import OPEN_CASE_STATES, CaseState
from trustdesk.domain.errors import Conflict
from trustdesk.domain.subjects import SubjectState
from trustdesk.services.base.context import Context
from trustdesk.services.base.subjects import lock_subject, set_subject_state, subject_state
from trustdesk.services.enforcement.statements import tell_the_person
from trustdesk.services.oversight.alerts import raise_alert
from trustdesk.services.oversight.reporter_updates import tell_reporters
from trustdesk.services.review.cases import close_case
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import ActionRow, CaseRow, SubjectRow

HIGH_TIERS = {"high", "critical"}
OPEN_CASES = {state.value for state in OPEN_CASE_STATES}
STATE_CHANGING = {t.value for t in ActionType} - {ActionType.DISMISS.value, ActionType.WARN.value}


def apply_state(ctx: Context, tx: Transaction, subject: SubjectRow, state: SubjectState) -> None:
    set_subject_state(subject, state)
    subject.state_version = (subject.state_version or 0) + 1
    subject.updated_at = tx.now
    ctx.connector.apply_state(tx.session, subject, state)


def execute_action(ctx: Context, tx: Transaction, action: ActionRow, *, by: str) -> None:
    """Apply the action to its subject and the platform, remembering the exact prior state for reversal."""
    ensure_transition(ActionState(action.state), ActionState.EXECUTED)
    subject = lock_subject(tx, action.subject_id)
    prior = subject_state(subject)
    action_type = ActionType(action.type)
    if action_type is ActionType.RESTORE:
        resulting = _restore_all(tx, action, subject, by=by)
    else:
        resulting = apply_effect(action_type, prior, action.label)
    apply_state(ctx, tx, subject, resulting)
    action.applied_version = subject.state_version
    action.prior_state, action.resulting_state = prior.to_dict(), resulting.to_dict()
    action.state, action.executed_at, action.updated_at = ActionState.EXECUTED.value, tx.now, tx.now
    if action.duration_hours:
        action.ends_at = tx.now + timedelta(hours=action.duration_hours)
    if action.case_id:
        case = tx.session.get(CaseRow, action.case_id)
        if case is not None:
            outcome = CaseState.DISMISSED if action_type is ActionType.DISMISS else CaseState.ACTIONED
            if case.state in OPEN_CASES:
                close_case(tx, case, outcome=outcome, actor=by, action_id=action.id)
                tell_reporters(ctx, tx, case, actioned=outcome is CaseState.ACTIONED, action_id=action.id)
    tier = action.decision.get("tier", "high")
    tx.record(
        actor=by, verb="action.executed", subject=f"{subject.kind}/{subject.external_id}", object_id=action.id,
        summary=f"{action.type} of {_name(subject)} took effect ({prior.status.value} → {resulting.status.value}, "
        f"{prior.visibility.value} → {resulting.visibility.value})",
        payload={"type": action.type, "prior_state": action.prior_state, "resulting_state": action.resulting_state,
                 "break_glass": action.break_glass, "ends_at": action.ends_at.isoformat() if action.ends_at else None},
    )
    tell_the_person(ctx, tx, action, subject)
    if SEVERITY[action_type] is Severity.HIGH and tier in HIGH_TIERS or action.break_glass:
        raise_alert(
            tx, kind="break_glass" if action.break_glass else "high_impact_executed", subject=subject,
            action_id=action.id,
            message=f"{action.type} of {_name(subject)} ({tier} tier) took effect"
            + (" by break-glass" if action.break_glass else ""),
            payload={"restore": {"method": "POST", "path": f"/api/v1/actions/{action.id}/reverse"},
                     "prior_state": action.prior_state, "type": action.type},
        )


def _restore_all(tx: Transaction, restore: ActionRow, subject: SubjectRow, *, by: str) -> SubjectState:
    """Undo every takedown still in effect, returning the subject to its state before the first of them."""
    in_effect = tx.session.execute(
        select(ActionRow).where(
            ActionRow.subject_id == subject.id, ActionRow.state == ActionState.EXECUTED.value,
            ActionRow.type.in_(STATE_CHANGING - {ActionType.RESTORE.value}), ActionRow.id != restore.id,
        ).order_by(ActionRow.applied_version.desc())
    ).scalars().all()
    state = subject_state(subject)
    for action in in_effect:
        mark_reversed(tx, action, by=by, reason=f"restored by {restore.id}")
        state = SubjectState.from_dict(action.prior_state or state.to_dict())
    return state


def mark_reversed(tx: Transaction, action: ActionRow, *, by: str, reason: str) -> None:
    ensure_transition(ActionState(action.state), ActionState.REVERSED)
    action.state = ActionState.REVERSED.value
    action.closed_by, action.closed_reason, action.closed_at, action.updated_at = by, reason, tx.now, tx.now


def reverse_executed(
    ctx: Context, tx: Transaction, action: ActionRow, *, by: str, reason: str, via: str = "trustdesk"
) -> None:
    """Put the subject back exactly as it was before this action."""
    if action.state != ActionState.EXECUTED.value:
        raise Conflict(f"only an executed action can be reversed; this one is {action.state}")
    subject = lock_subject(tx, action.subject_id)
    if action.type in STATE_CHANGING:
        later = tx.session.execute(
            select(ActionRow.id).where(
                ActionRow.subject_id == subject.id, ActionRow.state == ActionState.EXECUTED.value,
                ActionRow.type.in_(STATE_CHANGING), ActionRow.applied_version > action.applied_version,
            ).limit(1)
        ).scalar_one_or_none()
        if later is not None:
            raise Conflict(f"action {later} changed this subject later; reverse it first")
        before = subject_state(subject)
        assert action.prior_state is not None
        apply_state(ctx, tx, subject, SubjectState.from_dict(action.prior_state))
    else:
        before = subject_state(subject)
    mark_reversed(tx, action, by=by, reason=reason)
    tx.record(
        actor=by, verb="action.reversed", subject=f"{subject.kind}/{subject.external_id}", object_id=action.id,
        summary=f"{by} reversed {action.type} of {_name(subject)}: {reason}",
        payload={"reason": reason, "from_state": before.to_dict(), "restored_state": action.prior_state, "via": via},
    )


def _name(subject: SubjectRow) -> str:
    return f"@{subject.handle}" if subject.handle else f"{subject.kind}/{subject.external_id}"
