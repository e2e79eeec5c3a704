"""Appending to and reading the audit chain inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from trustdesk.audit.chain import seal
from trustdesk.audit.merkle import MerkleAccumulator
from trustdesk.audit.records import GENESIS, AuditRecord, RecordLike
from trustdesk.domain.ids import new_id
from trustdesk.storage.database import PendingAuditEntry
from trustdesk.storage.tables import AuditEntryRow, AuditStateRow

HEAD_ID = 1


def lock_head(session: Session) -> AuditStateRow:
    head = session.execute(
        select(AuditStateRow).where(AuditStateRow.id == HEAD_ID).with_for_update()
    ).scalar_one_or_none()
    if head is None:
        head = AuditStateRow(id=HEAD_ID, last_seq=0, last_hash=GENESIS, frontier=[])
        session.add(head)
        session.flush()
    return head


def append_entries(session: Session, entries: Sequence[PendingAuditEntry], now: datetime) -> list[AuditRecord]:
    """Chain the entries after the current head. Must run in the transaction that made the change."""
    if not session.in_transaction():
        raise RuntimeError("audit entries are written only inside the transaction of their change")
    head = lock_head(session)
    seq, prev = head.last_seq, head.last_hash
    # The Merkle frontier travels with the head, so a signed tree head never needs a full scan.
    tree = MerkleAccumulator.from_frontier(head.last_seq, head.frontier)
    at = now.isoformat()
    sealed: list[AuditRecord] = []
    for entry in entries:
        seq += 1
        record = seal(
            seq=seq, id=new_id("aud"), at=at, actor=entry.actor, verb=entry.verb, subject=entry.subject,
            object_id=entry.object_id, summary=entry.summary, payload=entry.payload, prev_hash=prev,
        )
        session.add(row_from_record(record))
        tree.append(bytes.fromhex(record.hash))
        sealed.append(record)
        prev = record.hash
    head.last_seq, head.last_hash, head.frontier = seq, prev, tree.frontier_hex()
    return sealed


def row_from_record(record: AuditRecord) -> AuditEntryRow:
    return AuditEntryRow(
        seq=record.seq, id=record.id, at=record.at, actor=record.actor, verb=record.verb,
        subject=record.subject, object_id=record.object_id, summary=record.summary,
        payload=record.payload, prev_hash=record.prev_hash, hash=record.hash,
    )


ENTRY_COLUMNS = (
    AuditEntryRow.seq, AuditEntryRow.id, AuditEntryRow.at, AuditEntryRow.actor, AuditEntryRow.verb,
    AuditEntryRow.subject, AuditEntryRow.object_id, AuditEntryRow.summary, AuditEntryRow.payload,
    AuditEntryRow.prev_hash, AuditEntryRow.hash,
)


def iter_records(session: Session, batch: int = 10_000) -> Iterator[RecordLike]:
    """All entries in chain order as plain rows (attribute access like AuditRecord), streamed in batches.

    Plain column rows rather than ORM objects: verifying a million entries must stay within seconds."""
    last = 0
    while True:
        rows = session.execute(
            select(*ENTRY_COLUMNS).where(AuditEntryRow.seq > last).order_by(AuditEntryRow.seq).limit(batch)
        ).all()
        if not rows:
            return
        yield from rows
        last = rows[-1].seq
