"""SQLite commits are durable: synchronous=FULL on every connection, so an acknowledged report survives power
loss, not only a crash of the process (NORMAL in WAL mode may lose the last commits on power loss)."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from trustdesk.clock import SystemClock
from trustdesk.config import Settings
from trustdesk.services.base.context import database_options
from trustdesk.storage.database import Database, DatabaseOptions

FULL, NORMAL = 2, 1


def _pragmas(database: Database) -> set[tuple[str, int]]:
    found = set()
    for engine in (database.engine, database.read_engine):
        with engine.connect() as connection:
            mode = connection.execute(text("PRAGMA journal_mode")).scalar_one()
            sync = connection.execute(text("PRAGMA synchronous")).scalar_one()
            found.add((mode, sync))
    return found


def test_every_connection_commits_with_synchronous_full(tmp_path):
    database = Database(f"sqlite:///{tmp_path / 'td.db'}")
    assert _pragmas(database) == {("wal", FULL)}
    database.dispose()


def test_the_operator_may_trade_durability_for_speed_explicitly(tmp_path, monkeypatch):
    monkeypatch.setenv("TRUSTDESK_SQLITE_SYNCHRONOUS", "normal")
    settings = Settings.from_env(f"sqlite:///{tmp_path / 'td.db'}")
    database = Database(settings.database_url, options=database_options(settings))
    assert _pragmas(database) == {("wal", NORMAL)}
    database.dispose()
    with pytest.raises(ValueError, match="synchronous"):
        Database(f"sqlite:///{tmp_path / 'x.db'}", options=DatabaseOptions(sqlite_synchronous="OFF"))


def test_writers_of_one_process_take_turns_and_a_stuck_one_gives_database_locked_not_a_hang(tmp_path):
    """Threads queue for the write lock in the process; one that waits past busy_timeout fails like SQLite
    does ("database is locked", which the API answers 503), rather than waiting forever."""
    database = Database(f"sqlite:///{tmp_path / 'x.db'}", options=DatabaseOptions(sqlite_busy_timeout_ms=200))
    with database.engine.begin() as connection:
        connection.execute(text("CREATE TABLE t (v INTEGER)"))
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        with database.transaction(SystemClock()) as tx:
            tx.session.execute(text("INSERT INTO t VALUES (1)"))
            holding.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    holding.wait(10)
    try:
        with pytest.raises(OperationalError, match="database is locked"), database.transaction(SystemClock()) as tx:
            tx.session.execute(text("INSERT INTO t VALUES (2)"))
    finally:
        release.set()
        holder.join()
    with database.transaction(SystemClock()) as tx:  # the lock is free again: the next writer goes through
        tx.session.execute(text("INSERT INTO t VALUES (3)"))
    with database.read() as session:
        assert sorted(session.execute(text("SELECT v FROM t")).scalars()) == [1, 3]
    database.dispose()
