"""Export file: the whole log as JSON Lines, so an auditor can verify it offline, with no database.

Line 1:   {"type":"trustdesk-audit-export","version":1,"public_key":"-----BEGIN PUBLIC KEY-----...",
           "verbs":{"action.proposed":"someone proposed an action ...",...}}   (each verb's one line; not signed)
Then:     {"type":"entry","seq":1,...} one per entry, in chain order
Then:     {"type":"tree_head","size":...,"root":...,"at":...,"key_id":...,"signature":...}

An export vouches for itself only as far as its public key is trusted: pass the key you already know
to `verify_export`, or anyone could rewrite the file, re-sign it and put their own key in the header.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from typing import IO, Any

from trustdesk.audit.anchor import read_heads
from trustdesk.audit.records import AuditRecord, RecordFormatError, RecordRow
from trustdesk.audit.signing import TreeHead, key_id_of, load_public_key
from trustdesk.audit.verbs import AuditVerb
from trustdesk.audit.verify import VerifyReport, verify_log

EXPORT_TYPE = "trustdesk-audit-export"
EXPORT_VERSION = 1


class ExportFormatError(ValueError):
    """A line of an export file that cannot be read."""

    def __init__(self, line: int, message: str, entries_read: int = 0) -> None:
        super().__init__(f"line {line} of the export: {message}")
        self.line = line
        self.entries_read = entries_read


_encode_line = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode  # built once, not per line


def _dumps(obj: dict[str, Any]) -> str:
    return _encode_line(obj) + "\n"


def write_export(
    fp: IO[str], records: Iterable[AuditRecord], heads: Iterable[TreeHead], public_key_pem: str
) -> int:
    """Write the export to a text file opened with encoding="utf-8"; returns the number of entries."""
    # The verbs' descriptions ride in the header: an entry line holds exactly its hashed fields, and readers
    # of version 1 ignore header keys they do not know.
    glossary = {verb.value: verb.description for verb in AuditVerb}
    fp.write(_dumps({"type": EXPORT_TYPE, "version": EXPORT_VERSION, "public_key": public_key_pem,
                     "verbs": glossary}))
    count = 0
    for record in records:
        fp.write(_dumps({"type": "entry", **record.to_dict()}))
        count += 1
    for head in heads:
        fp.write(_dumps({"type": "tree_head", **head.to_dict()}))
    return count


def read_export(fp: IO[str]) -> tuple[Iterator[AuditRecord], list[TreeHead], str]:
    """Read header and tree heads now; entries lazily, in a second pass (so `fp` must be seekable).

    Returns (entries, heads, public_key_pem). The entries iterator raises ExportFormatError on a
    line it cannot read; it must be consumed before `fp` is closed.
    """
    public_key_pem: str | None = None
    heads: list[TreeHead] = []
    for lineno, line in enumerate(fp, 1):
        if lineno > 1 and line.startswith('{"type":"entry",'):
            continue  # entries are read in the second pass; skipping them here keeps this pass cheap
        obj = _parse(line, lineno)
        if obj is None:
            continue
        kind = obj.get("type")
        if lineno == 1:
            public_key_pem = _header_key(obj)
        elif kind == "tree_head":
            try:
                heads.append(TreeHead.from_dict(obj))
            except (ValueError, TypeError) as exc:
                raise ExportFormatError(lineno, str(exc)) from exc
        elif kind != "entry":
            raise ExportFormatError(lineno, f"unknown line type {kind!r}")
    if public_key_pem is None:
        raise ExportFormatError(1, "the file is empty")
    return _records(fp), heads, public_key_pem


_raw_decode = json.JSONDecoder().raw_decode  # json.loads adds ~4 µs a line of wrappers we do not need


def _parse(line: str, lineno: int, entries_read: int = 0) -> dict[str, Any] | None:
    text = line.strip()
    if not text:
        return None
    try:
        obj, end = _raw_decode(text)
    except ValueError as exc:
        raise ExportFormatError(lineno, f"not valid JSON ({exc})", entries_read) from exc
    if end != len(text):
        raise ExportFormatError(lineno, "not valid JSON (extra data after the object)", entries_read)
    if not isinstance(obj, dict):
        raise ExportFormatError(lineno, "not a JSON object", entries_read)
    return obj


def _header_key(obj: dict[str, Any]) -> str:
    if obj.get("type") != EXPORT_TYPE:
        raise ExportFormatError(1, f"not a trustdesk audit export (expected type {EXPORT_TYPE!r} first)")
    if obj.get("version") != EXPORT_VERSION:
        raise ExportFormatError(1, f"unsupported export version {obj.get('version')!r}")
    key = obj.get("public_key")
    if not isinstance(key, str):
        raise ExportFormatError(1, "the header has no public key")
    return key


def _entry_objects(fp: IO[str]) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each entry line, in file order."""
    fp.seek(0)
    count = 0
    for lineno, line in enumerate(fp, 1):
        if lineno == 1:
            continue
        obj = _parse(line, lineno, count)
        if obj is None or obj.get("type") != "entry":
            continue  # tree heads were read in the first pass
        yield lineno, obj
        count += 1


def _records(fp: IO[str]) -> Iterator[AuditRecord]:
    for count, (lineno, obj) in enumerate(_entry_objects(fp)):
        try:
            yield AuditRecord.from_dict(obj)
        except RecordFormatError as exc:
            raise ExportFormatError(lineno, str(exc), count) from exc


def _fast_entries(fp: IO[str]) -> Iterator[RecordRow]:
    for count, (lineno, obj) in enumerate(_entry_objects(fp)):
        if len(obj) != 12:  # the 11 fields and "type"; an extra field would ride along unhashed
            raise ExportFormatError(lineno, "an entry must have exactly the audit record fields", count)
        try:
            yield RecordRow(obj["seq"], obj["id"], obj["at"], obj["actor"], obj["verb"], obj["subject"],
                         obj["object_id"], obj["summary"], obj["payload"], obj["prev_hash"], obj["hash"])
        except KeyError as exc:
            raise ExportFormatError(lineno, f"missing field: {exc.args[0]}", count) from exc


def verify_export(
    path: str | os.PathLike[str], public_key_pem: str | None = None, heads_path: str | os.PathLike[str] | None = None
) -> VerifyReport:
    """Verify an export file offline. With `public_key_pem`, also require the export to use that key; with
    `heads_path`, also check it against the largest head in that heads file (an auditor's copy)."""
    # surrogateescape: a byte that is not UTF-8 becomes a lone surrogate, which the verifier then
    # reports as a malformed entry instead of the whole read failing with a decode error
    with open(path, encoding="utf-8", errors="surrogateescape") as fp:
        try:
            _, heads, export_key = read_export(fp)
        except ExportFormatError as exc:
            return VerifyReport(False, 0, None, str(exc), 0)
        if public_key_pem is not None and not _same_key(export_key, public_key_pem):
            problem = "the export carries another public key than the one given (re-signed with another key?)"
            return VerifyReport(False, 0, None, problem, 0)
        if heads_path is not None:
            outside = read_heads(heads_path, public_key_pem or export_key)
            if outside.forged:
                return VerifyReport(False, 0, None, f"the heads file holds a head that is not the log's: "
                                    f"{outside.forged[0]}", 0)
            if outside.newest is not None:
                heads.append(outside.newest)
        try:
            return verify_log(_fast_entries(fp), heads, export_key)
        except ExportFormatError as exc:
            return VerifyReport(False, exc.entries_read, exc.entries_read + 1, str(exc), 0)


def _same_key(a: str, b: str) -> bool:
    try:
        return key_id_of(load_public_key(a)) == key_id_of(load_public_key(b))
    except (ValueError, TypeError):
        return False
