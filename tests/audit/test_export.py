"""Export to JSON Lines and verify offline, from the file alone."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from trustdesk.audit.export import ExportFormatError, read_export, verify_export, write_export
from trustdesk.audit.records import AuditRecord
from trustdesk.audit.signing import SigningKey
from trustdesk.audit.verbs import AuditVerb

from .chainkit import chain, heads_at


@pytest.fixture(scope="module")
def key() -> SigningKey:
    return SigningKey.generate()


@pytest.fixture
def export(tmp_path: Path, key: SigningKey) -> Path:
    records = chain(30)
    path = tmp_path / "audit-export.jsonl"
    with open(path, "w", encoding="utf-8") as fp:
        assert write_export(fp, records, heads_at(records, [10, 20, 30], key), key.public_key_pem()) == 30
    return path


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _rewrite(path: Path, lines: list[dict]) -> None:
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")


def test_an_export_has_a_header_then_entries_then_tree_heads(export: Path, key: SigningKey) -> None:
    lines = _lines(export)
    glossary = {verb.value: verb.description for verb in AuditVerb}  # each verb's line, beside the signed entries
    assert lines[0] == {"type": "trustdesk-audit-export", "version": 1, "public_key": key.public_key_pem(),
                        "verbs": glossary}
    assert [line["type"] for line in lines[1:]] == ["entry"] * 30 + ["tree_head"] * 3
    assert [line["seq"] for line in lines[1:31]] == list(range(1, 31))


def test_an_export_round_trips_records_heads_and_key(tmp_path: Path, key: SigningKey) -> None:
    records = chain(12)
    heads = heads_at(records, [5, 12], key)
    buffer = io.StringIO()
    write_export(buffer, records, heads, key.public_key_pem())
    buffer.seek(0)
    entries, read_heads, pem = read_export(buffer)
    assert list(entries) == records
    assert (read_heads, pem) == (heads, key.public_key_pem())


def test_an_intact_export_verifies_offline_against_the_known_key(export: Path, key: SigningKey) -> None:
    report = verify_export(export, key.public_key_pem())
    assert report.ok and (report.entries, report.heads_checked) == (30, 3)


def test_an_edited_entry_in_an_export_is_caught_at_that_entry(export: Path, key: SigningKey) -> None:
    lines = _lines(export)
    lines[17]["summary"] = "somebody else did it"  # entry 17
    _rewrite(export, lines)
    report = verify_export(export, key.public_key_pem())
    assert (report.ok, report.first_bad_seq) == (False, 17)
    assert report.problem == "entry 17: content does not match its hash (edited?)"


def test_a_truncated_export_is_caught_at_the_first_missing_entry(export: Path, key: SigningKey) -> None:
    lines = _lines(export)
    _rewrite(export, lines[:26] + lines[31:])  # drop entries 26..30, keep the heads
    report = verify_export(export, key.public_key_pem())
    assert (report.ok, report.first_bad_seq) == (False, 26)


def test_an_export_re_signed_with_another_key_is_refused_when_the_auditor_knows_the_key(
    export: Path, key: SigningKey
) -> None:
    attacker = SigningKey.generate()
    lines = _lines(export)
    lines[0]["public_key"] = attacker.public_key_pem()
    entries = [line for line in lines if line["type"] == "entry"]
    records = [AuditRecord.from_dict(line) for line in entries]
    heads = [{"type": "tree_head", **h.to_dict()} for h in heads_at(records, [10, 20, 30], attacker)]
    _rewrite(export, [lines[0]] + entries + heads)
    assert verify_export(export).ok  # self-consistent: that is all a file can say about itself
    report = verify_export(export, key.public_key_pem())
    assert not report.ok and "another public key" in report.problem


def test_a_line_that_is_not_json_is_reported_with_its_line_number(export: Path, key: SigningKey) -> None:
    text = export.read_text(encoding="utf-8").splitlines(keepends=True)
    text[5] = '{"type":"entry", oops\n'
    export.write_text("".join(text), encoding="utf-8")
    report = verify_export(export, key.public_key_pem())
    assert (report.ok, report.first_bad_seq) == (False, 5)
    assert report.problem.startswith("line 6 of the export: not valid JSON")


def test_a_file_that_is_not_an_export_is_reported_plainly(tmp_path: Path) -> None:
    path = tmp_path / "other.jsonl"
    path.write_text('{"hello": "world"}\n', encoding="utf-8")
    report = verify_export(path)
    assert not report.ok and "not a trustdesk audit export" in report.problem
    path.write_text("", encoding="utf-8")
    assert "empty" in verify_export(path).problem
    with pytest.raises(ExportFormatError, match="unknown line type"):
        read_export(io.StringIO('{"type":"trustdesk-audit-export","version":1,"public_key":"k"}\n'
                                '{"type":"mystery"}\n'))


def test_an_entry_with_a_smuggled_extra_field_is_refused(export: Path, key: SigningKey) -> None:
    lines = _lines(export)
    lines[3]["approved_by"] = "nobody"  # not covered by the hash, so it must not ride along
    _rewrite(export, lines)
    report = verify_export(export, key.public_key_pem())
    assert (report.ok, report.first_bad_seq) == (False, 3)
    assert "exactly the audit record fields" in report.problem


def test_bytes_that_are_not_utf8_are_reported_at_their_entry(export: Path, key: SigningKey) -> None:
    raw = export.read_bytes().splitlines(keepends=True)
    raw[8] = raw[8].replace(b"senior", b"seni\xffr")  # entry 8
    export.write_bytes(b"".join(raw))
    report = verify_export(export, key.public_key_pem())
    assert (report.ok, report.first_bad_seq) == (False, 8)
    assert report.problem.startswith("entry 8: malformed")
