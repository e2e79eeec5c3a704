"""SQLAlchemy 2 declarative rows. Repositories and services turn them into domain facts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from trustdesk.storage.types import PortableJSON, UTCDateTime

ID = String(40)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime(), dict: PortableJSON, list: PortableJSON}


class StaffRow(Base):
    __tablename__ = "staff"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    employment: Mapped[str] = mapped_column(String(20))
    access_start: Mapped[datetime | None]
    access_end: Mapped[datetime | None]
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    password_hash: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime]
    # Who created them (a staff id, or None for the operator at the CLI) and everyone who created, promoted
    # or gave them a token: independence of approvals is judged on this (policy/approvals.py).
    created_by: Mapped[str | None] = mapped_column(ID)
    sponsors: Mapped[list] = mapped_column(PortableJSON, default=list)
    # The console's language for this member ("en", "fr"); None follows the browser's Accept-Language.
    language: Mapped[str | None] = mapped_column(String(8))


class IntegrationRow(Base):
    __tablename__ = "integrations"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    created_at: Mapped[datetime]


class TokenRow(Base):
    """API tokens, stored only as SHA-256 hashes (they are 256-bit random, so no slow hash is needed)."""

    __tablename__ = "api_tokens"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    integration_id: Mapped[str | None] = mapped_column(ForeignKey("integrations.id"))
    created_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
    # Who minted it (a staff id, or "operator" for the CLI) and its last 4 characters, so people can tell
    # their tokens apart in a listing without the secret ever being shown again.
    issued_by: Mapped[str | None] = mapped_column(String(40))
    last4: Mapped[str | None] = mapped_column(String(4))
    revoked_by: Mapped[str | None] = mapped_column(String(100))


class SubjectRow(Base):
    __tablename__ = "subjects"
    __table_args__ = (UniqueConstraint("platform", "kind", "external_id"),)
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    # The platform (integration or connector name) whose namespace external_id lives in.
    platform: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(10))
    external_id: Mapped[str] = mapped_column(String(200))
    handle: Mapped[str | None] = mapped_column(String(200))
    followers: Mapped[int | None] = mapped_column(BigInteger)
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    tags: Mapped[list] = mapped_column(default=list)
    status: Mapped[str] = mapped_column(String(20), default="active")
    visibility: Mapped[str] = mapped_column(String(20), default="visible")
    labels: Mapped[list] = mapped_column(default=list)
    # Bumped at every enforcement change: orders actions on a subject exactly, even within one instant.
    state_version: Mapped[int] = mapped_column(Integer, default=0)
    author_external_id: Mapped[str | None] = mapped_column(String(200))
    content: Mapped[str | None] = mapped_column(Text)
    # Reach is a ratchet: when a sync lowers the tier, the figures before it are held here (and count for
    # high-impact decisions) until a senior confirms the drop. None when nothing is held.
    reach_hold: Mapped[dict | None] = mapped_column(PortableJSON)
    # What a connector needs to act on the subject on its platform (e.g. a Matrix event's room id).
    platform_data: Mapped[dict] = mapped_column(default=dict)
    synced_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class CaseRow(Base):
    __tablename__ = "cases"
    __table_args__ = (
        Index("ix_cases_queue", "state", "priority"),
        Index("ix_cases_subject", "subject_id"),
    )
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    subject_id: Mapped[str] = mapped_column(ForeignKey("subjects.id"))
    # Equals subject_id while the case is open, NULL once closed: a portable "one open case per subject".
    open_subject_id: Mapped[str | None] = mapped_column(ID, unique=True)
    state: Mapped[str] = mapped_column(String(20))
    category: Mapped[str] = mapped_column(String(40))
    categories: Mapped[list] = mapped_column(default=list)
    priority: Mapped[float] = mapped_column(Float, default=0.0)
    priority_line: Mapped[str] = mapped_column(String(300), default="")
    queue: Mapped[str | None] = mapped_column(String(100))
    language: Mapped[str | None] = mapped_column(String(8))
    report_count: Mapped[int] = mapped_column(Integer, default=0)
    unique_reporters: Mapped[int] = mapped_column(Integer, default=0)
    first_report_at: Mapped[datetime]
    last_report_at: Mapped[datetime]
    claimed_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    lease_expires_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class ReportRow(Base):
    __tablename__ = "reports"
    __table_args__ = (
        UniqueConstraint("filed_by", "idempotency_key"),
        Index("ix_reports_case", "case_id"),
        Index("ix_reports_fingerprint", "fingerprint", "created_at"),
    )
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    subject_id: Mapped[str] = mapped_column(ForeignKey("subjects.id"))
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"))
    category: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text, default="")
    reporter: Mapped[str | None] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(20))
    filed_by: Mapped[str] = mapped_column(String(40))
    idempotency_key: Mapped[str | None] = mapped_column(String(200))
    # The reported content as the platform sent it at report time (text, handle, links, media refs and hashes),
    # kept even when the platform later syncs an edited version.
    snapshot: Mapped[dict | None] = mapped_column(PortableJSON)
    # The reporter's own words scored apart from the content (the content's score is in report_signals).
    reporter_text_abuse: Mapped[float | None] = mapped_column(Float)
    # The language of the reporter's words: the reporter is told in it (report_signals has the content's).
    reporter_language: Mapped[str | None] = mapped_column(String(8))
    created_at: Mapped[datetime]
    # Flood control: the same reporter sending the same text on the same subject again within the window
    # is counted here instead of stored again (services/intake/intake_limits.py).
    fingerprint: Mapped[str | None] = mapped_column(String(64))
    duplicates: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_duplicate_at: Mapped[datetime | None]


class CaseEventRow(Base):
    __tablename__ = "case_events"
    __table_args__ = (Index("ix_case_events_case", "case_id", "at"),)
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"))
    at: Mapped[datetime]
    actor: Mapped[str | None] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(40))
    detail: Mapped[dict] = mapped_column(default=dict)


class ActionRow(Base):
    __tablename__ = "actions"
    __table_args__ = (
        Index("ix_actions_due", "state", "execute_after"),
        Index("ix_actions_subject", "subject_id", "state"),
        Index("ix_actions_proposer", "proposed_by", "proposed_at"),
    )
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    subject_id: Mapped[str] = mapped_column(ForeignKey("subjects.id"))
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"))
    type: Mapped[str] = mapped_column(String(20))
    requested_type: Mapped[str] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text)
    label: Mapped[str | None] = mapped_column(String(100))
    duration_hours: Mapped[int | None] = mapped_column(Integer)
    proposed_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    proposed_at: Mapped[datetime]
    decision: Mapped[dict] = mapped_column(default=dict)
    approvals_required: Mapped[int] = mapped_column(Integer, default=0)
    delay_seconds: Mapped[int] = mapped_column(Integer, default=0)
    execute_after: Mapped[datetime | None]
    executed_at: Mapped[datetime | None]
    applied_version: Mapped[int | None] = mapped_column(Integer)
    prior_state: Mapped[dict | None] = mapped_column(PortableJSON)
    resulting_state: Mapped[dict | None] = mapped_column(PortableJSON)
    ends_at: Mapped[datetime | None]
    break_glass: Mapped[bool] = mapped_column(Boolean, default=False)
    # Whether automated means detected what this acts on and took part in deciding it, fixed when it is
    # proposed (the rule: domain/automation.py); statements of reasons and the DSA export say what these say.
    automated_detection: Mapped[bool] = mapped_column(Boolean, default=False)
    automated_decision: Mapped[str] = mapped_column(String(40), default="AUTOMATED_DECISION_NOT_AUTOMATED")
    ratify_by: Mapped[datetime | None]
    ratified_by: Mapped[str | None] = mapped_column(String(40))
    closed_by: Mapped[str | None] = mapped_column(String(40))
    closed_reason: Mapped[str | None] = mapped_column(Text)
    closed_at: Mapped[datetime | None]
    reverses_id: Mapped[str | None] = mapped_column(ID)
    lifted_by: Mapped[str | None] = mapped_column(ID)  # the restore that lifted this action's restriction
    # A due item (scheduled run, timed end, break-glass undo) that failed waits until retry_at; see scheduler.
    due_failures: Mapped[int] = mapped_column(Integer, default=0)
    retry_at: Mapped[datetime | None]
    updated_at: Mapped[datetime]


class ProposalApprovalRow(Base):
    """One person's verdict on one proposal of any kind (action, tag change, policy version, staff change).

    One row per person and proposal: a second token of the same person cannot count twice."""

    __tablename__ = "proposal_approvals"
    __table_args__ = (
        UniqueConstraint("proposal_kind", "proposal_id", "staff_id"),
        Index("ix_proposal_approvals_staff", "staff_id"),
    )
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    proposal_kind: Mapped[str] = mapped_column(String(20))
    proposal_id: Mapped[str] = mapped_column(ID)
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    verdict: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime]


class AlertRow(Base):
    __tablename__ = "alerts"
    __table_args__ = (Index("ix_alerts_created", "created_at"),)
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    subject_id: Mapped[str | None] = mapped_column(ForeignKey("subjects.id"))
    action_id: Mapped[str | None] = mapped_column(ID)
    message: Mapped[str] = mapped_column(Text)
    payload: Mapped[dict] = mapped_column(default=dict)
    created_at: Mapped[datetime]


class OutboxRow(Base):
    """Side effects (webhooks) written in the use case's transaction, delivered after commit."""

    __tablename__ = "outbox"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict] = mapped_column(default=dict)
    created_at: Mapped[datetime]
    delivered_at: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    # Delivery happens outside any transaction (services/oversight/outbox_delivery.py): a worker claims a row until
    # claimed_until, posts, then marks it; a failure waits until next_attempt_at (back-off).
    claimed_until: Mapped[datetime | None]
    claim_token: Mapped[str | None] = mapped_column(String(40))
    next_attempt_at: Mapped[datetime | None]


class AuditEntryRow(Base):
    __tablename__ = "audit_entries"
    __table_args__ = (
        Index("ix_audit_actor", "actor"),
        Index("ix_audit_subject", "subject"),
        Index("ix_audit_object", "object_id"),
        Index("ix_audit_at", "at"),
        # Every CLI command looks up the last "policy.in_force" entry: one index probe, whatever the log's size.
        Index("ix_audit_verb_seq", "verb", "seq"),
    )
    seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True,
                                     autoincrement=False)
    id: Mapped[str] = mapped_column(ID, unique=True)
    at: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str | None] = mapped_column(String(100))
    verb: Mapped[str] = mapped_column(String(60))
    subject: Mapped[str | None] = mapped_column(String(220))
    object_id: Mapped[str | None] = mapped_column(String(40))
    summary: Mapped[str] = mapped_column(Text)
    payload: Mapped[dict] = mapped_column(default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditStateRow(Base):
    """One row: the chain's head. Locking it serializes appends so the chain never forks."""

    __tablename__ = "audit_state"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    last_hash: Mapped[str] = mapped_column(String(64))
    frontier: Mapped[list] = mapped_column(default=list)


class AuditTreeHeadRow(Base):
    __tablename__ = "audit_tree_heads"
    size: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    root: Mapped[str] = mapped_column(String(64))
    at: Mapped[str] = mapped_column(String(40))
    key_id: Mapped[str] = mapped_column(String(64))
    signature: Mapped[str] = mapped_column(String(200))


class AppealRow(Base):
    """The affected user's request to review an executed action, decided by someone not involved in it."""

    __tablename__ = "appeals"
    __table_args__ = (Index("ix_appeals_state", "state", "created_at"),)
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    action_id: Mapped[str] = mapped_column(ForeignKey("actions.id"))
    # Equals action_id while the appeal is open: one open appeal per action, portably.
    open_action_id: Mapped[str | None] = mapped_column(ID, unique=True)
    appellant: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime]
    decided_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    decided_at: Mapped[datetime | None]
    decision_reason: Mapped[str | None] = mapped_column(Text)


class ConsoleSessionRow(Base):
    """A signed-in console session; stored so sign-out and access end take effect at once."""

    __tablename__ = "console_sessions"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # SHA-256 of the cookie value
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]


class NoteRow(Base):
    """A moderator's note on a subject or a case."""

    __tablename__ = "notes"
    __table_args__ = (Index("ix_notes_target", "target_kind", "target_id", "created_at"),)
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    target_kind: Mapped[str] = mapped_column(String(10))  # "subject" | "case"
    target_id: Mapped[str] = mapped_column(ID)
    author_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
