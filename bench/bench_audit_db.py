"""Audit log costs, measured through the real services and databases.

    .venv/bin/python bench/bench_audit_db.py [--reports 2000] [--entries 1000000] [--pg]

1. Report intake (file_report, one transaction each) with audit entries on, and with the audit append
   switched off, on SQLite: the issue allows audit to cost at most 20% of intake throughput.
2. `trustdesk audit verify` (services.audit.verify) over N entries stored in the database, with a
   signed tree head: the target is under 10 s for 1,000,000 entries."""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert  # noqa: E402
from tests.support.postgres import PostgresCluster  # noqa: E402

from trustdesk.audit import MerkleAccumulator  # noqa: E402
from trustdesk.audit.chain import seal  # noqa: E402
from trustdesk.audit.records import GENESIS  # noqa: E402
from trustdesk.config import CHEAP_ARGON2, Settings  # noqa: E402
from trustdesk.domain.subjects import SubjectKind, SubjectRef  # noqa: E402
from trustdesk.services.access import staff  # noqa: E402
from trustdesk.services.base.context import open_context  # noqa: E402
from trustdesk.services.base.principals import authenticate  # noqa: E402
from trustdesk.services.intake import reports  # noqa: E402
from trustdesk.services.oversight import audit  # noqa: E402
from trustdesk.services.oversight.audit_keys import prepare_key_for_serving  # noqa: E402
from trustdesk.storage import database  # noqa: E402
from trustdesk.storage.tables import AuditEntryRow, AuditStateRow  # noqa: E402


def intake_rate(url: str, data_dir: Path, n: int, *, audited: bool) -> float:
    ctx = open_context(Settings(database_url=url, data_dir=data_dir, argon2=CHEAP_ARGON2))
    platform = authenticate(ctx, token=staff.add_integration(ctx, name="bench").token)
    original = database.Transaction.record
    if not audited:
        database.Transaction.record = lambda self, **_: None  # the baseline: the same work minus the audit append
    try:
        # Warm up first: the content scorer loads its models (~1-2 s) on the first report.
        for i in range(20):
            reports.file_report(ctx, actor=platform, ref=SubjectRef(SubjectKind.ACCOUNT, f"warm{i}"),
                                category="spam", text="warm up", reporter=f"w{i}")
        start = time.perf_counter()
        for i in range(n):
            reports.file_report(ctx, actor=platform, ref=SubjectRef(SubjectKind.ACCOUNT, f"a{i % 500}"),
                                category="spam", text="buy followers now", reporter=f"r{i}")
        elapsed = time.perf_counter() - start
    finally:
        database.Transaction.record = original
        ctx.db.dispose()
    return n / elapsed


def fill_log(url: str, data_dir: Path, n: int) -> tuple[float, float]:
    """Write n sealed entries straight into the table (bulk), then time a full verification."""
    ctx = open_context(Settings(database_url=url, data_dir=data_dir, argon2=CHEAP_ARGON2))
    prepare_key_for_serving(ctx)  # a new log: create its signing key, as `trustdesk migrate` would
    prev, tree, batch = GENESIS, MerkleAccumulator(), []
    with ctx.db.engine.begin() as connection:
        for seq in range(1, n + 1):
            record = seal(seq=seq, id=f"aud_{seq:012d}", at="2026-11-23T12:00:00+00:00", actor="senior1",
                          verb="action.approved", subject=f"account/a{seq % 997}", object_id=f"act_{seq}",
                          summary=f"senior1 approved deactivate of @a{seq % 997}",
                          payload={"reason": "repeated threats", "approvals": seq % 3}, prev_hash=prev)
            prev = record.hash
            tree.append(bytes.fromhex(record.hash))
            batch.append(record.to_dict())
            if len(batch) == 20_000:
                connection.execute(insert(AuditEntryRow), batch)
                batch = []
        if batch:
            connection.execute(insert(AuditEntryRow), batch)
        connection.execute(insert(AuditStateRow), [{"id": 1, "last_seq": n, "last_hash": prev,
                                                    "frontier": tree.frontier_hex()}])
    audit.checkpoint(ctx)
    start = time.perf_counter()
    result = audit.verify(ctx)
    elapsed = time.perf_counter() - start
    assert result.ok, result.describe()
    ctx.db.dispose()
    return elapsed, n / elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=2000)
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--pg", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        # Alternate three rounds and take medians: one run of each is within this shared machine's noise.
        ons, offs = [], []
        for round_ in range(3):
            ons.append(intake_rate(f"sqlite:///{tmp}/on{round_}.db", Path(tmp) / f"on{round_}", args.reports,
                                   audited=True))
            offs.append(intake_rate(f"sqlite:///{tmp}/off{round_}.db", Path(tmp) / f"off{round_}", args.reports,
                                    audited=False))
        on, off = statistics.median(ons), statistics.median(offs)
        print("| report intake (SQLite, file_report, median of 3 alternating rounds) | reports/s |")
        print("|---|---|")
        print(f"| without audit entries | {off:,.0f} |")
        print(f"| with audit entries (report.filed, case.created) | {on:,.0f} |")
        print(f"| cost of auditing | {100 * (1 - on / off):.1f}% |")
        print()
        print("| audit verify from the database | entries | seconds | entries/s |")
        print("|---|---|---|---|")
        seconds, rate = fill_log(f"sqlite:///{tmp}/log.db", Path(tmp) / "d3", args.entries)
        print(f"| SQLite | {args.entries:,} | {seconds:.2f} | {rate:,.0f} |")
        if args.pg:
            cluster = PostgresCluster()
            try:
                seconds, rate = fill_log(cluster.start(), Path(tmp) / "d4", args.entries)
                print(f"| PostgreSQL | {args.entries:,} | {seconds:.2f} | {rate:,.0f} |")
            finally:
                cluster.stop()


if __name__ == "__main__":
    main()
