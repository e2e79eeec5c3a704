"""RFC 9162 Merkle tree: roots, inclusion and consistency proofs."""

from __future__ import annotations

from hashlib import sha256

import pytest

from trustdesk.audit.merkle import (
    EMPTY_ROOT,
    MerkleAccumulator,
    consistency_proof,
    inclusion_proof,
    root,
    verify_consistency,
    verify_inclusion,
)

# Test vectors of the certificate-transparency reference implementation (RFC 6962 = RFC 9162 here).
CT_LEAVES = [b"", b"\x00", b"\x10", b"\x20\x21", b"\x30\x31", b"\x40\x41\x42\x43",
             b"\x50\x51\x52\x53\x54\x55\x56\x57", bytes(range(0x60, 0x70))]
CT_ROOTS = [
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]
CT_INCLUSION = {
    (0, 8): ["96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
             "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
             "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"],
    (5, 8): ["bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
             "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
             "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"],
}
CT_CONSISTENCY = {
    (1, 8): ["96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
             "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
             "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"],
    (6, 8): ["0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
             "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
             "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"],
    (2, 5): ["5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
             "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"],
}

MAX = 40
LEAVES = [sha256(str(i).encode()).digest() for i in range(MAX)]  # leaves are entry hashes: 32 bytes


def reference_mth(leaves: list[bytes]) -> bytes:
    """MTH straight from the RFC's recursive definition, to check the iterative code against."""
    if not leaves:
        return sha256(b"").digest()
    if len(leaves) == 1:
        return sha256(b"\x00" + leaves[0]).digest()
    k = 1
    while k * 2 < len(leaves):
        k *= 2
    return sha256(b"\x01" + reference_mth(leaves[:k]) + reference_mth(leaves[k:])).digest()


def _flip(proof: list[bytes], i: int) -> list[bytes]:
    tampered = list(proof)
    tampered[i] = bytes([tampered[i][0] ^ 1]) + tampered[i][1:]
    return tampered


def test_roots_match_the_certificate_transparency_test_vectors() -> None:
    assert root([]) == EMPTY_ROOT == bytes.fromhex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    for n, expected in enumerate(CT_ROOTS, start=1):
        assert root(CT_LEAVES[:n]).hex() == expected


def test_proofs_match_the_certificate_transparency_test_vectors() -> None:
    for (index, size), expected in CT_INCLUSION.items():
        assert [p.hex() for p in inclusion_proof(index, CT_LEAVES[:size])] == expected
    for (old, new), expected in CT_CONSISTENCY.items():
        proof = consistency_proof(old, CT_LEAVES[:new])
        assert [p.hex() for p in proof] == expected
        assert verify_consistency(old, new, bytes.fromhex(CT_ROOTS[old - 1]), bytes.fromhex(CT_ROOTS[new - 1]),
                                  proof)


def test_accumulator_root_equals_the_recursive_definition_for_every_size() -> None:
    acc = MerkleAccumulator()
    assert acc.root() == reference_mth([])
    for n in range(1, 130):
        acc.append(LEAVES[n % MAX] + bytes([n]))
        assert acc.root() == reference_mth([LEAVES[i % MAX] + bytes([i]) for i in range(1, n + 1)])


def test_accumulator_resumes_from_a_saved_frontier() -> None:
    acc = MerkleAccumulator()
    acc.extend(LEAVES[:27])
    resumed = MerkleAccumulator.from_frontier(acc.size, acc.frontier_hex())
    acc.extend(LEAVES[27:])
    resumed.extend(LEAVES[27:])
    assert resumed.root() == acc.root() == root(LEAVES)
    with pytest.raises(ValueError):
        MerkleAccumulator.from_frontier(27, acc.frontier_hex()[:1])


def test_inclusion_proofs_round_trip_for_every_size_and_index_and_fail_when_tampered() -> None:
    for size in range(1, MAX + 1):
        leaves = LEAVES[:size]
        tree_root = root(leaves)
        for index in range(size):
            proof = inclusion_proof(index, leaves)
            assert verify_inclusion(leaves[index], index, size, proof, tree_root), (index, size)
            other = (index + 1) % size
            if other != index:
                assert not verify_inclusion(leaves[other], index, size, proof, tree_root)
                assert not verify_inclusion(leaves[index], other, size, proof, tree_root)
            for i in range(len(proof)):
                assert not verify_inclusion(leaves[index], index, size, _flip(proof, i), tree_root)
            assert not verify_inclusion(leaves[index], index, size, proof + [tree_root], tree_root)
            if proof:
                assert not verify_inclusion(leaves[index], index, size, proof[:-1], tree_root)
            assert not verify_inclusion(leaves[index], index, size, proof, sha256(tree_root).digest())


def test_consistency_proofs_round_trip_for_every_pair_of_sizes_and_fail_when_tampered() -> None:
    roots = [root(LEAVES[:n]) for n in range(MAX + 1)]
    for new in range(1, MAX + 1):
        leaves = LEAVES[:new]
        for old in range(0, new + 1):
            proof = consistency_proof(old, leaves)
            assert verify_consistency(old, new, roots[old], roots[new], proof), (old, new)
            for i in range(len(proof)):
                assert not verify_consistency(old, new, roots[old], roots[new], _flip(proof, i))
            if 0 < old < new:
                assert not verify_consistency(old, new, sha256(roots[old]).digest(), roots[new], proof)
                assert not verify_consistency(old, new, roots[old], sha256(roots[new]).digest(), proof)
                assert not verify_consistency(old, new, roots[old], roots[new], proof[:-1])
                assert not verify_consistency(old, new, roots[old], roots[new], proof + [roots[new]])
                assert not verify_consistency(new, old, roots[new], roots[old], proof)  # shrinking


def test_a_log_that_rewrote_an_old_entry_has_no_consistency_proof_from_an_earlier_head() -> None:
    old_root = root(LEAVES[:20])
    rewritten = LEAVES[:7] + [sha256(b"forged").digest()] + LEAVES[8:]
    proof = consistency_proof(20, rewritten)
    assert not verify_consistency(20, MAX, old_root, root(rewritten), proof)


def test_proof_requests_outside_the_tree_are_refused() -> None:
    with pytest.raises(IndexError):
        inclusion_proof(5, LEAVES[:5])
    with pytest.raises(ValueError):
        consistency_proof(6, LEAVES[:5])
    assert not verify_inclusion(LEAVES[0], 0, 0, [], EMPTY_ROOT)
    assert not verify_consistency(0, 5, root(LEAVES[:1]), root(LEAVES[:5]), [])
