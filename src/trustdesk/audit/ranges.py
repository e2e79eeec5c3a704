"""Verifying a long log on several cores: each worker checks a contiguous range, the parent joins them.

A range check proves each entry's hash matches its content and links to the one before it inside the
range; the parent checks the links between ranges and every signed tree head against the hashes.
Only the all-good answer comes from here: on any doubt the caller runs `verify_log`, whose messages
name the first bad entry."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from hashlib import sha256

from trustdesk.audit.canonical import content_bytes
from trustdesk.audit.merkle import MerkleAccumulator
from trustdesk.audit.records import GENESIS, RecordLike
from trustdesk.audit.signing import TreeHead
from trustdesk.audit.verify import VerifyReport, _check_heads


@dataclass(frozen=True)
class RangeCheck:
    ok: bool
    first_seq: int
    count: int
    first_prev_hash: str | None
    last_hash: str | None
    digests: bytes  # the entries' hashes, 32 bytes each, in order


def check_range(records: Iterable[RecordLike], first_seq: int) -> RangeCheck:
    digests = bytearray()
    seq, prev, first_prev = first_seq - 1, None, None
    for rec in records:
        seq += 1
        if rec.seq != seq:
            return RangeCheck(False, first_seq, seq - first_seq, first_prev, prev, bytes(digests))
        try:
            digest = sha256(content_bytes(rec.seq, rec.id, rec.at, rec.actor, rec.verb, rec.subject, rec.object_id,
                                          rec.summary, rec.payload, rec.prev_hash)).digest()
        except (TypeError, ValueError):
            return RangeCheck(False, first_seq, seq - first_seq, first_prev, prev, bytes(digests))
        hexdigest = digest.hex()
        if first_prev is None:
            first_prev = rec.prev_hash
        elif rec.prev_hash != prev:
            return RangeCheck(False, first_seq, seq - first_seq, first_prev, prev, bytes(digests))
        if hexdigest != rec.hash:
            return RangeCheck(False, first_seq, seq - first_seq, first_prev, prev, bytes(digests))
        digests += digest
        prev = hexdigest
    return RangeCheck(True, first_seq, seq - first_seq + 1, first_prev, prev, bytes(digests))


def join_ranges(ranges: Sequence[RangeCheck], heads: Sequence[TreeHead], public_key_pem: str) -> VerifyReport | None:
    """The whole log's report if every range and head holds; None when the sequential verifier must look."""
    if _check_heads(heads, public_key_pem) or not all(r.ok for r in ranges):
        return None
    expected_prev, expected_seq = GENESIS, 1
    for part in ranges:
        if part.count and (part.first_seq != expected_seq or part.first_prev_hash != expected_prev):
            return None
        expected_seq += part.count
        expected_prev = part.last_hash or expected_prev
    total = expected_seq - 1
    pending = sorted(heads, key=lambda h: h.size)
    if pending and pending[-1].size > total:
        return None
    tree, checked, signed, index = MerkleAccumulator(), 0, 0, 0
    push = tree.append_leaf_hash
    while index < len(pending) and pending[index].size == 0:
        if pending[index].root != tree.root().hex():
            return None
        checked, index = checked + 1, index + 1
    size = 0
    for part in ranges:
        view = memoryview(part.digests)
        for offset in range(0, len(view), 32):
            push(sha256(b"\x00" + view[offset:offset + 32]).digest())
            size += 1
            while index < len(pending) and pending[index].size == size:
                if pending[index].root != tree.root().hex():
                    return None
                checked, signed, index = checked + 1, size, index + 1
    return VerifyReport(True, total, None, None, checked, signed)
