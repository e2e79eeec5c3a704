"""claim-next latency with a million open cases, on SQLite and PostgreSQL, through the real service.

    .venv/bin/python bench/bench_claim_next.py [--cases 1000000] [--claims 2000] [--threads 8] [--no-pg]

Cases are bulk-loaded (SQLAlchemy Core executemany on SQLite, COPY on PostgreSQL), not filed one by one, spread
over the default queues like real traffic (protected 1%, French 15%, threats 10%, general 74%). Each timed call
is ``services.queues.claim_next`` end to end: visibility, the per-queue index walks, the lease, the case event and
the audit entry, one transaction. Two modes:

- decide: after each claim the moderator closes the case (untimed), as in real work;
- pile-up: nobody closes anything, so claimed cases pile up at the top of the queues and every claim walks past
  all of them (the worst case for the index walk).

Then claimers run concurrently (threads) on PostgreSQL to show SKIP LOCKED keeps them apart.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, update  # noqa: E402
from tests.support import postgres  # noqa: E402

from trustdesk.config import CHEAP_ARGON2, Settings  # noqa: E402
from trustdesk.services.access import staff  # noqa: E402
from trustdesk.services.base.context import Context, open_context  # noqa: E402
from trustdesk.services.base.principals import Principal, authenticate  # noqa: E402
from trustdesk.services.review.queues import _take_top, claim_next, next_case_query  # noqa: E402
from trustdesk.storage.tables import CaseRow, SubjectRow  # noqa: E402

QUEUES = (("protected", 0.01, "threat"), ("french", 0.15, "harassment"), ("safety", 0.10, "threat"),
          ("general", 0.74, "spam"))
CHUNK = 50_000
T0 = datetime(2026, 1, 1, tzinfo=UTC)


def _rows(n: int, seed: int = 7):  # noqa: ANN202 - yields (subject, case) dict pairs
    rng = random.Random(seed)
    names, weights = [q for q, _, _ in QUEUES], [w for _, w, _ in QUEUES]
    category = {q: c for q, _, c in QUEUES}
    for i in range(n):
        queue = rng.choices(names, weights)[0]
        at = T0 + timedelta(seconds=i)
        sid, cid = f"sub_{i:012d}", f"case_{i:012d}"
        yield (
            {"id": sid, "kind": "account", "external_id": f"acc{i}", "handle": f"acc{i}",
             "followers": rng.randint(0, 10**6), "verified": False, "tags": [], "status": "active",
             "visibility": "visible", "labels": [], "state_version": 0, "created_at": at, "updated_at": at},
            {"id": cid, "subject_id": sid, "open_subject_id": sid, "state": "open", "category": category[queue],
             "categories": [category[queue]], "priority": round(rng.random() * 100, 2),
             "priority_line": f"{category[queue]} · 1 independent reporter", "queue": queue,
             "language": "fr" if queue == "french" else "en", "report_count": 1, "unique_reporters": 1,
             "first_report_at": at, "last_report_at": at, "created_at": at, "updated_at": at},
        )


def fill_sqlite(ctx: Context, n: int) -> None:
    subjects, cases = [], []
    with ctx.db.engine.begin() as conn:
        for subject, case in _rows(n):
            subjects.append(subject)
            cases.append(case)
            if len(cases) == CHUNK:
                conn.execute(insert(SubjectRow.__table__), subjects)
                conn.execute(insert(CaseRow.__table__), cases)
                subjects, cases = [], []
        if cases:
            conn.execute(insert(SubjectRow.__table__), subjects)
            conn.execute(insert(CaseRow.__table__), cases)
        conn.exec_driver_sql("ANALYZE")


def _copy(cursor, table: str, columns: list[str], rows: list[dict]) -> None:  # noqa: ANN001 - psycopg cursor
    with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([_pg_value(row[c]) for c in columns])


def _pg_value(value: object) -> object:
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None)  # columns are naive UTC (storage.types.UTCDateTime)
    if isinstance(value, list):
        return json.dumps(value)
    return value


def fill_postgres(ctx: Context, n: int) -> None:
    raw = ctx.db.engine.raw_connection()
    try:
        cursor = raw.driver_connection.cursor()
        batch: list[tuple[dict, dict]] = []
        for pair in _rows(n):
            batch.append(pair)
            if len(batch) == CHUNK:
                _copy_pairs(cursor, batch)
                batch = []
        if batch:
            _copy_pairs(cursor, batch)
        raw.driver_connection.commit()
    finally:
        raw.close()
    # VACUUM cannot run in a transaction; AUTOCOMMIT here is reset when the connection goes back to the pool.
    with ctx.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE cases")
        conn.exec_driver_sql("VACUUM ANALYZE subjects")


def _copy_pairs(cursor, batch: list[tuple[dict, dict]]) -> None:  # noqa: ANN001
    _copy(cursor, "subjects", list(batch[0][0]), [s for s, _ in batch])
    _copy(cursor, "cases", list(batch[0][1]), [c for _, c in batch])


def explain(ctx: Context) -> str:
    """The plans of what claim-next runs: one statement; on PostgreSQL under contention, per-queue locked probes."""
    now = datetime.now(UTC)
    names = tuple(q for q, _, _ in QUEUES)
    statements = {"claim (find, re-check and lock the top case)": _take_top(names, not ctx.db.is_sqlite)}
    if not ctx.db.is_sqlite:
        statements["fallback when another claimer holds that case: lock in one queue"] = next_case_query(
            ("general",), False, lock=True)
    statements = {name: query.params(now=now) for name, query in statements.items()}
    prefix = "EXPLAIN QUERY PLAN " if ctx.db.is_sqlite else "EXPLAIN (COSTS OFF) "
    lines = []
    with ctx.db.engine.connect() as conn:
        for name, query in statements.items():
            sql = str(query.compile(dialect=ctx.db.engine.dialect, compile_kwargs={"literal_binds": True}))
            lines.append(f"  {name}:")
            lines += ["    " + str(row[-1]) for row in conn.exec_driver_sql(prefix + sql)]
    return "\n".join(lines)


def _decide(ctx: Context, case_id: str) -> None:
    """What a moderator's dismissal does to the case row (closing it), without the timing of the action path."""
    with ctx.db.engine.begin() as conn:
        conn.execute(update(CaseRow.__table__).where(CaseRow.__table__.c.id == case_id)
                     .values(state="dismissed", open_subject_id=None, claimed_by=None, lease_expires_at=None))


def measure(ctx: Context, people: list[Principal], claims: int, decide: bool) -> list[float]:
    timings = []
    for i in range(claims):
        start = time.perf_counter()
        case = claim_next(ctx, actor=people[i % len(people)])
        timings.append((time.perf_counter() - start) * 1000)
        assert case is not None
        if decide:
            _decide(ctx, case["id"])
    return timings


def concurrent(ctx: Context, people: list[Principal], claims: int, threads: int) -> tuple[list[float], float, int]:
    timings: list[float] = []
    taken: list[str] = []
    lock = threading.Lock()

    def work(k: int) -> None:
        mine, got = [], []
        for i in range(claims // threads):
            start = time.perf_counter()
            case = claim_next(ctx, actor=people[(k + i * threads) % len(people)])
            mine.append((time.perf_counter() - start) * 1000)
            got.append(case["id"])
        with lock:
            timings.extend(mine)
            taken.extend(got)

    start = time.perf_counter()
    pool = [threading.Thread(target=work, args=(k,)) for k in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    elapsed = time.perf_counter() - start
    return timings, len(timings) / elapsed, len(taken) - len(set(taken))


def row(name: str, timings: list[float], extra: str = "") -> str:
    ordered = sorted(timings)

    def pct(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(len(ordered) * p))]

    return (f"| {name:<28} | {len(timings):>6} | {statistics.median(ordered):>7.2f} | {pct(0.95):>7.2f} | "
            f"{pct(0.99):>7.2f} | {ordered[-1]:>7.2f} |{extra}")


def run(label: str, url: str, data_dir: Path, args: argparse.Namespace) -> None:
    ctx = open_context(Settings(database_url=url, data_dir=data_dir, argon2=CHEAP_ARGON2))
    start = time.perf_counter()
    (fill_sqlite if ctx.db.is_sqlite else fill_postgres)(ctx, args.cases)
    print(f"{label}: loaded {args.cases:,} open cases in {time.perf_counter() - start:.1f} s")
    print(f"{label}: claim-next query plans:\n{explain(ctx)}")
    people = [authenticate(ctx, token=staff.add_staff(ctx, actor=None, name=f"{label}-sen{i}", role="senior").token)
              for i in range(20)]
    measure(ctx, people, 50, decide=True)  # warm caches and the connection pool
    print(HEADER)
    print(row(f"{label} decide", measure(ctx, people, args.claims, decide=True)))
    print(row(f"{label} pile-up", measure(ctx, people, args.claims, decide=False)))
    if args.threads > 1:
        timings, rate, duplicates = concurrent(ctx, people, args.claims, args.threads)
        print(row(f"{label} {args.threads} threads", timings, f" {rate:,.0f} claims/s, {duplicates} duplicates"))
    ctx.db.dispose()


HEADER = ("| run                          | claims |  p50 ms |  p95 ms |  p99 ms |  max ms |\n"
          "|------------------------------|--------|---------|---------|---------|---------|")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--claims", type=int, default=2_000)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--no-pg", action="store_true")
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument("--pg-shared-buffers", default="1GB",
                        help="a server sized for a million cases; the test cluster's 64MB default is not")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if not args.no_sqlite:
            run("sqlite", f"sqlite:///{tmp}/bench.db", Path(tmp) / "data", args)
        if not args.no_pg:
            # The throwaway cluster is tuned for tests (tiny buffers, no autovacuum); a server is not.
            postgres.SETTINGS.update({"shared_buffers": args.pg_shared_buffers, "autovacuum": "on"})
            cluster = postgres.PostgresCluster()
            try:
                run("postgresql", cluster.start(), Path(tmp) / "pgdata", args)
            finally:
                cluster.stop()


if __name__ == "__main__":
    main()
