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


# The console's interface languages; a member's choice is one of these, or none (then the browser's).
CONSOLE_LANGUAGES = ("en", "fr")
DEFAULT_CONSOLE_LANGUAGE = "en"

OPERATOR = "operator"  # whoever runs the CLI on the server: the root of trust, seen but not approved


class SponsorKind(StrEnum):
    CREATED = "created"
    PROMOTED = "promoted"
    TOKEN = "token"


@dataclass(frozen=True)
class Sponsorship:
    """Someone who made this member what they are: created them, raised their role, or issued them a token.

    A sponsor's proposals cannot be approved by the people they sponsored (for a while): otherwise one
    admin could mint the colleagues who approve him."""

    by_id: str
    kind: SponsorKind
    at: datetime

    def to_dict(self) -> dict[str, str]:
        return {"by": self.by_id, "kind": self.kind.value, "at": self.at.isoformat()}

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> Sponsorship:
        return cls(data["by"], SponsorKind(data["kind"]), datetime.fromisoformat(data["at"]))


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
    created_at: datetime | None = None
    created_by: str | None = None  # a staff id, or OPERATOR / None for the CLI
    sponsors: tuple[Sponsorship, ...] = ()

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

    def sponsored_by(self, staff_id: str, *, since: datetime) -> Sponsorship | None:
        """The latest time `staff_id` created, promoted or issued a token to this member, if after `since`."""
        found = [s for s in self.sponsors if s.by_id == staff_id and s.at >= since]
        return max(found, key=lambda s: s.at) if found else None

    def seasoned_at(self, instant: datetime, seasoning: timedelta) -> bool:
        """Members the operator created are trusted at once; those created in the app must season first."""
        if self.created_by in (None, OPERATOR) or self.created_at is None:
            return True
        return instant - self.created_at >= seasoning
