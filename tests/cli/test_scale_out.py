"""Several `trustdesk serve` processes on one database: requests go to any of them, and the background work
(due actions, outbox deliveries, connector pulls, audit heads) runs in exactly one at a time — counted here on
real processes over loopback, through a kill -9 of the leader."""

from __future__ import annotations

import json
import subprocess
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from itertools import cycle

import httpx
import pytest
from sqlalchemy import func, select

from tests.people import account, hire, platform
from tests.support.loopback import TRUSTDESK, Receiver, Served, child_env, cli, start_serve, wait_for
from trustdesk.clock import ManualClock
from trustdesk.config import CHEAP_ARGON2, Settings
from trustdesk.services.base.alerting import raise_alert
from trustdesk.services.base.context import Context, open_context
from trustdesk.services.base.leadership import current_leader
from trustdesk.services.enforcement import actions
from trustdesk.services.intake.report_journal import wait_until_settled
from trustdesk.services.intake.scoring import ENV_SCORER
from trustdesk.storage.database import Database
from trustdesk.storage.tables import ActionRow, AuditEntryRow, AuditTreeHeadRow, CaseRow, OutboxRow, ReportRow

LEASE_SECONDS = 3  # a killed leader is replaced within this (plus a tick); serve's default is 10
CRITICAL_DELAY = timedelta(minutes=10)  # settings.toml: a deactivation of a critical account waits this long
NO_SCORING = "none"  # what is counted here is coordination; loading the scoring models would only slow each start


@pytest.fixture
def receiver():
    hook = Receiver()
    yield hook
    hook.close()


@pytest.fixture
def shared_postgres(pg_cluster, tmp_path, receiver):
    """A fresh PostgreSQL database set up with `trustdesk migrate`, and the environment every process shares."""
    url = pg_cluster.create_database("scale_out")
    data = tmp_path / "data"
    env = child_env(TRUSTDESK_DATABASE_URL=url, TRUSTDESK_DATA_DIR=str(data), TRUSTDESK_WEBHOOKS=receiver.url,
                    TRUSTDESK_LEADER_LEASE_SECONDS=str(LEASE_SECONDS), TRUSTDESK_SCORER=NO_SCORING)
    cli(env, "migrate")  # creates the log's signing key, as a first start would
    database = Database(url)
    # The test's own hand on the database, building fixtures through the services on a clock it moves.
    ctx = Context(db=database, settings=Settings(database_url=url, data_dir=data, argon2=CHEAP_ARGON2),
                  clock=ManualClock(datetime.now(UTC)))
    yield env, ctx
    database.dispose()


def _schedule_deactivations(ctx, names: list[str], *, due_in_seconds: float) -> list[str]:
    """Approved deactivations of critical accounts, each coming due `due_in_seconds` from now (real time)."""
    ctx.clock.set(datetime.now(UTC) - CRITICAL_DELAY + timedelta(seconds=due_in_seconds))
    integration = platform(ctx, f"forum-{names[0]}")
    proposers = [hire(ctx, f"prop-{names[0]}-{i}", "moderator") for i in range((len(names) + 9) // 10)]
    seniors = [hire(ctx, f"senior-{names[0]}-{i}", "senior") for i in range(2)]
    ids = []
    for i, name in enumerate(names):
        ref = account(ctx, integration, name, followers=3_000_000)
        proposed = actions.propose_action(ctx, actor=proposers[i // 10].principal, ref=ref, type="deactivate",
                                          reason="coordinated spam")
        actions.approve_action(ctx, actor=seniors[0].principal, action_id=proposed["id"])
        approved = actions.approve_action(ctx, actor=seniors[1].principal, action_id=proposed["id"])
        assert approved["state"] == "scheduled"
        ids.append(approved["id"])
    return ids


def _raise_alerts(ctx, count: int, label: str) -> None:
    for i in range(count):
        with ctx.db.transaction(ctx.clock) as tx:
            raise_alert(tx, kind="test_signal", message=f"{label} {i}")


def _executed(ctx, ids: list[str]) -> Counter[str]:
    """How many times each action was executed, by the audit log."""
    with ctx.db.read() as session:
        rows = session.execute(select(AuditEntryRow.object_id, func.count())
                               .where(AuditEntryRow.verb == "action.executed", AuditEntryRow.object_id.in_(ids))
                               .group_by(AuditEntryRow.object_id)).all()
    return Counter({object_id: n for object_id, n in rows})


def _webhook_rows(ctx) -> tuple[set[str], set[str]]:
    """(every webhook outbox row, those still undelivered)."""
    with ctx.db.read() as session:
        rows = session.execute(select(OutboxRow.id, OutboxRow.delivered_at).where(OutboxRow.kind == "webhook")).all()
    return {row_id for row_id, _ in rows}, {row_id for row_id, delivered in rows if delivered is None}


def _quiet(ctx) -> bool:
    """Nothing left to deliver and nothing new to sign: a kill now interrupts no background work."""
    _, pending = _webhook_rows(ctx)
    with ctx.db.read() as session:
        logged = session.execute(select(func.count()).select_from(AuditEntryRow)).scalar_one()
        signed = session.execute(select(func.max(AuditTreeHeadRow.size))).scalar_one() or 0
    return not pending and signed == logged


def _all_delivered(ctx, receiver: Receiver) -> bool:
    """Quiet, and every webhook row (a late tree head included) has reached the receiver at least once."""
    return _quiet(ctx) and set(receiver.counts()) >= _webhook_rows(ctx)[0]


def _leader_pid(ctx) -> int | None:
    lease = current_leader(ctx)
    if lease is None or lease[1] <= datetime.now(UTC):
        return None
    return int(lease[0].split(":")[-2])


def _file_reports(servers: list[Served], token: str, count: int, prefix: str) -> list[dict]:
    """File `count` reports on distinct subjects, alternately through each server, eight at a time."""
    headers = {"Authorization": f"Bearer {token}"}
    bases = cycle([s.base for s in servers])
    jobs = [(next(bases), i) for i in range(count)]

    def file(job: tuple[str, int]) -> dict:
        base, i = job
        answer = httpx.post(f"{base}/reports", headers=headers, timeout=30,
                            json={"subject": {"kind": "account", "id": f"{prefix}{i}"}, "category": "spam",
                                  "text": f"buy followers {i}", "reporter": f"reporter-{i}"})
        assert answer.status_code == 201, answer.text
        return answer.json()

    with ThreadPoolExecutor(8) as pool:
        return list(pool.map(file, jobs))


def test_two_serve_processes_on_one_postgresql_do_each_thing_once_and_survive_a_killed_leader(
        shared_postgres, receiver, tmp_path):
    env, ctx = shared_postgres
    moderators = [hire(ctx, f"mod{i}", "moderator") for i in range(4)]
    reporter_platform = platform(ctx, "reports-in")
    first_wave = _schedule_deactivations(ctx, [f"big{i}" for i in range(12)], due_in_seconds=6)
    _raise_alerts(ctx, 15, "before the start")

    servers = [start_serve(env, tmp_path / f"serve-{i}.log") for i in range(2)]
    try:
        # Reports through both processes; then every moderator claims through both at once until none is left.
        filed = _file_reports(servers, reporter_platform.token, 60, "acct")
        cases = {receipt["case_id"] for receipt in filed}
        assert len(cases) == 60
        claimed: list[str] = []
        lock = threading.Lock()

        def claim_until_empty(job: tuple[int, int]) -> None:
            moderator, lane = job
            base = servers[(moderator + lane) % 2].base
            while True:
                answer = httpx.post(f"{base}/cases/claim-next", headers=moderators[moderator].headers, timeout=30)
                assert answer.status_code == 200, answer.text
                case = answer.json()["case"]
                if case is None:
                    return
                with lock:
                    claimed.append(case["id"])

        with ThreadPoolExecutor(8) as pool:
            list(pool.map(claim_until_empty, [(m, lane) for m in range(4) for lane in range(2)]))
        assert len(claimed) == 60 and set(claimed) == cases  # every case claimed, none twice
        with ctx.db.read() as session:
            claims = Counter(session.execute(select(AuditEntryRow.object_id)
                                             .where(AuditEntryRow.verb == "case.claimed")).scalars())
            assert session.execute(select(func.count()).select_from(CaseRow)
                                   .where(CaseRow.claimed_by.is_not(None))).scalar_one() == 60
        assert set(claims) == cases and set(claims.values()) == {1}

        # The delayed actions come due while both run: each executed exactly once, by the leader.
        wait_for(lambda: sum(_executed(ctx, first_wave).values()) >= 12, timeout=90, what="the first wave")
        # Every alert (and signed tree head) reaches the receiver, each once.
        wait_for(lambda: _all_delivered(ctx, receiver), timeout=90, what="the outbox and the audit heads to settle")
        assert _executed(ctx, first_wave) == Counter({action_id: 1 for action_id in first_wave})
        webhooks, _ = _webhook_rows(ctx)
        assert len(webhooks) > 15
        assert receiver.counts() == Counter({row_id: 1 for row_id in webhooks})

        # kill -9 the leader: the other process takes over the background work.
        leader_pid = _leader_pid(ctx)
        [leader] = [s for s in servers if s.process.pid == leader_pid]
        [survivor] = [s for s in servers if s is not leader]
        leader.kill()
        second_wave = _schedule_deactivations(ctx, [f"later{i}" for i in range(6)], due_in_seconds=2)
        _raise_alerts(ctx, 10, "after the kill")
        wait_for(lambda: _leader_pid(ctx) == survivor.process.pid, timeout=60, what="the survivor to lead")
        wait_for(lambda: sum(_executed(ctx, second_wave).values()) >= 6, timeout=90, what="the second wave")
        wait_for(lambda: _all_delivered(ctx, receiver), timeout=90, what="the outbox to drain after the kill")
        everything = first_wave + second_wave
        assert _executed(ctx, everything) == Counter({action_id: 1 for action_id in everything})
        with ctx.db.read() as session:
            states = Counter(session.execute(select(ActionRow.state).where(ActionRow.id.in_(everything))).scalars())
        assert states == Counter({"executed": 18})
        webhooks, _ = _webhook_rows(ctx)
        assert receiver.counts() == Counter({row_id: 1 for row_id in webhooks})
        # The survivor still serves the desk.
        assert len(_file_reports([survivor], reporter_platform.token, 4, "after")) == 4
    finally:
        for server in servers:
            server.stop()


def test_serve_with_two_workers_on_sqlite_stores_what_both_acknowledge_and_the_chain_verifies(tmp_path, monkeypatch):
    data = tmp_path / "data"
    env = child_env(TRUSTDESK_DATABASE_URL=f"sqlite:///{data / 'trustdesk.db'}", TRUSTDESK_DATA_DIR=str(data),
                    TRUSTDESK_SCORER=NO_SCORING)
    token = cli(env, "integration", "add", "forum")
    log = tmp_path / "serve.log"
    served = start_serve(env, log, "--workers", "2")
    acknowledged: list[dict] = []
    try:
        def workers_that_took_reports() -> set[int]:
            lines = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
            return {line["pid"] for line in lines
                    if line.get("http", {}).get("path") == "/api/v1/reports" and line["http"]["status"] == 201}

        # Reports on fresh connections until both workers have taken some (the kernel picks the acceptor).
        for batch in range(10):
            acknowledged += _file_reports([served], token, 40, f"b{batch}-")
            if len(workers_that_took_reports()) == 2:
                break
        assert len(workers_that_took_reports()) == 2
    finally:
        served.stop()
    # What the workers acknowledged under load and had not settled when stopped, the next process settles.
    monkeypatch.setenv(ENV_SCORER, NO_SCORING)
    after = open_context(Settings.from_env(env["TRUSTDESK_DATABASE_URL"], argon2=CHEAP_ARGON2))
    assert wait_until_settled(after, timeout=120, any_backlog=True)
    with Database(env["TRUSTDESK_DATABASE_URL"]).engine.connect() as connection:
        stored = set(connection.execute(select(ReportRow.id)).scalars())
    assert stored == {receipt["id"] for receipt in acknowledged}
    verified = subprocess.run([TRUSTDESK, "audit", "verify"], env=env, capture_output=True, text=True, timeout=120)
    assert verified.returncode == 0, verified.stdout + verified.stderr
