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
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from operator import itemgetter
from pathlib import Path

from trustdesk.audit.merkle import MerkleAccumulator
from trustdesk.audit.signing import TreeHead, key_id_of, load_public_key, verify_tree_head


def append_head(path: str | os.PathLike[str], head: TreeHead) -> None:
    """Append `head` as one line and make it durable before returning."""
    path = Path(path)
    created = not path.exists()
    if created:
        path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps(head.to_dict(), separators=(",", ":"), sort_keys=True).encode("ascii") + b"\n"
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


def frontier_path(heads_path: str | os.PathLike[str]) -> Path:
    return Path(heads_path).with_suffix(".frontier.json")


def save_frontier(heads_path: str | os.PathLike[str], size: int, frontier: Sequence[str]) -> None:
    """Keep the Merkle frontier of the newest head beside the heads file (replaced whole, atomically).

    Unsigned on purpose: it is checked against the head's signed root before use, and it lets the next
    checkpoint prove that its head extends this one by reading only the entries added since."""
    path = frontier_path(heads_path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps({"size": size, "frontier": list(frontier)}), encoding="ascii")
    with open(tmp, "rb") as fp:
        os.fsync(fp.fileno())
    os.replace(tmp, path)


def load_frontier(heads_path: str | os.PathLike[str], size: int) -> list[str] | None:
    """The saved frontier if it is the one of a tree of `size` entries; None when missing or stale."""
    try:
        saved = json.loads(frontier_path(heads_path).read_text(encoding="ascii"))
    except (OSError, ValueError):
        return None
    frontier = saved.get("frontier") if isinstance(saved, dict) else None
    if saved.get("size") != size or not isinstance(frontier, list) or not all(isinstance(h, str) for h in frontier):
        return None
    return frontier


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
    """What a heads file says: its newest head signed by the log's key. `unreadable` counts lines
    skipped as torn writes; `forged` names larger heads whose signature does not verify (never trusted)."""

    path: Path
    exists: bool
    newest: TreeHead | None = None
    lines: int = 0
    unreadable: int = 0
    forged: list[str] = field(default_factory=list)


def read_heads(path: str | os.PathLike[str], public_key_pem: str) -> HeadsFile:
    """Find the largest head in the file that the log's key signed.

    Every line is parsed but only signatures from the largest head down are checked, until one holds:
    the file gains a line per checkpoint, and a year of them must still verify in seconds."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return HeadsFile(path, exists=False)
    try:
        key_id = key_id_of(load_public_key(public_key_pem))
    except (ValueError, TypeError):
        return HeadsFile(path, True, forged=["the public key given is not an Ed25519 public key in PEM form"])
    # Sizes first, by a pattern (a tenth of a JSON parse); whole lines are parsed largest first, on demand.
    candidates: list[tuple[int, int, bytes]] = []
    unreadable = 0
    find_size = _SIZE.search
    for lineno, raw in enumerate(data.split(b"\n"), 1):
        if not raw or raw.isspace():
            continue
        match = find_size(raw)
        if match is None:  # a torn write, or not a head at all
            unreadable += 1
            continue
        candidates.append((int(match[1]), lineno, raw))
    candidates.sort(key=itemgetter(0, 1), reverse=True)
    forged: list[str] = []
    for _, lineno, raw in candidates:
        try:
            head = TreeHead.from_dict(json.loads(raw))
        except (ValueError, TypeError, AttributeError):
            unreadable += 1
            continue
        if head.key_id == key_id and verify_tree_head(head, public_key_pem):
            return HeadsFile(path, True, head, len(candidates), unreadable, forged)
        forged.append(f"line {lineno} of {path} (a head for {head.size:,} entries at {head.at}, "
                      f"key {head.key_id}) does not verify with the log's key {key_id}")
    return HeadsFile(path, True, None, len(candidates), unreadable, forged)


_SIZE = re.compile(rb'"size":\s*(\d{1,18})\b')
TAIL_BYTES = 64 * 1024  # far more than one line; the file itself grows by a line per checkpoint


def last_head(path: str | os.PathLike[str], public_key_pem: str) -> TreeHead | None:
    """The last properly signed head in the file, reading only its tail: a checkpoint runs every few
    seconds, and the file only grows."""
    try:
        with open(path, "rb") as fp:
            fp.seek(0, os.SEEK_END)
            fp.seek(max(0, fp.tell() - TAIL_BYTES))
            tail = fp.read()
    except FileNotFoundError:
        return None
    for raw in reversed(tail.split(b"\n")):
        try:
            head = TreeHead.from_dict(json.loads(raw))
        except (ValueError, TypeError, AttributeError):
            continue  # torn, or cut by the tail window
        if verify_tree_head(head, public_key_pem):
            return head
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
