"""Who holds power over the desk is itself safeguarded: a second admin approves staff changes made in the app.

Creating a senior or admin, raising anyone's role, or issuing a token for someone else, done by a staff
member, becomes a pending proposal; an admin independent of the proposer (policy/approvals.py) approves it,
and an alert goes out when it is proposed and when it is applied. Otherwise one admin could mint the
colleagues who approve his own takedowns. Adding triage and moderators stays immediate (and audited).

The token of a member created (or re-issued) this way is minted at approval and handed only to the
approving admin, never to the proposer; both become the member's sponsors, so the member's approvals
count for neither of them during the independence window, and the member can rotate it (issue their own,
revoke that one)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from trustdesk.audit.verbs import AuditVerb
from trustdesk.domain.errors import Conflict, InvalidInput, NotFound, NotPermitted
from trustdesk.domain.ids import new_id
from trustdesk.domain.permissions import DeskPermission
from trustdesk.domain.proposals import (
    PENDING_TTL,
    ProposalKind,
    ProposalState,
    ensure_open_for_review,
    is_stale,
    transition,
)
from trustdesk.domain.staff import Role
from trustdesk.policy import Decision
from trustdesk.services.access import staff
from trustdesk.services.base.alerting import raise_alert
from trustdesk.services.base.authorization import authorize_desk
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal, principal_for_staff, require_staff
from trustdesk.services.safeguards import proposals
from trustdesk.services.safeguards.proposals import Proposal
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import StaffRow
from trustdesk.storage.tables_proposals import StaffChangeRow

KIND = ProposalKind.STAFF_CHANGE
PENDING, APPLIED = ProposalState.PENDING_APPROVAL.value, ProposalState.APPLIED.value
# A proposal nobody approved within a week is stale: who should hold power may have changed since.
WAITS_AT_MOST = PENDING_TTL
ADD, RAISE_ROLE, ISSUE_TOKEN = "add", "raise_role", "issue_token"
MAX_REASON = 2000


def propose_add_staff(
    ctx: Context,
    *,
    actor: Principal,
    name: str,
    role: str,
    contractor: bool = False,
    access_start: datetime | None = None,
    access_end: datetime | None = None,
    password: str | None = None,
    reason: str = "",
) -> dict:
    """Add a member from the app: triage and moderators at once (token in the answer), others as a proposal.

    Who may propose is the policy's call (and a refusal is alerted), not a hard-coded role check."""
    require_staff(actor)
    name, parsed_role = staff.validate_member(name, role, access_start, access_end)
    if not parsed_role.at_least(staff.ELEVATED):
        credential = staff.add_staff(ctx, actor=actor, name=name, role=role, contractor=contractor,
                                     access_start=access_start, access_end=access_end, password=password)
        return {"id": None, "state": APPLIED, "kind": ADD, "target": name, "role": parsed_role.value,
                "staff_id": credential.id, "token": credential.token, "token_id": credential.token_id,
                "explanation": f"{parsed_role.value} members are added at once"}
    if password:
        # Whoever chose the password could sign in as the new senior or admin: the proposer would hold a
        # working credential of an elevated account. The member gets a console password from the operator.
        raise InvalidInput("a senior or admin added in the app gets no password from the proposer; "
                           "the operator sets it at the shell", field="password")
    details = {"role": parsed_role.value, "contractor": contractor,
               "access_start": access_start.isoformat() if access_start else None,
               "access_end": access_end.isoformat() if access_end else None}
    return _propose(ctx, actor=actor, kind=ADD, target_name=name, role=parsed_role, details=details, reason=reason)


def propose_role_change(ctx: Context, *, actor: Principal, name: str, role: str, reason: str = "") -> dict:
    """Change a member's role from the app: a raise is a proposal, a lowering takes effect at once."""
    require_staff(actor)
    parsed_role = staff.parse_role(role)
    with ctx.db.read() as session:
        current = session.execute(select(StaffRow.role).where(StaffRow.name == name)).scalar_one_or_none()
    if current is None:
        raise NotFound(f"no staff member {name!r}")
    if parsed_role.rank <= Role(current).rank:
        view = staff.change_staff(ctx, actor=actor, name=name, role=role)
        return {"id": None, "state": APPLIED, "kind": RAISE_ROLE, "target": name, "role": view["role"],
                "staff_id": view["id"], "explanation": "lowering a role takes effect at once"}
    return _propose(ctx, actor=actor, kind=RAISE_ROLE, target_name=name, role=parsed_role,
                    details={"role": parsed_role.value, "old_role": current}, reason=reason)


def propose_token(ctx: Context, *, actor: Principal, name: str, reason: str = "") -> dict:
    """A token for a member from the app: your own at once, someone else's as a proposal."""
    facts = require_staff(actor)
    if facts.name == name:
        token = staff.issue_token(ctx, actor=actor, name=name)
        return {"id": None, "state": APPLIED, "kind": ISSUE_TOKEN, "target": name, "role": facts.role.value,
                "staff_id": facts.id, "token": token, "explanation": "your own tokens are issued at once"}
    with ctx.db.read() as session:
        current = session.execute(select(StaffRow.role).where(StaffRow.name == name)).scalar_one_or_none()
    if current is None:
        raise NotFound(f"no staff member {name!r}")
    return _propose(ctx, actor=actor, kind=ISSUE_TOKEN, target_name=name, role=Role(current),
                    details={"role": current}, reason=reason)


def _propose(
    ctx: Context, *, actor: Principal, kind: str, target_name: str, role: Role, details: dict, reason: str
) -> dict:
    proposer = require_staff(actor)
    if len(reason) > MAX_REASON:
        raise InvalidInput(f"reason must be at most {MAX_REASON} characters", field="reason")
    refusal = None
    with ctx.db.transaction(ctx.clock) as tx:
        target = tx.session.execute(select(StaffRow).where(StaffRow.name == target_name)).scalar_one_or_none()
        if kind == ADD and target is not None:
            raise Conflict(f"a staff member named {target_name!r} exists", field="name")
        if kind != ADD and target is None:
            raise NotFound(f"no staff member {target_name!r}")
        if kind == ADD and _pending_addition(tx, target_name):
            raise Conflict(f"adding {target_name!r} is already waiting for approval", field="name")
        decision = ctx.policy.decide_staff_change(actor=proposer, change=kind, role=role.value, target=target_name,
                                                  now=tx.now)
        if not decision.allowed:
            tx.record(actor=actor.label, verb=AuditVerb.STAFF_CHANGE_DENIED,
                      summary=f"{actor.label} was refused: {decision.explain()}",
                      payload={"kind": kind, "target": target_name, **details})
            raise_alert(tx, kind="staff_change_denied", message=f"{actor.label} tried to {decision.verb}: refused",
                        payload={"actor": actor.label, "kind": kind, "target": target_name})
            refusal = NotPermitted(decision.explain(), details={"decision": decision.to_dict()})
        else:
            change = StaffChangeRow(
                id=new_id("stc"), kind=kind, target_name=target_name, target_id=target.id if target else None,
                details=details, reason=reason, state=PENDING, proposed_by=proposer.id, proposed_at=tx.now,
                decision=decision.to_dict(),
            )
            tx.session.add(change)
            tx.record(actor=actor.label, verb=AuditVerb.STAFF_CHANGE_PROPOSED, object_id=change.id,
                      summary=f"{actor.label} proposed to {decision.verb}: {decision.explain()}",
                      payload={"kind": kind, "target": target_name, "reason": reason, **details})
            raise_alert(tx, kind="staff_change_proposed",
                        message=f"{actor.label} proposed to {decision.verb}; it needs another admin's approval",
                        payload={"change_id": change.id, "kind": kind, "target": target_name,
                                 "proposed_by": actor.label})
            applied = None
            if decision.approvals_required == 0:  # the policy in force asks for no second admin
                applied = _apply(tx, change, proposer=actor, approver=None)
            view = _view(tx.session, change, proposer_name=actor.name)
            if applied:
                view.update(applied)
    if refusal is not None:
        raise refusal
    return view


def approve_staff_change(ctx: Context, *, actor: Principal, change_id: str) -> dict:
    """Count this admin's approval; once enough, apply it. A minted token goes to this approver only."""
    approver = require_staff(actor)
    expired = False
    with ctx.db.transaction(ctx.clock) as tx:
        change = _load(tx, change_id)
        if change.state == PENDING and is_stale(change.proposed_at, tx.now):
            change.state = transition(KIND, change.state, ProposalState.EXPIRED)
            change.closed_by, change.closed_at = "trustdesk", tx.now
            tx.record(actor="trustdesk", verb=AuditVerb.STAFF_CHANGE_EXPIRED, object_id=change.id,
                      summary=f"staff change {change.id} expired unapproved after {WAITS_AT_MOST.days} days")
            expired = True
    if expired:
        raise Conflict(f"staff change {change_id} expired: not approved within {WAITS_AT_MOST.days} days; "
                       "propose it again")
    with ctx.db.transaction(ctx.clock) as tx:
        change = _load(tx, change_id)
        proposal = _as_proposal(change)
        ensure_open_for_review(KIND, change.id, change.state)
        allowed, why = ctx.policy.may_approve_staff_change(approver=approver, now=tx.now)
        if not allowed:
            raise NotPermitted(why)
        if approver.id == change.target_id or approver.name == change.target_name:
            raise NotPermitted("the member a staff change is about cannot approve it")
        tally = proposals.approve(ctx, tx, proposal, approver)
        tx.record(actor=actor.label, verb=AuditVerb.STAFF_CHANGE_APPROVED, object_id=change.id,
                  summary=f"{actor.label} approved: {proposal.decision.verb}")
        proposer_row = tx.session.get(StaffRow, change.proposed_by)
        assert proposer_row is not None
        applied = (_apply(tx, change, proposer=principal_for_staff(proposer_row), approver=actor)
                   if tally.met else None)
        view = _view(tx.session, change, proposer_name=proposer_row.name)
        if applied:
            view.update(applied)
        return view


def reject_staff_change(ctx: Context, *, actor: Principal, change_id: str) -> dict:
    """An admin other than the proposer turns it down; the proposer withdraws with cancel."""
    reviewer = authorize_desk(ctx, actor, DeskPermission.APPROVE_STAFF_CHANGES)
    with ctx.db.transaction(ctx.clock) as tx:
        change = _load(tx, change_id)
        proposals.reject(ctx, tx, _as_proposal(change), reviewer)
        return _close(tx, change, ProposalState.REJECTED, by=actor)


def cancel_staff_change(ctx: Context, *, actor: Principal, change_id: str) -> dict:
    """The proposer withdraws a pending staff change."""
    proposer = require_staff(actor)
    with ctx.db.transaction(ctx.clock) as tx:
        change = _load(tx, change_id)
        proposals.ensure_may_withdraw(_as_proposal(change), proposer, others_may=False)
        return _close(tx, change, ProposalState.CANCELLED, by=actor)


def list_staff_changes(ctx: Context, *, actor: Principal, state: str | None = None) -> list[dict]:
    authorize_desk(ctx, actor, DeskPermission.APPROVE_STAFF_CHANGES)
    with ctx.db.read() as session:
        query = select(StaffChangeRow, StaffRow.name).join(StaffRow, StaffChangeRow.proposed_by == StaffRow.id)
        if state:
            query = query.where(StaffChangeRow.state == state)
        rows = session.execute(query.order_by(StaffChangeRow.proposed_at.desc(), StaffChangeRow.id).limit(500)).all()
        counts = proposals.approval_counts(session, KIND, [change.id for change, _ in rows])
        return [_view(session, change, proposer_name=name, approvals=counts.get(change.id, 0))
                for change, name in rows]


def get_staff_change(ctx: Context, *, actor: Principal, change_id: str) -> dict:
    authorize_desk(ctx, actor, DeskPermission.APPROVE_STAFF_CHANGES)
    with ctx.db.read() as session:
        found = session.execute(
            select(StaffChangeRow, StaffRow.name).join(StaffRow, StaffChangeRow.proposed_by == StaffRow.id)
            .where(StaffChangeRow.id == change_id)
        ).first()
        if found is None:
            raise NotFound(f"no staff change {change_id}")
        return _view(session, found[0], proposer_name=found[1])


def _apply(tx: Transaction, change: StaffChangeRow, *, proposer: Principal, approver: Principal | None) -> dict:
    """Carry out an approved change in the approval's transaction; returns what the approver receives."""
    role = Role(change.details["role"])
    received: dict = {}
    if change.kind == ADD:
        start, end = change.details.get("access_start"), change.details.get("access_end")
        row = staff.create_member(
            tx, proposer=proposer, name=change.target_name, role=role,
            contractor=bool(change.details.get("contractor")),
            access_start=datetime.fromisoformat(start) if start else None,
            access_end=datetime.fromisoformat(end) if end else None, approved_by=approver,
        )
        tx.session.flush()
        change.target_id = row.id
        token_id, token = staff.grant_token(tx, row, by=proposer, approved_by=approver)
        received = {"staff_id": row.id, "token": token, "token_id": token_id}
    else:
        row = staff.load_staff(tx, change.target_name)
        if row.id != change.target_id:
            raise Conflict(f"{change.target_name} is not the member this change was proposed for")
        if change.kind == RAISE_ROLE:
            if row.role != change.details.get("old_role"):
                raise Conflict(f"{row.name}'s role changed since this was proposed; propose again")
            if approver is None:
                raise NotPermitted("a raise of role always needs an approving admin")
            received = {"staff_id": row.id}
            if staff.raise_role(tx, row, role, by=proposer, approved_by=approver):
                # Their old tokens are gone; the approver hands over a fresh one, as for a new member.
                token_id, token = staff.grant_token(tx, row, by=proposer, approved_by=approver)
                received.update(token=token, token_id=token_id)
        else:
            token_id, token = staff.grant_token(tx, row, by=proposer, approved_by=approver)
            received = {"staff_id": row.id, "token": token, "token_id": token_id}
    change.state = transition(KIND, change.state, ProposalState.APPLIED)
    change.closed_by, change.closed_at = (approver or proposer).label, tx.now
    decision = Decision.from_dict(change.decision)
    approved = f", approved by {approver.label}" if approver else ""
    tx.record(actor=(approver or proposer).label, verb=AuditVerb.STAFF_CHANGE_APPLIED, object_id=change.id,
              summary=f"{decision.verb}: proposed by {proposer.label}{approved}",
              payload={"kind": change.kind, "target": change.target_name, "target_id": change.target_id})
    raise_alert(tx, kind="staff_change_applied",
                message=f"staff change applied: {decision.verb} (proposed by {proposer.label}{approved})",
                payload={"change_id": change.id, "kind": change.kind, "target": change.target_name,
                         "proposed_by": proposer.label, "approved_by": approver.label if approver else None})
    return received


def _close(tx: Transaction, change: StaffChangeRow, target: ProposalState, *, by: Principal) -> dict:
    change.state = transition(KIND, change.state, target)
    change.closed_by, change.closed_at = by.label, tx.now
    verb = target.value
    tx.record(actor=by.label, verb=AuditVerb(f"staff_change.{verb}"), object_id=change.id,
              summary=f"{by.label} {verb} staff change {change.id}")
    proposer_row = tx.session.get(StaffRow, change.proposed_by)
    return _view(tx.session, change, proposer_name=proposer_row.name if proposer_row else change.proposed_by)


def _pending_addition(tx: Transaction, name: str) -> bool:
    return tx.session.execute(
        select(StaffChangeRow.id).where(StaffChangeRow.kind == ADD, StaffChangeRow.target_name == name,
                                        StaffChangeRow.state == PENDING,
                                        StaffChangeRow.proposed_at >= tx.now - WAITS_AT_MOST)
    ).first() is not None


def _load(tx: Transaction, change_id: str) -> StaffChangeRow:
    change = tx.session.execute(
        select(StaffChangeRow).where(StaffChangeRow.id == change_id).with_for_update()
    ).scalar_one_or_none()
    if change is None:
        raise NotFound(f"no staff change {change_id}")
    return change


def _as_proposal(change: StaffChangeRow) -> Proposal:
    return Proposal(KIND, change.id, change.state, change.proposed_by, Decision.from_dict(change.decision))


def _view(session: Session, change: StaffChangeRow, *, proposer_name: str, approvals: int | None = None) -> dict:
    decision = Decision.from_dict(change.decision)
    if approvals is None:
        approvals = proposals.approval_counts(session, KIND, [change.id]).get(change.id, 0)
    return {
        "id": change.id, "state": change.state, "kind": change.kind, "target": change.target_name,
        "role": change.details.get("role"), "staff_id": change.target_id, "reason": change.reason,
        "proposed_by": proposer_name, "proposed_at": change.proposed_at.isoformat(),
        "approvals": approvals, "approvals_required": decision.approvals_required,
        "explanation": decision.explain(),
    }
