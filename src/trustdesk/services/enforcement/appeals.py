"""Appeals: the affected user asks for a review of an executed action (DSA Art. 20).

Decided by someone who took no part in the original decision (neither its proposer nor an approver);
overturning reverses the action through the same code as any reversal, in the same transaction."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from trustdesk.domain.actions import ActionState
from trustdesk.domain.errors import Conflict, InvalidInput, NotFound, NotPermitted
from trustdesk.domain.ids import new_id
from trustdesk.domain.staff import Role
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal, require_staff, staff_facts
from trustdesk.services.enforcement.execution import lift_action
from trustdesk.storage.tables import ActionRow, AppealRow, ApprovalRow, StaffRow

OPEN, UPHELD, OVERTURNED = "open", "upheld", "overturned"
MAX_TEXT = 10_000


def file_appeal(ctx: Context, *, actor: Principal, action_id: str, appellant: str, text: str) -> dict:
    """Staff file the user's appeal against an executed action (the platform's token may only sync and report)."""
    require_staff(actor)
    if not appellant.strip() or len(appellant) > 200:
        raise InvalidInput("appellant must be 1..200 characters", field="appellant")
    if not text.strip() or len(text) > MAX_TEXT:
        raise InvalidInput(f"text must be 1..{MAX_TEXT} characters", field="text")
    try:
        with ctx.db.transaction(ctx.clock) as tx:
            action = tx.session.get(ActionRow, action_id)
            if action is None:
                raise NotFound(f"no action {action_id}")
            if action.state != ActionState.EXECUTED.value:
                raise Conflict(f"only an action in effect can be appealed; this one is {action.state}")
            appeal = AppealRow(id=new_id("apl"), action_id=action.id, open_action_id=action.id,
                               appellant=appellant, text=text, state=OPEN, created_at=tx.now)
            tx.session.add(appeal)
            tx.session.flush()
            tx.record(actor=actor.label, verb="appeal.filed", object_id=appeal.id,
                      summary=f"{appellant} appealed {action.type} ({action.id})",
                      payload={"action_id": action.id, "appellant": appellant})
            return appeal_view(appeal)
    except IntegrityError:
        raise Conflict(f"action {action_id} already has an open appeal") from None


def decide_appeal(ctx: Context, *, actor: Principal, appeal_id: str, overturn: bool, reason: str) -> dict:
    staff = require_staff(actor, Role.MODERATOR)
    if not reason.strip():
        raise InvalidInput("a reason is required", field="reason")
    with ctx.db.transaction(ctx.clock) as tx:
        appeal = tx.session.execute(
            select(AppealRow).where(AppealRow.id == appeal_id).with_for_update()
        ).scalar_one_or_none()
        if appeal is None:
            raise NotFound(f"no appeal {appeal_id}")
        if appeal.state != OPEN:
            raise Conflict(f"appeal {appeal_id} is already {appeal.state}")
        action = tx.session.get(ActionRow, appeal.action_id)
        assert action is not None
        deciders = {action.proposed_by, *tx.session.execute(
            select(ApprovalRow.staff_id).where(ApprovalRow.action_id == action.id)).scalars()}
        if staff.id in deciders:
            raise NotPermitted("an appeal is decided by someone who took no part in the original decision")
        decider_row = tx.session.get(StaffRow, staff.id)
        decider = staff_facts(decider_row) if decider_row is not None else staff
        for original in sorted(deciders):
            problem = ctx.policy.independence_problem(approver=decider, proposer_id=original, now=tx.now)
            if problem:
                raise NotPermitted(f"an appeal is decided by someone independent of the original deciders: {problem}")
        if overturn:
            lift_action(ctx, tx, action, by=actor.label, reason=f"appeal {appeal.id} upheld: {reason}",
                             via=actor.via)
        appeal.state = OVERTURNED if overturn else UPHELD
        appeal.open_action_id, appeal.decided_by, appeal.decided_at = None, staff.id, tx.now
        appeal.decision_reason = reason
        tx.record(actor=actor.label, verb=f"appeal.{appeal.state}", object_id=appeal.id,
                  summary=f"{actor.label} {'overturned' if overturn else 'upheld'} {action.type} ({action.id}) "
                  f"on appeal: {reason}", payload={"action_id": action.id, "reason": reason})
        return appeal_view(appeal)


def list_appeals(ctx: Context, *, actor: Principal, state: str | None = OPEN, limit: int = 100) -> list[dict]:
    require_staff(actor, Role.MODERATOR)
    query = select(AppealRow)
    if state:
        query = query.where(AppealRow.state == state)
    with ctx.db.read() as session:
        rows = session.execute(query.order_by(AppealRow.created_at).limit(min(max(limit, 1), 500))).scalars()
        return [appeal_view(row) for row in rows]


def appeal_view(appeal: AppealRow) -> dict:
    return {"id": appeal.id, "action_id": appeal.action_id, "appellant": appeal.appellant, "text": appeal.text,
            "state": appeal.state, "created_at": appeal.created_at.isoformat(), "decided_by": appeal.decided_by,
            "decided_at": appeal.decided_at.isoformat() if appeal.decided_at else None,
            "decision_reason": appeal.decision_reason}
