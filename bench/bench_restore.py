"""How long restoring a taken-down subject takes: one reverse_action call, end to end through the service.

    .venv/bin/python bench/bench_restore.py [--n 200] [--pg]

Prints a table of latencies on SQLite (a file, WAL) and, with --pg, on a throwaway PostgreSQL cluster."""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.support.postgres import PostgresCluster  # noqa: E402

from trustdesk.config import CHEAP_ARGON2, Settings  # noqa: E402
from trustdesk.domain.subjects import SubjectKind, SubjectRef  # noqa: E402
from trustdesk.services.access import staff  # noqa: E402
from trustdesk.services.base.context import open_context  # noqa: E402
from trustdesk.services.base.principals import authenticate  # noqa: E402
from trustdesk.services.enforcement import actions, reversals  # noqa: E402
from trustdesk.services.intake import platform_sync  # noqa: E402


def measure(url: str, data_dir: Path, n: int) -> list[float]:
    ctx = open_context(Settings(database_url=url, data_dir=data_dir, argon2=CHEAP_ARGON2))
    platform = authenticate(ctx, token=staff.add_integration(ctx, name="bench").token)
    taken_down = []
    for i in range(n):
        if i % 10 == 0:  # the hourly limit holds for break-glass too: a new admin every ten
            admin = authenticate(ctx, token=staff.add_staff(ctx, actor=None, name=f"admin{i}", role="admin").token)
        ref = SubjectRef(SubjectKind.ACCOUNT, f"acct{i}")
        platform_sync.sync_subject(ctx, actor=platform, ref=ref, handle=f"acct{i}", followers=41_700_000, verified=True,
                              tags=["public-interest"])
        action = actions.propose_action(ctx, actor=admin, ref=ref, type="deactivate", reason="bench",
                                        break_glass=True)
        taken_down.append((action["id"], admin))
    timings = []
    for action_id, invoker in taken_down:  # each admin restores their own: reversing others' is rate-limited
        start = time.perf_counter()
        reversals.reverse_action(ctx, actor=invoker, action_id=action_id, reason="restore")
        timings.append((time.perf_counter() - start) * 1000)
    ctx.db.dispose()
    return timings


def row(name: str, timings: list[float]) -> str:
    ordered = sorted(timings)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    median = statistics.median(ordered)
    return f"| {name:<10} | {len(timings):>5} | {median:>8.2f} | {p99:>8.2f} | {max(ordered):>8.2f} |"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--pg", action="store_true")
    args = parser.parse_args()
    print("restore = reverse_action on a deactivated public-interest account (ms)")
    print("| database   |     n |      p50 |      p99 |      max |")
    print("|------------|-------|----------|----------|----------|")
    with tempfile.TemporaryDirectory() as tmp:
        print(row("sqlite", measure(f"sqlite:///{tmp}/bench.db", Path(tmp) / "data", args.n)))
        if args.pg:
            cluster = PostgresCluster()
            try:
                print(row("postgresql", measure(cluster.start(), Path(tmp) / "pgdata", args.n)))
            finally:
                cluster.stop()


if __name__ == "__main__":
    main()
