"""Enforcement actions: their types, what each does to a subject, and the action lifecycle."""

from __future__ import annotations

from enum import StrEnum

from trustdesk.domain.errors import InvalidInput, InvalidTransition
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


class ActionState(StrEnum):
    PROPOSED = "proposed"
    PENDING_APPROVAL = "pending_approval"
    SCHEDULED = "scheduled"
    EXECUTED = "executed"
    REVERSED = "reversed"
    CANCELLED = "cancelled"
    REJECTED = "rejected"
    EXPIRED = "expired"
    FAILED = "failed"  # re-checked at execution and no longer allowed


TRANSITIONS: dict[ActionState, set[ActionState]] = {
    ActionState.PROPOSED: {ActionState.PENDING_APPROVAL, ActionState.SCHEDULED, ActionState.EXECUTED},
    ActionState.PENDING_APPROVAL: {
        ActionState.SCHEDULED, ActionState.EXECUTED, ActionState.REJECTED, ActionState.CANCELLED, ActionState.EXPIRED,
    },
    ActionState.SCHEDULED: {ActionState.EXECUTED, ActionState.CANCELLED, ActionState.FAILED},
    ActionState.EXECUTED: {ActionState.REVERSED},
    ActionState.REVERSED: set(),
    ActionState.CANCELLED: set(),
    ActionState.REJECTED: set(),
    ActionState.EXPIRED: set(),
    ActionState.FAILED: set(),
}

OPEN_STATES = frozenset({ActionState.PROPOSED, ActionState.PENDING_APPROVAL, ActionState.SCHEDULED})


def ensure_transition(current: ActionState, target: ActionState) -> None:
    if target not in TRANSITIONS[current]:
        raise InvalidTransition(f"an action that is {current.value} cannot become {target.value}")


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
