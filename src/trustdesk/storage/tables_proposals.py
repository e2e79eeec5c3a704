"""Changes that wait for a second person before they take effect: a subject's protective tags, a staff member's
role or token, a new safeguard policy. (Actions, the fourth kind of proposal, live in tables.py with the subjects
they change; every kind's approvals are in proposal_approvals.)"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from trustdesk.storage.tables import ID, Base


class ProtectionChangeRow(Base):
    """A hand-made change of a subject's tags; protective ones wait for another admin's approval."""

    __tablename__ = "protection_changes"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    subject_id: Mapped[str] = mapped_column(ForeignKey("subjects.id"))
    old_tags: Mapped[list] = mapped_column(default=list)
    new_tags: Mapped[list] = mapped_column(default=list)
    reason: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(20))
    proposed_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    proposed_at: Mapped[datetime]
    decision: Mapped[dict] = mapped_column(default=dict)
    closed_by: Mapped[str | None] = mapped_column(String(40))
    closed_at: Mapped[datetime | None]


class StaffChangeRow(Base):
    """Creating a senior or admin, raising a role, or issuing a token for someone else, proposed in the app:
    it waits for a second admin, independent of the proposer."""

    __tablename__ = "staff_changes"
    __table_args__ = (Index("ix_staff_changes_state", "state", "proposed_at"),)
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # add | raise_role | issue_token
    target_name: Mapped[str] = mapped_column(String(100))
    target_id: Mapped[str | None] = mapped_column(ID)  # None until an added member exists
    details: Mapped[dict] = mapped_column(default=dict)  # role, contractor, access window, old role
    reason: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(20))
    proposed_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    proposed_at: Mapped[datetime]
    decision: Mapped[dict] = mapped_column(default=dict)
    closed_by: Mapped[str | None] = mapped_column(String(100))
    closed_at: Mapped[datetime | None]


class PolicyVersionRow(Base):
    """A safeguard policy edited through trustdesk: active only once another senior or admin approved it."""

    __tablename__ = "policy_versions"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    cedar_text: Mapped[str] = mapped_column(Text)
    settings: Mapped[dict] = mapped_column(default=dict)
    digest: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(20))
    proposed_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    proposed_at: Mapped[datetime]
    decision: Mapped[dict] = mapped_column(default=dict)
    activated_at: Mapped[datetime | None]
