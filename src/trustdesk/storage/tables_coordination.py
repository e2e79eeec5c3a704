"""Rows that coordinate several `serve` processes sharing one database."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from trustdesk.storage.tables import Base


class LeaderLeaseRow(Base):
    """Who runs a piece of background work (services/base/leadership.py): held by `holder` until `expires_at`,
    renewed every second by a live holder; a holder killed with -9 simply stops renewing."""

    __tablename__ = "leader_leases"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    holder: Mapped[str] = mapped_column(String(200))
    expires_at: Mapped[datetime]
    renewed_at: Mapped[datetime]
