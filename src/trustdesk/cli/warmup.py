"""Load what the first request would otherwise pay for: the safeguard policy, the queues, the content scorer.

`serve` runs this before it listens, so the first report is as fast as the thousandth."""

from __future__ import annotations

import logging
import time

from trustdesk.services.base.context import Context

log = logging.getLogger(__name__)
# A few languages, so the language detector loads its models now rather than on a reporter's request.
SAMPLES = ("warm up the scoring models", "chargement des modèles", "los modelos se cargan ahora",
           "die Modelle werden geladen")


def warm_up(ctx: Context) -> float:
    """Returns the seconds it took."""
    from trustdesk.services.intake.scoring import content_scorer
    from trustdesk.triage.queue_config import load_queues

    started = time.perf_counter()
    ctx.policy  # noqa: B018 - loading (and compiling) the Cedar policy is the point
    load_queues()
    scorer = content_scorer(ctx)
    if scorer is not None:
        scorer.score_many(list(SAMPLES))
    took = time.perf_counter() - started
    log.info("warmed up policy, queues and scorer in %.2fs", took)
    return took
