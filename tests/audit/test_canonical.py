"""The fast canonical form must be byte-for-byte RFC 8785, as computed by the rfc8785 package."""

from __future__ import annotations

import random

import pytest
import rfc8785

from trustdesk.audit.canonical import CanonicalError, canonical_bytes, check_value, content_bytes
from trustdesk.audit.chain import entry_hash, record_digest

from .chainkit import chain

TRICKY = [
    {},
    [],
    "",
    {"b": 1, "a": 2, "A": 3, "_": 4, "aa": 5, "": 6},
    {"nested": {"z": [1, {"y": None, "x": True}], "a": {"deeper": {"k": False, "j": []}}}},
    {"text": "café, naïve, 日本語, Ελληνικά, עברית, русский"},
    {"emoji": "😀 👩‍👩‍👧 🏳️‍🌈", "flag": "🇫🇷"},
    {"controls": "".join(chr(c) for c in range(0x20)) + "\x7f"},
    {"escapes": 'quote " backslash \\ slash / tab \t newline \n'},
    {"separators": "\u2028\u2029", "bom": "\ufeff", "nbsp": "\u00a0"},
    {"composed": "\u00e9", "decomposed": "e\u0301"},  # JCS does not normalize
    {"ints": [0, -0, 1, -1, 2**53 - 1, -(2**53) + 1, 10**15]},
    # Key order where UTF-16 and code-point order disagree: U+1F600 sorts before U+FFFD in UTF-16
    {"\U0001f600": 1, "\ufffd": 2, "\ue000": 3, "z": 4, "é": 5},
    {"\U0001f600\U0001f601": {"\uffff": 1, "\U00010000": 2}, "x": ["\U0001f600", {"\ufb01": 0, "\U0001d11e": 1}]},
    {"keys with spaces": 1, "key\nnewline": 2, "key\"quote": 3},
]


@pytest.mark.parametrize("value", TRICKY, ids=range(len(TRICKY)))
def test_canonical_form_equals_rfc8785_on_tricky_values(value: object) -> None:
    check_value(value)
    assert canonical_bytes(value) == rfc8785.dumps(value)


def _random_value(rng: random.Random, depth: int = 0) -> object:
    alphabet = "aZ09 _\"\\\n\t\x01é✓€\ufffd\ue000😀𝄞\U0010fffd"
    text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6)))
    kind = rng.randint(0, 6 if depth < 3 else 3)
    if kind == 0:
        return text
    if kind == 1:
        return rng.randint(-(2**53) + 1, 2**53 - 1)
    if kind == 2:
        return rng.choice([True, False, None])
    if kind == 3:
        return text
    if kind == 4:
        return [_random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 4))): _random_value(rng, depth + 1)
        for _ in range(rng.randint(0, 5))
    }


def test_canonical_form_equals_rfc8785_on_two_thousand_random_nested_values() -> None:
    rng = random.Random(8785)
    for _ in range(2000):
        value = {"v": _random_value(rng)}
        assert canonical_bytes(value) == rfc8785.dumps(value), value


def test_entry_content_bytes_equal_rfc8785_of_the_content_fields() -> None:
    for record in chain(5):
        content = record.content()
        assert content_bytes(**content) == rfc8785.dumps(content)
        assert record_digest(record).hex() == entry_hash(content) == record.hash


def test_entry_content_with_null_fields_and_astral_payload_keys_equals_rfc8785() -> None:
    content = dict(seq=7, id="aud_7", at="2026-11-23T19:29:21+00:00", actor=None, verb="case.created",
                   subject=None, object_id=None, summary="système 😀", payload={"😀": 1, "\uffee": 2},
                   prev_hash="ab" * 32)
    assert content_bytes(**content) == rfc8785.dumps(content)


@pytest.mark.parametrize(
    "value",
    [1.5, 0.0, 2**53, -(2**53), {"k": float("nan")}, {1: "int key"}, {"s": {1, 2}}, "\ud800", {"\udfff": 1},
     b"bytes"],
    ids=["float", "zero-float", "int-too-big", "int-too-small", "nan", "int-key", "set", "lone-surrogate",
         "surrogate-key", "bytes"],
)
def test_values_without_a_portable_canonical_form_are_refused(value: object) -> None:
    with pytest.raises(CanonicalError):
        check_value(value)


def test_plain_sort_keys_would_misorder_astral_keys_so_the_fallback_is_needed() -> None:
    import json

    value = {"\U0001f600": 1, "\ufffd": 2}
    naive = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    assert naive != rfc8785.dumps(value)
    assert canonical_bytes(value) == rfc8785.dumps(value)


def test_the_pure_python_fallback_encoder_gives_the_same_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    from trustdesk.audit import canonical

    monkeypatch.setattr(canonical, "c_make_encoder", None)
    chunks = canonical._make_chunks()
    for value in TRICKY[:12]:
        assert "".join(chunks(value, 0)).encode() == rfc8785.dumps(value)
