"""Queueing the platform side of executed and reversed actions, in the action's own transaction."""

from __future__ import annotations

from trustdesk.connectors.base import Effect
from trustdesk.domain.actions import ActionType
from trustdesk.domain.subjects import SubjectState
from trustdesk.services.base.connector_configs import connector_config
from trustdesk.services.base.subjects import subject_ref
from trustdesk.services.oversight.outbox import enqueue_platform_delivery
from trustdesk.services.oversight.platform_delivery import EXECUTED, REVERSED
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import ActionRow, SubjectRow

__all__ = ["EXECUTED", "REVERSED", "enqueue_effect"]


def enqueue_effect(tx: Transaction, *, kind: str, action: ActionRow, subject: SubjectRow, prior: SubjectState,
                   resulting: SubjectState) -> None:
    """Queue the platform side of an executed or reversed action, if the subject's platform has a connector."""
    if connector_config(tx.session, subject.platform) is None:
        return
    effect = Effect(
        action_id=action.id, action_type=ActionType(action.type), subject=subject_ref(subject), prior=prior,
        resulting=resulting,
        reason=action.reason, duration_hours=action.duration_hours, subject_data=dict(subject.platform_data or {}),
    )
    enqueue_platform_delivery(tx, kind=kind, subject=subject, payload=effect.to_payload())
