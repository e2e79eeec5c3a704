"""Rows about the people on the other side: statements of reasons and the notices sent to them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from trustdesk.storage.tables import ID, Base


class StatementRow(Base):
    """The statement of reasons of a restrictive action (DSA Art. 17), written when the action takes effect.

    `dsa` holds the statement in the Transparency Database's own field names, fixed at that moment, so an
    export years later says what the person was told."""

    __tablename__ = "statements_of_reasons"
    __table_args__ = (Index("ix_statements_created", "created_at"),)
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    action_id: Mapped[str] = mapped_column(ForeignKey("actions.id"), unique=True)
    subject_id: Mapped[str] = mapped_column(ForeignKey("subjects.id"))
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"))
    recipient: Mapped[str | None] = mapped_column(String(200))  # the platform's id of the affected person
    language: Mapped[str] = mapped_column(String(8))
    category: Mapped[str] = mapped_column(String(40))  # trustdesk's report category
    restriction: Mapped[str] = mapped_column(String(60))
    ground: Mapped[str] = mapped_column(String(40))
    ground_reference: Mapped[str] = mapped_column(Text)
    facts: Mapped[str] = mapped_column(Text)
    automated_detection: Mapped[bool] = mapped_column(Boolean)
    automated_decision: Mapped[str] = mapped_column(String(40))
    ends_at: Mapped[datetime | None]
    text: Mapped[str] = mapped_column(Text)
    dsa: Mapped[dict] = mapped_column(default=dict)
    created_at: Mapped[datetime]


class NoticeRow(Base):
    """Something trustdesk told a person through the platform: a warning, a statement, an outcome."""

    __tablename__ = "person_notices"
    __table_args__ = (Index("ix_notices_subject", "subject_id", "created_at"),
                      Index("ix_notices_action", "action_id"))
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))  # warning | statement | appeal_outcome | reporter_update
    subject_id: Mapped[str | None] = mapped_column(ForeignKey("subjects.id"))
    action_id: Mapped[str | None] = mapped_column(ID)
    case_id: Mapped[str | None] = mapped_column(ID)
    recipient: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    outbox_id: Mapped[str | None] = mapped_column(ID)
    created_at: Mapped[datetime]


class MessageRow(Base):
    """One message of a case's thread between staff and the affected person, carried by the platform."""

    __tablename__ = "case_messages"
    __table_args__ = (Index("ix_messages_case", "case_id", "created_at"),)
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"))
    direction: Mapped[str] = mapped_column(String(20))  # to_person | from_person
    person: Mapped[str | None] = mapped_column(String(200))  # the platform's id of the person
    author_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    text: Mapped[str] = mapped_column(Text)
    outbox_id: Mapped[str | None] = mapped_column(ID)
    created_at: Mapped[datetime]
