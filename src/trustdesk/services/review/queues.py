"""Queues: what each moderator may see, how deep it is, and claim-next, which hands out the most urgent case.

Queues themselves are operator configuration (``triage/queues.py``); cases carry the name of the queue they were
routed to at intake. Visibility by role holds here and in ``services.cases`` for every entry point.
"""

from __future__ import annotations

import functools
from datetime import datetime

from sqlalchemy import (
    BindParameter,
    ColumnClause,
    ColumnElement,
    CompoundSelect,
    Row,
    Select,
    bindparam,
    func,
    literal_column,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from trustdesk.audit.verbs import AuditVerb
from trustdesk.domain.errors import NotFound, NotPermitted
from trustdesk.domain.staff import StaffFacts
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal, require_staff
from trustdesk.services.review.cases import _take_lease, case_summary
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import CaseRow, SubjectRow
from trustdesk.triage.queue_config import QueueDef, load_queues

_OPEN = CaseRow.open_subject_id.isnot(None)  # the exact predicate of the partial indexes in tables_triage


def list_queues(ctx: Context, *, actor: Principal) -> list[dict]:
    """The queues the actor may see, in routing order, with depth, oldest case and SLA breaches."""
    staff = require_staff(actor)
    queues = load_queues().visible(staff.role)
    now = ctx.clock.now()
    with ctx.db.read() as session:
        return [_queue_view(session, queue, now) for queue in queues]


def _queue_view(session: Session, queue: QueueDef, now: datetime) -> dict:
    in_queue = (CaseRow.queue == queue.name, _OPEN)
    depth, oldest = session.execute(
        select(func.count(), func.min(CaseRow.first_report_at)).where(*in_queue)
    ).one()
    breached = session.execute(
        select(func.count()).where(*in_queue, CaseRow.first_report_at <= now - queue.sla)
    ).scalar_one()
    claimable = session.execute(select(func.count()).where(*in_queue, _claimable(now))).scalar_one()
    return {
        **queue.to_dict(), "depth": depth, "claimable": claimable, "sla_breached": breached,
        "oldest_report_at": oldest.isoformat() if oldest else None,
        "oldest_age_seconds": int((now - oldest).total_seconds()) if oldest else None,
    }


def _claimable(now: datetime | BindParameter[datetime]) -> ColumnElement[bool]:
    return or_(CaseRow.claimed_by.is_(None), CaseRow.lease_expires_at <= now)


def _queues_for(staff: StaffFacts, name: str | None) -> list[QueueDef]:
    queues = load_queues()
    if name is None:
        return queues.visible(staff.role)
    queue = queues.get(name)
    if queue is None:
        raise NotFound(f"no queue {name!r}; known: {', '.join(q.name for q in queues.queues)}")
    if not queue.visible_to(staff.role):
        raise NotPermitted(f"the {queue.name} queue ({queue.title}) needs the {queue.min_role.value} role or higher")
    return [queue]


# The two ways a case is claimable, each the exact predicate of its partial index in tables_triage.
_FREE = (_OPEN, CaseRow.claimed_by.is_(None))
_EXPIRED = (_OPEN, CaseRow.claimed_by.isnot(None), CaseRow.lease_expires_at <= bindparam("now"))
_PEEK = (CaseRow.id, CaseRow.priority, CaseRow.queue)
_ONE: ColumnClause[int] = literal_column("1")


@functools.cache
def next_case_query(queues: tuple[str, ...], expired: bool, *, lock: bool) -> Select:
    """The most urgent claimable case (bind: now) of one queue, unclaimed (ix_cases_claim: a single probe), or with
    ``expired`` of a set of queues, among cases whose lease ran out (ix_cases_lease: few rows at any time).

    With ``lock``, the case and its subject, the case row locked with SKIP LOCKED: concurrent claimers each get
    another case instead of waiting on one row. Statements are built once and cached: claim-next runs for every
    case a moderator opens, and building a statement costs more than the index probe it runs.
    """
    # Queue names and limits are written into the SQL, leaving "now" the only parameter: PostgreSQL then settles
    # on one cached plan for the prepared statement instead of planning every claim anew (planning costs more than
    # running these probes).
    names: list[BindParameter[str]] = [bindparam(None, name, literal_execute=True) for name in queues]
    which = (CaseRow.queue.in_(names), *_EXPIRED) if expired else (CaseRow.queue == names[0], *_FREE)
    columns = (CaseRow, SubjectRow) if lock else _PEEK
    query = select(*columns).where(*which).order_by(CaseRow.priority.desc(), CaseRow.id).limit(_ONE)
    if lock:
        query = query.join(SubjectRow, SubjectRow.id == CaseRow.subject_id).with_for_update(of=CaseRow,
                                                                                          skip_locked=True)
    return query


@functools.cache
def _tops(queues: tuple[str, ...]) -> CompoundSelect:
    """The top unclaimed case of each queue and the top expired lease among them: one round trip, no locks."""
    probes = [next_case_query((name,), False, lock=False) for name in queues]
    probes.append(next_case_query(queues, True, lock=False))
    tops = [probe.subquery(f"q{i}") for i, probe in enumerate(probes)]
    return union_all(*(select(top.c.id, top.c.priority, top.c.queue,
                              literal_column("1" if i == len(queues) else "0").label("expired"))
                       for i, top in enumerate(tops)))


def _rank(row: Row | CaseRow) -> tuple[float, str]:
    return -row.priority, row.id


@functools.cache
def _take_top(queues: tuple[str, ...], lock: bool) -> Select:
    """The case _tops ranks first and its subject, re-checked and (PostgreSQL) locked: one round trip in all."""
    tops = _tops(queues).subquery("tops")
    best = select(tops.c.id).order_by(tops.c.priority.desc(), tops.c.id).limit(_ONE).scalar_subquery()
    query = (
        select(CaseRow, SubjectRow).join(SubjectRow, SubjectRow.id == CaseRow.subject_id)
        .where(CaseRow.id == best, _OPEN, _claimable(bindparam("now")))
    )
    return query.with_for_update(of=CaseRow, skip_locked=True) if lock else query


def _next_case(ctx: Context, tx: Transaction, queues: list[QueueDef]) -> tuple[CaseRow, SubjectRow] | None:
    """The most urgent claimable case across the queues, locked by this transaction, with its subject.

    SQLite: the transaction began with BEGIN IMMEDIATE, so claimers run one at a time; one statement finds the
    case. PostgreSQL: the same statement, with SKIP LOCKED, finds nothing when another claimer holds that case at
    the moment; then peek at each queue's top and lock with SKIP LOCKED in the most promising queue only, trying
    the next queue only when a concurrent claimer took its top first. Claimers never wait on one another nor get
    the same case, and one claim locks one row in the common case.
    """
    names, params = tuple(q.name for q in queues), {"now": tx.now}
    found = tx.session.execute(_take_top(names, not ctx.db.is_sqlite), params).first()
    if found is not None or ctx.db.is_sqlite:
        return None if found is None else (found[0], found[1])
    best: tuple[CaseRow, SubjectRow] | None = None
    for top in sorted(tx.session.execute(_tops(names), params), key=_rank):
        if best is not None and _rank(best[0]) <= _rank(top):
            break
        locked = next_case_query(names if top.expired else (top.queue,), bool(top.expired), lock=True)
        found = tx.session.execute(locked, params).first()
        if found is not None and (best is None or _rank(found[0]) < _rank(best[0])):
            best = found[0], found[1]
    return best


def claim_next(ctx: Context, *, actor: Principal, queue: str | None = None) -> dict | None:
    """Lease the highest-priority claimable case in the given queue, or in every queue the actor may see.

    None when there is nothing to claim. A case whose lease expired is claimable again.
    """
    staff = require_staff(actor)
    queues = _queues_for(staff, queue)
    with ctx.db.transaction(ctx.clock) as tx:
        found = _next_case(ctx, tx, queues)
        if found is None:
            return None
        case, subject = found
        previous = case.claimed_by  # set when the case comes back from an expired lease
        _take_lease(tx, case, staff.id, ctx.settings.lease_minutes)
        assert case.lease_expires_at is not None
        tx.record(actor=actor.label, verb=AuditVerb.CASE_CLAIMED, object_id=case.id,
                  summary=f"{actor.label} claimed case {case.id} from the {case.queue} queue (claim-next)",
                  payload={"lease_expires_at": case.lease_expires_at.isoformat(), "queue": case.queue,
                           "via": "claim-next", "expired_lease_of": previous})
        return case_summary(case, subject, now=tx.now)
