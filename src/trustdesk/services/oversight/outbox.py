"""Delivering the outbox: webhooks and platform deliveries leave only after their transaction committed."""

from __future__ import annotations

import logging

from sqlalchemy import select

from trustdesk.connectors.webhooks import post_webhook
from trustdesk.domain.ids import new_id
from trustdesk.services.base.alerting import raise_alert
from trustdesk.services.base.connector_configs import connector_config
from trustdesk.services.base.context import Context
from trustdesk.services.oversight.platform_delivery import GiveUp, deliver_platform_row
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import OutboxRow, SubjectRow

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 10
PLATFORM_PREFIX = "platform."


def enqueue_platform_delivery(tx: Transaction, *, kind: str, subject: SubjectRow | None, payload: dict) -> OutboxRow:
    """Record a delivery for the subject's platform in the current transaction; it leaves after commit."""
    if not kind.startswith(PLATFORM_PREFIX):
        raise ValueError(f"platform delivery kinds start with {PLATFORM_PREFIX!r}, not {kind!r}")
    body = dict(payload)
    if subject is not None:
        body["subject"] = {"platform": subject.platform, "kind": subject.kind, "id": subject.external_id}
    row = OutboxRow(id=new_id("out"), kind=kind, payload=body, created_at=tx.now, attempts=0)
    if subject is not None and connector_config(tx.session, subject.platform) is None:
        # The embedded demo platform lives in trustdesk's own database: recording the notice is delivering it.
        row.delivered_at, row.last_error = tx.now, None
    tx.session.add(row)
    return row


def deliver_outbox(ctx: Context, *, limit: int = 100) -> int:
    """Push pending deliveries; returns how many were delivered. Failures stay pending for a retry."""
    urls = ctx.settings.webhook_urls
    delivered = 0
    with ctx.db.transaction(ctx.clock) as tx:
        query = select(OutboxRow).where(OutboxRow.delivered_at.is_(None), OutboxRow.attempts < MAX_ATTEMPTS)
        if not urls:
            # An alert waits for a webhook to be configured instead of being marked delivered to nobody.
            query = query.where(OutboxRow.kind != "webhook")
        rows = tx.session.execute(query.order_by(OutboxRow.created_at, OutboxRow.id).limit(limit)).scalars().all()
        for row in rows:
            row.attempts += 1
            try:
                if row.kind.startswith(PLATFORM_PREFIX):
                    deliver_platform_row(tx.session, row.kind, row.payload, row.id)
                else:
                    for url in urls:
                        post_webhook(url, row.payload, ctx.settings.webhook_secret)
            except Exception as error:  # noqa: BLE001 - any delivery failure is retried later
                row.last_error = str(error)[:500]
                log.warning("delivery %s (%s) failed: %s", row.id, row.kind, error)
                if row.kind.startswith(PLATFORM_PREFIX):
                    _alert_if_stuck(ctx, tx, row, given_up=isinstance(error, GiveUp))
                continue
            row.delivered_at = tx.now
            delivered += 1
    return delivered


def _alert_if_stuck(ctx: Context, tx: Transaction, row: OutboxRow, *, given_up: bool) -> None:
    """One alert when a platform delivery fails for the configured number of times, or can never succeed."""
    if given_up:
        row.attempts = MAX_ATTEMPTS
    threshold = ctx.settings.platform_alert_after
    if not given_up and row.attempts != threshold:
        return
    subject_ref = row.payload.get("subject") or {}
    subject = tx.session.execute(
        select(SubjectRow).where(SubjectRow.platform == subject_ref.get("platform"),
                                 SubjectRow.kind == subject_ref.get("kind"),
                                 SubjectRow.external_id == subject_ref.get("id"))
    ).scalar_one_or_none()
    what = "cannot be delivered" if given_up else f"failed {row.attempts} times"
    raise_alert(tx, kind="platform_delivery_failed", subject=subject, action_id=row.payload.get("action_id"),
                message=f"{row.kind} to {subject_ref.get('platform')} {what}: {row.last_error}",
                payload={"outbox_id": row.id, "kind": row.kind, "attempts": row.attempts, "given_up": given_up})
