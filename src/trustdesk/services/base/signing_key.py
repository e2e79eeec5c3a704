"""Loading the audit signing key, never creating it: a key is made only for a new log, by `serve`/`migrate` or
`trustdesk audit keygen` (services/oversight/audit_keys.py); every other use only loads it."""

from __future__ import annotations

from trustdesk.audit.signing import KeyFileError, SigningKey, load_key
from trustdesk.config import Settings
from trustdesk.domain.errors import Unavailable


class AuditKeyError(Unavailable):
    code = "audit_key"


def load_signing_key(settings: Settings) -> SigningKey:
    path = settings.signing_key_path
    if not path.exists():
        raise AuditKeyError(
            f"no audit signing key at {path}. Restore it from your backup (trustdesk restore-backup), point "
            "TRUSTDESK_KEYS_DIR (or TRUSTDESK_AUDIT_KEY) at it, or, for a new log, run `trustdesk migrate` "
            "or `trustdesk audit keygen`"
        )
    try:
        return load_key(path)
    except KeyFileError as error:
        raise AuditKeyError(str(error)) from None
