"""The database handle: engines, one transaction per use case, migrations on first use."""

from __future__ import annotations

import contextlib
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from trustdesk.audit.verbs import CATALOGUE, AuditVerb, catalogued
from trustdesk.clock import Clock
from trustdesk.storage.audit_log import PendingAuditEntry, append_entries
from trustdesk.storage.stuck_connections import ConnectionWatchdog
from trustdesk.storage.writer_lock import FairLock, FileLock

STUCK_GRACE_SECONDS = 2.0  # past the statement timeout, a statement's connection is taken for stuck


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
        verb: AuditVerb,
        summary: str,
        subject: str | None = None,
        object_id: str | None = None,
        payload: dict | None = None,
    ) -> None:
        """Queue an audit entry; it is chained and written in this same transaction at commit.

        The verb must be in the catalogue (audit/verbs.py); an unknown one fails here, naming the caller's line."""
        if verb not in CATALOGUE:
            caller = sys._getframe(1)
            catalogued(verb, where=f"at {caller.f_code.co_filename}:{caller.f_lineno}")
        self.audit_entries.append(PendingAuditEntry(actor, str(verb), summary, subject, object_id, payload or {}))

    def after_commit(self, callback: Callable[[], None]) -> None:
        self.after_commit_callbacks.append(callback)


@dataclass(frozen=True)
class DatabaseOptions:
    """Bounds on waiting, so a sick database gives a fast 503 instead of a hung request.

    PostgreSQL: `connect_timeout` (s) to open a connection, `statement_timeout_ms` per statement (migrations
    run without it), `pool_timeout` (s) to get a connection from the pool. SQLite: `sqlite_synchronous`
    (FULL: an acknowledged commit survives power loss; NORMAL only survives a crash of the process) and
    `sqlite_busy_timeout_ms` to wait for the write lock."""

    connect_timeout: float = 5.0
    statement_timeout_ms: int = 15_000
    pool_timeout: float = 5.0
    sqlite_synchronous: str = "FULL"
    sqlite_busy_timeout_ms: int = 30_000


@dataclass(frozen=True)
class DatabaseHealth:
    ok: bool
    kind: str
    reason: str | None = None

    def to_dict(self) -> dict:
        return {"ok": self.ok, "kind": self.kind, **({"reason": self.reason} if self.reason else {})}


def short_reason(error: BaseException) -> str:
    """The driver's first line, never the URL or the statement's parameters."""
    original = getattr(error, "orig", None) or error
    message = str(original).strip()
    return (message.splitlines()[0] if message else type(original).__name__)[:200]


class Database:
    def __init__(self, url: str, *, pool_size: int = 10, options: DatabaseOptions | None = None) -> None:
        self.url = normalize_url(url)
        self.options = options or DatabaseOptions()
        self.is_sqlite = self.url.startswith("sqlite")
        if self.is_sqlite:
            file = _sqlite_file(self.url)
            if file is not None:
                file.parent.mkdir(parents=True, exist_ok=True)
            self.engine = _sqlite_engine(self.url, immediate=True, options=self.options)
            self.read_engine = _sqlite_engine(self.url, immediate=False, options=self.options)
        else:
            self.engine = _postgres_engine(self.url, pool_size=pool_size, options=self.options)
            self.read_engine = self.engine
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # SQLite has one writer at a time. Threads of this process queue for it here, first come first served
        # and woken the moment it is free, instead of in SQLite's busy handler, which polls with sleeps of up to
        # 100 ms (a claim-next behind a report then waits tens of milliseconds for a lock freed long before).
        # Other processes still meet at the file lock, through busy_timeout. Reentrant: nothing nests
        # transactions, but a nested one must fail at SQLite's lock as before, not hang here.
        self._write_lock = FairLock() if self.is_sqlite else None
        file = _sqlite_file(self.url) if self.is_sqlite else None
        self._process_lock = FileLock(f"{file}.writer-lock") if file is not None else None
        self._read_sessions = sessionmaker(self.read_engine, expire_on_commit=False)

    @contextmanager
    def transaction(self, clock: Clock) -> Iterator[Transaction]:
        """Commit the change and its audit entries together, or neither; run side effects after commit."""

        with self._writer_turn(), self._sessions() as session:
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
    def _writer_turn(self) -> Iterator[None]:
        """SQLite: wait for this process's write lock, then the other processes' (FileLock), as long as SQLite
        would wait for its own (busy_timeout), then fail the same way ("database is locked": a 503), never hang."""
        if self._write_lock is None:
            yield
            return
        timeout = self.options.sqlite_busy_timeout_ms / 1000
        deadline = time.monotonic() + timeout
        if not self._write_lock.acquire(timeout):
            raise _locked("another transaction of this process holds it")
        try:
            # Taken once per process, not again by a nested transaction of the same thread.
            outermost = self._write_lock.depth == 1
            if outermost and self._process_lock is not None and \
                    not self._process_lock.acquire(max(0.0, deadline - time.monotonic())):
                raise _locked("another process holds it")
            try:
                yield
            finally:
                if outermost and self._process_lock is not None:
                    self._process_lock.release()
        finally:
            self._write_lock.release()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read_sessions() as session:
            yield session

    def migrate(self) -> None:
        from trustdesk.storage.migrate import upgrade_to_head

        if self.is_sqlite:
            upgrade_to_head(self.engine)
            return
        # A migration may rewrite a big table: no statement timeout for it.
        engine = _postgres_engine(self.url, pool_size=1, options=self.options, statement_timeout=False)
        try:
            upgrade_to_head(engine)
        finally:
            engine.dispose()

    def health(self) -> DatabaseHealth:
        """Can we read and write right now? Answers within about a second or the connect timeout."""
        kind = "sqlite" if self.is_sqlite else "postgresql"
        try:
            if self.is_sqlite:
                return self._sqlite_health()
            with self.engine.connect() as connection:
                read_only = connection.execute(text(
                    "select pg_is_in_recovery() or current_setting('transaction_read_only') = 'on'"
                )).scalar_one()
                connection.rollback()
            if read_only:
                return DatabaseHealth(False, kind, "the database is read-only (a standby, or set read-only)")
            return DatabaseHealth(True, kind)
        except Exception as error:  # noqa: BLE001 - DBAPI errors from a raw connection too: any failure is "down"
            return DatabaseHealth(False, kind, short_reason(error))

    def _sqlite_health(self) -> DatabaseHealth:
        connection = self.read_engine.raw_connection()
        try:
            cursor = connection.cursor()
            cursor.execute("PRAGMA busy_timeout=500")
            try:
                cursor.execute("BEGIN IMMEDIATE")
                try:
                    # A real write (rolled back): taking the lock alone succeeds even on a read-only file.
                    version = cursor.execute("PRAGMA user_version").fetchone()[0]
                    cursor.execute(f"PRAGMA user_version={int(version)}")
                finally:
                    cursor.execute("ROLLBACK")
            except Exception as error:  # noqa: BLE001 - sqlite3.OperationalError and friends
                if "locked" in str(error) or "busy" in str(error):
                    return DatabaseHealth(True, "sqlite", None)  # another writer holds the lock: alive
                return DatabaseHealth(False, "sqlite", short_reason(error))
            finally:
                cursor.execute(f"PRAGMA busy_timeout={int(self.options.sqlite_busy_timeout_ms)}")
                cursor.close()
        finally:
            connection.close()
        return DatabaseHealth(True, "sqlite")

    def dispose(self) -> None:
        self.engine.dispose()
        if self.read_engine is not self.engine:
            self.read_engine.dispose()


def _locked(why: str) -> sa_exc.OperationalError:
    return sa_exc.OperationalError("BEGIN IMMEDIATE", None, sqlite3.OperationalError(f"database is locked ({why})"))


def _sqlite_file(url: str) -> Path | None:
    """The database file of a SQLite URL; None for an in-memory or URI-style database."""
    path = url.split("///", 1)[-1]
    return Path(path) if path and path != ":memory:" and not path.startswith("file:") else None


def _postgres_engine(url: str, *, pool_size: int, options: DatabaseOptions, statement_timeout: bool = True) -> Engine:
    settings = f"-c statement_timeout={int(options.statement_timeout_ms) if statement_timeout else 0}"
    engine = create_engine(
        url, pool_size=pool_size, max_overflow=20, pool_pre_ping=True, pool_timeout=options.pool_timeout,
        connect_args={"connect_timeout": max(1, round(options.connect_timeout)), "options": settings},
    )
    if statement_timeout and options.statement_timeout_ms > 0:
        # A frozen server would otherwise hold every request forever (stuck_connections.py).
        ConnectionWatchdog(ping_seconds=max(1.0, options.connect_timeout),
                           statement_seconds=options.statement_timeout_ms / 1000 + STUCK_GRACE_SECONDS).attach(engine)
    return engine


SYNCHRONOUS_MODES = ("FULL", "NORMAL", "EXTRA")


def _sqlite_engine(url: str, *, immediate: bool, options: DatabaseOptions) -> Engine:
    synchronous = options.sqlite_synchronous.upper()
    if synchronous not in SYNCHRONOUS_MODES:
        raise ValueError(f"SQLite synchronous must be one of {', '.join(SYNCHRONOUS_MODES)}, not {synchronous!r}")
    busy_ms = int(options.sqlite_busy_timeout_ms)
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": busy_ms / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not pysqlite, issue BEGIN, so writers can take the lock up front.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        # A read-only file keeps its journal mode; its writes then fail with a clear 503.
        with contextlib.suppress(Exception):
            cursor.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit is on disk (WAL fsynced) before the report is acknowledged, so it survives power loss.
        cursor.execute(f"PRAGMA synchronous={synchronous}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={busy_ms}")
        cursor.close()

    # Writers start with BEGIN IMMEDIATE: a deferred transaction that reads then writes can fail with
    # "database is locked" when another writer got there first; taking the lock at BEGIN avoids that.
    begin = "BEGIN IMMEDIATE" if immediate else "BEGIN"

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql(begin)

    return engine
