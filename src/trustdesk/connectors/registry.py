"""Connector kinds by name: what `trustdesk connector add --kind` accepts."""

from __future__ import annotations

from typing import Protocol

from trustdesk.connectors.base import ConnectorConfig, PlatformConnector, Unsupported
from trustdesk.domain.actions import ActionType
from trustdesk.domain.errors import InvalidInput
from trustdesk.domain.subjects import SubjectKind


class ConnectorClass(Protocol):
    """A connector class: what it declares before any instance exists, and its constructor."""

    @property
    def irreversible(self) -> frozenset[ActionType]: ...

    @property
    def unsupported(self) -> Unsupported: ...

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


def unsupported_reason(kind: str, action: ActionType, subject_kind: SubjectKind) -> str | None:
    """Why this kind of platform cannot carry out the action on such a subject, or None when it can."""
    return connector_class(kind).unsupported.get((action, subject_kind))
