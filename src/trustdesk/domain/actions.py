"""Enforcement actions: their types, what each does to a subject, and the action lifecycle."""

from __future__ import annotations

from enum import StrEnum

from trustdesk.domain.errors import InvalidInput
from trustdesk.domain.proposals import ProposalState
from trustdesk.domain.subjects import SubjectKind


class ActionType(StrEnum):
    DISMISS = "dismiss"
    WARN = "warn"
    LABEL = "label"
    LIMIT = "limit"
    INTERSTITIAL = "interstitial"
    REMOVE = "remove"
    SUSPEND = "suspend"
    DEACTIVATE = "deactivate"
    RESTORE = "restore"


class Severity(StrEnum):
    """How much an action takes away from its subject; the policy keys on this."""

    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


SEVERITY = {
    ActionType.DISMISS: Severity.NONE,
    ActionType.RESTORE: Severity.NONE,
    ActionType.WARN: Severity.LOW,
    ActionType.LABEL: Severity.LOW,
    ActionType.LIMIT: Severity.MEDIUM,
    ActionType.INTERSTITIAL: Severity.MEDIUM,
    ActionType.REMOVE: Severity.HIGH,
    ActionType.SUSPEND: Severity.HIGH,
    ActionType.DEACTIVATE: Severity.HIGH,
}

APPLIES_TO = {
    ActionType.REMOVE: {SubjectKind.POST},
    ActionType.INTERSTITIAL: {SubjectKind.POST},
    ActionType.SUSPEND: {SubjectKind.ACCOUNT},
    ActionType.DEACTIVATE: {SubjectKind.ACCOUNT},
    ActionType.LIMIT: {SubjectKind.ACCOUNT, SubjectKind.POST},
}

TIMED = {ActionType.SUSPEND, ActionType.LIMIT}
MAX_DURATION_HOURS = 24 * 365 * 5
MAX_REASON = 2000


# Actions walk the shared proposal lifecycle (domain/proposals.py); their states are its action subset.
ActionState = ProposalState
OPEN_STATES = frozenset({ActionState.PROPOSED, ActionState.PENDING_APPROVAL, ActionState.SCHEDULED})


def validate_action(
    action_type: ActionType, kind: SubjectKind, duration_hours: int | None, label: str | None
) -> None:
    allowed_kinds = APPLIES_TO.get(action_type)
    if allowed_kinds is not None and kind not in allowed_kinds:
        raise InvalidInput(f"{action_type.value} does not apply to a {kind.value}", field="type")
    if duration_hours is not None:
        if action_type not in TIMED:
            raise InvalidInput(f"{action_type.value} takes no duration", field="duration_hours")
        if not 1 <= duration_hours <= MAX_DURATION_HOURS:
            raise InvalidInput(f"duration_hours must be 1..{MAX_DURATION_HOURS}", field="duration_hours")
    if action_type is ActionType.SUSPEND and duration_hours is None:
        raise InvalidInput("suspend needs duration_hours", field="duration_hours")
    if action_type is ActionType.LABEL and not label:
        raise InvalidInput("label needs a label", field="label")
