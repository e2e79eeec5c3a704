"""The outbox's leases: delivering without holding the database while a receiver answers (or doesn't).

The dispatch (webhook alerts to the configured webhooks, `platform.*` rows to their platform's connector) is
in outbox.py; this module holds the mechanics every delivery goes through:

1. Claim: in one short transaction, take due rows (not delivered, not claimed by a live lease, past their
   back-off) and stamp them with a lease (`claimed_until`) and a claim token. PostgreSQL skips rows another
   worker has locked (FOR UPDATE SKIP LOCKED); SQLite serialises writers (BEGIN IMMEDIATE). Commit.
2. Post each row (to every webhook, or to its platform), outside any transaction, with a short timeout and an
   `Idempotency-Key` (the outbox row id): a receiver drops a duplicate if a worker died after posting but
   before step 3.
3. Mark: in a new short transaction, delivered (or the error and the next attempt, with exponential back-off),
   only while our claim token is still on the row. Platform deliveries are retried on the next round (they
   alert after `platform_alert_after` failures instead, see outbox.py), webhook alerts after their back-off.

With no webhook configured no webhook alert is claimed: they wait, undelivered, for one to be configured."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import cast

from sqlalchemy import CursorResult, or_, select, update

from trustdesk.services.base.context import Context
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import OutboxRow

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 10
WEBHOOK_KIND = "webhook"
WEBHOOK_TIMEOUT_SECONDS = 3.0
BACKOFF_BASE_SECONDS = 5
BACKOFF_MAX_SECONDS = 3600
IDEMPOTENCY_HEADER = "Idempotency-Key"
CLAIM_BATCH = 10


@dataclass(frozen=True)
class Claimed:
    id: str
    kind: str
    payload: dict
    attempts: int


def backoff(attempts: int) -> timedelta:
    """5 s, 10 s, 20 s, … up to an hour."""
    return timedelta(seconds=min(BACKOFF_BASE_SECONDS * 2 ** max(attempts - 1, 0), BACKOFF_MAX_SECONDS))


def claim_due(ctx: Context, *, token: str, limit: int, lease: timedelta, webhooks: bool = True) -> list[Claimed]:
    """Claim up to `limit` due rows with a lease; webhooks=False leaves webhook alerts for later."""
    with ctx.db.transaction(ctx.clock) as tx:
        now = tx.now
        due = (
            select(OutboxRow)
            .where(OutboxRow.delivered_at.is_(None), OutboxRow.attempts < MAX_ATTEMPTS,
                   or_(OutboxRow.claimed_until.is_(None), OutboxRow.claimed_until < now),
                   or_(OutboxRow.next_attempt_at.is_(None), OutboxRow.next_attempt_at <= now))
            .order_by(OutboxRow.created_at, OutboxRow.id).limit(limit)
        )
        if not webhooks:
            due = due.where(OutboxRow.kind != WEBHOOK_KIND)
        if not ctx.db.is_sqlite:
            due = due.with_for_update(skip_locked=True)
        rows = tx.session.execute(due).scalars().all()
        for row in rows:
            row.claimed_until, row.claim_token, row.attempts = now + lease, token, row.attempts + 1
        return [Claimed(row.id, row.kind, dict(row.payload), row.attempts) for row in rows]


def finish(ctx: Context, row: Claimed, token: str, *, error: str | None, retry_now: bool = False,
           after: Callable[[Transaction, OutboxRow | None], None] | None = None) -> bool:
    """Mark a claimed row delivered (error None) or failed, while our claim is still on it; False if it was not.

    A failure waits for its back-off unless retry_now; `after` runs in the same transaction on the failed row."""
    with ctx.db.transaction(ctx.clock) as tx:
        ours = (OutboxRow.id == row.id) & (OutboxRow.claim_token == token)
        values: dict[str, object]
        if error is None:
            values = {"delivered_at": tx.now, "claimed_until": None, "last_error": None}
        else:
            values = {"last_error": error, "claimed_until": None,
                      "next_attempt_at": None if retry_now else tx.now + backoff(row.attempts)}
        result = cast(CursorResult, tx.session.execute(update(OutboxRow).where(ours).values(**values)))
        marked = result.rowcount == 1
        if marked and error is not None and after is not None:
            after(tx, tx.session.get(OutboxRow, row.id))
        return marked


def outbox_lag_seconds(ctx: Context) -> tuple[int, float]:
    """(pending rows, age in seconds of the oldest pending row): what an operator watches."""
    from sqlalchemy import func

    with ctx.db.read() as session:
        count, oldest = session.execute(
            select(func.count(), func.min(OutboxRow.created_at))
            .where(OutboxRow.delivered_at.is_(None), OutboxRow.attempts < MAX_ATTEMPTS)
        ).one()
    if not count or oldest is None:
        return 0, 0.0
    return int(count), max(0.0, (ctx.clock.now() - oldest).total_seconds())
