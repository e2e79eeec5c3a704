"""Flood control at intake: rate limits per platform credential and per reporter, and duplicate folding.

- Rate limits are token buckets kept in the serving process (each `serve` process limits on its own; with N
  processes behind a balancer the effective limit is N times the setting). Over the limit: RateLimited
  (HTTP 429) with the seconds to wait (Retry-After).
- A duplicate is the same reporter, through the same credential owner, about the same subject, with the same
  text (whitespace-normalised), within `duplicate_window_seconds`, while the first one's case is still open.
  It is not stored again and gets no audit entry of its own: the earlier report's `duplicates` count goes up
  and the caller gets the earlier report's id (HTTP 200 instead of 201). Anonymous reports (no reporter) are
  never folded: they may be different people.

Settings (config.py, environment in brackets) and defaults, generous for a real platform:
    intake_rate_per_token        5000 reports/s sustained per credential  [TRUSTDESK_INTAKE_RATE_PER_TOKEN]
    intake_burst_per_token       10000                                    [TRUSTDESK_INTAKE_BURST_PER_TOKEN]
    intake_per_reporter_minute   60 reports/min sustained per reporter    [TRUSTDESK_INTAKE_PER_REPORTER_MINUTE]
    intake_reporter_burst        120                                      [TRUSTDESK_INTAKE_REPORTER_BURST]
    duplicate_window_seconds     600                                      [TRUSTDESK_DUPLICATE_WINDOW_SECONDS]
A value of 0 switches that limit off."""

from __future__ import annotations

import hashlib
import math
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select, update

from trustdesk.clock import SystemClock
from trustdesk.domain.errors import RateLimited
from trustdesk.domain.subjects import SubjectRef
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import CaseRow, ReportRow

MAX_TRACKED_KEYS = 200_000


@dataclass
class _Bucket:
    tokens: float
    at: float


class TokenBuckets:
    """`rate` tokens per second up to `burst`; take() says how long to wait when empty (0 when taken)."""

    def __init__(self, rate: float, burst: float, *, now=time.monotonic) -> None:  # noqa: ANN001
        self.rate, self.burst, self._now = rate, max(burst, 1.0), now
        self._buckets: dict[str, _Bucket] = {}
        self._lock = threading.Lock()

    def take(self, key: str) -> float:
        if self.rate <= 0:
            return 0.0
        now = self._now()
        with self._lock:
            bucket = self._buckets.get(key)
            if bucket is None:
                if len(self._buckets) >= MAX_TRACKED_KEYS:
                    self._forget_idle(now)
                bucket = self._buckets[key] = _Bucket(self.burst, now)
            bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.at) * self.rate)
            bucket.at = now
            if bucket.tokens >= 1.0:
                bucket.tokens -= 1.0
                return 0.0
            return (1.0 - bucket.tokens) / self.rate

    def _forget_idle(self, now: float) -> None:
        full_after = self.burst / self.rate
        for key in [k for k, b in self._buckets.items() if now - b.at >= full_after]:
            del self._buckets[key]
        if len(self._buckets) >= MAX_TRACKED_KEYS:  # everyone is busy: forget the oldest half
            for key in sorted(self._buckets, key=lambda k: self._buckets[k].at)[: len(self._buckets) // 2]:
                del self._buckets[key]


class IntakeLimiter:
    def __init__(self, ctx: Context) -> None:
        settings = ctx.settings
        # Served: the monotonic clock (wall-clock jumps must not refill or drain a bucket). Under a test clock,
        # that clock: a slow machine must not refill buckets between two reports of a test.
        clock = ctx.clock
        now = time.monotonic if isinstance(clock, SystemClock) else lambda: clock.now().timestamp()
        self.per_token = TokenBuckets(settings.intake_rate_per_token, settings.intake_burst_per_token, now=now)
        self.per_reporter = TokenBuckets(settings.intake_per_reporter_minute / 60.0, settings.intake_reporter_burst,
                                         now=now)

    def check(self, actor: Principal, reporter: str | None) -> None:
        wait = self.per_token.take(f"{actor.id}|{actor.via}")
        if wait:
            raise _limited(f"too many reports from this credential; retry in {math.ceil(wait)} s", wait, None)
        if reporter is not None:
            wait = self.per_reporter.take(f"{actor.id}|{reporter}")
            if wait:
                raise _limited(f"too many reports from reporter {reporter!r}; retry in {math.ceil(wait)} s", wait,
                               "reporter")


def _limited(message: str, wait: float, field: str | None) -> RateLimited:
    return RateLimited(message, field=field, details={"retry_after": max(1, math.ceil(wait))})


def limiter(ctx: Context) -> IntakeLimiter:
    """One limiter per context (a serve process has one context)."""
    found = ctx.__dict__.get("intake_limiter")
    if found is None:
        found = ctx.__dict__.setdefault("intake_limiter", IntakeLimiter(ctx))
    return found


def check_rate(ctx: Context, actor: Principal, reporter: str | None) -> None:
    limiter(ctx).check(actor, reporter)


def fingerprint(actor: Principal, ref: SubjectRef, reporter: str | None, text: str) -> str | None:
    if reporter is None:
        return None
    normalised = " ".join(text.split())
    material = "\x1f".join((actor.id, ref.platform or "", ref.kind.value, ref.external_id, reporter, normalised))
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def earlier_reports(ctx: Context, tx: Transaction, prints: Iterable[str | None]) -> dict[str, tuple[str, str]]:
    """For each fingerprint, the newest identical report within the window whose case is still open, as
    (report id, case id); one query for a whole batch."""
    window = ctx.settings.duplicate_window_seconds
    wanted = sorted({p for p in prints if p is not None})
    if not wanted or window <= 0:
        return {}
    found: dict[str, tuple[str, str]] = {}
    reports, cases = ReportRow.__table__.c, CaseRow.__table__.c  # plain Core: this runs for every intake batch
    for start in range(0, len(wanted), 500):
        # Only while its case is open: once a case is decided, the same report again is news and opens a new one.
        rows = tx.session.connection().execute(
            select(reports.fingerprint, reports.id, reports.case_id)
            .join_from(ReportRow.__table__, CaseRow.__table__, cases.id == reports.case_id)
            .where(reports.fingerprint.in_(wanted[start:start + 500]),
                   reports.created_at >= tx.now - timedelta(seconds=window), cases.open_subject_id.isnot(None))
            .order_by(reports.created_at, reports.id)
        )
        found.update({print_ or "": (report_id, case_id) for print_, report_id, case_id in rows})  # the newest wins
    return found


def count_duplicate(tx: Transaction, report_id: str) -> None:
    """The same report again: counted on the first, not stored, not audited."""
    tx.session.execute(update(ReportRow).where(ReportRow.id == report_id)
                       .values(duplicates=ReportRow.duplicates + 1, last_duplicate_at=tx.now))
