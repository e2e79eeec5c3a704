"""Settings from the environment; no I/O at import time."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DATA_DIR = ".trustdesk"
AUDIT_HEADS_FILE = "audit-heads.jsonl"
AUDIT_KEY_FILE = "audit-ed25519.pem"


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
    # TRUSTDESK_AUDIT_READERS: roles that read the audit log, handed to the policy as context.audit_readers;
    # empty (unset) means the policy's own rule (seniors and admins by default) decides.
    audit_readers: frozenset[str] = frozenset()
    # Failure behaviour (README "When something fails"): bounded waits on a sick database.
    db_connect_timeout: float = 5.0  # TRUSTDESK_DB_CONNECT_TIMEOUT, seconds (PostgreSQL)
    db_statement_timeout_ms: int = 15_000  # TRUSTDESK_DB_STATEMENT_TIMEOUT_MS (PostgreSQL; not for migrations)
    db_pool_timeout: float = 5.0  # TRUSTDESK_DB_POOL_TIMEOUT, seconds to wait for a pooled connection
    sqlite_synchronous: str = "FULL"  # TRUSTDESK_SQLITE_SYNCHRONOUS: FULL survives power loss; NORMAL is faster
    keys_dir: Path | None = None  # TRUSTDESK_KEYS_DIR; default beside the data (see keys_dir())
    # Flood control at intake (services/intake/intake_limits.py); 0 switches a limit off.
    intake_rate_per_token: float = 5000.0  # TRUSTDESK_INTAKE_RATE_PER_TOKEN, reports/s per credential
    intake_burst_per_token: int = 10000  # TRUSTDESK_INTAKE_BURST_PER_TOKEN
    intake_per_reporter_minute: float = 60.0  # TRUSTDESK_INTAKE_PER_REPORTER_MINUTE
    intake_reporter_burst: int = 120  # TRUSTDESK_INTAKE_REPORTER_BURST
    duplicate_window_seconds: int = 600  # TRUSTDESK_DUPLICATE_WINDOW_SECONDS
    # Under load a report is acknowledged once journaled and settled into its case just after
    # (services/intake/report_journal.py): past this many unsettled reports, intake answers 503 until triage
    # catches up; a read of cases waits at most this long for the reports acknowledged before it.
    intake_journal_limit: int = 50_000  # TRUSTDESK_INTAKE_JOURNAL_LIMIT
    intake_settle_wait_seconds: float = 2.0  # TRUSTDESK_INTAKE_SETTLE_WAIT_SECONDS
    # Past this many unsettled reports (a flood: more than a few seconds of settling), only reads naming a case
    # promised in a receipt wait; the desk's other pages answer at once with what is settled.
    intake_settle_wait_backlog: int = 500  # TRUSTDESK_INTAKE_SETTLE_WAIT_BACKLOG
    # Repeated text across reports (services/intake/repeated_text.py): the window a campaign is counted in.
    repeated_text_window_seconds: int = 3600  # TRUSTDESK_REPEATED_TEXT_WINDOW_SECONDS
    # A platform delivery failing this many times raises an alert (it keeps being retried).
    platform_alert_after: int = 5
    # How often serve pulls new reports from pulling connectors (Matrix), in seconds.
    pull_every_seconds: float = 5.0
    # Several serve processes on one database: the one holding the lease runs the background work
    # (services/base/leadership.py); a leader that dies is replaced within this many seconds (plus one).
    leader_lease_seconds: float = 10.0  # TRUSTDESK_LEADER_LEASE_SECONDS
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
            readers = env["TRUSTDESK_AUDIT_READERS"].split(",")
            values["audit_readers"] = frozenset(r.strip() for r in readers if r.strip())
        for name, key, kind in (("TRUSTDESK_DB_CONNECT_TIMEOUT", "db_connect_timeout", float),
                                ("TRUSTDESK_DB_STATEMENT_TIMEOUT_MS", "db_statement_timeout_ms", int),
                                ("TRUSTDESK_DB_POOL_TIMEOUT", "db_pool_timeout", float),
                                ("TRUSTDESK_INTAKE_RATE_PER_TOKEN", "intake_rate_per_token", float),
                                ("TRUSTDESK_INTAKE_BURST_PER_TOKEN", "intake_burst_per_token", int),
                                ("TRUSTDESK_INTAKE_PER_REPORTER_MINUTE", "intake_per_reporter_minute", float),
                                ("TRUSTDESK_INTAKE_REPORTER_BURST", "intake_reporter_burst", int),
                                ("TRUSTDESK_DUPLICATE_WINDOW_SECONDS", "duplicate_window_seconds", int),
                                ("TRUSTDESK_INTAKE_JOURNAL_LIMIT", "intake_journal_limit", int),
                                ("TRUSTDESK_INTAKE_SETTLE_WAIT_SECONDS", "intake_settle_wait_seconds", float),
                                ("TRUSTDESK_INTAKE_SETTLE_WAIT_BACKLOG", "intake_settle_wait_backlog", int),
                                ("TRUSTDESK_REPEATED_TEXT_WINDOW_SECONDS", "repeated_text_window_seconds", int)):
            if env.get(name):
                values[key] = kind(env[name])
        if env.get("TRUSTDESK_SQLITE_SYNCHRONOUS"):
            values["sqlite_synchronous"] = env["TRUSTDESK_SQLITE_SYNCHRONOUS"].upper()
        if env.get("TRUSTDESK_KEYS_DIR"):
            values["keys_dir"] = Path(env["TRUSTDESK_KEYS_DIR"])
        if env.get("TRUSTDESK_PLATFORM_ALERT_AFTER"):
            values["platform_alert_after"] = int(env["TRUSTDESK_PLATFORM_ALERT_AFTER"])
        if env.get("TRUSTDESK_NOTICE_TEMPLATES"):
            values["notice_templates"] = Path(env["TRUSTDESK_NOTICE_TEMPLATES"])
        if env.get("TRUSTDESK_APPEAL_WINDOW_DAYS"):
            values["appeal_window_days"] = int(env["TRUSTDESK_APPEAL_WINDOW_DAYS"])
        if env.get("TRUSTDESK_LEADER_LEASE_SECONDS"):
            values["leader_lease_seconds"] = float(env["TRUSTDESK_LEADER_LEASE_SECONDS"])
        if env.get("TRUSTDESK_AUDIT_KEY"):
            values["audit_key_path"] = Path(env["TRUSTDESK_AUDIT_KEY"])
        values.update(overrides)
        return cls(**values)

    @property
    def signing_key_path(self) -> Path:
        return self.audit_key_path or keys_dir(self) / AUDIT_KEY_FILE


def trustdesk_home() -> Path:
    """The per-user data directory for a server database: $TRUSTDESK_HOME, $XDG_DATA_HOME/trustdesk or
    ~/.local/share/trustdesk. Absolute, so every command finds the same keys wherever it is run from."""
    env = os.environ
    if env.get("TRUSTDESK_HOME"):
        return Path(env["TRUSTDESK_HOME"]).expanduser().resolve()
    base = Path(env["XDG_DATA_HOME"]).expanduser() if env.get("XDG_DATA_HOME") else Path.home() / ".local" / "share"
    return (base / "trustdesk").resolve()


def _database_slug(url: str) -> str:
    """host-port-database of a server URL (no user, no password), safe as a directory name."""
    from urllib.parse import urlsplit

    parts = urlsplit(url.split("://", 1)[-1] if "://" not in url else url)
    name = f"{parts.hostname or 'local'}-{parts.port or 5432}-{parts.path.strip('/') or 'default'}"
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name)[:120]


def keys_dir(settings: Settings) -> Path:
    """The one keys directory: the audit signing key and, beside it, the heads file (outside the database);
    never dependent on the working directory (README "Keys").

    The directory of TRUSTDESK_AUDIT_KEY when that names the key file; else TRUSTDESK_KEYS_DIR when set; else
    SQLite: `keys/` in the data dir beside the database file; PostgreSQL: `keys/<host>-<port>-<database>/` in
    the data dir, which defaults to $TRUSTDESK_HOME, else $XDG_DATA_HOME/trustdesk, else ~/.local/share/trustdesk."""
    if settings.audit_key_path is not None:
        return settings.audit_key_path.parent
    if settings.keys_dir is not None:
        return settings.keys_dir
    if settings.database_url.startswith("sqlite"):
        return settings.data_dir / "keys"
    return settings.data_dir / "keys" / _database_slug(settings.database_url)


def audit_heads_path(settings: Settings) -> Path:
    """The heads file: every signed tree head, appended beside the key that signed it."""
    return keys_dir(settings) / AUDIT_HEADS_FILE


def _data_dir_for(url: str | None) -> str:
    """SQLite: beside the database file, so every command run on that file finds the same key.
    A server database: the per-user data directory, never the working directory."""
    if url and url.startswith("sqlite:///") and ":memory:" not in url:
        return str(Path(url.removeprefix("sqlite:///")).resolve().parent / DEFAULT_DATA_DIR)
    if url:
        return str(trustdesk_home())
    return DEFAULT_DATA_DIR
