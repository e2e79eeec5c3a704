"""Intake throughput: reports per second through ``services.reports.file_report``, with and without scoring.

    .venv/bin/python bench/bench_intake.py [--reports 3000] [--pg]

Each report goes the whole way: content scoring (offline language ID, lexicons, profanity model) before the
transaction, then subject, case, reporter profile, signals, aggregation, queue routing, priority from real
inputs and the audit entry, in one transaction. Reports are bilingual texts from the generated decision history,
spread over subjects so that cases aggregate (about three reports per case) and reporters recur.

The last two runs recompute every open case's priority once a second meanwhile (full passes): first in another
process (`trustdesk triage recompute --every 1`), which shows that recomputation takes no lock intake waits on
(it computes outside any transaction and writes in short ones); then in a thread of the same process, where it
also competes with intake for the interpreter.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.support.postgres import PostgresCluster  # noqa: E402

from trustdesk.config import CHEAP_ARGON2, Settings  # noqa: E402
from trustdesk.domain.subjects import SubjectKind, SubjectRef  # noqa: E402
from trustdesk.services.access import staff  # noqa: E402
from trustdesk.services.base.context import Context, open_context  # noqa: E402
from trustdesk.services.base.principals import Principal, authenticate  # noqa: E402
from trustdesk.services.intake.reports import file_report  # noqa: E402
from trustdesk.services.intake.scoring import ENV_SCORER, content_scorer  # noqa: E402
from trustdesk.services.review.case_priority import recompute_priorities  # noqa: E402
from trustdesk.triage.history import generate_decision_history  # noqa: E402

CATEGORIES = ("spam", "harassment", "hate", "threat", "scam", "misinformation", "other")


def _workload(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    texts = generate_decision_history(n, seed)
    return [{"ref": SubjectRef(SubjectKind.ACCOUNT, f"acc{seed}-{rng.randrange(max(n // 3, 1))}"),
             "category": rng.choice(CATEGORIES), "text": text, "reporter": f"user{rng.randrange(n // 2 + 1)}"}
            for text, _ in texts]


def _run(ctx: Context, platform: Principal, work: list[dict]) -> tuple[float, list[float]]:
    timings = []
    start = time.perf_counter()
    for item in work:
        t = time.perf_counter()
        file_report(ctx, actor=platform, **item)
        timings.append((time.perf_counter() - t) * 1000)
    return len(work) / (time.perf_counter() - start), timings


def _recompute_loop(ctx: Context, stop: threading.Event, passes: list[int]) -> None:
    """A full recomputation pass every second, in the same process, as a serve-loop tick would run it."""
    while not stop.is_set():
        recompute_priorities(ctx, batch=500)
        passes[0] += 1
        stop.wait(1.0)


def row(name: str, rate: float, timings: list[float], extra: str = "") -> str:
    ordered = sorted(timings)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return (f"| {name:<34} | {len(timings):>6} | {rate:>9.0f} | {statistics.median(ordered):>7.2f} | "
            f"{p99:>7.2f} |{extra}")


def measure(label: str, url: str, data_dir: Path, n: int, *, synchronous: str = "FULL",
            intake_only: bool = False) -> None:
    ctx = open_context(Settings(database_url=url, data_dir=data_dir, argon2=CHEAP_ARGON2,
                                sqlite_synchronous=synchronous))
    platform = authenticate(ctx, token=staff.add_integration(ctx, name=f"bench-{label}").token)
    os.environ[ENV_SCORER] = "default"
    content_scorer(ctx).score_many(["warm up the language models", "chargement des modèles"])
    for seed, scorer in enumerate(("none",) if intake_only else ("none", "default")):
        os.environ[ENV_SCORER] = scorer
        rate, timings = _run(ctx, platform, _workload(n, seed))
        print(row(f"{label}, scoring {'off' if scorer == 'none' else 'on'}", rate, timings))
    if intake_only:
        ctx.db.dispose()
        return
    sidecar = subprocess.Popen(  # noqa: S603 - our own CLI
        [str(Path(sys.executable).parent / "trustdesk"), "triage", "recompute", "--every", "1", "--db", url],
        env={**os.environ, "TRUSTDESK_DATA_DIR": str(data_dir)}, stdout=subprocess.PIPE, text=True)
    try:
        rate, timings = _run(ctx, platform, _workload(n, 2))
    finally:
        sidecar.terminate()
        passes = sum(1 for line in sidecar.communicate()[0].splitlines() if line.startswith("recomputed"))
    print(row(f"{label}, on + recompute process", rate, timings, f" {passes} full passes beside it"))
    stop, counter = threading.Event(), [0]
    worker = threading.Thread(target=_recompute_loop, args=(ctx, stop, counter))
    worker.start()
    try:
        rate, timings = _run(ctx, platform, _workload(n, 3))
    finally:
        stop.set()
        worker.join()
    print(row(f"{label}, on + recompute thread", rate, timings, f" {counter[0]} full passes in-process"))
    ctx.db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", "--cases", type=int, default=3000, help="reports per run")
    parser.add_argument("--pg", action="store_true", help="also run on a throwaway PostgreSQL cluster")
    parser.add_argument("--sync-compare", action="store_true",
                        help="SQLite only: synchronous=NORMAL against FULL (the default), intake runs only")
    args = parser.parse_args()
    if args.sync_compare:
        print("intake = file_report end to end on SQLite (WAL), scoring off, by PRAGMA synchronous")
        print("| run                                |    n   | reports/s |  p50 ms |  p99 ms |")
        print("|------------------------------------|--------|-----------|---------|---------|")
        for round_ in (1, 2):
            for mode in ("NORMAL", "FULL"):
                with tempfile.TemporaryDirectory() as tmp:
                    measure(f"sqlite {mode} r{round_}", f"sqlite:///{tmp}/bench.db", Path(tmp) / "data", args.reports,
                            synchronous=mode, intake_only=True)
        return
    print("intake = file_report end to end, one report per transaction, single client (SQLite synchronous=FULL)")
    print("| run                                |    n   | reports/s |  p50 ms |  p99 ms |")
    print("|------------------------------------|--------|-----------|---------|---------|")
    with tempfile.TemporaryDirectory() as tmp:
        measure("sqlite", f"sqlite:///{tmp}/bench.db", Path(tmp) / "data", args.reports)
        if args.pg:
            cluster = PostgresCluster()
            try:
                measure("postgresql", cluster.start(), Path(tmp) / "pgdata", args.reports)
            finally:
                cluster.stop()


if __name__ == "__main__":
    main()
