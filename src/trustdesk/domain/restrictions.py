"""A subject's state is the combination of the restrictions in force on it, each held by its action.

Like a set of holds, not a snapshot: reversing one action lifts its own restriction and nothing else,
ending a timed suspension lifts only the suspension, and a later label never stands in the way."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from trustdesk.domain.actions import ActionType
from trustdesk.domain.subjects import SubjectState, SubjectStatus, Visibility

# What each action holds while it is in force; dismiss, warn and restore hold nothing.
_STATUS = {ActionType.LIMIT: SubjectStatus.LIMITED, ActionType.SUSPEND: SubjectStatus.SUSPENDED,
           ActionType.DEACTIVATE: SubjectStatus.DEACTIVATED}
_VISIBILITY = {ActionType.INTERSTITIAL: Visibility.INTERSTITIAL, ActionType.REMOVE: Visibility.REMOVED}
RESTRICTIVE = frozenset({*_STATUS, *_VISIBILITY, ActionType.LABEL})

_STATUS_RANK = [SubjectStatus.ACTIVE, SubjectStatus.LIMITED, SubjectStatus.SUSPENDED, SubjectStatus.DEACTIVATED]
_VISIBILITY_RANK = [Visibility.VISIBLE, Visibility.INTERSTITIAL, Visibility.REMOVED]


@dataclass(frozen=True)
class Hold:
    """One restriction in force, held by the action that imposed it."""

    action_id: str
    type: ActionType
    label: str | None = None


def combined_state(holds: Iterable[Hold]) -> SubjectState:
    """The subject's state under these holds: the strictest status and visibility, every label."""
    status, visibility = SubjectStatus.ACTIVE, Visibility.VISIBLE
    labels: dict[str, None] = {}  # an ordered set: first-seen order, no duplicates
    for hold in holds:
        if hold.type in _STATUS and _STATUS_RANK.index(_STATUS[hold.type]) > _STATUS_RANK.index(status):
            status = _STATUS[hold.type]
        if hold.type in _VISIBILITY and (
                _VISIBILITY_RANK.index(_VISIBILITY[hold.type]) > _VISIBILITY_RANK.index(visibility)):
            visibility = _VISIBILITY[hold.type]
        if hold.type is ActionType.LABEL and hold.label:
            labels.setdefault(hold.label)
    return SubjectState(status=status, visibility=visibility, labels=tuple(labels))


def restricts_more(after: SubjectState, before: SubjectState) -> bool:
    """Whether going from `before` to `after` takes anything away (a stricter status, visibility or a label)."""
    return (_STATUS_RANK.index(after.status) > _STATUS_RANK.index(before.status)
            or _VISIBILITY_RANK.index(after.visibility) > _VISIBILITY_RANK.index(before.visibility)
            or bool(set(after.labels) - set(before.labels)))
