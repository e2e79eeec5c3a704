"""When the database fails, answers come fast and say so: 503 with Retry-After, /health names the cause,
and service resumes by itself once the database is back."""

from __future__ import annotations

import shutil
import socket
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from tests.people import hire, platform
from tests.support.postgres import PostgresCluster
from trustdesk.cli.server import create_web_app
from trustdesk.config import CHEAP_ARGON2, Settings
from trustdesk.services.base.context import Context
from trustdesk.storage.database import Database, DatabaseOptions

REPORT = {"subject": {"kind": "account", "id": "a1"}, "category": "spam", "text": "buy followers", "reporter": "u1"}
FAST = DatabaseOptions(connect_timeout=2, statement_timeout_ms=2_000, pool_timeout=2)


@pytest.fixture(autouse=True)
def _no_model_loading(monkeypatch):
    """What is timed here is the database's failure, not loading the scoring models on a first report."""
    monkeypatch.setenv("TRUSTDESK_SCORER", "none")


def _client(database: Database, tmp_path: Path) -> tuple[TestClient, Context]:
    settings = Settings(database_url=database.url, data_dir=tmp_path / "data", argon2=CHEAP_ARGON2)
    ctx = Context(db=database, settings=settings)
    return TestClient(create_web_app(ctx, run_scheduler=False), raise_server_exceptions=False), ctx


def _assert_unavailable(response, started: float) -> None:
    assert response.status_code == 503, response.text
    assert time.monotonic() - started < 8, "a dead database must fail fast"
    assert int(response.headers["retry-after"]) > 0
    assert response.json()["error"]["code"] == "unavailable"


def test_a_read_only_sqlite_file_gives_503_and_health_says_why(sqlite_template, tmp_path):
    path = tmp_path / "trustdesk.db"
    shutil.copy(sqlite_template, path)
    writable = Database(f"sqlite:///{path}")
    people_client, ctx = _client(writable, tmp_path)
    integration, julie = platform(ctx), hire(ctx, "julie", "moderator")
    writable.dispose()
    # SQLite opened read-only: what it does by itself when the process may not write the file (it falls
    # back to O_RDONLY). Not PRAGMA query_only, which is a per-connection setting the process could undo.
    read_only = Database(f"sqlite:///file:{path}?mode=ro&uri=true")
    client, _ = _client(read_only, tmp_path)
    with client:
        started = time.monotonic()
        health = client.get("/api/v1/health")
        assert health.status_code == 503
        assert health.json()["dependencies"]["database"] == {"ok": False, "kind": "sqlite",
                                                              "reason": "attempt to write a readonly database"}
        started = time.monotonic()
        _assert_unavailable(client.post("/api/v1/reports", headers=integration.headers, json=REPORT), started)
        assert client.get("/api/v1/cases", headers=julie.headers).status_code == 200  # reads still work
    read_only.dispose()


def test_health_is_ok_on_a_writable_database(client):
    response = client.get("/api/v1/health")
    assert response.status_code == 200
    assert response.json()["dependencies"]["database"]["ok"] is True


@pytest.fixture(scope="module")
def own_cluster():
    """A cluster of this module's own: stopping it must not disturb the other tests' database."""
    cluster = PostgresCluster("outage")
    url = cluster.start()
    yield cluster, url
    cluster.stop()


@pytest.mark.postgres
def test_postgres_down_gives_503_fast_and_recovers_without_restart(own_cluster, tmp_path):
    cluster, url = own_cluster
    database = Database(url, options=FAST)
    database.migrate()
    client, ctx = _client(database, tmp_path)
    integration = platform(ctx)
    with client:
        assert client.post("/api/v1/reports", headers=integration.headers, json=REPORT).status_code == 201
        cluster.pause()
        try:
            started = time.monotonic()
            _assert_unavailable(client.post("/api/v1/reports", headers=integration.headers, json=REPORT), started)
            started = time.monotonic()
            health = client.get("/api/v1/health")
            assert health.status_code == 503 and time.monotonic() - started < 8
            down = health.json()["dependencies"]["database"]
            assert down["ok"] is False and down["kind"] == "postgresql" and down["reason"]
            assert "password" not in down["reason"] and "postgresql+psycopg" not in down["reason"]
        finally:
            cluster.resume()
        assert client.get("/api/v1/health").status_code == 200
        # Another report, not the first one again (that one would be folded as a duplicate: 200).
        response = client.post("/api/v1/reports", headers=integration.headers, json={**REPORT, "text": "and again"})
        assert response.status_code == 201, response.text
    database.dispose()


@pytest.mark.postgres
def test_a_frozen_postgres_gives_503_within_bounds_and_recovers_when_it_thaws(own_cluster, tmp_path):
    cluster, url = own_cluster
    database = Database(url, options=FAST)
    database.migrate()
    client, ctx = _client(database, tmp_path)
    integration = platform(ctx, "frozen-platform")
    with client:
        assert client.post("/api/v1/reports", headers=integration.headers, json=REPORT).status_code == 201
        cluster.freeze()  # the pooled connections stay open; the server answers nothing on them
        try:
            started = time.monotonic()
            _assert_unavailable(client.post("/api/v1/reports", headers=integration.headers, json=REPORT), started)
            started = time.monotonic()
            health = client.get("/api/v1/health")
            assert health.status_code == 503 and time.monotonic() - started < 8
        finally:
            cluster.thaw()
        assert client.get("/api/v1/health").status_code == 200
        response = client.post("/api/v1/reports", headers=integration.headers,
                               json={**REPORT, "subject": {"kind": "account", "id": "a2"}})
        assert response.status_code == 201, response.text
    database.dispose()


@pytest.mark.postgres
def test_postgres_statement_timeout_stops_a_runaway_statement(own_cluster):
    _, url = own_cluster
    database = Database(url, options=DatabaseOptions(statement_timeout_ms=300))
    started = time.monotonic()
    with pytest.raises(OperationalError, match="statement timeout"), database.read() as session:
        session.execute(text("select pg_sleep(5)"))
    assert time.monotonic() - started < 3
    database.dispose()


def test_an_unanswering_postgres_is_reported_within_the_connect_timeout():
    # A loopback port that completes the TCP handshake (the kernel does, from the backlog) and never says a word:
    # what a server behind a dead NAT or a full accept queue looks like, without leaving this machine.
    with socket.create_server(("127.0.0.1", 0), backlog=8) as silent:
        port = silent.getsockname()[1]
        database = Database(f"postgresql://nobody@127.0.0.1:{port}/none", options=FAST)
        started = time.monotonic()
        health = database.health()
        assert not health.ok and health.reason
        assert time.monotonic() - started < 6
        database.dispose()


def _requests_on(path: Path, tmp_path: Path, headers: dict) -> dict:
    """Health and a report against the SQLite file at `path`, as this process sees it."""
    database = Database(f"sqlite:///{path}")
    client, _ = _client(database, tmp_path)
    with client:
        health = client.get("/api/v1/health")
        started = time.monotonic()
        filed = client.post("/api/v1/reports", headers=headers, json=REPORT)
        took = time.monotonic() - started
    database.dispose()
    body = health.json()
    reason = body.get("dependencies", {}).get("database", {}).get("reason")
    return {"health": health.status_code, "body": body, "reason": reason,
            "report": filed.status_code, "retry_after": filed.headers.get("retry-after"), "took": took,
            "code": filed.json().get("error", {}).get("code")}


def test_a_sqlite_file_this_process_cannot_write_gives_503(sqlite_template, tmp_path):
    """The real thing: a database file the serving process has no permission to write."""
    import json
    import os
    import tempfile

    # pytest's tmp_path is private to its owner; the unprivileged child must be able to reach the file
    base = Path(tempfile.mkdtemp(prefix="trustdesk-ro-"))
    base.chmod(0o755)
    site = base / "site"
    site.mkdir()
    path = site / "trustdesk.db"
    shutil.copy(sqlite_template, path)
    writable = Database(f"sqlite:///{path}")
    _, ctx = _client(writable, tmp_path)
    integration = platform(ctx)
    writable.dispose()
    # the same requests on a writable copy first: they work, and every module they need is imported now
    copy = tmp_path / "copy.db"
    shutil.copy(path, copy)
    assert _requests_on(copy, tmp_path, integration.headers)["report"] == 201
    path.chmod(0o444)
    site.chmod(0o555)
    try:
        if os.geteuid() != 0:
            outcome = _requests_on(path, tmp_path, integration.headers)
        else:  # root may write anything: drop to nobody in a forked child (no exec: the interpreter is root's)
            read_end, write_end = os.pipe()
            pid = os.fork()
            if pid == 0:  # pragma: no cover - the child
                try:
                    os.setgroups([])
                    os.setgid(65534)
                    os.setuid(65534)
                    result = _requests_on(path, tmp_path, integration.headers)
                except BaseException as error:  # noqa: BLE001 - report anything to the parent
                    import traceback

                    result = {"error": repr(error), "where": traceback.format_exc()[-1500:]}
                os.write(write_end, json.dumps(result).encode())
                os._exit(0)
            os.close(write_end)
            with os.fdopen(read_end) as pipe:
                outcome = json.loads(pipe.read() or "{}")
            os.waitpid(pid, 0)
    finally:
        site.chmod(0o755)
        path.chmod(0o644)
        shutil.rmtree(base, ignore_errors=True)
    assert "error" not in outcome, outcome
    assert outcome["health"] == 503 and "readonly" in outcome["reason"]
    assert outcome["report"] == 503 and outcome["code"] == "unavailable" and int(outcome["retry_after"]) > 0
    assert outcome["took"] < 5
