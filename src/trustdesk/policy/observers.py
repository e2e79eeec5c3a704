"""Who wants to hear about each decision (metrics): plain callbacks, so the policy stays free of any library."""

from __future__ import annotations

import logging
from collections.abc import Callable

from trustdesk.policy.decision import Decision

log = logging.getLogger(__name__)
_observers: list[Callable[[Decision], None]] = []


def observe_decisions(callback: Callable[[Decision], None]) -> None:
    if callback not in _observers:
        _observers.append(callback)


def outcome_of(decision: Decision) -> str:
    """denied, rate_limited, at_once, needs_approval or delayed."""
    if not decision.allowed:
        return "rate_limited" if decision.rate_limited else "denied"
    if decision.approvals_required:
        return "needs_approval"
    return "delayed" if decision.delay else "at_once"


def notify(decision: Decision) -> None:
    for callback in tuple(_observers):
        try:
            callback(decision)
        except Exception:  # noqa: BLE001 - an observer's bug must never change a decision
            log.exception("decision observer failed")
