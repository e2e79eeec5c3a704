"""Appeals: the affected person asks for a review of an executed action (DSA Art. 20).

The platform files them for its user (the integration token), who must be the subject's owner, within the
appeal window, once per action. Decided by someone who took no part in the original decision (neither its
proposer nor an approver) and at least as senior as its proposer; the outcome is sent to the person, and
overturning reverses the action through the same code as any reversal, in the same transaction."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from trustdesk.audit.verbs import AuditVerb
from trustdesk.domain.actions import ActionState, ActionType
from trustdesk.domain.errors import Conflict, InvalidInput, NotFound, NotPermitted
from trustdesk.domain.ids import new_id
from trustdesk.domain.permissions import DeskPermission
from trustdesk.domain.proposals import ProposalKind
from trustdesk.domain.staff import Role
from trustdesk.services.base.authorization import authorize_desk
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal, require_staff, staff_facts
from trustdesk.services.enforcement.execution import lift_action
from trustdesk.services.oversight.notices import language_of, recipient_of, render_notice, send_notice
from trustdesk.services.safeguards import proposals
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import ActionRow, AppealRow, CaseRow, StaffRow, SubjectRow

OPEN, UPHELD, OVERTURNED = "open", "upheld", "overturned"
MAX_TEXT = 10_000
NOT_APPEALABLE = {ActionType.DISMISS.value, ActionType.RESTORE.value}


def file_appeal(ctx: Context, *, actor: Principal, action_id: str, appellant: str, text: str) -> dict:
    """The platform files its user's appeal (staff may too, for a person who wrote to them); the appellant is the
    platform's id of the person, who must own the subject the action restricted."""
    if actor.kind != "integration":
        require_staff(actor)
    if not appellant.strip() or len(appellant) > 200:
        raise InvalidInput("appellant must be 1..200 characters", field="appellant")
    if not text.strip() or len(text) > MAX_TEXT:
        raise InvalidInput(f"text must be 1..{MAX_TEXT} characters", field="text")
    try:
        with ctx.db.transaction(ctx.clock) as tx:
            action = tx.session.get(ActionRow, action_id)
            if action is None:
                raise NotFound(f"no action {action_id}", field="action_id")
            subject = tx.session.get(SubjectRow, action.subject_id)
            assert subject is not None
            _check_appealable(ctx, tx, action, subject, appellant)
            appeal = AppealRow(id=new_id("apl"), action_id=action.id, open_action_id=action.id,
                               appellant=appellant, text=text, state=OPEN, created_at=tx.now)
            tx.session.add(appeal)
            tx.session.flush()
            tx.record(actor=actor.label, verb=AuditVerb.APPEAL_FILED, object_id=appeal.id,
                      subject=f"{subject.kind}/{subject.external_id}",
                      summary=f"{appellant} appealed {action.type} ({action.id})",
                      payload={"action_id": action.id, "appellant": appellant, "via": actor.via})
            return appeal_view(appeal)
    except IntegrityError:
        raise Conflict(f"action {action_id} already has an open appeal", field="action_id") from None


def _check_appealable(ctx: Context, tx: Transaction, action: ActionRow, subject: SubjectRow, appellant: str) -> None:
    if appellant != recipient_of(subject):
        raise NotPermitted("only the owner of what the action restricted may appeal it", field="appellant")
    if action.type in NOT_APPEALABLE:
        raise Conflict(f"{action.type} restricts nothing, so there is nothing to appeal", field="action_id")
    if action.state != ActionState.EXECUTED.value:
        raise Conflict(f"only an action in effect can be appealed; this one is {action.state}", field="action_id")
    assert action.executed_at is not None
    closes = action.executed_at + timedelta(days=ctx.settings.appeal_window_days)
    if tx.now > closes:
        raise Conflict(f"the appeal window closed on {closes.isoformat()} "
                       f"({ctx.settings.appeal_window_days} days after the decision)", field="action_id")
    earlier = tx.session.execute(
        select(AppealRow).where(AppealRow.action_id == action.id).order_by(AppealRow.created_at.desc())
    ).scalars().first()
    if earlier is not None:
        if earlier.state == OPEN:
            raise Conflict(f"action {action.id} already has an open appeal", field="action_id")
        raise Conflict(f"action {action.id} was already appealed; that appeal was {earlier.state}",
                       field="action_id")


def decide_appeal(ctx: Context, *, actor: Principal, appeal_id: str, overturn: bool, reason: str) -> dict:
    staff = authorize_desk(ctx, actor, DeskPermission.DECIDE_APPEALS)
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
        deciders = {action.proposed_by, *proposals.givers_of(tx.session, ProposalKind.ACTION, action.id)}
        if staff.id in deciders:
            raise NotPermitted("an appeal is decided by someone who took no part in the original decision")
        proposer = tx.session.get(StaffRow, action.proposed_by)
        if proposer is not None and not staff.role.at_least(Role(proposer.role)):
            raise NotPermitted(f"an appeal is decided by someone at least as senior as the original decider "
                               f"({proposer.role})")
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
        tx.record(actor=actor.label, verb=AuditVerb(f"appeal.{appeal.state}"), object_id=appeal.id,
                  summary=f"{actor.label} {'overturned' if overturn else 'upheld'} {action.type} ({action.id}) "
                  f"on appeal: {reason}", payload={"action_id": action.id, "reason": reason})
        _tell_the_outcome(ctx, tx, appeal, action)
        return appeal_view(appeal)


def list_appeals(ctx: Context, *, actor: Principal, state: str | None = OPEN, limit: int = 100) -> list[dict]:
    authorize_desk(ctx, actor, DeskPermission.DECIDE_APPEALS)
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


def _tell_the_outcome(ctx: Context, tx: Transaction, appeal: AppealRow, action: ActionRow) -> None:
    subject = tx.session.get(SubjectRow, action.subject_id)
    assert subject is not None
    case = tx.session.get(CaseRow, action.case_id) if action.case_id else None
    language = language_of(case)
    text = render_notice(ctx, "appeal_outcome", language, appeal_id=appeal.id, subject_kind=subject.kind,
                         action_type=action.type, outcome=appeal.state, reason=appeal.decision_reason or "")
    send_notice(tx, kind="appeal_outcome", delivery="platform.appeal_outcome", subject=subject, text=text,
                language=language, action_id=action.id, case_id=action.case_id,
                extra={"appeal_id": appeal.id, "outcome": appeal.state})


def appeal_queue(ctx: Context, *, actor: Principal, include_decided: int = 20) -> dict:
    """Open appeals, oldest first, with what was decided and whether this member may decide each one;
    then the latest decided ones."""
    staff = authorize_desk(ctx, actor, DeskPermission.DECIDE_APPEALS)
    with ctx.db.read() as session:
        names = dict(session.execute(select(StaffRow.id, StaffRow.name)).all())
        roles = dict(session.execute(select(StaffRow.id, StaffRow.role)).all())

        def rows(query):  # noqa: ANN001, ANN202 - a select of appeals
            return session.execute(
                query.join(ActionRow, AppealRow.action_id == ActionRow.id)
                .join(SubjectRow, ActionRow.subject_id == SubjectRow.id)
            ).all()

        open_rows = rows(select(AppealRow, ActionRow, SubjectRow).where(AppealRow.state == OPEN)
                         .order_by(AppealRow.created_at).limit(200))
        decided_rows = rows(select(AppealRow, ActionRow, SubjectRow).where(AppealRow.state != OPEN)
                            .order_by(AppealRow.decided_at.desc()).limit(include_decided))
        involved = {}
        for appeal, action, _subject in open_rows:
            involved[appeal.id] = {action.proposed_by, *proposals.givers_of(session, ProposalKind.ACTION, action.id)}

        def view(appeal: AppealRow, action: ActionRow, subject: SubjectRow) -> dict:
            item = appeal_view(appeal)
            proposer_role = Role(roles.get(action.proposed_by, Role.MODERATOR.value))
            blocked = None
            if staff.id in involved.get(appeal.id, set()):
                blocked = "you took part in the original decision"
            elif not staff.role.at_least(proposer_role):
                blocked = f"needs someone at least {proposer_role.value}"
            item.update({
                "action": {"id": action.id, "type": action.type, "state": action.state, "reason": action.reason,
                           "proposed_by": names.get(action.proposed_by, "?"), "case_id": action.case_id,
                           "executed_at": action.executed_at.isoformat() if action.executed_at else None},
                "subject": {"kind": subject.kind, "id": subject.external_id, "handle": subject.handle},
                "decided_by_name": names.get(appeal.decided_by or ""), "blocked": blocked,
            })
            return item

        return {"open": [view(*row) for row in open_rows], "decided": [view(*row) for row in decided_rows]}
