"""Group commit for reports: requests hand their checked report to one writer thread, which stores everything
waiting in ONE transaction (set by set: report_batch.py; one commit, one fsync) and then answers them all.

Why: on SQLite with synchronous=FULL each commit waits for the disk, and one writer at a time holds the file;
a transaction per report caps intake at the disk's commit rate shared with everyone else. Batched, the cost of
the commit is paid once for everything that arrived while the previous batch was being written, so the batch
grows with the load and the throughput with it, while a lone report still goes out at once (no waiting for a
batch to fill).

The writer acknowledges a batch once it is journaled and settles it just after (report_journal.py: the heavy
part of storing a report — scoring, case, triage, audit entry, ~13 ms of CPU for one report alone — then stops
holding up the answer), a lone report on a quiet server too: it settles as soon as no other report follows
within QUIET_SECONDS, or at the next read. Storing a lone report at once made a platform that sends its reports
one after the other wait ~15 ms for each (~60 reports/s); journaled, it waits for one small commit.
Guarantees: a report's answer is sent only after its batch committed, so an acknowledged report (201/200) is on
disk, journaled, and settled soon after. A report refused on its own (4xx) fails alone; one that triggers a bug
when it is stored is set aside in the journal (report_journal.py). If the batch's transaction fails (database
down or read-only, disk full, a crash in the writer) every report of the batch gets 503 and none is kept; the
writer goes on with the next batch.

One writer per serving process (each `serve --workers` process has its own); processes meet at the database's
lock. The thread starts on the first report and ends after a few idle seconds, so contexts that only ever
file a report or two (tests, CLI) leave no thread behind for long.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from concurrent.futures import Future

from trustdesk.domain.errors import DomainError, Unavailable
from trustdesk.services.base.context import Context
from trustdesk.services.intake.journal_rows import backlog
from trustdesk.services.intake.report_journal import SETTLE_BATCH, journal_reports, settle_journal
from trustdesk.services.intake.report_requests import ReportReceipt, ReportRequest

log = logging.getLogger(__name__)

# A batch holds the write lock while it is written, and a claim-next waits behind it: the bound keeps that wait
# to about 32 reports' work. Past a few dozen, a bigger batch saves little: the commit's fsync is already shared
# by 32, and the per-report work (rows, signals, audit entry) is the same in any batch.
MAX_BATCH = 32
IDLE_EXIT_SECONDS = 5.0
# Under load, answering a batch sets its clients sending their next reports at once, while the writer would
# already be writing the two or three that beat them to the queue: batches alternate small and large, and a
# batch has a fixed cost (statements, model calls, the fsync). So after a batch of several, the writer waits
# this long for the queue to fill; after a lone report (no load) it does not wait at all.
LINGER_SECONDS = 0.003
# While reports arrive faster than they are stored, the writer journals them and keeps acknowledging, and settles
# between batches only once reports have waited unsettled this long: a burst is taken in at full speed and
# triaged as soon as it ends; a flood that lasts settles one batch per batch acknowledged from then on, so
# triage keeps moving (at whatever rate the two cores allow) and the journal's limit bounds how far it lags.
SETTLE_LAG_SECONDS = 10.0
# "No report is arriving": the queue stayed empty this long. Between two batches of a flood it is empty for a
# moment (clients answered, their next reports on the way); settling then would halve the rate taken in.
QUIET_SECONDS = 0.02
# Settling with nothing arriving (a burst's backlog drained after it), batches are twice as large: a settle batch
# has a fixed cost, and 32 reports per transaction settle about 40% faster than 16. While reports arrive, a
# batch stays at report_journal.SETTLE_BATCH, so that a claim waits behind less.
DRAIN_BATCH = 32


class IntakeWriter:
    def __init__(self, ctx: Context, *, max_batch: int = MAX_BATCH, idle_exit: float = IDLE_EXIT_SECONDS) -> None:
        self.ctx = ctx
        self.max_batch = max_batch
        self.idle_exit = idle_exit
        self._waiting: queue.SimpleQueue[tuple[ReportRequest, Future[ReportReceipt]]] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self.batches = 0  # counted for the metrics and the tests, not for control
        self.reports = 0
        self.journaled = 0
        self.unsettled = False  # this writer journaled reports not yet settled (others' are settled on a tick)
        self._unsettled_since = 0.0

    def submit(self, request: ReportRequest) -> Future[ReportReceipt]:
        """Queue a checked report; the future resolves after its batch committed (or fails with its error)."""
        future: Future[ReportReceipt] = Future()
        self._waiting.put((request, future))
        self._start()
        return future

    def settle_soon(self) -> None:
        """Settle what the journal holds (reports acknowledged by a process that died, or before a restart)."""
        self.unsettled = True
        self._start()

    def _start(self) -> None:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="trustdesk-intake-writer", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        last = 1
        while True:
            try:
                first = self._waiting.get(timeout=QUIET_SECONDS if self.unsettled else self.idle_exit)
            except queue.Empty:
                if self.unsettled:
                    self.settle()
                    continue
                with self._lock:
                    if self._waiting.empty():
                        self._thread = None
                        return
                continue
            batch = [first]
            deadline = time.monotonic() + (LINGER_SECONDS if last > 1 else 0.0)
            while len(batch) < self.max_batch:
                try:
                    wait = deadline - time.monotonic()
                    batch.append(self._waiting.get(timeout=wait) if wait > 0 else self._waiting.get_nowait())
                except queue.Empty:
                    break
            last = len(batch)
            self.write(batch)
            if self.unsettled and time.monotonic() - self._unsettled_since > SETTLE_LAG_SECONDS:
                self.settle()

    def settle(self) -> None:
        """Settle one batch of the journal; never raises (the writer must outlive a sick database)."""
        try:
            draining = self._waiting.empty()
            self.unsettled = settle_journal(self.ctx, limit=DRAIN_BATCH if draining else SETTLE_BATCH) > 0
            if not self.unsettled:
                self._unsettled_since = 0.0
        except Exception:  # noqa: BLE001 - the reports stay journaled; the next tick tries again
            log.exception("settling acknowledged reports failed; they stay in the journal")
            self.unsettled = False

    def write(self, batch: list[tuple[ReportRequest, Future[ReportReceipt]]]) -> None:
        """Store one batch and settle its futures; never raises (the writer must outlive a bad batch)."""
        # A request whose client went away before its turn is dropped (it was never acknowledged); the others'
        # futures can no longer be cancelled, so settling them below cannot fail half-way.
        batch = [(request, future) for request, future in batch if future.set_running_or_notify_cancel()]
        if not batch:
            return
        self.batches += 1
        self.reports += len(batch)
        requests = [request for request, _ in batch]
        try:
            outcomes = journal_reports(self.ctx, requests)
            self.journaled += len(batch)
            self._unsettled_since = self._unsettled_since or time.monotonic()
            self.unsettled = True
        except BaseException as error:  # noqa: BLE001 - every waiting request must get an answer
            log.error("a batch of %d reports was not stored", len(batch), exc_info=error)
            for _, future in batch:  # one exception each: they are raised in as many requests at once
                future.set_exception(type(error)(error.message, field=error.field, details=error.details)
                                     if isinstance(error, DomainError) else _not_stored())
            if not isinstance(error, Exception):
                raise
            return
        for (_, future), outcome in zip(batch, outcomes, strict=True):
            if isinstance(outcome, DomainError):  # the report's own refusal (4xx)
                future.set_exception(outcome)
            elif isinstance(outcome, BaseException):  # not stored, for a reason that is not the reporter's
                future.set_exception(_not_stored())
            else:
                future.set_result(outcome)


def _not_stored() -> Unavailable:
    return Unavailable("the report could not be stored right now; nothing was kept, retry", details={"retry_after": 1})


def intake_writer(ctx: Context) -> IntakeWriter:
    """The context's writer (a serve process has one context, so one writer)."""
    found = ctx.__dict__.get("intake_writer")
    if found is None:
        found = ctx.__dict__.setdefault("intake_writer", IntakeWriter(ctx))
    return found


def settle_leftovers(ctx: Context) -> None:
    """Have this process's writer settle the journal if reports wait there and it is not already at it."""
    writer = intake_writer(ctx)
    if writer.unsettled:
        return
    with ctx.db.read() as session:
        waiting, _ = backlog(session)
    if waiting:
        writer.settle_soon()
