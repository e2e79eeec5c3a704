"""Lookups on the intake journal shared by acknowledgement (report_journal.py) and storage (report_batch.py)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from trustdesk.domain.subjects import SubjectRef
from trustdesk.services.intake.batch_lookups import CHUNK
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables_intake import IntakeJournalRow


def subject_key(ref: SubjectRef) -> str:
    """A resolved subject reference as one string (its platform said)."""
    return key_of(ref.platform or "", ref.kind.value, ref.external_id)


def key_of(platform: str, kind: str, external_id: str) -> str:
    """A subject's key from its stored columns, the same string subject_key makes of its reference."""
    return "\x1f".join((platform, kind, external_id))


def lock_subjects(tx: Transaction, keys: Sequence[str]) -> None:
    """PostgreSQL: hold each subject's advisory lock until commit, so that two processes deciding a subject's case
    at once (one storing a report, one promising a case to an acknowledged one) take turns and the second sees the
    first's case. Taken in a fixed order, so two batches cannot deadlock. SQLite has one writer: nothing to do."""
    if not keys or tx.session.get_bind().dialect.name != "postgresql":
        return
    numbers = sorted({int.from_bytes(hashlib.sha256(k.encode()).digest()[:8], "big", signed=True) for k in keys})
    tx.session.execute(text("SELECT pg_advisory_xact_lock(k) FROM unnest(CAST(:keys AS bigint[])) AS k ORDER BY k"),
                       {"keys": numbers})


def promised_cases(session: Session, keys: Sequence[str]) -> dict[str, str]:
    """The case promised to the newest unsettled report on each subject."""
    return {key: case_id for key, _print, _report_id, case_id in pending_on_subjects(session, keys)}


def pending_on_subjects(session: Session, keys: Sequence[str]) -> list[tuple[str, str | None, str, str]]:
    """The unsettled reports on these subjects, oldest first: (subject key, fingerprint, report id, case id).
    A fingerprint names its subject, so this also finds the unsettled report a repeat repeats."""
    journal = IntakeJournalRow.__table__.c  # plain Core: no ORM entities to build on the intake path
    found: list[tuple[str, str | None, str, str]] = []
    for start in range(0, len(keys), CHUNK):
        found.extend((key, print_, report_id, case_id) for key, print_, report_id, case_id in
                     session.connection().execute(
                         select(journal.subject_key, journal.fingerprint, journal.report_id, journal.case_id)
                         .where(journal.subject_key.in_(keys[start:start + CHUNK]), journal.error.is_(None))
                         .order_by(journal.seq)))
    return found


def pending_retries(session: Session, keys: Sequence[tuple[str, str]]) -> dict[tuple[str, str], tuple[str, str]]:
    """Unsettled reports filed under these (filer, idempotency key) pairs: (report id, case id)."""
    found: dict[tuple[str, str], tuple[str, str]] = {}
    wanted = set(keys)
    filers = sorted({filer for filer, _ in keys})
    for start in range(0, len(filers), CHUNK):
        for filer, key, report_id, case_id in session.execute(
                select(IntakeJournalRow.filed_by, IntakeJournalRow.idempotency_key, IntakeJournalRow.report_id,
                       IntakeJournalRow.case_id)
                .where(IntakeJournalRow.filed_by.in_(filers[start:start + CHUNK]),
                       IntakeJournalRow.idempotency_key.in_(sorted({k for _, k in keys})))):
            if key is not None and (filer, key) in wanted:
                found.setdefault((filer, key), (report_id, case_id))
    return found


def backlog(session: Session) -> tuple[int, int | None]:
    """About how many reports wait to be settled (the span of their sequence numbers: two index lookups, not a
    count of a journal that may hold thousands), and the newest one's sequence number."""
    journal = IntakeJournalRow.__table__.c
    # Each end on its own, in key order: min() and max() together, or either filtered on error, make SQLite scan
    # the whole journal (4 ms at 13,000 rows, once per batch acknowledged during a flood); walking the key from
    # either end stops at the first row not set aside, and rows set aside are rare.
    ends = select(journal.seq).where(journal.error.is_(None)).limit(1)
    connection = session.connection()
    newest = connection.execute(ends.order_by(journal.seq.desc())).scalar()
    if newest is None:
        return 0, None
    # Another process may settle between the two reads (on PostgreSQL each statement sees what others committed):
    # the journal emptied, or only rows newer than ``newest`` remain. Both are "nothing waits that we saw".
    oldest = connection.execute(ends.order_by(journal.seq)).scalar()
    if oldest is None or oldest > newest:
        return 0, None
    return newest - oldest + 1, newest


def promised_to(session: Session, case_id: str) -> tuple[int, int | None]:
    """How many unsettled reports were promised this case, and the newest one's sequence number."""
    journal = IntakeJournalRow.__table__.c
    count, newest = session.connection().execute(select(func.count(), func.max(journal.seq)).where(
        journal.case_id == case_id, journal.error.is_(None))).one()
    return int(count), newest
