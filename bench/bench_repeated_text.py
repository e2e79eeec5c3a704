"""Repeated-text counting at scale: the per-report window probe with a million fingerprinted reports in PostgreSQL.

    .venv/bin/python bench/bench_repeated_text.py [--rows 1000000] [--campaign 5000]

Fills ``report_text_prints`` of a throwaway cluster with ``--rows`` reports over 30 days (unique texts), plus one
campaign of ``--campaign`` reports on a fifth as many subjects within the last hour, then times the statement
intake runs for every fingerprinted report (services.intake.repeated_text.count_window) for a text seen once and
for the campaign's text, and prints the plan. Foreign keys are not checked while filling (session_replication_role)
so the table can be filled without a million reports, subjects and cases: only the probe is measured here;
bench_intake.py measures intake end to end.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text  # noqa: E402
from tests.support.postgres import PostgresCluster  # noqa: E402

from trustdesk.config import CHEAP_ARGON2, Settings  # noqa: E402
from trustdesk.services.base.context import open_context  # noqa: E402
from trustdesk.services.intake.repeated_text import count_window  # noqa: E402

HOT = "f" * 32


def fill(connection, rows: int, campaign: int) -> None:  # noqa: ANN001
    connection.execute(text("SET LOCAL statement_timeout = 0"))
    connection.execute(text("SET session_replication_role = replica"))
    connection.execute(text(
        "INSERT INTO report_text_prints (report_id, text_print, subject_id, voice, created_at) "
        "SELECT 'rep_' || i, md5(i::text), 'sub_' || (i % 200000), 'user' || (i % 300000), "
        "now() AT TIME ZONE 'UTC' - random() * interval '30 days' FROM generate_series(1, :rows) AS i"
    ), {"rows": rows})
    connection.execute(text(
        "INSERT INTO report_text_prints (report_id, text_print, subject_id, voice, created_at) "
        "SELECT 'hot_' || i, :hot, 'hot_sub_' || (i % :subjects), 'hot_user' || i, "
        "now() AT TIME ZONE 'UTC' - random() * interval '50 minutes' FROM generate_series(1, :n) AS i"
    ), {"hot": HOT, "n": campaign, "subjects": max(campaign // 5, 1)})
    connection.execute(text("ANALYZE report_text_prints"))


def probe(ctx, text_print: str, times: int) -> tuple[list[float], object]:  # noqa: ANN001
    timings = []
    since = ctx.clock.now() - timedelta(hours=1)
    with ctx.db.read() as session:
        for _ in range(times):
            start = time.perf_counter()
            counted, _recent = count_window(session, text_print, since)
            timings.append((time.perf_counter() - start) * 1000)
    return timings, counted.repeated


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--campaign", type=int, default=5000)
    parser.add_argument("--probes", type=int, default=300)
    args = parser.parse_args()
    cluster = PostgresCluster()
    try:
        url = cluster.start()
        with tempfile.TemporaryDirectory() as tmp:
            ctx = open_context(Settings(database_url=url, data_dir=Path(tmp), argon2=CHEAP_ARGON2))
            start = time.perf_counter()
            with ctx.db.engine.begin() as connection:
                fill(connection, args.rows, args.campaign)
            print(f"filled {args.rows + args.campaign:,} rows in {time.perf_counter() - start:.1f} s")
            print("| probe                         | p50 ms | p99 ms | counted")
            print("|-------------------------------|--------|--------|--------")
            with ctx.db.engine.connect() as connection:
                seen_once = connection.execute(text("SELECT md5('777')")).scalar_one()
            for label, fingerprint in (("new text", "0" * 32), ("text seen once this month", seen_once),
                                       ("campaign text", HOT)):
                timings, found = probe(ctx, fingerprint, args.probes)
                q = statistics.quantiles(timings, n=100)
                print(f"| {label:<29} | {q[49]:6.2f} | {q[98]:6.2f} | {found}")
            with ctx.db.engine.connect() as connection:
                plan = connection.execute(text(
                    "EXPLAIN ANALYZE SELECT count(*), count(DISTINCT subject_id), count(DISTINCT voice) FROM ("
                    "SELECT subject_id, voice FROM report_text_prints WHERE text_print = :p AND created_at >= "
                    "(now() AT TIME ZONE 'UTC' - interval '1 hour') ORDER BY created_at DESC LIMIT 1000) AS recent"
                ), {"p": HOT}).scalars().all()
            print("\n".join(plan))
            ctx.db.dispose()
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
