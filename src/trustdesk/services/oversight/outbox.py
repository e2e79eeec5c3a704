"""Delivering the outbox: webhooks and platform deliveries leave only after their transaction committed,
claimed with a lease and posted outside any transaction (outbox_delivery.py)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from datetime import timedelta

from sqlalchemy import insert, select

from trustdesk.connectors.webhooks import post_webhook
from trustdesk.domain.ids import new_id
from trustdesk.services.base.alerting import raise_alert
from trustdesk.services.base.connector_configs import connector_config
from trustdesk.services.base.context import Context
from trustdesk.services.oversight.outbox_delivery import (
    CLAIM_BATCH,
    IDEMPOTENCY_HEADER,
    MAX_ATTEMPTS,
    WEBHOOK_TIMEOUT_SECONDS,
    Claimed,
    claim_due,
    finish,
)
from trustdesk.services.oversight.platform_delivery import GiveUp, platform_connector_for, send_platform_row
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import OutboxRow, SubjectRow

log = logging.getLogger(__name__)
PLATFORM_PREFIX = "platform."


def enqueue_platform_delivery(tx: Transaction, *, kind: str, subject: SubjectRow | None, payload: dict) -> OutboxRow:
    """Record a delivery for the subject's platform in the current transaction; it leaves after commit."""
    row = OutboxRow(**_delivery_values(tx, kind, subject, payload))
    tx.session.add(row)
    return row


def enqueue_platform_deliveries(tx: Transaction, *, kind: str,
                                deliveries: Sequence[tuple[SubjectRow, dict]]) -> list[str]:
    """enqueue_platform_delivery for many (subject, payload) pairs in one multi-row statement; their ids."""
    rows = [_delivery_values(tx, kind, subject, payload) for subject, payload in deliveries]
    if rows:
        tx.session.execute(insert(OutboxRow), rows)
    return [str(row["id"]) for row in rows]


def _delivery_values(tx: Transaction, kind: str, subject: SubjectRow | None, payload: dict) -> dict:
    if not kind.startswith(PLATFORM_PREFIX):
        raise ValueError(f"platform delivery kinds start with {PLATFORM_PREFIX!r}, not {kind!r}")
    body = dict(payload)
    if subject is not None:
        body["subject"] = {"platform": subject.platform, "kind": subject.kind, "id": subject.external_id}
    # The embedded demo platform lives in trustdesk's own database: recording the notice is delivering it.
    embedded = subject is not None and connector_config(tx.session, subject.platform) is None
    return {"id": new_id("out"), "kind": kind, "payload": body, "created_at": tx.now, "attempts": 0,
            "delivered_at": tx.now if embedded else None, "last_error": None, "claimed_until": None,
            "claim_token": None, "next_attempt_at": None}


def deliver_outbox(ctx: Context, *, limit: int = 100, timeout: float = WEBHOOK_TIMEOUT_SECONDS) -> int:
    """Push due deliveries; returns how many were delivered. Failures stay pending for a retry.

    Never inside a transaction: claim with a lease, commit, post, mark (outbox_delivery.py). Webhook alerts go to
    every configured webhook (and wait for one to be configured); `platform.*` rows to their platform."""
    urls = ctx.settings.webhook_urls
    delivered = 0
    remaining = limit
    stuck: dict[tuple[str | None, bool], list[str]] = {}
    while remaining > 0:
        batch = min(CLAIM_BATCH, remaining)
        # The lease covers posting the whole batch at worst (every receiver hanging to the timeout), with room.
        token = new_id("clm")
        lease = timedelta(seconds=30 + 2 * timeout * max(len(urls), 1) * batch)
        # An alert waits for a webhook to be configured instead of being marked delivered to nobody.
        claimed = claim_due(ctx, token=token, limit=batch, lease=lease, webhooks=bool(urls))
        delivered += sum(_deliver(ctx, row, token, urls, timeout, stuck) for row in claimed)
        if len(claimed) < batch:
            break
        remaining -= len(claimed)
    if stuck:
        with ctx.db.transaction(ctx.clock) as tx:
            for (_platform, given_up), ids in stuck.items():
                rows = [tx.session.get(OutboxRow, row_id) for row_id in ids]
                found = [row for row in rows if row is not None]
                if found:
                    _alert_stuck(tx, found, given_up=given_up)
    return delivered


def _deliver(ctx: Context, row: Claimed, token: str, urls: tuple[str, ...], timeout: float,
             stuck: dict[tuple[str | None, bool], list[str]]) -> bool:
    platform = row.kind.startswith(PLATFORM_PREFIX)
    try:
        if platform:
            with ctx.db.read() as session:  # the connector's configuration, read before posting
                connector = platform_connector_for(session, row.payload)
            send_platform_row(connector, row.kind, row.payload, row.id)
        else:
            for url in urls:
                post_webhook(url, row.payload, ctx.settings.webhook_secret, timeout=timeout,
                             headers={IDEMPOTENCY_HEADER: row.id})
    except Exception as error:  # noqa: BLE001 - any delivery failure is retried later
        log.warning("delivery %s (%s) failed (attempt %d): %s", row.id, row.kind, row.attempts, error)
        given_up = isinstance(error, GiveUp)

        def note(_tx: Transaction, stored: OutboxRow | None) -> None:
            if stored is not None:
                _note_if_stuck(ctx, stuck, stored, given_up=given_up)

        # A platform delivery is retried on the next round (it alerts after platform_alert_after failures);
        # a webhook alert waits for its back-off.
        finish(ctx, row, token, error=str(error)[:500] or type(error).__name__, retry_now=platform,
               after=note if platform else None)
        return False
    return finish(ctx, row, token, error=None)


def _note_if_stuck(ctx: Context, stuck: dict[tuple[str | None, bool], list[str]], row: OutboxRow, *,
                   given_up: bool) -> None:
    """A platform delivery that failed the configured number of times, or can never succeed, is alerted once
    (one alert per platform and pass, raised when the pass ends)."""
    if given_up:
        row.attempts = MAX_ATTEMPTS
    if not given_up and row.attempts != ctx.settings.platform_alert_after:
        return
    platform = (row.payload.get("subject") or {}).get("platform")
    stuck.setdefault((platform, given_up), []).append(row.id)


def _alert_stuck(tx: Transaction, rows: list[OutboxRow], *, given_up: bool) -> None:
    """One alert per platform and pass: a platform that is down with an action's effect, its statement of
    reasons and a reporter's update queued is one outage to look at, not one alert per queued message."""
    row, others = rows[0], rows[1:]
    subject_ref = row.payload.get("subject") or {}
    subject = tx.session.execute(
        select(SubjectRow).where(SubjectRow.platform == subject_ref.get("platform"),
                                 SubjectRow.kind == subject_ref.get("kind"),
                                 SubjectRow.external_id == subject_ref.get("id"))
    ).scalar_one_or_none()
    what = "cannot be delivered" if given_up else f"failed {row.attempts} times"
    more = f" (and {len(others)} more deliveries to it)" if others else ""
    raise_alert(tx, kind="platform_delivery_failed", subject=subject, action_id=row.payload.get("action_id"),
                message=f"{row.kind} to {subject_ref.get('platform')} {what}: {row.last_error}{more}",
                payload={"outbox_id": row.id, "kind": row.kind, "attempts": row.attempts, "given_up": given_up,
                         "also_stuck": [other.id for other in others]})


class OutboxWorker(threading.Thread):
    """Delivers the outbox every `interval` seconds in a thread of its own, so a slow receiver delays only
    deliveries, never the scheduler's enforcement of due actions. `leading` says whether this process runs the
    background work now (services/base/leadership.py); rows are claimed with a token whoever asks."""

    def __init__(self, ctx: Context, *, interval: float = 1.0, leading: Callable[[], bool] = lambda: True) -> None:
        super().__init__(name="trustdesk-outbox", daemon=True)
        self.ctx, self.interval, self.leading = ctx, interval, leading
        self.stopping = threading.Event()

    def run(self) -> None:
        while not self.stopping.is_set():
            try:
                if self.leading():
                    deliver_outbox(self.ctx)
            except Exception:  # noqa: BLE001 - a failed round is retried on the next
                log.exception("outbox delivery round failed")
            self.stopping.wait(self.interval)
