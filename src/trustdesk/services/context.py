"""What every use case needs: the database, the clock, settings, the policy and the connector."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from trustdesk.clock import Clock, SystemClock
from trustdesk.config import Settings
from trustdesk.storage.database import Database, DatabaseOptions


@dataclass
class Context:
    db: Database
    settings: Settings
    clock: Clock = field(default_factory=SystemClock)

    @cached_property
    def policy(self):  # noqa: ANN201 - SafeguardPolicy, imported lazily: loading Cedar is not free
        """The approved version in the database if there is one, else the operator's file or the default."""
        from trustdesk.services.policy_versions import policy_in_force

        return policy_in_force(self)

    def reload_policy(self) -> None:
        self.__dict__.pop("policy", None)

    @cached_property
    def connector(self):  # noqa: ANN201 - Connector
        from trustdesk.connectors.demo_platform import DemoPlatformConnector

        return DemoPlatformConnector()

    @cached_property
    def signing_key(self):  # noqa: ANN201 - audit SigningKey; never created here (services/audit_keys.py)
        from trustdesk.services.audit_keys import load_signing_key

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
