"""Cases: listing, viewing, claiming under a lease, releasing."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from trustdesk.audit.verbs import AuditVerb
from trustdesk.domain.cases import OPEN_CASE_STATES, CaseState, ensure_transition, lease_is_held
from trustdesk.domain.errors import Conflict, InvalidInput, NotFound
from trustdesk.domain.ids import new_id
from trustdesk.domain.reports import parse_category
from trustdesk.domain.staff import StaffFacts
from trustdesk.domain.subjects import SubjectRef
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal, require_staff
from trustdesk.services.base.subjects import find_subject
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import ActionRow, CaseEventRow, CaseRow, ReportRow, StaffRow, SubjectRow
from trustdesk.triage.queue_config import load_queues

MAX_PAGE = 200


def list_cases(
    ctx: Context,
    *,
    actor: Principal,
    state: str | None = None,
    category: str | None = None,
    subject: SubjectRef | None = None,
    limit: int = 50,
) -> list[dict]:
    """Open cases by priority (highest first) unless a state says otherwise; only in queues the actor may see."""
    staff = require_staff(actor)
    if not 1 <= limit <= MAX_PAGE:
        raise InvalidInput(f"limit must be 1..{MAX_PAGE}", field="limit")
    query = select(CaseRow, SubjectRow).join(SubjectRow, CaseRow.subject_id == SubjectRow.id)
    if state is not None:
        try:
            query = query.where(CaseRow.state == CaseState(state).value)
        except ValueError:
            raise InvalidInput(f"unknown case state {state!r}", field="state") from None
    else:
        query = query.where(CaseRow.state.in_([s.value for s in OPEN_CASE_STATES]))
    if category is not None:
        query = query.where(CaseRow.category == parse_category(category).value)
    hidden = load_queues().hidden_names(staff.role)
    if hidden:
        query = query.where(or_(CaseRow.queue.is_(None), CaseRow.queue.notin_(hidden)))
    with ctx.db.read() as session:
        if subject is not None:
            row = find_subject(session, subject)
            if row is None:
                return []
            query = query.where(CaseRow.subject_id == row.id)
        rows = session.execute(
            query.order_by(CaseRow.priority.desc(), CaseRow.created_at, CaseRow.id).limit(limit)
        ).all()
        return [case_summary(case, subj, now=ctx.clock.now()) for case, subj in rows]


def ensure_visible(staff: StaffFacts, case: CaseRow) -> None:
    """A case in a queue above the actor's role is not found, as if it did not exist (its subject may be
    protected; even its existence is not theirs to know)."""
    if case.queue in load_queues().hidden_names(staff.role):
        raise NotFound(f"no case {case.id}")


def visible_case(session: Session, staff: StaffFacts, case_id: str) -> CaseRow:
    """The case, if the actor may know it exists (ensure_visible); NotFound otherwise, the same either way."""
    case = session.get(CaseRow, case_id)
    if case is None:
        raise NotFound(f"no case {case_id}")
    ensure_visible(staff, case)
    return case


def case_summary(case: CaseRow, subject: SubjectRow, *, now: datetime | None = None) -> dict:
    """The case as lists show it, with its queue's SLA; sla_breached is None when no instant is given."""
    view = {
        "id": case.id, "state": case.state, "category": case.category, "categories": list(case.categories),
        "priority": round(case.priority, 2), "priority_line": case.priority_line, "queue": case.queue,
        "language": case.language, "report_count": case.report_count, "unique_reporters": case.unique_reporters,
        "platform": subject.platform,
        "subject": {"kind": subject.kind, "id": subject.external_id, "platform": subject.platform,
                    "handle": subject.handle, "followers": subject.followers, "status": subject.status},
        "claimed_by": case.claimed_by,
        "lease_expires_at": case.lease_expires_at.isoformat() if case.lease_expires_at else None,
        "first_report_at": case.first_report_at.isoformat(), "last_report_at": case.last_report_at.isoformat(),
        "created_at": case.created_at.isoformat(),
    }
    is_open = case.state in {s.value for s in OPEN_CASE_STATES}
    view.update(load_queues().sla_status(case.queue, case.first_report_at, now or case.first_report_at, is_open))
    if now is None:
        view["sla_breached"] = None
    return view


def _load_case(session: Session, case_id: str, *, lock: bool = False) -> CaseRow:
    query = select(CaseRow).where(CaseRow.id == case_id)
    case = session.execute(query.with_for_update() if lock else query).scalar_one_or_none()
    if case is None:
        raise NotFound(f"no case {case_id}")
    return case


def _edited(snapshot: dict | None, subject: SubjectRow) -> list[str]:
    """Which reported fields the subject no longer shows as they were reported: edits after the report."""
    if not snapshot:
        return []
    now = {"text": subject.content, "handle": subject.handle}
    return [name for name, value in now.items() if snapshot.get(name) is not None and snapshot.get(name) != value]


def get_case(ctx: Context, *, actor: Principal, case_id: str) -> dict:
    staff = require_staff(actor)
    with ctx.db.read() as session:
        case = _load_case(session, case_id)
        ensure_visible(staff, case)
        subject = session.get(SubjectRow, case.subject_id)
        assert subject is not None
        reports = session.execute(
            select(ReportRow).where(ReportRow.case_id == case.id).order_by(ReportRow.created_at, ReportRow.id)
        ).scalars().all()
        events = session.execute(
            select(CaseEventRow).where(CaseEventRow.case_id == case.id).order_by(CaseEventRow.at, CaseEventRow.id)
        ).scalars().all()
        actions = session.execute(
            select(ActionRow.id, ActionRow.type, ActionRow.state).where(ActionRow.case_id == case.id)
            .order_by(ActionRow.proposed_at)
        ).all()
        view = case_summary(case, subject, now=ctx.clock.now())
        view["reports"] = [
            {"id": r.id, "category": r.category, "text": r.text, "reporter": r.reporter, "source": r.source,
             "created_at": r.created_at.isoformat(), "reported": r.snapshot,
             "edited_since": _edited(r.snapshot, subject),
             "duplicates": r.duplicates} for r in reports
        ]
        view["current"] = {"text": subject.content, "handle": subject.handle}
        view["history"] = [
            {"at": e.at.isoformat(), "actor": e.actor, "kind": e.kind, "detail": e.detail} for e in events
        ]
        view["actions"] = [{"id": a.id, "type": a.type, "state": a.state} for a in actions]
        return view


def add_case_event(tx: Transaction, case: CaseRow, *, actor: str | None, kind: str, detail: dict) -> None:
    tx.session.add(CaseEventRow(id=new_id("cev"), case_id=case.id, at=tx.now, actor=actor, kind=kind, detail=detail))


def claim_case(ctx: Context, *, actor: Principal, case_id: str) -> dict:
    """Take the case for a lease; two moderators never hold the same case at once."""
    staff = require_staff(actor)
    with ctx.db.transaction(ctx.clock) as tx:
        case = _load_case(tx.session, case_id, lock=True)
        ensure_visible(staff, case)
        if case.state not in {s.value for s in OPEN_CASE_STATES}:
            raise Conflict(f"case {case_id} is {case.state}; only open cases can be claimed")
        if lease_is_held(case.claimed_by, case.lease_expires_at, tx.now) and case.claimed_by != staff.id:
            holder = tx.session.get(StaffRow, case.claimed_by)
            raise Conflict(f"case {case_id} is claimed by {holder.name if holder else 'someone'} until "
                           f"{case.lease_expires_at.isoformat() if case.lease_expires_at else '?'}")
        _take_lease(tx, case, staff.id, ctx.settings.lease_minutes)
        tx.record(actor=actor.label, verb=AuditVerb.CASE_CLAIMED, object_id=case.id,
                  summary=f"{actor.label} claimed case {case.id}",
                  payload={"lease_expires_at": case.lease_expires_at.isoformat() if case.lease_expires_at else None})
        subject = tx.session.get(SubjectRow, case.subject_id)
        assert subject is not None
        return case_summary(case, subject, now=tx.now)


def _take_lease(tx: Transaction, case: CaseRow, staff_id: str, minutes: int) -> None:
    if case.state == CaseState.OPEN.value:
        ensure_transition(CaseState.OPEN, CaseState.IN_REVIEW)
    case.state = CaseState.IN_REVIEW.value
    case.claimed_by = staff_id
    case.lease_expires_at = tx.now + timedelta(minutes=minutes)
    case.updated_at = tx.now
    add_case_event(tx, case, actor=staff_id, kind="claimed",
                   detail={"lease_expires_at": case.lease_expires_at.isoformat()})


def release_case(ctx: Context, *, actor: Principal, case_id: str) -> dict:
    staff = require_staff(actor)
    with ctx.db.transaction(ctx.clock) as tx:
        case = _load_case(tx.session, case_id, lock=True)
        if case.claimed_by != staff.id or not lease_is_held(case.claimed_by, case.lease_expires_at, tx.now):
            raise Conflict(f"case {case_id} is not claimed by you")
        case.state, case.claimed_by, case.lease_expires_at = CaseState.OPEN.value, None, None
        case.updated_at = tx.now
        add_case_event(tx, case, actor=staff.id, kind="released", detail={})
        tx.record(actor=actor.label, verb=AuditVerb.CASE_RELEASED, object_id=case.id,
                  summary=f"{actor.label} released case {case.id}")
        subject = tx.session.get(SubjectRow, case.subject_id)
        assert subject is not None
        return case_summary(case, subject, now=tx.now)


def close_case(tx: Transaction, case: CaseRow, *, outcome: CaseState, actor: str, action_id: str) -> None:
    """Resolve the case when an action on it takes effect; later reports open a new case."""
    if case.state not in {s.value for s in OPEN_CASE_STATES}:
        return
    ensure_transition(CaseState(case.state), outcome)
    case.state, case.open_subject_id = outcome.value, None
    case.claimed_by, case.lease_expires_at = None, None
    case.resolved_at = case.updated_at = tx.now
    add_case_event(tx, case, actor=actor, kind=outcome.value, detail={"action_id": action_id})
    tx.record(actor=actor, verb=AuditVerb(f"case.{outcome.value}"), object_id=case.id,
              summary=f"case {case.id} {outcome.value} by action {action_id}", payload={"action_id": action_id})
