"""Delivering the outbox: webhooks leave only after their transaction committed."""

from __future__ import annotations

import logging

from sqlalchemy import select

from trustdesk.connectors.webhooks import post_webhook
from trustdesk.services.base.context import Context
from trustdesk.storage.tables import OutboxRow

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 10


def deliver_outbox(ctx: Context, *, limit: int = 100) -> int:
    """Push pending webhooks; returns how many were delivered. Failures stay pending for a retry."""
    urls = ctx.settings.webhook_urls
    delivered = 0
    with ctx.db.transaction(ctx.clock) as tx:
        rows = tx.session.execute(
            select(OutboxRow).where(OutboxRow.delivered_at.is_(None), OutboxRow.attempts < MAX_ATTEMPTS)
            .order_by(OutboxRow.created_at, OutboxRow.id).limit(limit)
        ).scalars().all()
        for row in rows:
            row.attempts += 1
            try:
                for url in urls:
                    post_webhook(url, row.payload, ctx.settings.webhook_secret)
            except Exception as error:  # noqa: BLE001 - any delivery failure is retried later
                row.last_error = str(error)[:500]
                log.warning("webhook delivery failed: %s", error)
                continue
            row.delivered_at = tx.now
            delivered += 1
    return delivered
