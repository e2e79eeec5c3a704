"""`trustdesk backup` / `restore-backup` for SQLite: the database, the audit key, and a manifest, verified.

A backup directory holds
    trustdesk.db             a consistent online copy (SQLite backup API), single file
    keys/audit-ed25519.pem   the audit signing key (0600): without it no new tree head can be signed
    keys/audit-heads.jsonl   the heads file kept beside the key: every signed tree head, outside the database
    audit-ed25519.pub        its public half, for auditors
    manifest.json            when, which key, how many entries, the database file's SHA-256
Both commands run the audit verifier on the copy they made (heads file included) and fail when it does not
verify. Signed tree heads are in the database too (table audit_tree_heads); the heads file is the copy outside
it that shows a database cut back or rewritten, so it travels with the key."""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass, replace
from pathlib import Path

from trustdesk.audit.signing import load_key
from trustdesk.config import AUDIT_HEADS_FILE, AUDIT_KEY_FILE, Settings, audit_heads_path
from trustdesk.domain.errors import Conflict, InvalidInput
from trustdesk.services.base.context import Context, open_context
from trustdesk.storage.backup import copy_sqlite, file_sha256, sqlite_path

DB_FILE = "trustdesk.db"
KEY_FILE = Path("keys") / AUDIT_KEY_FILE
HEADS_FILE = Path("keys") / AUDIT_HEADS_FILE
PUBLIC_KEY_FILE = "audit-ed25519.pub"
MANIFEST = "manifest.json"
FORMAT = 1


@dataclass(frozen=True)
class BackupResult:
    path: Path
    manifest: dict
    verification: str


def _require_sqlite(url: str, what: str) -> Path:
    try:
        return sqlite_path(url)
    except ValueError:
        raise InvalidInput(f"{what} works on an SQLite database; for PostgreSQL use pg_dump and keep the "
                           "keys directory (see README, Keys and backups)") from None


def _write_private(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path.parent, 0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.fchmod(fd, 0o600)
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def _verify(settings: Settings) -> tuple[bool, str, dict]:
    from trustdesk.services.oversight.audit import verify

    ctx = open_context(settings, migrate=False)
    try:
        result = verify(ctx)
        facts = {"entries": result.report.entries, "signed_size": result.report.signed_size,
                 "key_id": ctx.signing_key.key_id}
        return result.ok, result.describe(), facts
    finally:
        ctx.db.dispose()


def backup(ctx: Context, out: Path) -> BackupResult:
    source = _require_sqlite(ctx.db.url, "backup")
    key = ctx.signing_key  # a backup without its key could never be extended: refuse (clear error) without one
    if out.exists() and any(out.iterdir()):
        raise Conflict(f"{out} exists and is not empty; give a new directory")
    out.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(out, 0o700)
    copy_sqlite(source, out / DB_FILE)
    _write_private(out / KEY_FILE, ctx.settings.signing_key_path.read_bytes())
    heads = audit_heads_path(ctx.settings)
    if heads.exists():  # taken after the database: every head in it is one the copy extends
        _write_private(out / HEADS_FILE, heads.read_bytes())
    (out / PUBLIC_KEY_FILE).write_text(key.public_key_pem())
    copy_settings = replace(ctx.settings, database_url=f"sqlite:///{out / DB_FILE}", audit_key_path=out / KEY_FILE,
                            data_dir=out)
    ok, described, facts = _verify(copy_settings)
    if not ok:
        raise Conflict(f"the backup in {out} does not verify: {described}")
    manifest = {"format": FORMAT, "created_at": ctx.clock.now().isoformat(), "database": DB_FILE,
                "database_sha256": file_sha256(out / DB_FILE), "key": str(KEY_FILE),
                "heads": str(HEADS_FILE) if (out / HEADS_FILE).exists() else None, **facts}
    (out / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    return BackupResult(out, manifest, described)


def restore(settings: Settings, source: Path, *, force: bool = False) -> BackupResult:
    target = _require_sqlite(settings.database_url, "restore-backup")
    try:
        manifest = json.loads((source / MANIFEST).read_text())
    except (OSError, ValueError) as error:
        raise InvalidInput(f"{source} is not a trustdesk backup (manifest.json: {error})") from None
    if manifest.get("format") != FORMAT:
        raise InvalidInput(f"backup format {manifest.get('format')!r} is not supported")
    if file_sha256(source / DB_FILE) != manifest.get("database_sha256"):
        raise Conflict(f"{source / DB_FILE} does not match its manifest's checksum")
    key = load_key(source / KEY_FILE)
    if key.key_id != manifest.get("key_id"):
        raise Conflict("the backup's key is not the one its manifest names")
    if target.exists() and target.stat().st_size > 0 and not force:
        raise Conflict(f"{target} exists; restoring would replace it (pass --force to do so)")
    key_path = settings.signing_key_path
    if key_path.exists():
        existing = load_key(key_path)
        if existing.key_id != key.key_id and not force:
            raise Conflict(f"a different audit key ({existing.key_id}) is at {key_path}; pass --force to replace it")
    target.parent.mkdir(parents=True, exist_ok=True)
    for stale in (Path(f"{target}-wal"), Path(f"{target}-shm")):
        if force:
            stale.unlink(missing_ok=True)
    copy_sqlite(source / DB_FILE, target)
    if not key_path.exists() or load_key(key_path).key_id != key.key_id:
        if key_path.exists():
            shutil.move(key_path, key_path.with_suffix(".pem.replaced"))
        _write_private(key_path, (source / KEY_FILE).read_bytes())
    _restore_heads(settings, source / HEADS_FILE, force=force)
    ok, described, _ = _verify(settings)
    if not ok:
        raise Conflict(f"the restored database does not verify: {described}")
    return BackupResult(target, manifest, described)


def _restore_heads(settings: Settings, backed_up: Path, *, force: bool) -> None:
    """Put the backup's heads file beside the key. One already there is kept (it may know of heads newer than
    the backup: the verifier then says the log was cut back) unless --force, which moves it aside."""
    if not backed_up.exists():
        return
    target = audit_heads_path(settings)
    if target.exists():
        if target.read_bytes() == backed_up.read_bytes() or not force:
            return
        shutil.move(target, target.with_suffix(".jsonl.replaced"))
    _write_private(target, backed_up.read_bytes())
