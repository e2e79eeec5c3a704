"""SQLite online backups: a consistent copy of a live database, taken with SQLite's backup API.

Writers are not stopped: the copy restarts its current step when a writer changes a page, and what lands in
the file is one committed state. (PostgreSQL: use pg_dump; see the README.)"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path


def sqlite_path(url: str) -> Path:
    if not url.startswith("sqlite:///") or ":memory:" in url:
        raise ValueError("not an SQLite file URL")
    path = url.removeprefix("sqlite:///")
    if path.startswith("file:"):
        path = path.removeprefix("file:").split("?", 1)[0]
    return Path(path)


def copy_sqlite(source: Path, target: Path, *, pages_per_step: int = 1024) -> None:
    """Copy `source` into `target` (created or overwritten) online, then make it self-contained (no WAL)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
    dst = sqlite3.connect(str(target), timeout=30)
    try:
        src.backup(dst, pages=pages_per_step)
        dst.execute("PRAGMA journal_mode=DELETE")  # a single file, whatever the source's mode
        dst.commit()
        check = dst.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            raise RuntimeError(f"the copy of {source} failed its integrity check: {check}")
    finally:
        dst.close()
        src.close()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fp:
        for block in iter(lambda: fp.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
