"""Triage rows: reporter profiles, each report's content signals, and the indexes claim-next needs.

Report and case rows stay in tables.py; what triage adds about them lives here, keyed by their ids, so the
core tables do not grow a column per feature.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text, and_
from sqlalchemy.orm import Mapped, mapped_column

from trustdesk.storage.tables import Base, CaseRow, ReportRow, SubjectRow

MAX_REPORTER_ID = 200


class ReporterRow(Base):
    """What trustdesk knows about one reporter, by the id the platform sends (an account id, an e-mail hash)."""

    __tablename__ = "reporters"
    id: Mapped[str] = mapped_column(String(MAX_REPORTER_ID), primary_key=True)
    total_reports: Mapped[int] = mapped_column(Integer, default=0)
    # A cache, refreshed whenever a priority is computed; the truth is reports joined to decided cases.
    decided_reports: Mapped[int] = mapped_column(Integer, default=0)
    dismissed_reports: Mapped[int] = mapped_column(Integer, default=0)
    trusted_flagger: Mapped[bool] = mapped_column(Boolean, default=False)  # granted by an admin only
    muted: Mapped[bool] = mapped_column(Boolean, default=False)
    status_reason: Mapped[str | None] = mapped_column(Text)
    status_changed_by: Mapped[str | None] = mapped_column(String(40))
    status_changed_at: Mapped[datetime | None]
    first_seen: Mapped[datetime]
    last_seen: Mapped[datetime]


class ReportSignalRow(Base):
    """The content scorer's reading of one report, and whether a moderator invalidated the report."""

    __tablename__ = "report_signals"
    __table_args__ = (Index("ix_report_signals_case", "case_id"),)
    report_id: Mapped[str] = mapped_column(ForeignKey("reports.id"), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"))
    language: Mapped[str | None] = mapped_column(String(8))
    abuse: Mapped[float] = mapped_column(Float, default=0.0)
    labels: Mapped[list] = mapped_column(default=list)
    explanation: Mapped[str] = mapped_column(String(300), default="")
    scorer: Mapped[str] = mapped_column(String(120), default="")
    invalidated_at: Mapped[datetime | None]
    invalidated_by: Mapped[str | None] = mapped_column(String(40))


# Indexes on core tables, declared here because triage is what needs them.
_OPEN = CaseRow.open_subject_id.isnot(None)  # open_subject_id is set exactly while a case is open or in review
_FREE = and_(_OPEN, CaseRow.claimed_by.is_(None))
_HELD = and_(_OPEN, CaseRow.claimed_by.isnot(None))
# claim-next takes a queue's unclaimed case of highest priority: an index in that order, holding only open
# unclaimed cases, makes that one probe whatever the number of closed cases and of cases moderators hold.
Index("ix_cases_claim", CaseRow.queue, CaseRow.priority.desc(), CaseRow.id, postgresql_where=_FREE, sqlite_where=_FREE)
# ...or a case whose lease expired: few at any time, found by expiry.
Index("ix_cases_lease", CaseRow.queue, CaseRow.lease_expires_at, postgresql_where=_HELD, sqlite_where=_HELD)
# The oldest open case per queue (queue listing, SLA).
Index("ix_cases_queue_age", CaseRow.queue, CaseRow.first_report_at, postgresql_where=_OPEN, sqlite_where=_OPEN)
# A reporter's track record (dismissed / decided) and invalidating a reporter's open reports.
Index("ix_reports_reporter", ReportRow.reporter, ReportRow.case_id)
# An account's view rolls up the cases on the posts it authored.
Index("ix_subjects_author", SubjectRow.platform, SubjectRow.author_external_id)
