"""Settings from the environment; no I/O at import time."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DATA_DIR = ".trustdesk"
AUDIT_HEADS_FILE = "audit-heads.jsonl"


@dataclass(frozen=True)
class Argon2Params:
    time_cost: int = 3
    memory_cost: int = 65536
    parallelism: int = 4


# Tests and benches use these: hashing stays real but costs microseconds, not 50 ms.
CHEAP_ARGON2 = Argon2Params(time_cost=1, memory_cost=8, parallelism=1)


@dataclass(frozen=True)
class Settings:
    database_url: str
    data_dir: Path
    policy_path: str | None = None
    lease_minutes: int = 15
    argon2: Argon2Params = field(default_factory=Argon2Params)
    webhook_urls: tuple[str, ...] = ()
    webhook_secret: str | None = None
    audit_key_path: Path | None = None
    audit_readers: frozenset = frozenset({"senior", "admin"})
    # A platform delivery failing this many times raises an alert (it keeps being retried).
    platform_alert_after: int = 5
    # How often serve pulls new reports from pulling connectors (Matrix), in seconds.
    pull_every_seconds: float = 5.0
    # The operator's own wording of notices to people (statement.fr.txt, warning.en.txt, ...), over the defaults.
    notice_templates: Path | None = None
    # How long after a decision its subject may appeal it (DSA Art. 20: at least six months).
    appeal_window_days: int = 183

    @classmethod
    def from_env(cls, database_url: str | None = None, **overrides: object) -> Settings:
        env = os.environ
        url = database_url or env.get("TRUSTDESK_DATABASE_URL")
        data_dir = Path(env.get("TRUSTDESK_DATA_DIR") or _data_dir_for(url))
        if not url:
            url = f"sqlite:///{data_dir / 'trustdesk.db'}"
        hooks = tuple(u for u in env.get("TRUSTDESK_WEBHOOKS", "").split(",") if u.strip())
        values: dict = {
            "database_url": url,
            "data_dir": data_dir,
            "policy_path": env.get("TRUSTDESK_POLICY"),
            "webhook_urls": hooks,
            "webhook_secret": env.get("TRUSTDESK_WEBHOOK_SECRET"),
        }
        if env.get("TRUSTDESK_AUDIT_READERS"):
            values["audit_readers"] = frozenset(r.strip() for r in env["TRUSTDESK_AUDIT_READERS"].split(","))
        if env.get("TRUSTDESK_PLATFORM_ALERT_AFTER"):
            values["platform_alert_after"] = int(env["TRUSTDESK_PLATFORM_ALERT_AFTER"])
        if env.get("TRUSTDESK_NOTICE_TEMPLATES"):
            values["notice_templates"] = Path(env["TRUSTDESK_NOTICE_TEMPLATES"])
        if env.get("TRUSTDESK_APPEAL_WINDOW_DAYS"):
            values["appeal_window_days"] = int(env["TRUSTDESK_APPEAL_WINDOW_DAYS"])
        if env.get("TRUSTDESK_AUDIT_KEY"):
            values["audit_key_path"] = Path(env["TRUSTDESK_AUDIT_KEY"])
        values.update(overrides)
        return cls(**values)

    @property
    def signing_key_path(self) -> Path:
        return self.audit_key_path or self.data_dir / "keys" / "audit-ed25519.pem"


def keys_dir(settings: Settings) -> Path:
    """The directory of the audit signing key, where the heads file lives too (outside the database)."""
    return settings.signing_key_path.parent


def audit_heads_path(settings: Settings) -> Path:
    """The heads file: every signed tree head, appended beside the key that signed it."""
    return keys_dir(settings) / AUDIT_HEADS_FILE


def _data_dir_for(url: str | None) -> str:
    """Keep keys beside an SQLite file so every command run on that file finds the same key."""
    if url and url.startswith("sqlite:///") and ":memory:" not in url:
        return str(Path(url.removeprefix("sqlite:///")).resolve().parent / DEFAULT_DATA_DIR)
    return DEFAULT_DATA_DIR
