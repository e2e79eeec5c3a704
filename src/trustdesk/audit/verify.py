"""Verify a whole log: the hash chain entry by entry, then every signed tree head against it.

Streams the records once and keeps O(log n) state, so it runs on a database cursor or an export file
as well as on a list. It stops at the first problem and names the earliest entry that may be bad.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from hashlib import sha256

from trustdesk.audit.canonical import CanonicalError, content_bytes
from trustdesk.audit.merkle import MerkleAccumulator
from trustdesk.audit.records import GENESIS, RecordLike
from trustdesk.audit.signing import TreeHead, key_id_of, load_public_key, verify_tree_head


@dataclass(frozen=True, slots=True)
class VerifyReport:
    """Outcome of `verify_log`.

    entries: how many entries passed the chain checks before the verifier stopped (all, when ok).
    first_bad_seq: the earliest entry that may have been tampered with, when one can be named.
    heads_checked: signed tree heads whose root matched the log.
    signed_size: entries covered by the largest matching head; later ones rest on the chain alone.
    """

    ok: bool
    entries: int
    first_bad_seq: int | None
    problem: str | None
    heads_checked: int
    signed_size: int = 0


def verify_log(
    records: Iterable[RecordLike], heads: Sequence[TreeHead], public_key_pem: str
) -> VerifyReport:
    """Check the chain (seq order, links, hashes) and that every signed head matches the log.

    `records` must come in seq order; AuditRecords or any objects with the same attributes.
    """
    problem = _check_heads(heads, public_key_pem)
    if problem:
        return VerifyReport(False, 0, None, problem, 0)
    pending = sorted(heads, key=lambda h: h.size)
    checked = signed = 0
    acc = MerkleAccumulator()
    push = acc.append_leaf_hash
    while pending and pending[0].size == 0:  # a head of the empty log: nothing to stream for it
        head = pending.pop(0)
        if head.root != acc.root().hex():
            return _bad(0, 1, f"the tree head signed at {head.at} for 0 entries has a wrong root", checked)
        checked += 1
    next_size = pending[0].size if pending else -1
    seq, prev, prev2 = 0, GENESIS, None
    # The hot loop: locals only, one canonical encoding and two sha256 per entry (plus Merkle nodes).
    for rec in records:
        seq += 1
        if rec.seq != seq:
            return _sequence_break(rec, seq, checked, signed)
        try:
            digest = sha256(
                content_bytes(rec.seq, rec.id, rec.at, rec.actor, rec.verb, rec.subject, rec.object_id,
                              rec.summary, rec.payload, rec.prev_hash)
            ).digest()
        except (CanonicalError, TypeError, ValueError) as exc:  # UnicodeEncodeError is a ValueError
            return _bad(seq - 1, seq, f"entry {seq}: malformed ({exc})", checked, signed)
        hexdigest = digest.hex()
        if rec.prev_hash != prev or hexdigest != rec.hash:
            return _chain_break(rec, seq, prev2, hexdigest, checked, signed)
        prev2, prev = prev, hexdigest
        push(sha256(b"\x00" + digest).digest())
        if seq == next_size:
            root = acc.root().hex()
            while pending and pending[0].size == seq:
                head = pending.pop(0)
                if head.root != root:
                    return _root_mismatch(head, signed, checked)
                checked += 1
            signed = seq
            next_size = pending[0].size if pending else -1
    if pending:
        head = pending[-1]
        return _bad(
            seq, seq + 1,
            f"entry {seq + 1}: missing: the log ends at entry {seq} but the tree head signed at {head.at} "
            f"covers {head.size} entries (tail deleted?)",
            checked, signed,
        )
    return VerifyReport(True, seq, None, None, checked, signed)


def _check_heads(heads: Sequence[TreeHead], public_key_pem: str) -> str | None:
    """Signatures first: a head that does not verify says nothing about the log."""
    try:
        key_id = key_id_of(load_public_key(public_key_pem))
    except (ValueError, TypeError):
        return "the public key given is not an Ed25519 public key in PEM form"
    for head in heads:
        if type(head.size) is not int or head.size < 0 or not isinstance(head.root, str):
            return f"a tree head is malformed (size {head.size!r})"
        name = f"the tree head signed at {head.at} for {head.size} entries"
        if head.key_id != key_id:
            return f"{name} names key {head.key_id}, not the log's key {key_id} (re-signed with another key?)"
        if not verify_tree_head(head, public_key_pem):
            return f"{name} has a signature that does not verify with this log's key (forged or re-signed?)"
    return None


def _bad(entries: int, first_bad: int | None, problem: str, checked: int, signed: int = 0) -> VerifyReport:
    return VerifyReport(False, entries, first_bad, problem, checked, signed)


def _sequence_break(rec: RecordLike, seq: int, checked: int, signed: int) -> VerifyReport:
    if isinstance(rec.seq, int) and rec.seq > seq:
        where = f"the log starts at entry {rec.seq}" if seq == 1 else f"entry {seq - 1} is followed by {rec.seq}"
        problem = f"entry {seq}: missing ({where}; deleted or reordered?)"
        return _bad(seq - 1, seq, problem, checked, signed)
    if isinstance(rec.seq, int) and 1 <= rec.seq < seq:
        problem = f"entry {rec.seq}: appears again after entry {seq - 1} (inserted or reordered?)"
        return _bad(seq - 1, rec.seq, problem, checked, signed)
    return _bad(seq - 1, seq, f"entry {seq}: has an invalid sequence number {rec.seq!r}", checked, signed)


def _chain_break(
    rec: RecordLike, seq: int, prev2: str | None, digest: str, checked: int, signed: int
) -> VerifyReport:
    """Name the likeliest culprit when an entry's link or hash is wrong."""
    if prev2 is not None and rec.prev_hash == prev2 and seq > 1:
        # This entry skips its predecessor and links to the one before: the predecessor was slipped in.
        problem = f"entry {seq - 1}: was inserted (entry {seq} is chained to entry {seq - 2}, not to it)"
        return _bad(seq - 2, seq - 1, problem, checked, signed)
    if digest != rec.hash:
        return _bad(seq - 1, seq, f"entry {seq}: content does not match its hash (edited?)", checked, signed)
    if seq == 1:
        problem = "entry 1: does not start from the genesis hash (entries before it deleted?)"
        return _bad(0, 1, problem, checked, signed)
    # The entry is self-consistent but chained to a different predecessor: the predecessor was
    # rewritten together with its hash, or entries were deleted or inserted between the two.
    problem = (
        f"entry {seq - 1}: its hash is not the one entry {seq} is chained to "
        f"(entry {seq - 1} rewritten, or entries deleted or inserted after it)"
    )
    return _bad(seq - 2, seq - 1, problem, checked, signed)


def _root_mismatch(head: TreeHead, signed: int, checked: int) -> VerifyReport:
    # The chain is intact up to here, so someone rewrote a stretch and re-chained it. The signed
    # root says which stretch: after the last head that matched, up to this one.
    first = signed + 1
    span = f"entry {first}: does" if first == head.size else f"entries {first} to {head.size}: do"
    problem = (
        f"{span} not match the tree head signed at {head.at} for {head.size} entries "
        f"(rewritten, inserted or deleted after signing?)"
    )
    return _bad(head.size, first, problem, checked, signed)
