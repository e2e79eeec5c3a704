"""The heads file: every signed tree head, one JSON object a line, kept outside the database.

A database writer can delete entries and the tree heads stored beside them; the copies of the heads in
this file (and in the webhooks that carried them out) still say how long the log was, and what its
root was. `check_against_head` compares the database with the newest such head.

Appends are one write of a whole line to a file opened O_APPEND, then fsync: a crash leaves at most a
torn last line, which the reader skips, and the next append starts on a fresh line.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from trustdesk.audit.merkle import MerkleAccumulator
from trustdesk.audit.signing import TreeHead, key_id_of, load_public_key, verify_tree_head


def append_head(path: str | os.PathLike[str], head: TreeHead, frontier: Sequence[str] | None = None) -> None:
    """Append `head` as one line and make it durable before returning.

    `frontier` (the Merkle frontier at the head's size) rides along unsigned: it is checked against the
    signed root before use, and lets the next checkpoint prove its head extends this one cheaply."""
    path = Path(path)
    created = not path.exists()
    if created:
        path.parent.mkdir(parents=True, exist_ok=True)
    fields = head.to_dict() if frontier is None else {**head.to_dict(), "frontier": list(frontier)}
    line = json.dumps(fields, separators=(",", ":"), sort_keys=True).encode("ascii") + b"\n"
    # Heads are public statements; the file's protection is who may write it, like the key's directory.
    fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        size = os.fstat(fd).st_size
        if size and os.pread(fd, 1, size - 1) != b"\n":
            line = b"\n" + line  # an earlier append was torn by a crash: leave its fragment on its own line
        os.write(fd, line)
        os.fsync(fd)
    finally:
        os.close(fd)
    if created:
        _fsync_dir(path.parent)  # the new file's name must survive a crash too, not only its bytes


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return  # not every platform opens directories; the file's own fsync already happened
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@dataclass(frozen=True)
class HeadsFile:
    """What a heads file says. `unreadable` counts lines skipped as torn writes; `forged` names lines
    whose signature does not verify with the log's key (those are never trusted)."""

    path: Path
    exists: bool
    heads: list[TreeHead] = field(default_factory=list)
    unreadable: int = 0
    forged: list[str] = field(default_factory=list)

    @property
    def newest(self) -> TreeHead | None:
        return max(self.heads, key=lambda h: h.size) if self.heads else None


def read_heads(path: str | os.PathLike[str], public_key_pem: str) -> HeadsFile:
    """Read every head in the file, keeping those signed by `public_key_pem`'s key."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return HeadsFile(path, exists=False)
    try:
        key_id = key_id_of(load_public_key(public_key_pem))
    except (ValueError, TypeError):
        return HeadsFile(path, True, forged=["the public key given is not an Ed25519 public key in PEM form"])
    heads: list[TreeHead] = []
    unreadable = 0
    forged: list[str] = []
    for lineno, raw in enumerate(data.split(b"\n"), 1):
        if not raw.strip():
            continue
        try:
            head = TreeHead.from_dict(json.loads(raw))
        except (ValueError, TypeError, AttributeError):  # a torn write, or not a head at all
            unreadable += 1
            continue
        if head.key_id != key_id or not verify_tree_head(head, public_key_pem):
            forged.append(f"line {lineno} of {path} (a head for {head.size} entries at {head.at}, "
                          f"key {head.key_id}) does not verify with the log's key {key_id}")
            continue
        heads.append(head)
    return HeadsFile(path, True, heads, unreadable, forged)


TAIL_BYTES = 64 * 1024  # far more than one line; the file itself grows by a line per checkpoint


def last_head(path: str | os.PathLike[str], public_key_pem: str) -> tuple[TreeHead, list[str] | None] | None:
    """The last properly signed head in the file and its frontier (None when absent or unusable),
    reading only the file's tail: a checkpoint runs every few seconds and the file only grows."""
    try:
        with open(path, "rb") as fp:
            fp.seek(0, os.SEEK_END)
            fp.seek(max(0, fp.tell() - TAIL_BYTES))
            tail = fp.read()
    except FileNotFoundError:
        return None
    for raw in reversed(tail.split(b"\n")):
        try:
            obj = json.loads(raw)
            head = TreeHead.from_dict(obj)
        except (ValueError, TypeError, AttributeError):
            continue  # torn, or cut by the tail window
        if not verify_tree_head(head, public_key_pem):
            continue
        frontier = obj.get("frontier")
        usable = isinstance(frontier, list) and all(isinstance(h, str) for h in frontier)
        return head, frontier if usable else None
    return None


def extension_problem(
    head: TreeHead, frontier: Sequence[str] | None, log_size: int, later_hashes: Iterable[str], new_root: str
) -> str | None:
    """Why a head over the log's first `log_size` entries, root `new_root`, would not extend `head`
    (None when it does). `later_hashes` are the entry hashes after `head.size`, in order."""
    if log_size <= head.size:
        return check_against_head(head, log_size, new_root if log_size == head.size else None)
    try:
        tree = MerkleAccumulator.from_frontier(head.size, frontier) if frontier is not None else None
    except ValueError:
        tree = None
    if tree is None or tree.root().hex() != head.root:
        return None  # no trustworthy frontier kept with that head: the size check is all we can do cheaply
    for entry_hash in later_hashes:
        tree.append(bytes.fromhex(entry_hash))
    if tree.size != log_size or tree.root().hex() != new_root:
        return (f"the log held {describe_head(head)}, and the database's log no longer extends it: entries up to "
                f"{head.size:,} were rewritten, inserted or deleted after the head was signed")
    return None


def describe_head(head: TreeHead) -> str:
    """"1,204 entries at 2026-11-30T04:10:07Z (signed head)": how people name a head."""
    return f"{head.size:,} entries at {_short_time(head.at)} (signed head)"


def check_against_head(head: TreeHead, log_size: int, root_at_head_size: str | None) -> str | None:
    """Compare the log with a head kept outside it; None when the log still holds what the head signed.

    `root_at_head_size` is the Merkle root (hex) of the log's first `head.size` entries, None when the
    log has fewer entries than that."""
    if log_size < head.size:
        first_missing = log_size + 1
        missing = (f"entry {first_missing:,} was removed" if first_missing == head.size
                   else f"entries {first_missing:,}..{head.size:,} were removed")
        return f"the log held {describe_head(head)}, the database now has {log_size:,}: {missing}"
    if root_at_head_size != head.root:
        return (f"the log held {describe_head(head)} with root {head.root[:16]}…, but the database's first "
                f"{head.size:,} entries now have root {(root_at_head_size or '')[:16]}…: entries up to "
                f"{head.size:,} were rewritten, inserted or deleted after the head was signed")
    return None


def _short_time(at: str) -> str:
    try:
        return datetime.fromisoformat(at).strftime("%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return at
