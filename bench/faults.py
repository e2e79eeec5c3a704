"""Fault benchmarks: what `trustdesk serve` acknowledged, and what survived, under crashes and a sick database.

    .venv/bin/python bench/faults.py [--intake-trials 20] [--storage-reports 10000] [--only intake,outbox,...]

Real `serve` processes on loopback (tests/support/loopback.py), a throwaway PostgreSQL cluster
(tests/support/postgres.py) and SQLite files; run by hand, not in the test suite. Content scoring is switched off
(TRUSTDESK_SCORER=none) so that each restart takes seconds: scoring decides priorities, not durability.

- intake: kill -9 of serve while 8 clients file reports, N times per database; after the restarts every
  acknowledged (201) report must be stored, and none twice.
- scheduled: 100 approved deactivations come due; serve is killed while executing them, then restarted:
  each must be executed exactly once (counted in the audit log).
- outbox: 150 alerts to a local webhook receiver that applies each Idempotency-Key once; serve is killed
  mid-delivery and restarted: every alert must take effect exactly once (repeats of a key are counted too).
- pg-stopped / pg-frozen: PostgreSQL stopped (pg_ctl stop -m immediate), or frozen (SIGSTOP of the postmaster
  and every backend), for 8 s under load: answers must be fast 503s with Retry-After, and service must resume.
- disk-full: SQLite on a 16 MB tmpfs filled up with a ballast file (mounting needs root; without it the fault is
  skipped and said so): 503/507 answers without losing an acknowledged report; freed, service resumes.
- storage: bytes per report (with its case share, subject, reporter and audit entry) after N reports filed
  through the use case, on SQLite and PostgreSQL.

The table: fault, trials, acknowledged, survived (acknowledged and found afterwards), duplicates, max answer time
(seconds, over every HTTP answer received during the fault), and a note.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select, text  # noqa: E402
from tests.people import account, hire, platform  # noqa: E402
from tests.support.loopback import Served, child_env, cli, start_serve  # noqa: E402
from tests.support.postgres import PostgresCluster  # noqa: E402

from trustdesk.clock import ManualClock  # noqa: E402
from trustdesk.config import CHEAP_ARGON2, Settings  # noqa: E402
from trustdesk.services.base.alerting import raise_alert  # noqa: E402
from trustdesk.services.base.context import Context  # noqa: E402
from trustdesk.services.enforcement import actions  # noqa: E402
from trustdesk.services.intake.report_journal import wait_until_settled  # noqa: E402
from trustdesk.storage.database import Database  # noqa: E402
from trustdesk.storage.tables import AuditEntryRow, OutboxRow, ReportRow  # noqa: E402

CRITICAL_DELAY = timedelta(minutes=10)  # the default policy's wait before a critical deactivation runs


@dataclass
class Row:
    fault: str
    trials: int
    acknowledged: int
    survived: int
    duplicates: int
    max_answer: float
    note: str = ""


@dataclass
class Answer:
    status: int
    seconds: float
    report_id: str | None
    marker: str
    retry_after: str | None
    started: float = 0.0  # time.monotonic() when the request was sent


@dataclass
class Load:
    """Clients filing reports (each on its own subject, by its own reporter, with a unique marker in its text)
    until stopped; every answer is kept, connection errors counted."""

    base: str
    token: str
    clients: int = 8
    answers: list[Answer] = field(default_factory=list)
    errors: int = 0

    def __post_init__(self) -> None:
        self.stopping = threading.Event()
        self.lock = threading.Lock()
        self.threads = [threading.Thread(target=self._client, daemon=True) for _ in range(self.clients)]

    def start(self) -> Load:
        for thread in self.threads:
            thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        for thread in self.threads:
            thread.join(timeout=60)

    def acknowledged(self) -> list[Answer]:
        with self.lock:
            return [a for a in self.answers if a.status == 201]

    def _client(self) -> None:
        with httpx.Client(timeout=60) as http:
            while not self.stopping.is_set():
                self.once(http)

    def once(self, http: httpx.Client | None = None) -> None:
        """File one report (on a new connection unless given a client) and keep the answer."""
        marker = uuid.uuid4().hex
        started = time.monotonic()
        try:
            answer = (http or httpx).post(
                f"{self.base}/reports", headers={"Authorization": f"Bearer {self.token}"}, timeout=60,
                json={"subject": {"kind": "account", "id": f"s-{marker[:12]}"}, "category": "spam",
                      "text": f"buy followers {marker}", "reporter": f"r-{marker[:12]}"})
        except httpx.HTTPError:
            with self.lock:
                self.errors += 1
            time.sleep(0.05)  # the server is gone: don't spin
            return
        took = time.monotonic() - started
        report_id = answer.json().get("id") if answer.status_code == 201 else None
        with self.lock:
            self.answers.append(Answer(answer.status_code, took, report_id, marker,
                                       answer.headers.get("retry-after"), started))


class IdempotentReceiver:
    """A webhook receiver on loopback that applies each Idempotency-Key once; it answers after `delay` seconds,
    so that a kill lands in the middle of a delivery round."""

    def __init__(self, delay: float = 0.02) -> None:
        self.requests: Counter[str] = Counter()
        self.lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the stdlib's name
                self.rfile.read(int(self.headers["Content-Length"]))
                time.sleep(delay)
                with outer.lock:
                    outer.requests[self.headers.get("Idempotency-Key", "")] += 1
                self.send_response(204)
                self.end_headers()

            def log_message(self, *_args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def applied(self) -> set[str]:
        with self.lock:
            return set(self.requests)

    def repeats(self) -> int:
        with self.lock:
            return sum(n - 1 for n in self.requests.values())

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


# --- set-up ------------------------------------------------------------------------------------------------------

class Databases:
    """A fresh SQLite file or PostgreSQL database per scenario, and the environment serve runs with."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.cluster: PostgresCluster | None = None
        self.count = 0

    def new(self, kind: str, **extra_env: str) -> tuple[dict, Context]:
        self.count += 1
        data = self.root / f"{kind}-{self.count}"
        data.mkdir(parents=True)
        if kind == "sqlite":
            url = f"sqlite:///{data / 'trustdesk.db'}"
        else:
            if self.cluster is None:
                self.cluster = PostgresCluster(durable=True)  # fsync on: acknowledged means on disk
                self.cluster.start()
            url = self.cluster.create_database(f"faults_{self.count}")
        env = child_env(TRUSTDESK_DATABASE_URL=url, TRUSTDESK_DATA_DIR=str(data), TRUSTDESK_SCORER="none",
                        **extra_env)
        cli(env, "migrate")
        ctx = Context(db=Database(url), settings=Settings(database_url=url, data_dir=data, argon2=CHEAP_ARGON2),
                      clock=ManualClock(datetime.now(UTC)))
        return env, ctx

    def close(self) -> None:
        if self.cluster is not None:
            self.cluster.stop()


def _serve(env: dict, root: Path, name: str) -> Served:
    return start_serve(env, root / f"{name}.log")


def _stored_markers(ctx: Context) -> Counter[str]:
    with ctx.db.read() as session:
        texts = session.execute(select(ReportRow.text)).scalars()
        return Counter(t.rsplit(" ", 1)[-1] for t in texts if t and t.startswith("buy followers "))


def _intake_row(fault: str, trials: int, ctx: Context, answers: list[Answer], note: str = "") -> Row:
    acked = [a for a in answers if a.status == 201]
    # Reports acknowledged once journaled and not settled before the kill are settled by the next process.
    wait_until_settled(ctx, timeout=300, any_backlog=True)
    stored = _stored_markers(ctx)
    survived = sum(1 for a in acked if stored[a.marker] >= 1)
    duplicates = sum(n - 1 for n in stored.values() if n > 1)
    worst = max((a.seconds for a in answers), default=0.0)
    return Row(fault, trials, len(acked), survived, duplicates, worst, note)


def _wait(condition, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


# --- faults ------------------------------------------------------------------------------------------------------

def kill_during_intake(dbs: Databases, kind: str, trials: int, rng: random.Random) -> Row:
    env, ctx = dbs.new(kind)
    token = cli(env, "integration", "add", "forum")
    answers: list[Answer] = []
    errors = 0
    for trial in range(trials):
        served = _serve(env, dbs.root, f"intake-{kind}-{trial}")
        load = Load(served.base, token).start()
        _wait(lambda load=load: len(load.acknowledged()) >= 5, 30)
        time.sleep(rng.uniform(0.2, 1.5))  # then kill at a random point of the flood
        served.kill()
        load.stop()
        answers += load.answers
        errors += load.errors
    row = _intake_row(f"kill -9 during intake ({kind})", trials, ctx, answers,
                      f"{errors} requests cut by the kill (never acknowledged)")
    ctx.db.dispose()
    return row


def _schedule(ctx: Context, count: int) -> list[str]:
    """`count` approved deactivations of critical accounts, all due now."""
    ctx.clock.set(datetime.now(UTC) - CRITICAL_DELAY - timedelta(seconds=1))  # type: ignore[attr-defined]
    integration = platform(ctx, "bigplatform")
    proposers = [hire(ctx, f"prop{i}", "moderator") for i in range((count + 9) // 10)]  # 10 an hour each
    seniors = [hire(ctx, f"senior{i}", "senior") for i in range(2)]
    ids = []
    for i in range(count):
        ref = account(ctx, integration, f"big{i}", followers=3_000_000)
        proposed = actions.propose_action(ctx, actor=proposers[i // 10].principal, ref=ref, type="deactivate",
                                          reason="coordinated spam")
        actions.approve_action(ctx, actor=seniors[0].principal, action_id=proposed["id"])
        ids.append(actions.approve_action(ctx, actor=seniors[1].principal, action_id=proposed["id"])["id"])
    return ids


def _executions(ctx: Context, ids: list[str]) -> Counter[str]:
    with ctx.db.read() as session:
        rows = session.execute(select(AuditEntryRow.object_id, func.count())
                               .where(AuditEntryRow.verb == "action.executed", AuditEntryRow.object_id.in_(ids))
                               .group_by(AuditEntryRow.object_id)).all()
    return Counter({object_id: n for object_id, n in rows})


def kill_during_scheduled(dbs: Databases, kind: str, count: int = 100) -> Row:
    env, ctx = dbs.new(kind)
    ids = _schedule(ctx, count)
    served = _serve(env, dbs.root, f"scheduled-{kind}")
    _wait(lambda: sum(_executions(ctx, ids).values()) > 0, 60)
    at_kill = sum(_executions(ctx, ids).values())
    served.kill()
    restarted_at = time.monotonic()
    served = _serve(env, dbs.root, f"scheduled-{kind}-again")
    done = _wait(lambda: len(_executions(ctx, ids)) == count, 120)
    caught_up = time.monotonic() - restarted_at
    served.stop()
    executed = _executions(ctx, ids)
    row = Row(f"kill -9 during scheduled execution ({kind})", 1, count, sum(1 for n in executed.values() if n >= 1),
              sum(n - 1 for n in executed.values() if n > 1), 0.0,
              f"{at_kill}/{count} executed at the kill; all executed {caught_up:.0f}s after the restart"
              + ("" if done else " (NOT ALL EXECUTED)"))
    ctx.db.dispose()
    return row


def _webhook_rows(ctx: Context) -> tuple[set[str], set[str]]:
    with ctx.db.read() as session:
        rows = session.execute(select(OutboxRow.id, OutboxRow.delivered_at).where(OutboxRow.kind == "webhook")).all()
    return {r for r, _ in rows}, {r for r, delivered in rows if delivered is None}


def kill_during_outbox(dbs: Databases, kind: str, count: int = 150) -> Row:
    receiver = IdempotentReceiver()
    env, ctx = dbs.new(kind, TRUSTDESK_WEBHOOKS=receiver.url)
    for i in range(count):
        with ctx.db.transaction(ctx.clock) as tx:
            raise_alert(tx, kind="bench_signal", message=f"signal {i}")
    served = _serve(env, dbs.root, f"outbox-{kind}")
    _wait(lambda: len(receiver.applied()) >= 20, 60)
    at_kill = len(receiver.applied())
    served.kill()
    restarted_at = time.monotonic()
    served = _serve(env, dbs.root, f"outbox-{kind}-again")
    done = _wait(lambda: not _webhook_rows(ctx)[1], 240)
    caught_up = time.monotonic() - restarted_at
    served.stop()
    rows, pending = _webhook_rows(ctx)
    applied = receiver.applied()
    receiver.close()
    row = Row(f"kill -9 during outbox delivery ({kind})", 1, len(rows), len(rows & applied), receiver.repeats(),
              0.0, f"{at_kill} applied at the kill; all delivered {caught_up:.0f}s after the restart (a dead worker's "
              f"claim runs out first); dups are repeated posts of a key, each dropped by the receiver: every "
              f"alert applied exactly once: {applied == rows and not pending}"
              + ("" if done else f" ({len(pending)} NOT DELIVERED)"))
    ctx.db.dispose()
    return row


def postgres_outage(dbs: Databases, how: str, seconds: float = 8.0) -> Row:
    env, ctx = dbs.new("postgresql")
    assert dbs.cluster is not None
    token = cli(env, "integration", "add", "forum")
    served = _serve(env, dbs.root, f"pg-{how}")
    load = Load(served.base, token, clients=4).start()
    _wait(lambda: len(load.acknowledged()) >= 20, 30)
    probe = Load(served.base, token, clients=0)
    outage_began = time.monotonic()
    if how == "stopped":
        dbs.cluster.pause()
    else:
        dbs.cluster.freeze()  # SIGSTOP of the postmaster and every backend
    try:
        health_started = time.monotonic()
        try:
            health_status = str(httpx.get(f"{served.base}/health", timeout=60).status_code)
        except httpx.HTTPError:
            health_status = "no answer"
        health_took = time.monotonic() - health_started
        # New requests keep arriving meanwhile (the load's clients may all be stuck in requests sent before).
        while time.monotonic() < outage_began + seconds:
            probe.once()
    finally:
        if how == "stopped":
            dbs.cluster.resume()
        else:
            dbs.cluster.thaw()
    back_at = time.monotonic()
    recovered = _wait(lambda: any(a.status == 201 and a.started >= back_at for a in list(load.answers)), 60)
    recovery = time.monotonic() - back_at
    load.stop()
    served.stop()
    # Every request the outage touched: sent during it, or sent before and still waiting when it began.
    during = [a for a in load.answers + probe.answers
              if outage_began <= a.started < back_at or a.started < outage_began < a.started + a.seconds]
    statuses = Counter(a.status for a in during)
    retry = all(a.retry_after for a in during if a.status == 503)
    row = _intake_row(f"PostgreSQL {how} {seconds:.0f}s", 1, ctx, load.answers + probe.answers,
                      f"answers during: {dict(statuses)}, Retry-After on every 503: {retry}; "
                      f"/health {health_status} in {health_took:.1f}s; first 201 {recovery:.1f}s after it was back"
                      + ("" if recovered else " (NO RECOVERY)"))
    row.max_answer = max((a.seconds for a in during), default=0.0)
    ctx.db.dispose()
    return row


def disk_full(dbs: Databases) -> Row:
    mount = dbs.root / "small-disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount)], capture_output=True,
                          text=True)
    if done.returncode != 0:
        return Row("disk full (SQLite)", 0, 0, 0, 0, 0.0, f"skipped: cannot mount a tmpfs ({done.stderr.strip()})")
    served: Served | None = None
    try:
        data = mount / "data"
        env = child_env(TRUSTDESK_DATABASE_URL=f"sqlite:///{data / 'trustdesk.db'}", TRUSTDESK_DATA_DIR=str(data),
                        TRUSTDESK_SCORER="none")
        cli(env, "migrate")
        token = cli(env, "integration", "add", "forum")
        served = _serve(env, dbs.root, "disk-full")
        load = Load(served.base, token, clients=4).start()
        _wait(lambda: len(load.acknowledged()) >= 20, 30)
        ballast = mount / "ballast"
        with open(ballast, "wb", buffering=0) as sink, contextlib.suppress(OSError):  # until the disk is full
            while True:
                sink.write(b"\0" * 65536)
        full_at = time.monotonic()
        _wait(lambda: sum(1 for a in list(load.answers) if a.started >= full_at and a.status != 201) >= 20, 60)
        time.sleep(2)
        ballast.unlink()
        freed_at = time.monotonic()
        recovered = _wait(lambda: any(a.status == 201 and a.started >= freed_at for a in list(load.answers)), 60)
        recovery = time.monotonic() - freed_at
        load.stop()
        served.stop()
        during = [a for a in load.answers if full_at <= a.started < freed_at]
        ctx = Context(db=Database(env["TRUSTDESK_DATABASE_URL"]),
                      settings=Settings(database_url=env["TRUSTDESK_DATABASE_URL"], data_dir=data))
        statuses = Counter(a.status for a in during)
        row = _intake_row("disk full (SQLite on a 16 MB tmpfs)", 1, ctx, load.answers,
                          f"answers while full: {dict(statuses)}; first 201 {recovery:.1f}s after space was freed"
                          + ("" if recovered else " (NO RECOVERY)"))
        row.max_answer = max((a.seconds for a in during), default=0.0)
        ctx.db.dispose()
        return row
    finally:
        if served is not None:
            served.stop()
        subprocess.run(["umount", "-l", str(mount)], check=False)


# --- storage cost ------------------------------------------------------------------------------------------------

def storage_cost(root: Path, kind: str, reports: int, cluster: list[PostgresCluster]) -> str:
    """Durability does not change the bytes stored: this runs on a fast database (SQLite synchronous=NORMAL, a
    PostgreSQL cluster without fsync), filing from four threads."""
    from concurrent.futures import ThreadPoolExecutor

    from trustdesk.services.intake.reports import file_report
    from trustdesk.storage.database import DatabaseOptions
    from trustdesk.triage.history import generate_decision_history

    os.environ["TRUSTDESK_SCORER"] = "none"  # in this process too: scores are a few numbers, scoring is slow
    data = root / f"storage-{kind}"
    data.mkdir()
    if kind == "sqlite":
        url = f"sqlite:///{data / 'trustdesk.db'}"
    else:
        if not cluster:
            cluster.append(PostgresCluster("storage"))
            cluster[0].start()
        url = cluster[0].create_database("storage")
    database = Database(url, options=DatabaseOptions(sqlite_synchronous="NORMAL"))
    database.migrate()
    ctx = Context(db=database, settings=Settings(database_url=url, data_dir=data, argon2=CHEAP_ARGON2))
    integration = platform(ctx, "forum")
    rng = random.Random(7)
    work = [(body, rng.randrange(max(reports // 3, 1)), rng.choice(("spam", "harassment", "hate", "scam", "other")),
             rng.randrange(reports // 2 + 1)) for body, _ in generate_decision_history(reports, 7)]
    before = _size(ctx)
    started = time.monotonic()

    def file(item: tuple[int, tuple[str, int, str, int]]) -> None:
        i, (body, subject, category, reporter) = item
        file_report(ctx, actor=integration.principal, ref=account_ref(subject), category=category, text=body,
                    reporter=f"user{reporter}", idempotency_key=f"k{i}")

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(file, enumerate(work)))
    took = time.monotonic() - started
    after = _size(ctx)
    per = {name: (after[name] - before[name]) / reports for name in after}
    database.dispose()
    return (f"{kind:10s} {per['total']:8.0f} B/report in all  (reports table and indexes {per['reports']:.0f}, "
            f"audit entries {per['audit']:.0f}; {reports} reports in {took:.0f}s, ~3 per case)")


def account_ref(n: int):  # noqa: ANN201 - a SubjectRef
    from trustdesk.domain.subjects import SubjectKind, SubjectRef

    return SubjectRef(SubjectKind.ACCOUNT, f"acct{n}")


def _size(ctx: Context) -> dict[str, int]:
    """Bytes the database takes: in all, for the reports table, for the audit entries (with their indexes)."""
    if ctx.db.is_sqlite:
        path = ctx.db.url.split("///", 1)[1]
        connection = sqlite3.connect(path)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            page = connection.execute("PRAGMA page_size").fetchone()[0]
            total = connection.execute("PRAGMA page_count").fetchone()[0] * page

            def table(name: str) -> int:
                names = [name] + [r[0] for r in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type='index' AND tbl_name=?", (name,))]
                marks = ",".join("?" * len(names))
                return connection.execute(f"SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name IN ({marks})",
                                          names).fetchone()[0]

            return {"total": total, "reports": table("reports"), "audit": table("audit_entries")}
        finally:
            connection.close()
    with ctx.db.engine.connect() as connection:
        connection.execute(text("CHECKPOINT"))
        one = lambda sql: int(connection.execute(text(sql)).scalar_one())  # noqa: E731
        return {"total": one("SELECT pg_database_size(current_database())"),
                "reports": one("SELECT pg_total_relation_size('reports')"),
                "audit": one("SELECT pg_total_relation_size('audit_entries')")}


# --- the table -----------------------------------------------------------------------------------------------------

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--intake-trials", type=int, default=20)
    parser.add_argument("--storage-reports", type=int, default=10_000)
    parser.add_argument("--only", default="intake,scheduled,outbox,pg-stopped,pg-frozen,disk-full,storage")
    args = parser.parse_args()
    wanted = set(args.only.split(","))
    rng = random.Random(14)
    root = Path(tempfile.mkdtemp(prefix="trustdesk-faults-"))
    dbs = Databases(root)
    rows: list[Row] = []
    storage: list[str] = []
    fast_cluster: list[PostgresCluster] = []
    print(f"load average at start: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}",
          flush=True)
    try:
        for kind in ("sqlite", "postgresql"):
            if "intake" in wanted:
                rows.append(kill_during_intake(dbs, kind, args.intake_trials, rng))
                _progress(rows[-1])
            if "scheduled" in wanted:
                rows.append(kill_during_scheduled(dbs, kind))
                _progress(rows[-1])
            if "outbox" in wanted:
                rows.append(kill_during_outbox(dbs, kind))
                _progress(rows[-1])
        for how, seconds in (("stopped", 8.0), ("frozen", 25.0)):  # frozen: past the 15 s statement timeout
            if f"pg-{how}" in wanted:
                rows.append(postgres_outage(dbs, how, seconds))
                _progress(rows[-1])
        if "disk-full" in wanted:
            rows.append(disk_full(dbs))
            _progress(rows[-1])
        if "storage" in wanted:
            for kind in ("sqlite", "postgresql"):
                storage.append(storage_cost(root, kind, args.storage_reports, fast_cluster))
                print(storage[-1], flush=True)
    finally:
        dbs.close()
        for cluster in fast_cluster:
            cluster.stop()
        shutil.rmtree(root, ignore_errors=True)
    print()
    print(f"{'fault':48s} {'trials':>6s} {'acked':>7s} {'survived':>8s} {'dups':>5s} {'max answer':>10s}  note")
    for row in rows:
        print(f"{row.fault:48s} {row.trials:6d} {row.acknowledged:7d} {row.survived:8d} {row.duplicates:5d} "
              f"{row.max_answer:9.2f}s  {row.note}")
    if storage:
        print("\nstorage cost per report (with its audit entry):")
        for line in storage:
            print("  " + line)
    print(f"\nload average at end: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")


def _progress(row: Row) -> None:
    print(f"  done: {row.fault}: acked {row.acknowledged}, survived {row.survived}, dups {row.duplicates}, "
          f"max {row.max_answer:.2f}s; {row.note}", flush=True)


if __name__ == "__main__":
    main()
