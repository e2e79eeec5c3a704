"""Reading actions without changing them: what the policy would require, and lists by state."""

from __future__ import annotations

from sqlalchemy import func, select

from trustdesk.domain.actions import ActionState
from trustdesk.domain.errors import InvalidInput, NotFound
from trustdesk.domain.proposals import ProposalKind
from trustdesk.domain.subjects import SubjectRef
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal, require_staff
from trustdesk.services.base.subjects import find_subject, subject_facts
from trustdesk.services.enforcement.action_requirements import HIGH_IMPACT_TYPES, RATE_WINDOW, decision_from_row
from trustdesk.services.enforcement.action_views import action_view
from trustdesk.services.enforcement.actions import parse_action_type
from trustdesk.services.enforcement.platform_limits import platform_limits
from trustdesk.services.safeguards import proposals
from trustdesk.storage.tables import ActionRow, StaffRow, SubjectRow


def preview_action(ctx: Context, *, actor: Principal, ref: SubjectRef, type: str) -> dict:
    """What the policy would require of this actor for this action, without doing anything."""
    staff = require_staff(actor)
    action_type = parse_action_type(type)
    with ctx.db.read() as session:
        subject = find_subject(session, ref)
        if subject is None:
            raise NotFound(f"no subject {ref}")
        facts = subject_facts(session, subject)
        now = ctx.clock.now()
        recent = session.execute(
            select(func.count()).select_from(ActionRow).where(
                ActionRow.proposed_by == staff.id, ActionRow.requested_type.in_(HIGH_IMPACT_TYPES),
                ActionRow.proposed_at > now - RATE_WINDOW)
        ).scalar_one()
        decision = ctx.policy.decide(action=action_type, subject=facts, actor=staff, now=now,
                                     recent_high_impact_count=recent)
        return platform_limits(ctx, session, subject, decision).to_dict()


def list_actions(
    ctx: Context,
    *,
    actor: Principal,
    state: str | None = None,
    awaiting_me: bool = False,
    subject: SubjectRef | None = None,
    limit: int = 100,
) -> list[dict]:
    """Actions by state (newest first); awaiting_me keeps the pending ones this reviewer's approval would count for."""
    staff = require_staff(actor)
    query = select(ActionRow, SubjectRow).join(SubjectRow, ActionRow.subject_id == SubjectRow.id)
    if state is not None:
        try:
            query = query.where(ActionRow.state == ActionState(state).value)
        except ValueError:
            raise InvalidInput(f"unknown action state {state!r}", field="state") from None
    if awaiting_me:
        query = query.where(ActionRow.state == ActionState.PENDING_APPROVAL.value, ActionRow.proposed_by != staff.id)
    with ctx.db.read() as session:
        if subject is not None:
            row = find_subject(session, subject)
            if row is None:
                return []
            query = query.where(ActionRow.subject_id == row.id)
        rows = session.execute(
            query.order_by(ActionRow.proposed_at.desc(), ActionRow.id.desc()).limit(min(max(limit, 1), 500))
        ).all()
        decided = proposals.decided_by(session, ProposalKind.ACTION, staff.id) if awaiting_me else set()
        proposers = dict(session.execute(select(StaffRow.id, StaffRow.name)).all())
    now = ctx.clock.now()
    views = []
    for action, subject_row in rows:
        if awaiting_me:
            counts, _ = ctx.policy.counts_as_approval(decision=decision_from_row(action), approver=staff,
                                                      proposer_id=action.proposed_by, now=now)
            if not counts or action.id in decided:
                continue
        view = action_view(action, subject_row)
        view["proposed_by_name"] = proposers.get(action.proposed_by)
        views.append(view)
    return views
