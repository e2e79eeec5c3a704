"""SQLite commits are durable: synchronous=FULL on every connection, so an acknowledged report survives power
loss, not only a crash of the process (NORMAL in WAL mode may lose the last commits on power loss)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

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
