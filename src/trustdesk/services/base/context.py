"""What every use case needs: the database, the clock, settings, the policy and the connector."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from trustdesk.audit.signing import SigningKey
from trustdesk.clock import Clock, SystemClock
from trustdesk.config import Settings
from trustdesk.connectors.base import InDatabaseConnector as Connector
from trustdesk.connectors.demo_platform import DemoPlatformConnector
from trustdesk.policy import SafeguardPolicy
from trustdesk.services.base.policy_source import policy_in_force
from trustdesk.services.base.signing_key import load_signing_key
from trustdesk.storage.database import Database, DatabaseOptions


@dataclass
class Context:
    db: Database
    settings: Settings
    clock: Clock = field(default_factory=SystemClock)
    connector: Connector = field(default_factory=DemoPlatformConnector)
    _policy: SafeguardPolicy | None = field(default=None, init=False, repr=False)

    @property
    def policy(self) -> SafeguardPolicy:
        """The approved version in the database if there is one, else the operator's file or the default.

        Loaded on first use and kept: compiling Cedar is not free, and every decision needs it."""
        if self._policy is None:
            self._policy = policy_in_force(self.db, self.settings.policy_path)
        return self._policy

    def reload_policy(self) -> None:
        self._policy = None

    @cached_property
    def signing_key(self) -> SigningKey:
        """Loaded, never created here: a key is made only for a new log (services/oversight/audit_keys.py)."""
        return load_signing_key(self.settings)


def database_options(settings: Settings) -> DatabaseOptions:
    return DatabaseOptions(connect_timeout=settings.db_connect_timeout,
                           statement_timeout_ms=settings.db_statement_timeout_ms,
                           pool_timeout=settings.db_pool_timeout, sqlite_synchronous=settings.sqlite_synchronous)


def open_context(settings: Settings, *, clock: Clock | None = None, migrate: bool = True) -> Context:
    db = Database(settings.database_url, options=database_options(settings))
    if migrate:
        db.migrate()
    return Context(db=db, settings=settings, clock=clock or SystemClock())
