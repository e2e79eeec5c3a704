"""Leadership: which of several `serve` processes sharing one database runs the background work.

The background work — due actions (scheduler), outbox deliveries, pulling reports from connectors, signing
audit tree heads — runs in one process at a time: the one holding the lease row named `background`. A holder
renews its lease every second; one that stops renewing (kill -9, a frozen or partitioned machine, a database it
cannot reach) loses it when it expires, and the next process to ask takes it over: within the lease's length
plus a second. A process that stops cleanly gives the lease back at once.

Why a lease row rather than PostgreSQL's `pg_try_advisory_lock`: it works the same on SQLite (`--workers N`),
and it also frees the work of a frozen leader, whose connection — and so whose advisory lock — would stay open.
Each acquisition or renewal is one atomic upsert (INSERT … ON CONFLICT DO UPDATE … WHERE the holder is us or
the lease has expired), so two processes can never both win the same lease. The lease is judged on each
process's clock: machines sharing a database must keep their clocks within a second or so (NTP).

Leadership is not the only guard: each piece of work stays exactly-once even if two processes briefly both
believe they lead (actions are taken with SKIP LOCKED and re-checked, outbox rows are claimed with a token,
the audit chain head is locked), so a stale leader costs at most some wasted effort."""

from __future__ import annotations

import logging
import os
import secrets
import socket
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as postgres_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from trustdesk.services.base.context import Context
from trustdesk.storage.tables_coordination import LeaderLeaseRow

log = logging.getLogger(__name__)
BACKGROUND = "background"
DEFAULT_LEASE = timedelta(seconds=10)


def process_identity() -> str:
    """host:pid:nonce — readable in the lease row (which process leads), unique even when a pid is reused."""
    return f"{socket.gethostname()[:120]}:{os.getpid()}:{secrets.token_hex(4)}"


class Leadership:
    """This process's claim on one lease. `try_lead()` takes or renews it; `leads()` says whether we may act."""

    def __init__(self, ctx: Context, name: str = BACKGROUND, *, lease: timedelta = DEFAULT_LEASE,
                 holder: str | None = None) -> None:
        self.ctx, self.name, self.lease = ctx, name, lease
        self.holder = holder or process_identity()
        # We stop believing we lead a little before the row expires, so that a process whose clock runs slightly
        # behind the next leader's stops first.
        self.margin = min(timedelta(seconds=2), lease / 4)
        self._until: datetime | None = None

    def try_lead(self) -> bool:
        """Take the lease if it is free or expired, or renew ours; True while we hold it. Never raises for a
        database that is down: we then simply do not lead (and the lease runs out for everyone else to see)."""
        now = self.ctx.clock.now()
        try:
            won = self._upsert(now)
        except Exception as error:  # noqa: BLE001 - a sick database means "not leading", never a crash
            log.warning("could not renew the %s lease: %s", self.name, error)
            won = False
        was = self._until is not None
        self._until = now + self.lease - self.margin if won else None
        if won and not was:
            log.info("leading %s as %s", self.name, self.holder)
        elif was and not won:
            log.warning("no longer leading %s (%s)", self.name, self.holder)
        return won

    def leads(self) -> bool:
        return self._until is not None and self.ctx.clock.now() < self._until

    def release(self) -> None:
        """Give the lease back (a clean stop), so another process takes over at once."""
        self._until = None
        try:
            with self.ctx.db.transaction(self.ctx.clock) as tx:
                tx.session.execute(delete(LeaderLeaseRow).where(LeaderLeaseRow.name == self.name,
                                                                LeaderLeaseRow.holder == self.holder))
        except Exception as error:  # noqa: BLE001 - it expires by itself anyway
            log.warning("could not release the %s lease: %s", self.name, error)

    def _upsert(self, now: datetime) -> bool:
        insert = sqlite_insert if self.ctx.db.is_sqlite else postgres_insert
        proposed = insert(LeaderLeaseRow).values(name=self.name, holder=self.holder, expires_at=now + self.lease,
                                                 renewed_at=now)
        taken = proposed.on_conflict_do_update(
            index_elements=[LeaderLeaseRow.name],
            set_={"holder": proposed.excluded.holder, "expires_at": proposed.excluded.expires_at,
                  "renewed_at": proposed.excluded.renewed_at},
            where=(LeaderLeaseRow.holder == self.holder) | (LeaderLeaseRow.expires_at <= now),
        ).returning(LeaderLeaseRow.holder)
        with self.ctx.db.transaction(self.ctx.clock) as tx:
            return tx.session.execute(taken).scalar_one_or_none() == self.holder


def current_leader(ctx: Context, name: str = BACKGROUND) -> tuple[str, datetime] | None:
    """(holder, expires_at) of the lease as the database has it, expired or not; None if nobody ever led."""
    with ctx.db.read() as session:
        row = session.execute(select(LeaderLeaseRow).where(LeaderLeaseRow.name == name)).scalar_one_or_none()
        return (row.holder, row.expires_at) if row is not None else None
