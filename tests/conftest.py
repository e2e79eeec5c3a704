"""Shared fixtures: real SQLite files and a real PostgreSQL cluster, a movable clock, and people.

Services and API tests take `ctx`, which is parametrized over both databases."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.support.postgres import PostgresCluster
from trustdesk.audit.signing import load_or_create_key
from trustdesk.clock import ManualClock
from trustdesk.config import CHEAP_ARGON2, Settings
from trustdesk.services.base.context import Context
from trustdesk.storage.database import Database
from trustdesk.storage.schema import metadata

T0 = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PostgresCluster]:
    cluster = PostgresCluster()
    cluster.start()
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def pg_database(pg_cluster: PostgresCluster) -> Iterator[Database]:
    database = Database(pg_cluster.create_database(f"{pg_cluster.dbname}_app"))
    database.migrate()
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrate once; each test copies the file instead of re-running migrations."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    database = Database(f"sqlite:///{path}")
    database.migrate()
    database.dispose()
    return path


def _truncate(database: Database) -> None:
    names = ", ".join(f'"{t.name}"' for t in metadata.sorted_tables)
    with database.engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlite":
        path = tmp_path / "trustdesk.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        sqlite = Database(f"sqlite:///{path}")
        yield sqlite
        sqlite.dispose()
    else:
        postgres = request.getfixturevalue("pg_database")
        _truncate(postgres)
        yield postgres


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(T0)


@pytest.fixture
def settings(database: Database, tmp_path: Path) -> Settings:
    return Settings(database_url=database.url, data_dir=tmp_path / "data", argon2=CHEAP_ARGON2)


@pytest.fixture
def ctx(database: Database, settings: Settings, clock: ManualClock) -> Context:
    # The audit key exists as after a first `serve`/`migrate`; nothing else creates one (services/audit_keys.py).
    load_or_create_key(settings.signing_key_path)
    return Context(db=database, settings=settings, clock=clock)
