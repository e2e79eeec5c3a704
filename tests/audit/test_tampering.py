"""Every way of rewriting history is caught, and the report names the first bad entry."""

from __future__ import annotations

import dataclasses

import pytest

from trustdesk.audit.signing import SigningKey
from trustdesk.audit.verify import verify_log

from .chainkit import chain, entry, heads_at, rechain, with_fields

N = 100
HEAD_SIZES = (10, 20, 30, 40, 50, 60, 70, 80, 90, 100)


@pytest.fixture(scope="module")
def key() -> SigningKey:
    return SigningKey.generate()


@pytest.fixture(scope="module")
def log(key: SigningKey) -> tuple[list, list]:
    records = chain(N)
    return records, heads_at(records, HEAD_SIZES, key)


def _verify(records: list, heads: list, key: SigningKey):  # noqa: ANN202
    return verify_log(iter(records), heads, key.public_key_pem())


def test_an_untouched_log_verifies_with_every_head_checked(log: tuple, key: SigningKey) -> None:
    records, heads = log
    report = _verify(records, heads, key)
    assert report.ok and report.problem is None and report.first_bad_seq is None
    assert (report.entries, report.heads_checked, report.signed_size) == (N, len(HEAD_SIZES), N)


def test_entries_appended_after_the_last_head_verify_on_the_chain_alone(key: SigningKey) -> None:
    records = chain(25)
    report = _verify(records, heads_at(records, [0, 20], key), key)
    assert report.ok and (report.entries, report.heads_checked, report.signed_size) == (25, 2, 20)


def test_an_empty_log_without_heads_verifies() -> None:
    report = verify_log([], [], SigningKey.generate().public_key_pem())
    assert report.ok and report.entries == 0


def test_editing_a_payload_is_caught_at_the_edited_entry(log: tuple, key: SigningKey) -> None:
    records, heads = log
    records = list(records)
    records[40] = with_fields(records[40], payload={**records[40].payload, "reason": "nothing happened"})
    report = _verify(records, heads, key)
    assert not report.ok and report.first_bad_seq == 41
    assert report.problem == "entry 41: content does not match its hash (edited?)"


@pytest.mark.parametrize("field", ["id", "at", "actor", "verb", "subject", "object_id", "summary"])
def test_editing_any_other_field_is_caught_at_the_edited_entry(log: tuple, key: SigningKey, field: str) -> None:
    records, heads = log
    records = list(records)
    records[40] = with_fields(records[40], **{field: "2026-01-01T00:00:00+00:00" if field == "at" else "x"})
    report = _verify(records, heads, key)
    assert (report.ok, report.first_bad_seq) == (False, 41)
    assert report.problem.startswith("entry 41: content does not match its hash")


def test_editing_an_entry_and_recomputing_its_hash_is_caught_at_that_entry(log: tuple, key: SigningKey) -> None:
    records, heads = log
    records = list(records)
    old = records[40]
    records[40] = entry(41, old.prev_hash, summary="someone else approved it")
    report = _verify(records, heads, key)
    assert (report.ok, report.first_bad_seq) == (False, 41)
    assert report.problem.startswith("entry 41: its hash is not the one entry 42 is chained to")


def test_deleting_a_row_is_caught_at_the_missing_entry(log: tuple, key: SigningKey) -> None:
    records, heads = log
    report = _verify(records[:40] + records[41:], heads, key)
    assert (report.ok, report.first_bad_seq, report.entries) == (False, 41, 40)
    assert report.problem.startswith("entry 41: missing")


def test_deleting_the_first_row_is_caught_at_entry_one(log: tuple, key: SigningKey) -> None:
    records, heads = log
    report = _verify(records[1:], heads, key)
    assert (report.ok, report.first_bad_seq) == (False, 1)
    assert report.problem.startswith("entry 1: missing")


def test_deleting_a_row_and_renumbering_the_rest_is_caught_at_the_gap(log: tuple, key: SigningKey) -> None:
    records, heads = log
    shifted = [dataclasses.replace(r, seq=r.seq - 1) for r in records[41:]]
    report = _verify(records[:40] + shifted, heads, key)
    assert (report.ok, report.first_bad_seq) == (False, 41)


def test_swapping_two_entries_is_caught_at_the_first_swapped_entry(log: tuple, key: SigningKey) -> None:
    records, heads = log
    records = list(records)
    records[40], records[41] = records[41], records[40]
    report = _verify(records, heads, key)
    assert (report.ok, report.first_bad_seq) == (False, 41)
    assert report.problem == "entry 41: missing (entry 40 is followed by 42; deleted or reordered?)"


def test_swapping_two_rows_sequence_numbers_is_caught_at_the_first_swapped_entry(
    log: tuple, key: SigningKey
) -> None:
    records, heads = log
    records = list(records)
    # UPDATE ... SET seq = CASE seq WHEN 41 THEN 42 WHEN 42 THEN 41 END: read back in seq order
    records[40], records[41] = with_fields(records[41], seq=41), with_fields(records[40], seq=42)
    report = _verify(records, heads, key)
    assert (report.ok, report.first_bad_seq) == (False, 41)


def test_inserting_a_forged_row_with_a_valid_hash_is_caught_at_the_forged_entry(
    log: tuple, key: SigningKey
) -> None:
    records, heads = log
    forged = entry(41, records[39].hash, summary="admin approved it (forged)")
    renumbered = [with_fields(r, seq=r.seq + 1) for r in records[40:]]
    report = _verify(records[:40] + [forged] + renumbered, heads, key)
    assert (report.ok, report.first_bad_seq) == (False, 41)
    assert report.problem == "entry 41: was inserted (entry 42 is chained to entry 40, not to it)"


def test_inserting_a_duplicate_row_is_caught_at_the_duplicated_entry(log: tuple, key: SigningKey) -> None:
    records, heads = log
    report = _verify(records[:41] + [records[40]] + records[41:], heads, key)
    assert (report.ok, report.first_bad_seq) == (False, 41)
    assert report.problem.startswith("entry 41: appears again after entry 41")


def test_a_forged_row_with_the_whole_chain_rehashed_is_caught_by_the_next_signed_head(
    log: tuple, key: SigningKey
) -> None:
    records, heads = log
    forged = entry(41, records[39].hash, summary="admin approved it (forged)")
    rewritten = rechain(records[:40] + [forged] + records[40:], start=40)
    report = _verify(rewritten, heads, key)
    assert (report.ok, report.first_bad_seq, report.heads_checked) == (False, 41, 4)
    assert report.problem.startswith("entries 41 to 50: do not match the tree head signed at")


def test_a_rewrite_inside_a_signed_stretch_names_the_first_entry_after_the_last_good_head(
    log: tuple, key: SigningKey
) -> None:
    records, heads = log
    records = list(records)
    records[44] = entry(45, records[43].hash, summary="quietly changed")
    rewritten = rechain(records, start=44)
    report = _verify(rewritten, heads, key)
    # Only the signed heads see a full re-chain; entries 41..50 is as precise as heads every 10 allow.
    assert (report.ok, report.first_bad_seq, report.entries) == (False, 41, 50)


def test_truncating_the_tail_after_a_signed_head_is_caught_at_the_first_missing_entry(
    log: tuple, key: SigningKey
) -> None:
    records, heads = log
    report = _verify(records[:90], heads, key)
    assert (report.ok, report.first_bad_seq, report.entries) == (False, 91, 90)
    assert report.problem.startswith("entry 91: missing: the log ends at entry 90 but the tree head")


def test_truncating_and_regrowing_the_tail_is_caught_by_the_latest_head(log: tuple, key: SigningKey) -> None:
    records, heads = log
    regrown, prev = records[:95], records[94].hash
    for seq in range(96, 101):
        regrown.append(entry(seq, prev, summary="a different ending"))
        prev = regrown[-1].hash
    report = _verify(regrown, heads, key)
    assert (report.ok, report.first_bad_seq) == (False, 91)
    assert report.problem.startswith("entries 91 to 100: do not match")


def test_rewriting_everything_and_re_signing_with_another_key_is_caught(log: tuple, key: SigningKey) -> None:
    records, _ = log
    attacker = SigningKey.generate()
    rewritten = rechain([with_fields(r, summary="nothing to see") for r in records])
    report = _verify(rewritten, heads_at(rewritten, HEAD_SIZES, attacker), key)
    assert not report.ok and report.first_bad_seq is None
    assert "not the log's key" in report.problem and "re-signed with another key" in report.problem


def test_re_signing_with_another_key_but_the_logs_key_id_is_caught(log: tuple, key: SigningKey) -> None:
    records, heads = log
    attacker = SigningKey.generate()
    attacker.key_id = key.key_id  # claim to be the log's key
    forged = heads_at(records, HEAD_SIZES, attacker)
    report = _verify(records, forged, key)
    assert not report.ok
    assert "signature that does not verify with this log's key" in report.problem


def test_editing_a_signed_heads_size_or_root_breaks_its_signature(log: tuple, key: SigningKey) -> None:
    records, heads = log
    for change in ({"size": 90}, {"root": "0" * 64}, {"at": "2020-01-01T00:00:00+00:00"}):
        report = _verify(records, heads[:-1] + [dataclasses.replace(heads[-1], **change)], key)
        assert not report.ok and "does not verify" in report.problem


def test_a_wrong_public_key_is_reported_plainly(log: tuple) -> None:
    records, heads = log
    report = verify_log(records, heads, "not a key")
    assert not report.ok and "not an Ed25519 public key" in report.problem


def test_an_entry_with_a_malformed_field_is_reported_not_raised(log: tuple, key: SigningKey) -> None:
    records, heads = log
    records = list(records)
    records[9] = with_fields(records[9], summary=12345)
    report = _verify(records, heads, key)
    assert (report.ok, report.first_bad_seq) == (False, 10)
    assert report.problem.startswith("entry 10: malformed")


def test_the_verifier_takes_any_rows_with_the_record_attributes(log: tuple, key: SigningKey) -> None:
    from trustdesk.audit.records import RecordRow  # what the storage layer and the export reader yield

    records, heads = log
    assert _verify([RecordRow(*r.to_dict().values()) for r in records], heads, key).ok


def test_a_signed_head_of_the_empty_log_must_have_the_empty_root(key: SigningKey) -> None:
    from trustdesk.audit.signing import sign_tree_head

    head = sign_tree_head(key, 0, "ab" * 32, "2026-11-23T19:29:21+00:00")
    report = _verify(chain(3), [head], key)
    assert not report.ok and "for 0 entries has a wrong root" in report.problem
