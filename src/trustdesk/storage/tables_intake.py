"""The intake journal: reports acknowledged under load and not yet settled into cases (services/intake/
report_journal.py). A row is durable from its acknowledgement and deleted in the transaction that settles it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from trustdesk.storage.tables import ID, Base


class IntakeJournalRow(Base):
    __tablename__ = "intake_journal"
    # Settled in this order (those hinted urgent first): a report's case, duplicates and retries resolve as if it
    # had been stored at once.
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    report_id: Mapped[str] = mapped_column(ID, unique=True)
    case_id: Mapped[str] = mapped_column(ID, index=True)
    subject_key: Mapped[str] = mapped_column(String(700), index=True)  # platform, kind, external id
    filed_by: Mapped[str] = mapped_column(ID)
    idempotency_key: Mapped[str | None] = mapped_column(String(200))
    fingerprint: Mapped[str | None] = mapped_column(String(64), index=True)
    request: Mapped[dict] = mapped_column()  # the checked request, as report_journal.request_values wrote it
    received_at: Mapped[datetime] = mapped_column()
    # Looked urgent when acknowledged (triage/urgency.py): settled before the others waiting, in their own order.
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    # Set when storing the report failed on its own (not the database): kept for an operator, not retried.
    error: Mapped[str | None] = mapped_column(String(500))

    # AUTOINCREMENT: SQLite otherwise gives a deleted row's number to the next row, and a number read before a
    # settle could then name a report journaled after it (report_journal._claim checks the report id as well).
    __table_args__ = (Index("ix_intake_journal_retry", "filed_by", "idempotency_key"),
                      Index("ix_intake_journal_urgent", "urgent", "seq"), {"sqlite_autoincrement": True})
