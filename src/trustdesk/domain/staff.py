"""Staff members, their roles and access windows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum


class Role(StrEnum):
    TRIAGE = "triage"
    MODERATOR = "moderator"
    SENIOR = "senior"
    ADMIN = "admin"

    @property
    def rank(self) -> int:
        return _RANKS[self]

    def at_least(self, other: Role) -> bool:
        return self.rank >= other.rank


_RANKS = {Role.TRIAGE: 0, Role.MODERATOR: 1, Role.SENIOR: 2, Role.ADMIN: 3}


class EmploymentKind(StrEnum):
    EMPLOYEE = "employee"
    CONTRACTOR = "contractor"


@dataclass(frozen=True)
class StaffFacts:
    """What rules need to know about a staff member at one instant."""

    id: str
    name: str
    role: Role
    employment: EmploymentKind
    access_start: datetime | None
    access_end: datetime | None
    active: bool = True

    def has_access_at(self, instant: datetime) -> bool:
        """Access ends at the end instant itself, to the second."""
        if not self.active:
            return False
        if self.access_start is not None and instant < self.access_start:
            return False
        return self.access_end is None or instant < self.access_end

    def time_left(self, instant: datetime) -> timedelta | None:
        if self.access_end is None:
            return None
        return max(self.access_end - instant, timedelta(0))
