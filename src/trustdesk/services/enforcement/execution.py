"""Making actions take effect and lifting them: the only code that changes a subject's enforcement state.

A subject's state is always recomputed from the restrictions in force (domain/restrictions.py): each
executed restrictive action holds its own restriction until it is reversed, ends, or a restore lifts it."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from trustdesk.audit.verbs import AuditVerb
from trustdesk.domain.actions import SEVERITY, ActionState, ActionType, Severity
from trustdesk.domain.cases import OPEN_CASE_STATES, CaseState
from trustdesk.domain.errors import Conflict
from trustdesk.domain.proposals import ProposalKind, transition
from trustdesk.domain.restrictions import RESTRICTIVE, Hold, combined_state
from trustdesk.domain.subjects import SubjectState
from trustdesk.services.base.alerting import raise_alert
from trustdesk.services.base.context import Context
from trustdesk.services.base.platforms import subject_label
from trustdesk.services.base.subjects import lock_subject, set_subject_state, subject_state
from trustdesk.services.enforcement.statements import tell_the_person
from trustdesk.services.oversight.platform_effects import EXECUTED, REVERSED, enqueue_effect
from trustdesk.services.oversight.report_resolution import resolve_platform_reports
from trustdesk.services.oversight.reporter_updates import tell_reporters
from trustdesk.services.review.cases import close_case
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import ActionRow, CaseRow, SubjectRow

HIGH_TIERS = {"high", "critical"}
OPEN_CASES = {state.value for state in OPEN_CASE_STATES}
RESTRICTIVE_TYPES = [t.value for t in RESTRICTIVE]
# Actions whose effect the platform must carry out; dismiss and warn change nothing there.
STATE_CHANGING = {t.value for t in ActionType} - {ActionType.DISMISS.value, ActionType.WARN.value}


def apply_state(ctx: Context, tx: Transaction, subject: SubjectRow, state: SubjectState) -> None:
    set_subject_state(subject, state)
    subject.state_version = (subject.state_version or 0) + 1
    subject.updated_at = tx.now
    ctx.connector.apply_state(tx.session, subject, state)


def holds_in_force(tx: Transaction, subject_id: str) -> list[ActionRow]:
    """The executed restrictive actions on a subject, oldest first: each holds its restriction."""
    return list(tx.session.execute(
        select(ActionRow).where(
            ActionRow.subject_id == subject_id, ActionRow.state == ActionState.EXECUTED.value,
            ActionRow.type.in_(RESTRICTIVE_TYPES),
        ).order_by(ActionRow.applied_version, ActionRow.executed_at)
    ).scalars())


def state_under_holds(tx: Transaction, subject_id: str) -> SubjectState:
    return combined_state(Hold(a.id, ActionType(a.type), a.label) for a in holds_in_force(tx, subject_id))


def execute_action(ctx: Context, tx: Transaction, action: ActionRow, *, by: str) -> None:
    """Put the action in force: its restriction joins the subject's holds (a restore lifts them all)."""
    executed = transition(ProposalKind.ACTION, action.state, ActionState.EXECUTED)
    subject = lock_subject(tx, action.subject_id)
    prior = subject_state(subject)
    action_type = ActionType(action.type)
    if action_type is ActionType.RESTORE:
        _lift_all(tx, action, subject, by=by)
    action.state, action.executed_at, action.updated_at = executed, tx.now, tx.now
    tx.session.flush()
    resulting = state_under_holds(tx, subject.id)
    apply_state(ctx, tx, subject, resulting)
    if action.type in STATE_CHANGING:
        enqueue_effect(tx, kind=EXECUTED, action=action, subject=subject, prior=prior, resulting=resulting)
    action.applied_version = subject.state_version
    action.prior_state, action.resulting_state = prior.to_dict(), resulting.to_dict()
    if action.duration_hours:
        action.ends_at = tx.now + timedelta(hours=action.duration_hours)
    if action.case_id:
        case = tx.session.get(CaseRow, action.case_id)
        if case is not None:
            outcome = CaseState.DISMISSED if action_type is ActionType.DISMISS else CaseState.ACTIONED
            if case.state in OPEN_CASES:
                close_case(tx, case, outcome=outcome, actor=by, action_id=action.id)
                tell_reporters(ctx, tx, case, actioned=outcome is CaseState.ACTIONED, action_id=action.id)
                resolve_platform_reports(tx, case, actioned=outcome is CaseState.ACTIONED, action_id=action.id)
    tier = action.decision.get("tier", "high")
    tx.record(
        actor=by, verb=AuditVerb.ACTION_EXECUTED, subject=subject_label(tx.session, subject), object_id=action.id,
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


def _lift_all(tx: Transaction, restore: ActionRow, subject: SubjectRow, *, by: str) -> None:
    """Restore lifts every restriction in force; each lifted action remembers which restore lifted it."""
    for held in holds_in_force(tx, subject.id):
        mark_reversed(tx, held, by=by, reason=f"restored by {restore.id}")
        held.lifted_by = restore.id


def mark_reversed(tx: Transaction, action: ActionRow, *, by: str, reason: str) -> None:
    action.state = transition(ProposalKind.ACTION, action.state, ActionState.REVERSED)
    action.closed_by, action.closed_reason, action.closed_at, action.updated_at = by, reason, tx.now, tx.now


def lift_action(
    ctx: Context, tx: Transaction, action: ActionRow, *, by: str, reason: str, via: str = "trustdesk"
) -> None:
    """Lift this action's own restriction and nothing else; the subject keeps every other hold.

    A restore cannot be lifted this way: undoing it would re-impose restrictions, which only a new
    proposal decided by the policy may do (services/enforcement/reversals.reverse_action)."""
    if action.state != ActionState.EXECUTED.value:
        raise Conflict(f"only an executed action can be reversed; this one is {action.state}")
    if action.type == ActionType.RESTORE.value:
        raise Conflict("a restore is undone by proposing the restriction again, decided by the safeguard policy")
    subject = lock_subject(tx, action.subject_id)
    before = subject_state(subject)
    mark_reversed(tx, action, by=by, reason=reason)
    tx.session.flush()
    after = state_under_holds(tx, subject.id)
    if after != before:
        apply_state(ctx, tx, subject, after)
        # Only what actually changed goes to the platform: another hold (a later deactivation) stays there too.
        enqueue_effect(tx, kind=REVERSED, action=action, subject=subject, prior=after, resulting=before)
    tx.record(
        actor=by, verb=AuditVerb.ACTION_REVERSED, subject=subject_label(tx.session, subject), object_id=action.id,
        summary=f"{by} reversed {action.type} of {_name(subject)}: {reason}",
        payload={"reason": reason, "from_state": before.to_dict(), "restored_state": after.to_dict(), "via": via},
    )



def _name(subject: SubjectRow) -> str:
    return f"@{subject.handle}" if subject.handle else f"{subject.kind}/{subject.external_id}"
