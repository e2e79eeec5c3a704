"""Connector kinds by name: what `trustdesk connector add --kind` accepts."""

from __future__ import annotations

from typing import Protocol

from trustdesk.connectors.base import ConnectorConfig, PlatformConnector
from trustdesk.domain.actions import ActionType
from trustdesk.domain.errors import InvalidInput


class ConnectorClass(Protocol):
    """A connector class: what it declares before any instance exists, and its constructor."""

    @property
    def irreversible(self) -> frozenset[ActionType]: ...

    def __call__(self, config: ConnectorConfig) -> PlatformConnector: ...


def _kinds() -> dict[str, ConnectorClass]:
    from trustdesk.connectors.mastodon import MastodonConnector
    from trustdesk.connectors.matrix import MatrixConnector
    from trustdesk.connectors.signed_webhook import WebhookConnector

    return {"matrix": MatrixConnector, "mastodon": MastodonConnector, "webhook": WebhookConnector}


KINDS = ("matrix", "mastodon", "webhook")


def connector_class(kind: str) -> ConnectorClass:
    try:
        return _kinds()[kind]
    except KeyError:
        raise InvalidInput(f"unknown connector kind {kind!r}; use {', '.join(KINDS)}", field="kind") from None


def build_connector(config: ConnectorConfig) -> PlatformConnector:
    return connector_class(config.kind)(config)


def irreversible_actions(kind: str) -> frozenset[ActionType]:
    return connector_class(kind).irreversible
