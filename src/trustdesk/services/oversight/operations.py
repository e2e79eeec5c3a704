"""What an operator watches, read at scrape time: queue depth, outbox lag, scheduler lag. Cheap, read-only."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from trustdesk.domain.actions import ActionState
from trustdesk.services.base.context import Context
from trustdesk.services.oversight.outbox_delivery import outbox_lag_seconds
from trustdesk.storage.tables import ActionRow, CaseRow


@dataclass(frozen=True)
class OperationalState:
    queue_depth: dict[str, int]
    outbox_pending: int
    outbox_lag_seconds: float
    scheduler_due: int
    scheduler_lag_seconds: float


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
    pending, lag = outbox_lag_seconds(ctx)
    scheduler_lag = max(0.0, (now - oldest).total_seconds()) if due and oldest is not None else 0.0
    return OperationalState(depth, pending, lag, int(due or 0), scheduler_lag)
