"""Delivering the outbox without holding the database while a receiver answers (or doesn't).

1. Claim: in one short transaction, take due rows (not delivered, not claimed by a live lease, past their
   back-off) and stamp them with a lease (`claimed_until`) and a claim token. PostgreSQL skips rows another
   worker has locked (FOR UPDATE SKIP LOCKED); SQLite serialises writers (BEGIN IMMEDIATE). Commit.
2. Post each row to every webhook, outside any transaction, with a short timeout and an `Idempotency-Key`
   header (the outbox row id): a receiver drops a duplicate if a worker died after posting but before step 3.
3. Mark: in a new short transaction, delivered (or the error and the next attempt, with exponential back-off),
   only while our claim token is still on the row.

With no webhook configured nothing is claimed: the rows wait, undelivered, for one to be configured."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import or_, select, update

from trustdesk.connectors.webhooks import post_webhook
from trustdesk.domain.ids import new_id
from trustdesk.services.context import Context
from trustdesk.storage.tables import OutboxRow

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 10
WEBHOOK_TIMEOUT_SECONDS = 3.0
BACKOFF_BASE_SECONDS = 5
BACKOFF_MAX_SECONDS = 3600
IDEMPOTENCY_HEADER = "Idempotency-Key"
CLAIM_BATCH = 10


@dataclass(frozen=True)
class Claimed:
    id: str
    payload: dict
    attempts: int


def backoff(attempts: int) -> timedelta:
    """5 s, 10 s, 20 s, … up to an hour."""
    return timedelta(seconds=min(BACKOFF_BASE_SECONDS * 2 ** max(attempts - 1, 0), BACKOFF_MAX_SECONDS))


def deliver_outbox(ctx: Context, *, limit: int = 100, timeout: float = WEBHOOK_TIMEOUT_SECONDS) -> int:
    """Push due webhooks; returns how many were delivered. Failures wait for their back-off, then retry."""
    urls = ctx.settings.webhook_urls
    if not urls:
        return 0
    delivered = 0
    remaining = limit
    while remaining > 0:
        batch = min(CLAIM_BATCH, remaining)
        # The lease covers posting the whole batch at worst (every receiver hanging to the timeout), with room.
        token = new_id("clm")
        lease = timedelta(seconds=30 + 2 * timeout * len(urls) * batch)
        claimed = claim_due(ctx, token=token, limit=batch, lease=lease)
        delivered += _post_claimed(ctx, claimed, token, urls, timeout)
        if len(claimed) < batch:
            break
        remaining -= len(claimed)
    return delivered


def _post_claimed(ctx: Context, claimed: list[Claimed], token: str, urls: tuple[str, ...], timeout: float) -> int:
    delivered = 0
    for row in claimed:
        try:
            for url in urls:
                post_webhook(url, row.payload, ctx.settings.webhook_secret, timeout=timeout,
                             headers={IDEMPOTENCY_HEADER: row.id})
        except Exception as error:  # noqa: BLE001 - any delivery failure is retried later
            log.warning("webhook delivery of %s failed (attempt %d): %s", row.id, row.attempts, error)
            _finish(ctx, row, token, error=str(error)[:500] or type(error).__name__)
            continue
        _finish(ctx, row, token, error=None)
        delivered += 1
    return delivered


def claim_due(ctx: Context, *, token: str, limit: int, lease: timedelta) -> list[Claimed]:
    with ctx.db.transaction(ctx.clock) as tx:
        now = tx.now
        due = (
            select(OutboxRow)
            .where(OutboxRow.delivered_at.is_(None), OutboxRow.attempts < MAX_ATTEMPTS,
                   or_(OutboxRow.claimed_until.is_(None), OutboxRow.claimed_until < now),
                   or_(OutboxRow.next_attempt_at.is_(None), OutboxRow.next_attempt_at <= now))
            .order_by(OutboxRow.created_at, OutboxRow.id).limit(limit)
        )
        if not ctx.db.is_sqlite:
            due = due.with_for_update(skip_locked=True)
        rows = tx.session.execute(due).scalars().all()
        for row in rows:
            row.claimed_until, row.claim_token, row.attempts = now + lease, token, row.attempts + 1
        return [Claimed(row.id, dict(row.payload), row.attempts) for row in rows]


def _finish(ctx: Context, row: Claimed, token: str, *, error: str | None) -> None:
    with ctx.db.transaction(ctx.clock) as tx:
        ours = (OutboxRow.id == row.id) & (OutboxRow.claim_token == token)
        if error is None:
            values = {"delivered_at": tx.now, "claimed_until": None, "last_error": None}
        else:
            values = {"last_error": error, "claimed_until": None, "next_attempt_at": tx.now + backoff(row.attempts)}
        tx.session.execute(update(OutboxRow).where(ours).values(**values))


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


class OutboxWorker(threading.Thread):
    """Delivers the outbox every `interval` seconds in a thread of its own, so a slow receiver delays only
    webhooks, never the scheduler's enforcement of due actions."""

    def __init__(self, ctx: Context, *, interval: float = 1.0) -> None:
        super().__init__(name="trustdesk-outbox", daemon=True)
        self.ctx, self.interval = ctx, interval
        self.stopping = threading.Event()

    def run(self) -> None:
        while not self.stopping.is_set():
            try:
                deliver_outbox(self.ctx)
            except Exception:  # noqa: BLE001 - a failed round is retried on the next
                log.exception("outbox delivery round failed")
            self.stopping.wait(self.interval)
