"""Queues: what each moderator may see, how deep it is, and claim-next, which hands out the most urgent case.

Queues themselves are operator configuration (``triage/queues.py``); cases carry the name of the queue they were
routed to at intake. Visibility by role holds here and in ``services.cases`` for every entry point.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from trustdesk.domain.errors import NotFound, NotPermitted
from trustdesk.domain.staff import StaffFacts
from trustdesk.services.cases import _take_lease, case_summary
from trustdesk.services.context import Context
from trustdesk.services.principals import Principal, require_staff
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import CaseRow, SubjectRow
from trustdesk.triage.queues import QueueDef, load_queues

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


def _claimable(now: datetime):  # noqa: ANN202 - a SQL condition
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


def _top_of(ctx: Context, tx: Transaction, queue: str) -> CaseRow | None:
    """The queue's most urgent claimable case, locked for this transaction.

    PostgreSQL: SKIP LOCKED, so concurrent claimers each take a different case instead of queueing on one row.
    SQLite: the transaction began with BEGIN IMMEDIATE, so claimers are already one at a time.
    """
    query = (
        select(CaseRow).where(CaseRow.queue == queue, _OPEN, _claimable(tx.now))
        .order_by(CaseRow.priority.desc(), CaseRow.id).limit(1)
    )
    if not ctx.db.is_sqlite:
        query = query.with_for_update(skip_locked=True)
    return tx.session.execute(query).scalar_one_or_none()


def claim_next(ctx: Context, *, actor: Principal, queue: str | None = None) -> dict | None:
    """Lease the highest-priority claimable case in the given queue, or in every queue the actor may see.

    None when there is nothing to claim. A case whose lease expired is claimable again.
    """
    staff = require_staff(actor)
    queues = _queues_for(staff, queue)
    with ctx.db.transaction(ctx.clock) as tx:
        candidates = [case for q in queues if (case := _top_of(ctx, tx, q.name)) is not None]
        if not candidates:
            return None
        case = min(candidates, key=lambda c: (-c.priority, c.id))
        previous = case.claimed_by  # set when the case comes back from an expired lease
        _take_lease(tx, case, staff.id, ctx.settings.lease_minutes)
        assert case.lease_expires_at is not None
        tx.record(actor=actor.label, verb="case.claimed", object_id=case.id,
                  summary=f"{actor.label} claimed case {case.id} from the {case.queue} queue (claim-next)",
                  payload={"lease_expires_at": case.lease_expires_at.isoformat(), "queue": case.queue,
                           "via": "claim-next", "expired_lease_of": previous})
        subject = tx.session.get(SubjectRow, case.subject_id)
        assert subject is not None
        return case_summary(case, subject, now=tx.now)
