"""Delivering the outbox: webhooks leave only after their transaction committed."""

from __future__ import annotations

import logging

from trustdesk.services.context import Context

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 10


def deliver_outbox(ctx: Context, *, limit: int = 100) -> int:
    """Push pending webhooks; returns how many were delivered. Failures stay pending for a retry.

    Never inside a transaction: claim, commit, post, mark (services/outbox_delivery.py)."""
    from trustdesk.services.outbox_delivery import deliver_outbox as deliver

    return deliver(ctx, limit=limit)
