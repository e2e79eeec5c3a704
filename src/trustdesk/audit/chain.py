"""The hash chain: each entry's hash covers its content, which includes the previous entry's hash."""

from __future__ import annotations

import json
from collections.abc import Mapping
from hashlib import sha256

from trustdesk.audit.canonical import CanonicalError, canonical_bytes, check_value, content_bytes
from trustdesk.audit.records import CONTENT_FIELDS, GENESIS, AuditRecord, RecordLike, check_at

__all__ = ["GENESIS", "entry_hash", "record_digest", "seal"]


def entry_hash(content: Mapping[str, object]) -> str:
    """Hex sha256 of the canonical form of an entry's content (all fields but `hash`)."""
    if set(content) != set(CONTENT_FIELDS):
        raise CanonicalError(f"content must have exactly the fields {', '.join(CONTENT_FIELDS)}")
    return sha256(canonical_bytes(dict(content))).hexdigest()


def record_digest(record: RecordLike) -> bytes:
    """The sha256 the record's content hashes to (raw bytes), whatever its `hash` field says."""
    return sha256(
        content_bytes(
            record.seq, record.id, record.at, record.actor, record.verb, record.subject,
            record.object_id, record.summary, record.payload, record.prev_hash,
        )
    ).digest()


def seal(
    seq: int,
    id: str,
    at: str,
    actor: str | None,
    verb: str,
    subject: str | None,
    object_id: str | None,
    summary: str,
    payload: Mapping[str, object],
    prev_hash: str,
) -> AuditRecord:
    """Check the fields, then return the entry with its hash. Raises ValueError on bad input.

    The payload is stored as a fresh plain copy, so later changes to the caller's dict cannot
    make the record disagree with its own hash.
    """
    if type(seq) is not int or seq < 1:
        raise ValueError(f"seq must be a positive int, got {seq!r}")
    if not _is_hex64(prev_hash):
        raise ValueError("prev_hash must be 64 lowercase hex digits")
    if seq == 1 and prev_hash != GENESIS:
        raise ValueError("entry 1 must link to GENESIS (64 zeros)")
    id, at, verb, summary = _text("id", id), _text("at", at), _text("verb", verb), _text("summary", summary)
    actor, subject, object_id = _opt("actor", actor), _opt("subject", subject), _opt("object_id", object_id)
    check_at(at)
    if not isinstance(payload, Mapping):
        raise ValueError("payload must be a dict")
    check_value(dict(payload))
    # JSON round trip: a deep, plain copy (dict/list/str/int), the shape a database gives back
    plain = json.loads(canonical_bytes(dict(payload)))
    digest = sha256(
        content_bytes(seq, id, at, actor, verb, subject, object_id, summary, plain, prev_hash)
    ).hexdigest()
    return AuditRecord(seq, id, at, actor, verb, subject, object_id, summary, plain, prev_hash, digest)


def _text(name: str, value: object) -> str:
    """A plain str (str-based enums become their value); raises ValueError for anything else."""
    if not isinstance(value, str):
        raise ValueError(f"{name} must be a string, got {type(value).__name__}")
    check_value(value, name)
    return str.__str__(value)


def _opt(name: str, value: object) -> str | None:
    return None if value is None else _text(name, value)


def _is_hex64(value: object) -> bool:
    return isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdef" for c in value)
