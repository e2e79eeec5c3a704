"""What intake passes between its steps: a report admitted (checked, within limits), scored, and its receipt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from trustdesk.domain.reports import ReportSource
from trustdesk.domain.subjects import SubjectRef
from trustdesk.services.base.principals import Principal
from trustdesk.triage.signals import ContentSignals


@dataclass(frozen=True)
class ReportReceipt:
    id: str
    case_id: str
    duplicate: bool = False

    def to_dict(self) -> dict:
        return {"id": self.id, "case_id": self.case_id, "duplicate": self.duplicate}


@dataclass(frozen=True)
class ReportRequest:
    """A report checked and admitted (rate limits), not yet stored."""

    actor: Principal
    ref: SubjectRef
    category: str
    text: str
    reporter: str | None
    source: ReportSource
    idempotency_key: str | None
    snapshot: dict | None
    fingerprint: str | None


@dataclass(frozen=True)
class ScoredReport:
    """A request with what the scorer read in its content and in the reporter's own words."""

    request: ReportRequest
    signals: ContentSignals | None
    scorer: str
    reporter_abuse: float | None = None
    reporter_language: str | None = None
    text_print: str | None = None  # what a repeated-text campaign repeats: the scored content
    # Given when the report was acknowledged before it was stored (report_journal.py): its ids and time.
    report_id: str | None = None
    case_id: str | None = None
    received_at: datetime | None = None
