"""Generic signed webhooks, for platforms with neither Matrix nor Mastodon: trustdesk POSTs each delivery
(executed and reversed actions, notices, report resolutions) as JSON signed like inbound webhooks are."""

from __future__ import annotations

import json
import time
from typing import ClassVar

from trustdesk.connectors.base import CheckResult, ConnectorConfig, DeliveryFailed, Effect, Unsupported
from trustdesk.connectors.http import call
from trustdesk.connectors.signing import IDEMPOTENCY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, sign
from trustdesk.domain.actions import ActionType


class WebhookConnector:
    kind = "webhook"
    irreversible = frozenset[ActionType]()  # the receiver decides; trustdesk sends reversals like any delivery
    unsupported: ClassVar[Unsupported] = {}  # the receiver is told every action; what it does with it is its own

    def __init__(self, config: ConnectorConfig) -> None:
        self.config = config

    def _post(self, payload: dict, idempotency_key: str) -> None:
        body = json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()
        timestamp = str(int(time.time()))
        call("POST", self.config.url, content=body, headers={
            "Content-Type": "application/json", TIMESTAMP_HEADER: timestamp,
            SIGNATURE_HEADER: sign(self.config.credential, timestamp, body), IDEMPOTENCY_HEADER: idempotency_key,
        })

    def apply(self, effect: Effect, *, idempotency_key: str) -> None:
        self._post({"event": "action.executed", "id": idempotency_key, **effect.to_payload()}, idempotency_key)

    def reverse(self, effect: Effect, *, idempotency_key: str) -> None:
        self._post({"event": "action.reversed", "id": idempotency_key, **effect.to_payload()}, idempotency_key)

    def deliver(self, kind: str, payload: dict, *, idempotency_key: str) -> None:
        self._post({"event": kind.removeprefix("platform."), "id": idempotency_key, **payload}, idempotency_key)

    def check(self) -> CheckResult:
        try:
            self._post({"event": "ping", "id": "ping"}, f"ping-{int(time.time())}")
        except DeliveryFailed as error:
            return CheckResult(False, f"the receiver did not accept a signed ping: {error}")
        return CheckResult(True, "the receiver accepted a signed ping")
