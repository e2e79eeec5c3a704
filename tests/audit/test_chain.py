"""Sealing entries and reading them back."""

from __future__ import annotations

import pytest

from trustdesk.audit.chain import entry_hash, seal
from trustdesk.audit.records import GENESIS, AuditRecord, RecordFormatError, iso_utc

from .chainkit import T0, chain, entry


def test_entry_one_links_to_genesis_and_each_next_entry_to_the_previous_hash() -> None:
    records = chain(5)
    assert records[0].prev_hash == GENESIS == "0" * 64
    assert [r.seq for r in records] == [1, 2, 3, 4, 5]
    for before, after in zip(records, records[1:], strict=False):
        assert after.prev_hash == before.hash
    assert all(entry_hash(r.content()) == r.hash for r in records)


def test_sealed_record_keeps_its_own_copy_of_the_payload() -> None:
    payload = {"reason": "spam", "tags": ["a"]}
    record = entry(1, GENESIS, payload=payload)
    payload["reason"] = "changed after sealing"
    payload["tags"].append("b")
    assert record.payload == {"reason": "spam", "tags": ["a"]}
    assert entry_hash(record.content()) == record.hash


def test_str_enums_in_fields_and_payload_are_stored_as_plain_strings() -> None:
    from enum import Enum

    class Verb(str, Enum):  # noqa: UP042 - the mixin whose str() is "Verb.APPROVED", not the value
        APPROVED = "action.approved"

    record = entry(1, GENESIS, verb=Verb.APPROVED, payload={"verb": Verb.APPROVED})
    assert type(record.verb) is str and record.verb == "action.approved"
    assert record.payload == {"verb": "action.approved"}
    assert entry_hash(record.content()) == record.hash


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"seq": 0}, "seq"),
        ({"seq": True}, "seq"),
        ({"prev_hash": "A" * 64}, "prev_hash"),
        ({"prev_hash": "1" * 64}, "GENESIS"),
        ({"at": "2026-11-23T19:29:21"}, "UTC"),
        ({"at": "2026-11-23T20:29:21+01:00"}, "UTC"),
        ({"at": "yesterday"}, "ISO-8601"),
        ({"payload": {"score": 0.5}}, "float"),
        ({"payload": ["not", "a", "dict"]}, "payload"),
        ({"summary": None}, "summary"),
        ({"actor": 42}, "actor"),
    ],
)
def test_seal_refuses_malformed_fields(changes: dict, message: str) -> None:
    fields = {"seq": 1, "prev_hash": GENESIS, **changes}
    with pytest.raises(ValueError, match=message):
        entry(**fields)


def test_iso_utc_converts_to_utc_with_microseconds() -> None:
    from datetime import timedelta, timezone

    paris = T0.astimezone(timezone(timedelta(hours=1)))
    assert iso_utc(paris) == "2026-11-23T19:29:21.123456+00:00"
    with pytest.raises(ValueError):
        iso_utc(T0.replace(tzinfo=None))


def test_a_record_survives_a_json_lines_round_trip() -> None:
    record = entry(3, "ab" * 32, actor=None, subject=None, payload={"é": ["😀", 1, None, True, {}]})
    line = record.to_json()
    assert "\n" not in line
    assert AuditRecord.from_json(line) == record


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("[1]", "object"),
        ("{not json", "JSON"),
        ('{"seq": 1}', "missing"),
    ],
)
def test_reading_a_malformed_line_says_what_is_wrong(line: str, message: str) -> None:
    with pytest.raises(RecordFormatError, match=message):
        AuditRecord.from_json(line)


def test_reading_a_record_checks_field_types_and_unknown_fields() -> None:
    good = entry(1, GENESIS).to_dict()
    with pytest.raises(RecordFormatError, match="seq"):
        AuditRecord.from_dict({**good, "seq": True})
    with pytest.raises(RecordFormatError, match="payload"):
        AuditRecord.from_dict({**good, "payload": "{}"})
    with pytest.raises(RecordFormatError, match="unexpected"):
        AuditRecord.from_dict({**good, "note": "smuggled"})
    assert AuditRecord.from_dict({**good, "type": "entry"}) == AuditRecord.from_dict(good)


def test_seal_accepts_the_storage_layers_isoformat_without_microseconds() -> None:
    record = seal(seq=1, id="aud_1", at=T0.replace(microsecond=0).isoformat(), actor=None, verb="x",
                  subject=None, object_id=None, summary="s", payload={}, prev_hash=GENESIS)
    assert record.at == "2026-11-23T19:29:21+00:00"
