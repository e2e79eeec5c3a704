"""Repeated text across reports: each report's text fingerprint, and the campaigns those fingerprints revealed.

A row per report in ``report_text_prints`` (reports too short to fingerprint have none), looked up by fingerprint
and time within a bounded window; a row per campaign in ``text_campaigns``, holding the largest window counted
so far, which case priorities read (services/intake/repeated_text.py writes both).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from trustdesk.storage.tables import ID, Base

PRINT = String(32)  # 128-bit hex (triage.repeated_text.text_print)


class ReportTextPrintRow(Base):
    __tablename__ = "report_text_prints"
    __table_args__ = (Index("ix_report_text_prints_print", "text_print", "created_at"),)
    report_id: Mapped[str] = mapped_column(ForeignKey("reports.id"), primary_key=True)
    text_print: Mapped[str] = mapped_column(PRINT)
    subject_id: Mapped[str] = mapped_column(ID)
    voice: Mapped[str] = mapped_column(String(200))  # the reporter, or the report id for an anonymous report
    created_at: Mapped[datetime]


class TextCampaignRow(Base):
    """One fingerprint seen on enough subjects to be a campaign, with its busiest window's counts."""

    __tablename__ = "text_campaigns"
    text_print: Mapped[str] = mapped_column(PRINT, primary_key=True)
    reports: Mapped[int] = mapped_column(Integer)
    subjects: Mapped[int] = mapped_column(Integer)
    voices: Mapped[int] = mapped_column(Integer)
    span_seconds: Mapped[float] = mapped_column(Float)
    first_at: Mapped[datetime]
    last_at: Mapped[datetime]
    # Subjects counted when the campaign's other open cases were last re-prioritised: they are again each time
    # the campaign doubles, so a campaign of n reports costs O(n log n) recomputation, not O(n²).
    refreshed_subjects: Mapped[int] = mapped_column(Integer, default=0)
