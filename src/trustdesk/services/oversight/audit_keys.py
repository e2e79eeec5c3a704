"""The audit signing key's life: created only for a new log, never silently; the right one, or no start.

A key is created only
- by `serve` or `migrate` when there is no key yet and nothing in the log has been signed (a new log), or
- by an explicit `trustdesk audit keygen`.
Every other command (and `audit verify` above all) only loads it and says clearly when it is missing.
`serve` refuses to start when the log's signed tree heads were signed by a key it does not hold."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from trustdesk.audit.signing import KeyFileError, SigningKey, load_or_create_key
from trustdesk.config import Settings
from trustdesk.services.base.context import Context
from trustdesk.services.base.signing_key import AuditKeyError, load_signing_key
from trustdesk.storage.tables import AuditTreeHeadRow

__all__ = ["AuditKeyError", "LogSigners", "keygen", "load_signing_key", "log_signers", "prepare_key_for_serving"]


@dataclass(frozen=True)
class LogSigners:
    heads: int
    key_ids: frozenset[str]
    latest_key_id: str | None


def log_signers(ctx: Context) -> LogSigners:
    with ctx.db.read() as session:
        heads = session.execute(select(func.count()).select_from(AuditTreeHeadRow)).scalar_one()
        key_ids = frozenset(session.execute(select(AuditTreeHeadRow.key_id).distinct()).scalars())
        latest = session.execute(
            select(AuditTreeHeadRow.key_id).order_by(AuditTreeHeadRow.size.desc()).limit(1)
        ).scalar_one_or_none()
    return LogSigners(heads, key_ids, latest)


def prepare_key_for_serving(ctx: Context) -> tuple[SigningKey, bool]:
    """For `serve` and `migrate`: the key to sign with, created if this is a new log. Returns (key, created).

    Raises AuditKeyError when the log was signed before and its key is missing or is another key."""
    path = ctx.settings.signing_key_path
    signers = log_signers(ctx)
    created = False
    if not path.exists():
        if signers.heads:
            raise AuditKeyError(
                f"the audit log has {signers.heads} signed tree heads (key {signers.latest_key_id}) but there is "
                f"no key at {path}; refusing to start a second signer. Restore the key from your backup or set "
                "TRUSTDESK_KEYS_DIR / TRUSTDESK_AUDIT_KEY to where it is"
            )
        try:
            key = load_or_create_key(path)
        except (KeyFileError, OSError) as error:
            raise AuditKeyError(f"cannot create the audit signing key at {path}: {error}") from None
        created = True
    else:
        key = load_signing_key(ctx.settings)
    if signers.latest_key_id is not None and signers.latest_key_id != key.key_id:
        raise AuditKeyError(
            f"the audit log is signed by key {signers.latest_key_id}, but the key at {path} is {key.key_id}; "
            "refusing to start. Use the log's own key (restore it from your backup)"
        )
    ctx.__dict__["signing_key"] = key
    return key, created


def keygen(settings: Settings) -> tuple[SigningKey, Path]:
    """`trustdesk audit keygen`: create the key where this configuration looks for it; never overwrite."""
    path = settings.signing_key_path
    if path.exists():
        raise AuditKeyError(f"an audit signing key already exists at {path}; not replacing it")
    try:
        return load_or_create_key(path), path
    except (KeyFileError, OSError) as error:
        raise AuditKeyError(f"cannot create the audit signing key at {path}: {error}") from None
