"""Rows about the moderated platforms themselves: configured connectors, accepted webhooks, and the embedded
demo platform's own accounts and posts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from trustdesk.storage.tables import ID, Base


class ConnectorRow(Base):
    """A platform trustdesk acts on (and may pull reports from); its integration of the same name owns its subjects.

    The credential is kept as given: trustdesk must present it to the platform, so it cannot be hashed."""

    __tablename__ = "connectors"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    url: Mapped[str] = mapped_column(String(500))
    credential: Mapped[str] = mapped_column(String(500))
    # The secret inbound webhooks are signed with, when it is not the credential (Mastodon makes its own).
    webhook_secret: Mapped[str | None] = mapped_column(String(500))
    integration_id: Mapped[str] = mapped_column(ForeignKey("integrations.id"))
    # Where pulling resumes (e.g. the last Synapse event report id seen).
    cursor: Mapped[str | None] = mapped_column(String(200))
    last_pulled_at: Mapped[datetime | None]
    created_at: Mapped[datetime]


class WebhookReceiptRow(Base):
    """An inbound webhook already accepted: the same delivery again is a replay and is refused."""

    __tablename__ = "webhook_receipts"
    __table_args__ = (UniqueConstraint("platform", "delivery_id"),)
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    platform: Mapped[str] = mapped_column(String(100))
    delivery_id: Mapped[str] = mapped_column(String(200))
    received_at: Mapped[datetime]


class DemoAccountRow(Base):
    """The embedded demo platform's own accounts: what the default connector acts on."""

    __tablename__ = "demo_accounts"
    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    handle: Mapped[str] = mapped_column(String(200))
    display_name: Mapped[str] = mapped_column(String(200), default="")
    followers: Mapped[int] = mapped_column(BigInteger, default=0)
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20), default="active")
    labels: Mapped[list] = mapped_column(default=list)
    settings: Mapped[dict] = mapped_column(default=dict)


class DemoPostRow(Base):
    __tablename__ = "demo_posts"
    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    author_id: Mapped[str] = mapped_column(ForeignKey("demo_accounts.id"))
    text: Mapped[str] = mapped_column(Text)
    visibility: Mapped[str] = mapped_column(String(20), default="visible")
    status: Mapped[str] = mapped_column(String(20), default="active")
    labels: Mapped[list] = mapped_column(default=list)
    created_at: Mapped[datetime]
