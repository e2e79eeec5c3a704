"""Appending to and reading the audit chain inside the caller's transaction."""

from __future__ import annotations

import contextlib
import json
import queue
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, select, text
from sqlalchemy.orm import Session

from trustdesk.audit.chain import seal
from trustdesk.audit.merkle import MerkleAccumulator
from trustdesk.audit.records import GENESIS, AuditRecord, RecordRow
from trustdesk.domain.ids import new_id
from trustdesk.storage.tables import AuditEntryRow, AuditStateRow

HEAD_ID = 1


@dataclass
class PendingAuditEntry:
    actor: str | None
    verb: str
    summary: str
    subject: str | None
    object_id: str | None
    payload: dict


def lock_head(session: Session) -> AuditStateRow:
    head = session.execute(
        select(AuditStateRow).where(AuditStateRow.id == HEAD_ID).with_for_update()
    ).scalar_one_or_none()
    if head is None:
        head = AuditStateRow(id=HEAD_ID, last_seq=0, last_hash=GENESIS, frontier=[])
        session.add(head)
        session.flush()
    return head


_READ_HEAD = (
    select(AuditStateRow.last_seq, AuditStateRow.last_hash, AuditStateRow.frontier)
    .where(AuditStateRow.id == HEAD_ID).with_for_update()
)
_ENTRIES, _STATE = AuditEntryRow.__table__, AuditStateRow.__table__
assert isinstance(_ENTRIES, Table) and isinstance(_STATE, Table)  # declared as FromClause, mapped as plain tables
_INSERT_ENTRIES = _ENTRIES.insert()
_MOVE_HEAD = _STATE.update().where(_STATE.c.id == HEAD_ID)


def append_entries(session: Session, entries: Sequence[PendingAuditEntry], now: datetime) -> list[AuditRecord]:
    """Chain the entries after the current head. Must run in the transaction that made the change.

    Prebuilt Core statements on the session's own connection, not ORM objects: this runs in every
    write transaction, and the issue allows audit at most a fifth of intake throughput."""
    if not session.in_transaction():
        raise RuntimeError("audit entries are written only inside the transaction of their change")
    session.flush()  # the change itself first, so its rows exist before the entries that describe it
    connection = session.connection()
    state: Sequence[Any] | None = connection.execute(_READ_HEAD).first()
    if state is None:
        lock_head(session)
        state = (0, GENESIS, [])
    seq, prev, frontier = state
    # The Merkle frontier travels with the head, so a signed tree head never needs a full scan.
    tree = MerkleAccumulator.from_frontier(seq, frontier)
    at = now.isoformat()
    sealed: list[AuditRecord] = []
    for entry in entries:
        seq += 1
        record = seal(
            seq=seq, id=new_id("aud"), at=at, actor=entry.actor, verb=entry.verb, subject=entry.subject,
            object_id=entry.object_id, summary=entry.summary, payload=entry.payload, prev_hash=prev,
        )
        tree.append(bytes.fromhex(record.hash))
        sealed.append(record)
        prev = record.hash
    connection.execute(_INSERT_ENTRIES, [record.to_dict() for record in sealed])
    connection.execute(_MOVE_HEAD, {"last_seq": seq, "last_hash": prev, "frontier": tree.frontier_hex()})
    return sealed


# Untyped SQL on purpose: SQLAlchemy's typed rows cost ~9 µs each, raw rows ~1.5 µs, and a verification
# of a million entries has to stay within seconds.
_PAGE = text(
    "SELECT seq, id, at, actor, verb, subject, object_id, summary, CAST(payload AS TEXT), prev_hash, hash "
    "FROM audit_entries WHERE seq > :after ORDER BY seq LIMIT :page"
)


def iter_records(session: Session, batch: int = 50_000) -> Iterator[RecordRow]:
    """All entries in chain order, streamed in keyset pages so a million entries fit in memory.

    The next page is fetched on a helper thread while this one is checked: the database's work
    (on PostgreSQL, another process) overlaps with hashing instead of alternating with it."""
    connection = session.connection()
    pages: queue.Queue = queue.Queue(maxsize=2)

    def fetch() -> None:
        after = 0
        try:
            while True:
                rows = connection.execute(_PAGE, {"after": after, "page": batch}).fetchall()
                pages.put(rows)
                if not rows:
                    return
                after = rows[-1][0]
        except BaseException as error:  # noqa: BLE001 - handed to the reading thread, which re-raises it
            pages.put(error)

    fetcher = threading.Thread(target=fetch, name="audit-page-fetch", daemon=True)
    fetcher.start()
    loads, make = json.loads, RecordRow._make
    try:
        while True:
            rows = pages.get()
            if isinstance(rows, BaseException):
                raise rows
            if not rows:
                return
            for row in rows:
                yield make((*row[:8], loads(row[8]), row[9], row[10]))
    finally:
        # A consumer that stops early (first bad entry) must not leave the fetcher blocked on a full queue.
        while fetcher.is_alive():
            with contextlib.suppress(queue.Empty):
                pages.get(timeout=0.05)
        fetcher.join()
