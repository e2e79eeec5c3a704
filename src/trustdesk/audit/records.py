"""One audit entry as a plain record, and its JSON Lines form."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, NamedTuple, Protocol

GENESIS = "0" * 64  # prev_hash of entry 1: there is nothing before it

FIELDS = (
    "seq", "id", "at", "actor", "verb", "subject", "object_id", "summary", "payload", "prev_hash", "hash",
)
CONTENT_FIELDS = FIELDS[:-1]  # what the hash covers: everything but the hash itself

# Expected type of each field when a record is read back from JSON (None allowed where listed).
_TYPES: dict[str, tuple[type, bool]] = {
    "seq": (int, False), "id": (str, False), "at": (str, False), "actor": (str, True),
    "verb": (str, False), "subject": (str, True), "object_id": (str, True), "summary": (str, False),
    "payload": (dict, False), "prev_hash": (str, False), "hash": (str, False),
}


class RecordFormatError(ValueError):
    """A JSON object that is not a well-formed audit record."""


class RecordLike(Protocol):
    """Anything with an AuditRecord's attributes: the verifier also takes, say, SQLAlchemy Core rows
    selected with these column names, which skips building a million AuditRecords."""

    @property
    def seq(self) -> int: ...
    @property
    def id(self) -> str: ...
    @property
    def at(self) -> str: ...
    @property
    def actor(self) -> str | None: ...
    @property
    def verb(self) -> str: ...
    @property
    def subject(self) -> str | None: ...
    @property
    def object_id(self) -> str | None: ...
    @property
    def summary(self) -> str: ...
    @property
    def payload(self) -> dict: ...
    @property
    def prev_hash(self) -> str: ...
    @property
    def hash(self) -> str: ...


@dataclass(frozen=True, slots=True)
class AuditRecord:
    """One entry of the chain. `hash` is the sha256 of the canonical form of all other fields."""

    seq: int
    id: str
    at: str
    actor: str | None
    verb: str
    subject: str | None
    object_id: str | None
    summary: str
    payload: dict
    prev_hash: str
    hash: str

    def content(self) -> dict[str, Any]:
        """The fields the hash covers, as a dict."""
        return {name: getattr(self, name) for name in CONTENT_FIELDS}

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in FIELDS}

    def to_json(self) -> str:
        """One JSON Lines line (no trailing newline)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AuditRecord:
        """Build from a decoded JSON object; a `type` key (export files) is ignored."""
        extra = set(data) - set(FIELDS) - {"type"}
        if extra:
            raise RecordFormatError(f"unexpected fields: {', '.join(sorted(extra))}")
        values: list[Any] = []  # each one type-checked against _TYPES below
        for name in FIELDS:
            if name not in data:
                raise RecordFormatError(f"missing field: {name}")
            value = data[name]
            kind, nullable = _TYPES[name]
            # bool is an int subclass; a seq of `true` must not pass as 1
            if not ((value is None and nullable) or (type(value) is kind)):
                raise RecordFormatError(f"field {name} has the wrong type ({type(value).__name__})")
            values.append(value)
        return cls(*values)

    @classmethod
    def from_json(cls, line: str) -> AuditRecord:
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise RecordFormatError(f"not valid JSON: {exc.msg}") from exc
        if not isinstance(data, dict):
            raise RecordFormatError("not a JSON object")
        return cls.from_dict(data)


class RecordRow(NamedTuple):
    """An entry as read back (export line, database row): cheaper to build than an AuditRecord.

    verify_log checks every field's type anyway (the canonical encoder refuses wrong ones), so readers
    that only feed the verifier skip AuditRecord's own checks."""

    seq: int
    id: str
    at: str
    actor: str | None
    verb: str
    subject: str | None
    object_id: str | None
    summary: str
    payload: dict
    prev_hash: str
    hash: str


def iso_utc(instant: datetime) -> str:
    """The `at` form for the log: ISO-8601 UTC with microseconds (2026-11-23T19:29:21.123456+00:00)."""
    if instant.tzinfo is None:
        raise ValueError("audit timestamps must be timezone-aware")
    return instant.astimezone(UTC).isoformat(timespec="microseconds")


def check_at(at: str) -> None:
    """Raise ValueError unless `at` is an ISO-8601 timestamp in UTC."""
    try:
        parsed = datetime.fromisoformat(at)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"at={at!r} is not an ISO-8601 timestamp") from exc
    offset = parsed.utcoffset()
    if offset is None or offset.total_seconds() != 0:
        raise ValueError(f"at={at!r} is not in UTC (expected an offset of +00:00)")
