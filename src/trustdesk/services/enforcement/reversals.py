"""Undoing actions: reverse one at once (the low-risk direction), rate-limited when it is colleagues' work.

Undoing a restore re-imposes what it lifted, so it is not a reversal: the lifted restrictions are proposed
again and decided by the safeguard policy like any takedown (services/enforcement/actions.py)."""

from __future__ import annotations

from sqlalchemy import func, select

from trustdesk.audit.verbs import AuditVerb
from trustdesk.domain.actions import ActionState, ActionType
from trustdesk.domain.errors import Conflict, NotFound, NotPermitted, RateLimited
from trustdesk.domain.staff import StaffFacts
from trustdesk.domain.subjects import SubjectKind, SubjectRef
from trustdesk.services.base.alerting import raise_alert
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal, require_staff
from trustdesk.services.enforcement.action_requirements import RATE_WINDOW
from trustdesk.services.enforcement.actions import (  # the action's record, shared with the other use cases
    _load_action,
    _subject_label,
    _view,
    _what,
    get_action,
    propose_action,
)
from trustdesk.services.enforcement.execution import lift_action
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import ActionRow, SubjectRow


def reverse_action(ctx: Context, *, actor: Principal, action_id: str, reason: str = "reversed") -> dict:
    """Lift an executed action's restriction at once: lifting is the low-risk direction, so one click.

    Undoing a restore would re-impose what it lifted, so it is not a reversal: the lifted restrictions are
    proposed again in the caller's name and decided by the policy like any takedown."""
    staff = require_staff(actor)
    if not ctx.policy.may_reverse(actor=staff, now=ctx.clock.now()):
        raise NotPermitted(f"the {staff.role.value} role cannot reverse actions")
    with ctx.db.read() as session:
        found = session.get(ActionRow, action_id)
        if found is None:
            raise NotFound(f"no action {action_id}")
        if found.type == ActionType.RESTORE.value and found.state == ActionState.EXECUTED.value:
            return _reimpose_lifted(ctx, actor=actor, restore_id=found.id, reason=reason)
    refusal: RateLimited | None = None
    with ctx.db.transaction(ctx.clock) as tx:
        action = _load_action(tx, action_id)
        if action.proposed_by != staff.id and action.state == ActionState.EXECUTED.value:
            refusal = _reversal_limit(ctx, tx, actor, staff, action)
        if refusal is None:
            lift_action(ctx, tx, action, by=actor.label, reason=reason or "reversed", via=actor.via)
            view = _view(tx.session, action)
    if refusal is not None:
        raise refusal  # after commit, so the refused attempt and its alert stay on the record
    return view


def _reversal_limit(ctx: Context, tx: Transaction, actor: Principal, staff: StaffFacts,
                    action: ActionRow) -> RateLimited | None:
    """Undoing colleagues' work in bulk is rate-limited and alerted, like a takedown spree."""
    limit = ctx.policy.settings.reversals_of_others_per_hour
    recent = tx.session.execute(
        select(func.count()).select_from(ActionRow).where(
            ActionRow.closed_by == actor.label, ActionRow.state == ActionState.REVERSED.value,
            ActionRow.proposed_by != staff.id, ActionRow.lifted_by.is_(None),
            ActionRow.closed_at > tx.now - RATE_WINDOW,
        )
    ).scalar_one()
    if recent < limit:
        return None
    why = f"{actor.label} reversed {recent} of other people's actions in the last hour (limit {limit})"
    tx.record(actor=actor.label, verb=AuditVerb.ACTION_REVERSAL_RATE_LIMITED, object_id=action.id,
              subject=_subject_label(tx, action), summary=f"{actor.label} was refused a reversal: {why}",
              payload={"via": actor.via, "recent": recent, "limit": limit})
    raise_alert(tx, kind="rate_limited", subject=tx.session.get(SubjectRow, action.subject_id), action_id=action.id,
                message=f"{why}; reversal of {_what(tx, action)} refused", payload={"actor": actor.label})
    return RateLimited(why)


def _reimpose_lifted(ctx: Context, *, actor: Principal, restore_id: str, reason: str) -> dict:
    """Propose again, as `actor`, every restriction the restore lifted; the policy decides each."""
    with ctx.db.read() as session:
        lifted = session.execute(
            select(ActionRow, SubjectRow).join(SubjectRow, ActionRow.subject_id == SubjectRow.id)
            .where(ActionRow.lifted_by == restore_id).order_by(ActionRow.applied_version)
        ).all()
    if not lifted:
        raise Conflict(f"restore {restore_id} lifted nothing; there is nothing to re-impose")
    views = [
        propose_action(
            ctx, actor=actor, ref=SubjectRef(SubjectKind(subject.kind), subject.external_id), type=action.type,
            reason=f"re-imposing {action.type} lifted by {restore_id}: {reason or 'reversed'}",
            duration_hours=action.duration_hours, label=action.label,
        )
        for action, subject in lifted
    ]
    first = get_action(ctx, actor=actor, action_id=views[0]["id"])
    return {**first, "reimposes": restore_id, "proposals": [v["id"] for v in views]}
