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
    acc = MerkleAccumulator()
    push = acc.append_leaf_hash
    pending = _Heads(heads)
    wrong = pending.match(0, acc.root())
    if wrong:
        return _root_mismatch(wrong, 0, 0)
    next_size = pending.next_size
    seq, prev, prev2 = 0, GENESIS, None
    # The hot loop: locals only, one canonical encoding and two sha256 per entry (plus Merkle nodes).
    for rec in records:
        seq += 1
        if rec.seq != seq:
            return _sequence_break(rec, seq, pending.checked, pending.signed)
        try:
            digest = sha256(
                content_bytes(rec.seq, rec.id, rec.at, rec.actor, rec.verb, rec.subject, rec.object_id,
                              rec.summary, rec.payload, rec.prev_hash)
            ).digest()
        except (CanonicalError, TypeError, ValueError) as exc:  # UnicodeEncodeError is a ValueError
            return _bad(seq - 1, seq, f"entry {seq}: malformed ({exc})", pending.checked, pending.signed)
        hexdigest = digest.hex()
        if rec.prev_hash != prev or hexdigest != rec.hash:
            return _chain_break(rec, seq, prev2, hexdigest, pending.checked, pending.signed)
        prev2, prev = prev, hexdigest
        push(sha256(b"\x00" + digest).digest())
        if seq == next_size:
            signed, wrong = pending.signed, pending.match(seq, acc.root())
            if wrong:
                return _root_mismatch(wrong, signed, pending.checked)
            next_size = pending.next_size
    return pending.finish(seq)


class _Heads:
    """Signed heads not yet reached, smallest first, and what the ones reached so far proved."""

    def __init__(self, heads: Sequence[TreeHead]) -> None:
        self._pending = sorted(heads, key=lambda h: h.size, reverse=True)  # pop() gives the smallest
        self.checked = 0  # heads whose root matched
        self.signed = 0  # size of the largest of those

    @property
    def next_size(self) -> int:
        return self._pending[-1].size if self._pending else -1

    def match(self, size: int, root: bytes) -> TreeHead | None:
        """Compare every head of this size with the log's root at this size; return one that differs."""
        while self._pending and self._pending[-1].size == size:
            head = self._pending.pop()
            if head.root != root.hex():
                return head
            self.checked += 1
            self.signed = size
        return None

    def finish(self, entries: int) -> VerifyReport:
        """End of the log: any head still pending claims entries that are gone."""
        if not self._pending:
            return VerifyReport(True, entries, None, None, self.checked, self.signed)
        head = self._pending[0]  # the largest: says how much is missing
        problem = (
            f"entry {entries + 1}: missing: the log ends at entry {entries} but the tree head signed at "
            f"{head.at} covers {head.size} entries (tail deleted?)"
        )
        return _bad(entries, entries + 1, problem, self.checked, self.signed)


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
    if head.size == 0:
        problem = f"the tree head signed at {head.at} for 0 entries has a wrong root"
        return _bad(0, None, problem, checked, signed)
    span = f"entry {first}: does" if first == head.size else f"entries {first} to {head.size}: do"
    problem = (
        f"{span} not match the tree head signed at {head.at} for {head.size} entries "
        f"(rewritten, inserted or deleted after signing?)"
    )
    return _bad(head.size, first, problem, checked, signed)
