"""The safeguards model (tests/support/safeguards_model.py) run long: random interleavings of everything
people and time can do, the promise checked after every step. Prints steps/s and any counterexample.

    .venv/bin/python bench/bench_safeguards_model.py [--steps 100000] [--postgres]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hypothesis import HealthCheck, settings  # noqa: E402
from hypothesis.stateful import run_state_machine_as_test  # noqa: E402
from tests.support.postgres import PostgresCluster  # noqa: E402
from tests.support.safeguards_model import machine_for  # noqa: E402

from trustdesk.config import CHEAP_ARGON2, Settings  # noqa: E402
from trustdesk.storage.database import Database  # noqa: E402

STEPS_PER_EXAMPLE = 50


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=100_000, help="service calls to make in all")
    parser.add_argument("--postgres", action="store_true", help="run on a throwaway PostgreSQL cluster")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp())
    cluster = None
    if args.postgres:
        cluster = PostgresCluster()
        url = cluster.start()
    else:
        url = f"sqlite:///{tmp / 'model.db'}"
    database = Database(url)
    database.migrate()
    machine = machine_for(database, Settings(database_url=url, data_dir=tmp / "data", argon2=CHEAP_ARGON2),
                          datetime(2026, 11, 23, 12, tzinfo=UTC))
    examples = max(args.steps // STEPS_PER_EXAMPLE, 1)
    start, counterexample = time.perf_counter(), None
    try:
        run_state_machine_as_test(machine, settings=settings(
            max_examples=examples, stateful_step_count=STEPS_PER_EXAMPLE, deadline=None, database=None,
            suppress_health_check=list(HealthCheck)))
    except AssertionError:
        counterexample = traceback.format_exc()
    elapsed = time.perf_counter() - start
    print("| database | examples | steps | refused | seconds | steps/s | counterexample |")
    print("|---|---|---|---|---|---|---|")
    print(f"| {database.engine.dialect.name} | {examples} | {machine.stats.steps} | {machine.stats.refused} | "
          f"{elapsed:.0f} | {machine.stats.steps / elapsed:.0f} | {'FOUND' if counterexample else 'none'} |")
    if counterexample:
        print(counterexample)
    database.dispose()
    if cluster:
        cluster.stop()
    sys.exit(1 if counterexample else 0)


if __name__ == "__main__":
    main()
