"""Builders for audit tests: honest chains, signed heads, and an attacker's tools."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from trustdesk.audit.chain import seal
from trustdesk.audit.merkle import root
from trustdesk.audit.records import GENESIS, AuditRecord, iso_utc
from trustdesk.audit.signing import SigningKey, TreeHead, sign_tree_head

T0 = datetime(2026, 11, 23, 19, 29, 21, 123456, tzinfo=UTC)


def entry(seq: int, prev_hash: str, **overrides: object) -> AuditRecord:
    fields: dict = dict(
        seq=seq, id=f"aud_{seq:08d}", at=iso_utc(T0 + timedelta(seconds=seq)), actor=f"staff_{seq % 3}",
        verb="action.approved", subject=f"account:{seq % 7}", object_id=f"act_{seq:06d}",
        summary=f"senior{seq % 3} approved suspend of @user{seq % 7} (case {seq})",
        payload={"case_id": f"cas_{seq}", "reason": "spam", "duration_hours": 24, "note": "ok ✓"},
        prev_hash=prev_hash,
    )
    fields.update(overrides)
    return seal(**fields)


def chain(n: int) -> list[AuditRecord]:
    records: list[AuditRecord] = []
    prev = GENESIS
    for seq in range(1, n + 1):
        records.append(entry(seq, prev))
        prev = records[-1].hash
    return records


def rechain(records: Sequence[AuditRecord], start: int = 0) -> list[AuditRecord]:
    """What an attacker with database access does: renumber and re-hash from index `start` on."""
    out = list(records[:start])
    prev = out[-1].hash if out else GENESIS
    for i, record in enumerate(records[start:], start=start):
        fields = {f: getattr(record, f) for f in ("id", "at", "actor", "verb", "subject", "object_id",
                                                   "summary", "payload")}
        out.append(seal(seq=i + 1, prev_hash=prev, **fields))
        prev = out[-1].hash
    return out


def with_fields(record: AuditRecord, **changes: object) -> AuditRecord:
    """Edit a record's columns without touching its hash (a raw UPDATE)."""
    return dataclasses.replace(record, **changes)


def heads_at(records: Sequence[AuditRecord], sizes: Sequence[int], key: SigningKey) -> list[TreeHead]:
    return [
        sign_tree_head(key, size, root(bytes.fromhex(r.hash) for r in records[:size]).hex(),
                       iso_utc(T0 + timedelta(hours=size)))
        for size in sizes
    ]
