"""HMAC-SHA256 over timestamp and body, both ways: what signed webhooks carry and how a receiver checks them.

The signed message is f"{timestamp}.{body}", so a captured body cannot be replayed under a new timestamp, and a
receiver refusing timestamps older than a few minutes (and remembering ids it saw) refuses replays."""

from __future__ import annotations

import hashlib
import hmac

TIMESTAMP_HEADER = "X-Trustdesk-Timestamp"
SIGNATURE_HEADER = "X-Trustdesk-Signature"
ID_HEADER = "X-Trustdesk-Delivery"
IDEMPOTENCY_HEADER = "Idempotency-Key"
TOLERANCE_SECONDS = 300


def sign(secret: str, timestamp: str, body: bytes) -> str:
    message = timestamp.encode() + b"." + body
    return "sha256=" + hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def signature_matches(secret: str, timestamp: str, body: bytes, signature: str) -> bool:
    return hmac.compare_digest(sign(secret, timestamp, body), signature)


def hub_signature(secret: str, body: bytes) -> str:
    """Mastodon's X-Hub-Signature: HMAC-SHA256 of the body alone."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
