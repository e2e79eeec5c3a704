"""Platform deliveries: outbox rows whose kind starts with "platform." go to the subject's platform connector.

Recorded in the action's transaction (platform_effects.enqueue_effect), delivered after commit by the outbox with
the row id as idempotency key, so a retry after a crash or a timeout applies once on the platform."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from trustdesk.connectors.base import ConnectorConfig, DeliveryFailed, Effect, NeverDeliverable, PlatformConnector
from trustdesk.connectors.registry import build_connector
from trustdesk.services.base.connector_configs import connector_config

EXECUTED, REVERSED = "platform.action_executed", "platform.action_reversed"


class GiveUp(DeliveryFailed):
    """Retrying will never succeed (no connector any more, or the platform cannot undo this)."""


def platform_connector_for(
    session: Session, payload: dict, build: Callable[[ConnectorConfig], PlatformConnector] = build_connector,
) -> PlatformConnector:
    """The connector of the delivery's platform; GiveUp when it has none any more."""
    platform = (payload.get("subject") or {}).get("platform")
    config = connector_config(session, platform) if platform else None
    if config is None:
        raise GiveUp(f"platform {platform!r} has no connector any more")
    return build(config)


def send_platform_row(connector: PlatformConnector, kind: str, payload: dict, idempotency_key: str) -> None:
    """Hand one delivery to its platform, outside any transaction; raises DeliveryFailed (GiveUp when retrying
    is pointless)."""
    try:
        if kind == EXECUTED:
            connector.apply(Effect.from_payload(payload), idempotency_key=idempotency_key)
        elif kind == REVERSED:
            # The payload holds the state change being undone: from resulting back to prior.
            connector.reverse(Effect.from_payload(payload), idempotency_key=idempotency_key)
        else:
            connector.deliver(kind, payload, idempotency_key=idempotency_key)
    except NeverDeliverable as error:
        raise GiveUp(str(error)) from error


def deliver_platform_row(session: Session, kind: str, payload: dict, idempotency_key: str,
                         build: Callable[[ConnectorConfig], PlatformConnector] = build_connector) -> None:
    """Hand one delivery to its platform; raises DeliveryFailed (GiveUp when retrying is pointless)."""
    send_platform_row(platform_connector_for(session, payload, build), kind, payload, idempotency_key)
