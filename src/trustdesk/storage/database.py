"""The database handle: engines, one transaction per use case, migrations on first use."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from trustdesk.clock import Clock
from trustdesk.storage.audit_log import PendingAuditEntry, append_entries


def normalize_url(url: str) -> str:
    """Accept plain postgres URLs and use psycopg 3 for them."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url.removeprefix(prefix)
    return url


@dataclass
class Transaction:
    """One use case's unit of work: its session, its instant, its audit entries and after-commit effects."""

    session: Session
    now: datetime
    audit_entries: list[PendingAuditEntry] = field(default_factory=list)
    after_commit_callbacks: list[Callable[[], None]] = field(default_factory=list)

    def record(
        self,
        *,
        actor: str | None,
        verb: str,
        summary: str,
        subject: str | None = None,
        object_id: str | None = None,
        payload: dict | None = None,
    ) -> None:
        """Queue an audit entry; it is chained and written in this same transaction at commit."""
        self.audit_entries.append(PendingAuditEntry(actor, verb, summary, subject, object_id, payload or {}))

    def after_commit(self, callback: Callable[[], None]) -> None:
        self.after_commit_callbacks.append(callback)


class Database:
    def __init__(self, url: str, *, pool_size: int = 10) -> None:
        self.url = normalize_url(url)
        self.is_sqlite = self.url.startswith("sqlite")
        if self.is_sqlite:
            _ensure_sqlite_dir(self.url)
            self.engine = _sqlite_engine(self.url, immediate=True)
            self.read_engine = _sqlite_engine(self.url, immediate=False)
        else:
            self.engine = create_engine(self.url, pool_size=pool_size, max_overflow=20, pool_pre_ping=True)
            self.read_engine = self.engine
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(self.read_engine, expire_on_commit=False)

    @contextmanager
    def transaction(self, clock: Clock) -> Iterator[Transaction]:
        """Commit the change and its audit entries together, or neither; run side effects after commit."""

        with self._sessions() as session:
            tx = Transaction(session=session, now=clock.now())
            try:
                yield tx
                if tx.audit_entries:
                    append_entries(session, tx.audit_entries, tx.now)
                session.commit()
            except BaseException:
                session.rollback()
                raise
        for callback in tx.after_commit_callbacks:
            callback()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read_sessions() as session:
            yield session

    def migrate(self) -> None:
        from trustdesk.storage.migrate import upgrade_to_head

        upgrade_to_head(self.engine)

    def dispose(self) -> None:
        self.engine.dispose()
        if self.read_engine is not self.engine:
            self.read_engine.dispose()


def _ensure_sqlite_dir(url: str) -> None:
    path = url.split("///", 1)[-1]
    if path and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)


def _sqlite_engine(url: str, *, immediate: bool) -> Engine:
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not pysqlite, issue BEGIN, so writers can take the lock up front.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    # Writers start with BEGIN IMMEDIATE: a deferred transaction that reads then writes can fail with
    # "database is locked" when another writer got there first; taking the lock at BEGIN avoids that.
    begin = "BEGIN IMMEDIATE" if immediate else "BEGIN"

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql(begin)

    return engine
