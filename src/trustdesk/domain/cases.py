"""Cases: open reports on one subject aggregate into one case, reviewed under a lease."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from trustdesk.domain.errors import InvalidTransition


class CaseState(StrEnum):
    OPEN = "open"
    IN_REVIEW = "in_review"
    ACTIONED = "actioned"
    DISMISSED = "dismissed"


OPEN_CASE_STATES = frozenset({CaseState.OPEN, CaseState.IN_REVIEW})

TRANSITIONS: dict[CaseState, set[CaseState]] = {
    CaseState.OPEN: {CaseState.IN_REVIEW, CaseState.ACTIONED, CaseState.DISMISSED},
    CaseState.IN_REVIEW: {CaseState.OPEN, CaseState.ACTIONED, CaseState.DISMISSED},
    CaseState.ACTIONED: set(),
    CaseState.DISMISSED: set(),
}


def ensure_transition(current: CaseState, target: CaseState) -> None:
    if target not in TRANSITIONS[current]:
        raise InvalidTransition(f"a case that is {current.value} cannot become {target.value}")


def lease_is_held(claimed_by: str | None, lease_expires_at: datetime | None, now: datetime) -> bool:
    return claimed_by is not None and lease_expires_at is not None and now < lease_expires_at
