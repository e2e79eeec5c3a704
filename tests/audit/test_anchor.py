"""The heads file on disk: appends survive crashes, and a head names what the log lost."""

from __future__ import annotations

import json
from hashlib import sha256
from pathlib import Path

from trustdesk.audit.anchor import (
    append_head,
    check_against_head,
    extension_problem,
    last_head,
    load_frontier,
    read_heads,
    save_frontier,
)
from trustdesk.audit.merkle import MerkleAccumulator
from trustdesk.audit.signing import SigningKey, sign_tree_head

ROOT = "ab" * 32
OTHER_ROOT = "cd" * 32
AT = "2026-11-30T04:10:07.123456+00:00"


def test_heads_are_appended_one_json_object_a_line_and_read_back(tmp_path: Path) -> None:
    key = SigningKey.generate()
    path = tmp_path / "keys" / "audit-heads.jsonl"
    first, second = sign_tree_head(key, 10, ROOT, AT), sign_tree_head(key, 12, OTHER_ROOT, AT)
    append_head(path, first)
    append_head(path, second)
    lines = path.read_text().splitlines()
    assert [json.loads(line)["size"] for line in lines] == [10, 12]
    heads = read_heads(path, key.public_key_pem())
    assert heads.newest == second and heads.lines == 2 and heads.unreadable == 0


def test_a_torn_last_line_is_skipped_and_the_next_append_starts_on_its_own_line(tmp_path: Path) -> None:
    key = SigningKey.generate()
    path = tmp_path / "audit-heads.jsonl"
    append_head(path, sign_tree_head(key, 10, ROOT, AT))
    with path.open("ab") as fp:  # a crash half-way through the next append
        fp.write(b'{"at":"2026-11-30T04:10:17.0+00:00","key_id":"' + key.key_id.encode() + b'","ro')
    torn = read_heads(path, key.public_key_pem())
    assert torn.newest.size == 10 and torn.unreadable == 1
    append_head(path, sign_tree_head(key, 14, OTHER_ROOT, AT))
    after = read_heads(path, key.public_key_pem())
    assert after.newest.size == 14 and after.lines == 2 and after.unreadable == 1
    assert path.read_text().count("\n") == 3  # the fragment kept its own line


def test_a_missing_file_is_reported_as_missing_not_as_empty(tmp_path: Path) -> None:
    heads = read_heads(tmp_path / "nowhere.jsonl", SigningKey.generate().public_key_pem())
    assert not heads.exists and heads.newest is None


def test_a_larger_head_signed_by_another_key_is_named_and_never_trusted(tmp_path: Path) -> None:
    ours, intruder = SigningKey.generate(), SigningKey.generate()
    path = tmp_path / "audit-heads.jsonl"
    append_head(path, sign_tree_head(ours, 10, ROOT, AT))
    append_head(path, sign_tree_head(intruder, 30, OTHER_ROOT, AT))
    heads = read_heads(path, ours.public_key_pem())
    assert heads.newest.size == 10
    assert len(heads.forged) == 1 and "line 2" in heads.forged[0] and intruder.key_id in heads.forged[0]


def test_a_changed_size_or_root_breaks_the_signature(tmp_path: Path) -> None:
    key = SigningKey.generate()
    path = tmp_path / "audit-heads.jsonl"
    append_head(path, sign_tree_head(key, 1204, ROOT, AT))
    path.write_text(path.read_text().replace('"size":1204', '"size":1180'))
    heads = read_heads(path, key.public_key_pem())
    assert heads.newest is None and len(heads.forged) == 1


def test_a_shorter_log_is_named_with_the_head_and_the_entries_it_lost() -> None:
    head = sign_tree_head(SigningKey.generate(), 1204, ROOT, AT)
    assert check_against_head(head, 1180, None) == (
        "the log held 1,204 entries at 2026-11-30T04:10:07Z (signed head), the database now has 1,180: "
        "entries 1,181..1,204 were removed"
    )
    assert check_against_head(head, 1203, None).endswith("entry 1,204 was removed")


def test_a_rewritten_prefix_is_named_and_a_matching_one_passes() -> None:
    head = sign_tree_head(SigningKey.generate(), 1204, ROOT, AT)
    assert check_against_head(head, 1300, ROOT) is None
    problem = check_against_head(head, 1300, OTHER_ROOT)
    assert problem is not None and "1,204 entries at 2026-11-30T04:10:07Z" in problem and "rewritten" in problem


def _tree(hashes: list[str]) -> MerkleAccumulator:
    tree = MerkleAccumulator()
    tree.extend(bytes.fromhex(h) for h in hashes)
    return tree


def test_a_later_head_extends_the_last_one_only_if_the_old_entries_are_untouched(tmp_path: Path) -> None:
    key = SigningKey.generate()
    hashes = [sha256(str(i).encode()).hexdigest() for i in range(20)]
    old = _tree(hashes[:13])
    path = tmp_path / "audit-heads.jsonl"
    append_head(path, sign_tree_head(key, 13, old.root().hex(), AT))
    save_frontier(path, 13, old.frontier_hex())
    head = last_head(path, key.public_key_pem())
    frontier = load_frontier(path, head.size)
    assert head.size == 13 and load_frontier(path, 12) is None
    assert extension_problem(head, frontier, 20, hashes[13:], _tree(hashes).root().hex()) is None
    rewritten = [*hashes[:4], "ee" * 32, *hashes[5:]]
    problem = extension_problem(head, frontier, 20, rewritten[13:], _tree(rewritten).root().hex())
    assert problem is not None and "no longer extends" in problem
    assert "entries 11..13 were removed" in extension_problem(head, frontier, 10, [], _tree(hashes[:10]).root().hex())


def test_the_last_head_is_read_from_the_tail_past_a_torn_line(tmp_path: Path) -> None:
    key = SigningKey.generate()
    path = tmp_path / "audit-heads.jsonl"
    with path.open("w") as fp:  # a long history, written at once
        fp.writelines(json.dumps(sign_tree_head(key, size, ROOT, AT).to_dict()) + "\n" for size in range(1, 1500))
        fp.write('{"at":"2026')
    assert last_head(path, key.public_key_pem()).size == 1499 and path.stat().st_size > 3 * 64 * 1024
