"""What an operator watches, read at scrape time: queue depth, outbox lag, scheduler lag, audit signing lag.
Cheap, read-only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from trustdesk.domain.actions import ActionState
from trustdesk.services.base.context import Context
from trustdesk.services.oversight.outbox_delivery import outbox_lag_seconds
from trustdesk.storage.audit_log import HEAD_ID
from trustdesk.storage.tables import ActionRow, AuditEntryRow, AuditStateRow, AuditTreeHeadRow, CaseRow
from trustdesk.storage.tables_intake import IntakeJournalRow


@dataclass(frozen=True)
class OperationalState:
    queue_depth: dict[str, int]
    outbox_pending: int
    outbox_lag_seconds: float
    scheduler_due: int
    scheduler_lag_seconds: float
    # Entries are chained in their own transaction; a signed tree head covers them at the next checkpoint.
    audit_unsigned_entries: int = 0
    audit_signing_lag_seconds: float = 0.0
    # Reports acknowledged and not yet settled into their cases (services/intake/report_journal.py), how long the
    # oldest has waited, and those set aside because storing them failed on their own (retried at serve start).
    intake_unsettled: int = 0
    intake_settle_lag_seconds: float = 0.0
    intake_set_aside: int = 0


def operational_state(ctx: Context) -> OperationalState:
    now = ctx.clock.now()
    with ctx.db.read() as session:
        depth = {queue or "unrouted": count for queue, count in session.execute(
            select(CaseRow.queue, func.count()).where(CaseRow.open_subject_id.isnot(None)).group_by(CaseRow.queue)
        ).all()}
        due, oldest = session.execute(
            select(func.count(), func.min(ActionRow.execute_after))
            .where(ActionRow.state == ActionState.SCHEDULED.value, ActionRow.execute_after <= now)
        ).one()
        unsigned, signing_lag = _audit_signing(session, now)
        unsettled, first_received = session.execute(
            select(func.count(), func.min(IntakeJournalRow.received_at)).where(IntakeJournalRow.error.is_(None))).one()
        set_aside = session.execute(select(func.count()).where(IntakeJournalRow.error.is_not(None))).scalar_one()
    pending, lag = outbox_lag_seconds(ctx)
    scheduler_lag = max(0.0, (now - oldest).total_seconds()) if due and oldest is not None else 0.0
    settle_lag = max(0.0, (now - first_received).total_seconds()) if first_received is not None else 0.0
    return OperationalState(depth, pending, lag, int(due or 0), scheduler_lag, unsigned, signing_lag,
                            int(unsettled), settle_lag, int(set_aside))


def _audit_signing(session: Session, now: datetime) -> tuple[int, float]:
    """Entries past the newest signed tree head, and how long the oldest of them has waited (two key lookups)."""
    last = session.execute(select(AuditStateRow.last_seq).where(AuditStateRow.id == HEAD_ID)).scalar() or 0
    signed = session.execute(select(func.max(AuditTreeHeadRow.size))).scalar() or 0
    if last <= signed:
        return 0, 0.0
    first_unsigned = session.execute(select(AuditEntryRow.at).where(AuditEntryRow.seq == signed + 1)).scalar()
    waited = (now - datetime.fromisoformat(first_unsigned)).total_seconds() if first_unsigned else 0.0
    return last - signed, max(0.0, waited)
