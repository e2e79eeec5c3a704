"""Merkle tree of the log as in RFC 9162 (Certificate Transparency v2), section 2.1.

Leaves are the entries' hash bytes (32 bytes each). All hashes here are raw bytes; callers turn
them into hex at the edges. Proof generation follows the recursive definitions of §2.1.3.1 and
§2.1.4.1; verification follows the iterative algorithms of §2.1.3.2 and §2.1.4.2 step by step.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from hashlib import sha256

EMPTY_ROOT = sha256(b"").digest()  # MTH({}) = HASH()


def leaf_hash(leaf: bytes) -> bytes:
    return sha256(b"\x00" + leaf).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return sha256(b"\x01" + left + right).digest()


class MerkleAccumulator:
    """Root of a growing tree from its frontier: the roots of its perfect subtrees, left to right.

    Appending costs one leaf hash plus, on average, one node hash; memory is O(log n). This is how a
    verifier streams a million entries without holding them, and how a writer can keep the current
    root between transactions (persist `size` and `frontier_hex()`, resume with `from_frontier`).
    """

    __slots__ = ("size", "_frontier")

    def __init__(self) -> None:
        self.size = 0
        self._frontier: list[bytes] = []

    @classmethod
    def from_frontier(cls, size: int, frontier: Sequence[str]) -> MerkleAccumulator:
        """Resume from a saved state; the frontier has one hash per set bit of `size`."""
        if size < 0 or len(frontier) != bin(size).count("1"):
            raise ValueError("frontier does not fit the tree size")
        acc = cls()
        acc.size = size
        acc._frontier = [bytes.fromhex(h) for h in frontier]
        return acc

    def frontier_hex(self) -> list[str]:
        return [h.hex() for h in self._frontier]

    def append(self, leaf: bytes) -> None:
        """Add one leaf (the entry's hash bytes)."""
        self.append_leaf_hash(sha256(b"\x00" + leaf).digest())

    def append_leaf_hash(self, h: bytes) -> None:
        """Add one leaf given its leaf hash, HASH(0x00 || leaf)."""
        frontier = self._frontier
        n = self.size
        # Each trailing 1 bit of n is a perfect subtree of the same height as h: merge them.
        while n & 1:
            h = sha256(b"\x01" + frontier.pop() + h).digest()
            n >>= 1
        frontier.append(h)
        self.size += 1

    def extend(self, leaves: Iterable[bytes]) -> None:
        for leaf in leaves:
            self.append(leaf)

    def root(self) -> bytes:
        """MTH of the leaves so far (folding right to left splits at the largest power of 2, as RFC 9162)."""
        if not self._frontier:
            return EMPTY_ROOT
        frontier = self._frontier
        h = frontier[-1]
        for left in reversed(frontier[:-1]):
            h = sha256(b"\x01" + left + h).digest()
        return h


def root(leaves: Iterable[bytes]) -> bytes:
    """MTH(D[n]) of the given leaves."""
    acc = MerkleAccumulator()
    acc.extend(leaves)
    return acc.root()


def _subtree_root(hashes: Sequence[bytes], lo: int, hi: int) -> bytes:
    """MTH of leaves lo..hi-1, given their leaf hashes."""
    acc = MerkleAccumulator()
    for i in range(lo, hi):
        acc.append_leaf_hash(hashes[i])
    return acc.root()


def _split(n: int) -> int:
    """The largest power of two smaller than n (n > 1)."""
    return 1 << ((n - 1).bit_length() - 1)


def inclusion_proof(index: int, leaves: Sequence[bytes]) -> list[bytes]:
    """PATH(m, D[n]) of RFC 9162 §2.1.3.1 for leaf `index` of a tree of `len(leaves)` leaves."""
    if not 0 <= index < len(leaves):
        raise IndexError(f"leaf index {index} is outside a tree of size {len(leaves)}")
    hashes = [leaf_hash(leaf) for leaf in leaves]
    proof: list[bytes] = []
    lo, hi, m = 0, len(hashes), index
    # Walk down from the root; the sibling of each step goes in front, so the list ends leaf-first.
    while hi - lo > 1:
        k = _split(hi - lo)
        if m < k:
            proof.append(_subtree_root(hashes, lo + k, hi))
            hi = lo + k
        else:
            proof.append(_subtree_root(hashes, lo, lo + k))
            lo, m = lo + k, m - k
    proof.reverse()
    return proof


def verify_inclusion(leaf: bytes, index: int, size: int, proof: Sequence[bytes], root_hash: bytes) -> bool:
    """RFC 9162 §2.1.3.2: is `leaf` at `index` of the tree of `size` leaves whose root is `root_hash`?"""
    if not 0 <= index < size:
        return False
    fn, sn = index, size - 1
    r = leaf_hash(leaf)
    for p in proof:
        if sn == 0 or len(p) != 32:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root_hash


def consistency_proof(old_size: int, leaves: Sequence[bytes]) -> list[bytes]:
    """PROOF(m, D[n]) of RFC 9162 §2.1.4.1 between the first `old_size` leaves and all of them.

    Empty when old_size is 0 or equals the new size (nothing to prove).
    """
    n = len(leaves)
    if not 0 <= old_size <= n:
        raise ValueError(f"old size {old_size} is outside 0..{n}")
    if old_size in (0, n):
        return []
    hashes = [leaf_hash(leaf) for leaf in leaves]
    proof: list[bytes] = []
    lo, hi, m, whole = 0, n, old_size, True
    # SUBPROOF(m, D[lo:hi], whole), unrolled; appended hashes come out root-first, reversed at the end.
    while m != hi - lo:
        k = _split(hi - lo)
        if m <= k:
            proof.append(_subtree_root(hashes, lo + k, hi))
            hi = lo + k
        else:
            proof.append(_subtree_root(hashes, lo, lo + k))
            lo, m, whole = lo + k, m - k, False
    if not whole:
        proof.append(_subtree_root(hashes, lo, hi))  # SUBPROOF(m, D[m], false) = {MTH(D[m])}
    proof.reverse()
    return proof


def verify_consistency(
    old_size: int, new_size: int, old_root: bytes, new_root: bytes, proof: Sequence[bytes]
) -> bool:
    """RFC 9162 §2.1.4.2: is the tree of `new_size` leaves an append-only extension of the old one?"""
    if not 0 <= old_size <= new_size:
        return False
    if old_size == new_size:
        return not proof and old_root == new_root
    if old_size == 0:
        return not proof and old_root == EMPTY_ROOT  # every tree extends the empty one
    if not proof or any(len(p) != 32 for p in proof):
        return False  # step 1
    path = list(proof)
    if old_size & (old_size - 1) == 0:
        path.insert(0, old_root)  # step 2: first is an exact power of 2
    fn, sn = old_size - 1, new_size - 1  # step 3
    while fn & 1:  # step 4
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]  # step 5
    for c in path[1:]:  # step 6
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return fr == old_root and sr == new_root and sn == 0  # step 7
