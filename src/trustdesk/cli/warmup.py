"""Load what the first request would otherwise pay for: the safeguard policy, the queues, the content scorer.

`serve` runs this before it listens, so the first report is as fast as the thousandth."""

from __future__ import annotations

import gc
import logging
import time

from trustdesk.services.base.context import Context

log = logging.getLogger(__name__)


def warm_up(ctx: Context) -> float:
    """Returns the seconds it took."""
    from trustdesk.services.intake.scoring import warm_up as warm_up_scorer
    from trustdesk.triage.queue_config import load_queues

    started = time.perf_counter()
    ctx.policy  # noqa: B018 - loading (and compiling) the Cedar policy is the point
    load_queues()
    scorer = warm_up_scorer(ctx)
    # What is loaded now (models, policy, modules: millions of objects) lives as long as the process. Frozen out
    # of the collector, a full collection no longer walks it: under load those walks stalled every request
    # in flight for tens of milliseconds.
    gc.collect()
    gc.freeze()
    # The young generation collected every 20,000 new containers instead of 700: under a flood each request
    # allocates thousands, so the collector ran (and promoted request objects into the old generation, whose
    # collections stall every thread) many times a second. Measured at 1,000 reports/s, five runs each:
    # claim-next p99 35/35/21/28/30 ms instead of 58/40/54/41/45, the reports' own p99 likewise.
    gc.set_threshold(20_000, 20, 100)
    took = time.perf_counter() - started
    log.info("warmed up policy, queues and scorer %s in %.2fs", scorer, took)
    return took
