"""Delivering the outbox: webhooks leave only after their transaction committed."""

from __future__ import annotations

import logging

from sqlalchemy import select

from trustdesk.connectors.webhooks import post_webhook
from trustdesk.domain.errors import InvalidInput
from trustdesk.domain.ids import new_id
from trustdesk.services.base.context import Context
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import OutboxRow, SubjectRow

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 10
# What must reach a person through the moderated platform; the connector for the subject's platform delivers it.
PLATFORM_KINDS = frozenset({"platform.notice", "platform.statement", "platform.message", "platform.reporter_update",
                            "platform.appeal_outcome"})


def enqueue_platform_delivery(tx: Transaction, *, kind: str, subject: SubjectRow | None, payload: dict) -> OutboxRow:
    """Queue a message for a person on the platform, in the use case's transaction: it leaves only if that commits,
    and a platform that refuses it gets it again later instead of the person never hearing."""
    if kind not in PLATFORM_KINDS:
        raise InvalidInput(f"unknown platform delivery kind {kind!r}", field="kind")
    body = dict(payload)
    if subject is not None:
        body.setdefault("subject", {"kind": subject.kind, "id": subject.external_id})
    row = OutboxRow(id=new_id("out"), kind=kind, payload=body, created_at=tx.now, attempts=0)
    tx.session.add(row)
    return row


def deliver_outbox(ctx: Context, *, limit: int = 100) -> int:
    """Push pending webhooks; returns how many were delivered. Failures stay pending for a retry."""
    urls = ctx.settings.webhook_urls
    delivered = 0
    with ctx.db.transaction(ctx.clock) as tx:
        rows = tx.session.execute(
            # Platform deliveries belong to the subject's connector, not to the alert webhooks.
            select(OutboxRow).where(OutboxRow.delivered_at.is_(None), OutboxRow.attempts < MAX_ATTEMPTS,
                                    OutboxRow.kind.not_in(PLATFORM_KINDS))
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
