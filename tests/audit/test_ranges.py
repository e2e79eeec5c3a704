"""Parallel verification: ranges joined give the all-good answer only when the whole log is good."""

from __future__ import annotations

import dataclasses

from tests.audit.chainkit import chain
from trustdesk.audit import load_or_create_key, merkle_root, sign_tree_head, verify_log
from trustdesk.audit.ranges import check_range, join_ranges


def _split(records, parts):
    n = len(records)
    bounds = [(n * i // parts, n * (i + 1) // parts) for i in range(parts)]
    return [check_range(records[lo:hi], lo + 1) for lo, hi in bounds]


def _head(key, records, size):
    return sign_tree_head(key, size, merkle_root(bytes.fromhex(r.hash) for r in records[:size]).hex(),
                          "2026-11-23T12:00:00+00:00")


def test_joined_ranges_agree_with_the_sequential_verifier_on_an_intact_log(tmp_path):
    key = load_or_create_key(tmp_path / "k.pem")
    records = chain(101)
    heads = [_head(key, records, 40), _head(key, records, 101)]
    joined = join_ranges(_split(records, 3), heads, key.public_key_pem())
    assert joined == verify_log(records, heads, key.public_key_pem())
    assert joined.ok and joined.signed_size == 101 and joined.heads_checked == 2


def test_an_edit_in_any_range_makes_the_join_defer_to_the_sequential_verifier(tmp_path):
    key = load_or_create_key(tmp_path / "k.pem")
    records = chain(60)
    heads = [_head(key, records, 60)]
    for index in (0, 19, 20, 59):
        tampered = list(records)
        tampered[index] = dataclasses.replace(tampered[index], summary="edited")
        assert join_ranges(_split(tampered, 3), heads, key.public_key_pem()) is None


def test_a_row_missing_at_a_range_boundary_is_not_joined_over(tmp_path):
    key = load_or_create_key(tmp_path / "k.pem")
    records = chain(60)
    heads = [_head(key, records, 60)]
    ranges = _split(records[:20] + records[21:], 3)
    assert join_ranges(ranges, heads, key.public_key_pem()) is None


def test_a_truncated_tail_under_a_signed_head_is_not_joined_over(tmp_path):
    key = load_or_create_key(tmp_path / "k.pem")
    records = chain(60)
    assert join_ranges(_split(records[:55], 2), [_head(key, records, 60)], key.public_key_pem()) is None
