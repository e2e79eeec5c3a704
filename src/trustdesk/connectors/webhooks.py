"""Alert webhooks: JSON POSTs signed with HMAC-SHA256 so receivers can tell they came from us."""

from __future__ import annotations

import hashlib
import hmac
import json

import httpx

SIGNATURE_HEADER = "X-Trustdesk-Signature"


def sign(body: bytes, secret: str) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def verify_signature(body: bytes, secret: str, header: str) -> bool:
    return hmac.compare_digest(sign(body, secret), header)


def post_webhook(url: str, payload: dict, secret: str | None, *, timeout: float = 3.0,
                 headers: dict[str, str] | None = None) -> None:
    body = json.dumps(payload, sort_keys=True).encode()
    headers = {"Content-Type": "application/json", **(headers or {})}
    if secret:
        headers[SIGNATURE_HEADER] = sign(body, secret)
    response = httpx.post(url, content=body, headers=headers, timeout=timeout)
    response.raise_for_status()
