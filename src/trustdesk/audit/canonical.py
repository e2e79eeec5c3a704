"""Canonical JSON (RFC 8785, JCS) for audit content, with a fast path for the values the log allows.

Audit values are limited to str, int (within ±(2**53 - 1)), bool, None, list and dict with str keys:
no floats. For those, JCS differs from `json.dumps(sort_keys=True, separators=(",", ":"),
ensure_ascii=False)` in one place only: JCS sorts object keys by UTF-16 code units, Python by code
points, and the two orders disagree only when a key holds a character above U+FFFF. So we take the
C-accelerated encoder and fall back to a UTF-16 key sort only when such a character is present.
tests/audit/test_canonical.py proves equality with the `rfc8785` package.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence

# encode_basestring: C escaper, non-ASCII kept. The ignore: typeshed omits json.encoder.c_make_encoder
# (CPython defines it, as None when the _json accelerator is missing).
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")

INT_MAX = 2**53 - 1  # I-JSON / RFC 8785: integers must be exact in an IEEE 754 double
INT_MIN = -(2**53) + 1


class CanonicalError(ValueError):
    """A value that has no canonical form in the audit log (float, huge int, non-str key, ...)."""


def _not_json(value: object) -> object:
    raise CanonicalError(f"{type(value).__name__} is not allowed in the audit log")


def _make_chunks() -> Callable[[object, int], Sequence[str]]:
    """The fastest sort_keys/compact/ensure_ascii=False encoder this Python has, as chunks to join.

    json.dumps(...) and even a reused JSONEncoder rebuild the C encoder on every call and track
    containers for cycle detection; calling the C encoder directly halves the cost per entry.
    Cycles cannot occur here: payloads are checked when sealed and come back from JSON when verified.
    """
    if c_make_encoder is None:  # no C accelerator (e.g. some alternative Pythons): same output, slower
        encode = json.JSONEncoder(
            sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False, default=_not_json
        ).encode
        return lambda value, _level: (encode(value),)
    return c_make_encoder(None, _not_json, encode_basestring, None, ":", ",", True, False, False)


_chunks = _make_chunks()
_join = "".join


def canonical_json(value: object) -> str:
    """The JCS text of an allowed value (see module docstring; call `check_value` first if unsure)."""
    text = _join(_chunks(value, 0))
    # Only non-ASCII text can hold an astral character; isascii() is O(1) on CPython.
    if not text.isascii() and _ASTRAL.search(text):
        text = _utf16_sorted(value)
    return text


def canonical_bytes(value: object) -> bytes:
    """UTF-8 bytes of `canonical_json(value)`; lone surrogates raise UnicodeEncodeError."""
    return canonical_json(value).encode()


def content_bytes(
    seq: int,
    id: str,
    at: str,
    actor: str | None,
    verb: str,
    subject: str | None,
    object_id: str | None,
    summary: str,
    payload: dict,
    prev_hash: str,
) -> bytes:
    """Canonical bytes of one entry's content, i.e. every field but `hash`.

    Same result as `canonical_bytes({...})` on the ten fields, about twice as fast: the keys are
    fixed and already in JCS order, so only the payload goes through the sorting encoder. This is
    the verifier's hot path, hence the inlining.
    """
    if type(seq) is not int or type(payload) is not dict:
        raise CanonicalError("seq must be an int and payload a dict")
    body = _join(_chunks(payload, 0))
    if not body.isascii() and _ASTRAL.search(body):
        body = _utf16_sorted(payload)
    return (
        f'{{"actor":{"null" if actor is None else encode_basestring(actor)},"at":{encode_basestring(at)},'
        f'"id":{encode_basestring(id)},'
        f'"object_id":{"null" if object_id is None else encode_basestring(object_id)},"payload":{body},'
        f'"prev_hash":{encode_basestring(prev_hash)},"seq":{seq},'
        f'"subject":{"null" if subject is None else encode_basestring(subject)},'
        f'"summary":{encode_basestring(summary)},"verb":{encode_basestring(verb)}}}'
    ).encode()


def _utf16_sorted(value: object) -> str:
    """Slow, exact JCS for allowed values: object keys sorted by UTF-16 code units."""
    if isinstance(value, dict):
        items = sorted(value.items(), key=lambda kv: kv[0].encode("utf-16-be"))
        return "{" + ",".join(f"{encode_basestring(k)}:{_utf16_sorted(v)}" for k, v in items) + "}"
    if isinstance(value, list | tuple):
        return "[" + ",".join(_utf16_sorted(v) for v in value) + "]"
    return _join(_chunks(value, 0))


def check_value(value: object, where: str = "payload") -> None:
    """Raise CanonicalError unless `value` is made only of types the audit log allows.

    Run when an entry is sealed, so everything in the log has one canonical form that any JCS
    implementation reproduces (floats, for one, do not survive every JSON toolchain unchanged).
    """
    if value is None or isinstance(value, bool):
        return
    if isinstance(value, str):
        _check_str(value, where)
    elif isinstance(value, int):
        if not INT_MIN <= value <= INT_MAX:
            raise CanonicalError(f"{where}: integer {value} is outside ±(2**53 - 1)")
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            check_value(item, f"{where}[{i}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise CanonicalError(f"{where}: key {key!r} is not a string")
            _check_str(key, where)
            check_value(item, f"{where}.{key}")
    else:
        raise CanonicalError(
            f"{where}: {type(value).__name__} is not allowed (only str, int, bool, None, list and dict)"
        )


def _check_str(value: str, where: str) -> None:
    try:
        value.encode()
    except UnicodeEncodeError as exc:  # lone surrogates have no UTF-8 form
        raise CanonicalError(f"{where}: string is not valid Unicode") from exc

