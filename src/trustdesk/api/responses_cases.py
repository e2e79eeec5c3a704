"""Answers about review: cases, queues, triage explanations, notes, reporters, an account's roll-up."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from trustdesk.api.responses_common import Timestamp, View


class CaseSubject(View):
    kind: str
    id: str
    handle: str | None
    followers: int | None
    status: str
    platform: str = Field(default="default", description="the platform the subject belongs to")


class CaseSummary(View):
    """A case as lists show it (services/review/cases.py case_summary)."""

    id: str
    state: str = Field(description="open, in_review, actioned, dismissed, ...")
    category: str
    categories: list[str]
    priority: float
    priority_line: str = Field(description="why the case has its priority, in one line")
    queue: str | None
    language: str | None
    report_count: int
    unique_reporters: int
    subject: CaseSubject
    claimed_by: str | None = Field(description="staff id holding the lease")
    lease_expires_at: Timestamp | None
    first_report_at: Timestamp
    last_report_at: Timestamp
    created_at: Timestamp
    sla_due_at: Timestamp
    sla_breached: bool | None
    platform: str = Field(default="default", description="the platform the subject belongs to")


class CaseList(View):
    items: list[CaseSummary]
    count: int


class CaseReport(View):
    id: str
    category: str
    text: str
    reporter: str | None
    source: str
    created_at: Timestamp
    reported: dict[str, Any] | None = Field(default=None,
                                           description="the content as the platform sent it when reported")
    edited_since: list[str] | None = Field(default=None, description="which reported fields changed since")
    duplicates: int = Field(default=0, description="the same report again within the duplicate window, counted here")


class CaseEvent(View):
    at: Timestamp
    actor: str | None
    kind: str = Field(description="opened, claimed, released, actioned, dismissed, ...")
    detail: dict[str, Any]


class CaseAction(View):
    id: str
    type: str
    state: str


class CaseDetail(CaseSummary):
    reports: list[CaseReport]
    history: list[CaseEvent]
    actions: list[CaseAction]
    current: dict[str, Any] | None = Field(default=None,
                                          description="what the subject says now, beside what was reported")


class ClaimNext(View):
    case: CaseSummary | None = Field(description="the case now leased to the caller; null when none is claimable")


class QueueView(View):
    name: str
    title: str
    categories: list[str]
    languages: list[str]
    tiers: list[str]
    min_role: str
    sla_minutes: int
    content: list[str] = Field(description="harm findings in the reports' text that route a case here "
                                           "(e.g. self_harm_intent); empty: any")
    resources: str = Field(description="operator-set text shown with each case of this queue (e.g. helplines)")
    depth: int = Field(description="open cases in the queue")
    claimable: int
    sla_breached: int = Field(description="open cases past the queue's SLA")
    oldest_report_at: Timestamp | None
    oldest_age_seconds: int | None


class QueueList(View):
    items: list[QueueView]
    count: int


class StoredPriority(View):
    priority: float
    queue: str | None


class TriageReport(View):
    id: str
    reporter: str | None
    category: str
    language: str | None
    abuse: float | None
    labels: list[str]
    explanation: str
    scorer: str
    invalidated: bool


class CaseTriage(View):
    """Why a case sits where it does, computed now (services/review/case_priority.py explain_case)."""

    case_id: str
    queue: str
    tier: str
    score: float
    parts: dict[str, float] = Field(description="each part of the priority score")
    priority_line: str
    stored: StoredPriority = Field(description="the priority and queue stored on the case")
    reports: list[TriageReport]


class AccountRollup(View):
    account: str = Field(description="account/ID")
    open_cases: int
    open_reports: int
    open_cases_on_posts: int
    cases: list[CaseSummary]


class NoteTarget(View):
    kind: str = Field(description="case or subject")
    id: str


class NoteView(View):
    id: str
    target: NoteTarget
    author_id: str
    author: str | None
    text: str
    created_at: Timestamp


class NoteList(View):
    items: list[NoteView]
    count: int


class ReporterView(View):
    id: str
    total_reports: int
    open_reports: int
    decided_reports: int
    dismissed_reports: int
    trusted_flagger: bool
    muted: bool
    status_reason: str | None
    status_changed_by: str | None
    status_changed_at: Timestamp | None
    first_seen: Timestamp
    last_seen: Timestamp
    weight: float = Field(description="the weight one ordinary report of theirs has now")


class InvalidatedReports(View):
    reporter: str
    invalidated_reports: int
    cases: list[str] = Field(description="ids of the open cases whose priority was recomputed")
