"""Scanning the stored audit log in parallel ranges, one database connection per worker process."""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

from sqlalchemy import create_engine, text

from trustdesk.audit.ranges import RangeCheck, check_range
from trustdesk.audit.records import RecordRow
from trustdesk.storage.database import normalize_url

_RANGE = text(
    "SELECT seq, id, at, actor, verb, subject, object_id, summary, CAST(payload AS TEXT), prev_hash, hash "
    "FROM audit_entries WHERE seq > :after AND seq <= :last ORDER BY seq LIMIT :page"
)


def _entries(url: str, first: int, last: int, page: int = 50_000):  # noqa: ANN202 - Iterator[RecordRow]
    import json

    engine = create_engine(normalize_url(url))
    try:
        with engine.connect() as connection:
            after, loads, make = first - 1, json.loads, RecordRow._make
            while after < last:
                rows = connection.execute(_RANGE, {"after": after, "last": last, "page": page}).fetchall()
                if not rows:
                    return
                for row in rows:
                    yield make((*row[:8], loads(row[8]), row[9], row[10]))
                after = rows[-1][0]
    finally:
        engine.dispose()


def _check(url: str, first: int, last: int) -> RangeCheck:
    return check_range(_entries(url, first, last), first)


def scan_in_ranges(url: str, last_seq: int, workers: int | None = None) -> list[RangeCheck]:
    """Split 1..last_seq into one contiguous range per core and check them side by side."""
    workers = max(1, min(workers or os.cpu_count() or 1, 8))
    bounds = [(1 + last_seq * i // workers, last_seq * (i + 1) // workers) for i in range(workers)]
    # spawn, not fork: the server process has threads (scheduler, uvicorn) that fork would copy half-way.
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        return list(pool.map(_check, [url] * workers, [b[0] for b in bounds], [b[1] for b in bounds]))
