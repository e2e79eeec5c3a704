"""Appending to and reading the audit chain inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from trustdesk.audit.chain import seal
from trustdesk.audit.records import AuditRecord
from trustdesk.domain.ids import new_id
from trustdesk.storage.database import PendingAuditEntry
from trustdesk.storage.tables import AuditEntryRow, AuditStateRow

GENESIS = "0" * 64
HEAD_ID = 1


def _lock_head(session: Session) -> AuditStateRow:
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
    head = _lock_head(session)
    seq, prev = head.last_seq, head.last_hash
    at = now.isoformat()
    sealed: list[AuditRecord] = []
    for entry in entries:
        seq += 1
        record = seal(
            seq=seq, id=new_id("aud"), at=at, actor=entry.actor, verb=entry.verb, subject=entry.subject,
            object_id=entry.object_id, summary=entry.summary, payload=entry.payload, prev_hash=prev,
        )
        session.add(row_from_record(record))
        sealed.append(record)
        prev = record.hash
    head.last_seq, head.last_hash = seq, prev
    return sealed


def row_from_record(record: AuditRecord) -> AuditEntryRow:
    return AuditEntryRow(
        seq=record.seq, id=record.id, at=record.at, actor=record.actor, verb=record.verb,
        subject=record.subject, object_id=record.object_id, summary=record.summary,
        payload=record.payload, prev_hash=record.prev_hash, hash=record.hash,
    )


def record_from_row(row: AuditEntryRow) -> AuditRecord:
    return AuditRecord(
        seq=row.seq, id=row.id, at=row.at, actor=row.actor, verb=row.verb, subject=row.subject,
        object_id=row.object_id, summary=row.summary, payload=row.payload, prev_hash=row.prev_hash,
        hash=row.hash,
    )


def iter_records(session: Session, batch: int = 5000) -> Iterator[AuditRecord]:
    """All entries in chain order, streamed in batches so a million entries fit in memory."""
    last = 0
    while True:
        rows = session.execute(
            select(AuditEntryRow).where(AuditEntryRow.seq > last).order_by(AuditEntryRow.seq).limit(batch)
        ).scalars().all()
        if not rows:
            return
        for row in rows:
            yield record_from_row(row)
        last = rows[-1].seq
        session.expunge_all()
