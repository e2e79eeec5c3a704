"""One HTTP call to a platform: any failure (refused, timeout, 5xx, garbage) becomes DeliveryFailed."""

from __future__ import annotations

import httpx

from trustdesk.connectors.base import ConnectorConfig, DeliveryFailed

TIMEOUT = 5.0
MAX_ANSWER = 2_000_000


class PlatformRefused(DeliveryFailed):
    """The platform answered 4xx: retrying the same request will not help without a change on its side."""

    def __init__(self, message: str, status: int, body: object) -> None:
        super().__init__(message)
        self.status, self.body = status, body


def call(method: str, url: str, *, token: str | None = None, json: object | None = None,
         params: dict | None = None, headers: dict | None = None, content: bytes | None = None,
         data: dict | None = None, timeout: float = TIMEOUT) -> dict:
    """The JSON object the platform answered (a bare array as {"items": [...]}); raises DeliveryFailed (or
    PlatformRefused on 4xx)."""
    sent = dict(headers or {})
    if token:
        sent["Authorization"] = f"Bearer {token}"
    try:
        response = httpx.request(method, url, json=json, params=params, headers=sent, content=content,
                                 data=data, timeout=timeout)
    except httpx.HTTPError as error:
        raise DeliveryFailed(f"{method} {url}: {type(error).__name__}: {error}") from error
    if len(response.content) > MAX_ANSWER:
        raise DeliveryFailed(f"{method} {url}: answer of {len(response.content)} bytes is too large")
    try:
        body = response.json() if response.content else {}
    except ValueError:
        body = None
    if response.status_code >= 500:
        raise DeliveryFailed(f"{method} {url}: platform answered {response.status_code}")
    if response.status_code >= 400:
        detail = body.get("error") if isinstance(body, dict) else None
        raise PlatformRefused(f"{method} {url}: platform refused with {response.status_code}"
                              + (f": {detail}" if detail else ""), response.status_code, body)
    if isinstance(body, list):
        return {"items": body}  # some admin APIs answer a bare JSON array
    if not isinstance(body, dict):
        raise DeliveryFailed(f"{method} {url}: platform answered {response.status_code} with something not JSON")
    return body


class AdminApiConnector:
    """A platform reached over its admin HTTP API with the token from the connector's configuration."""

    def __init__(self, config: ConnectorConfig) -> None:
        self.config = config
        self.base = config.url.rstrip("/")

    def _call(self, method: str, path: str, **kwargs: object) -> dict:
        return call(method, self.base + path, token=self.config.credential, **kwargs)  # type: ignore[arg-type]
