"""What `trustdesk serve` runs: the API, the console, and the scheduler loop beside them."""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from trustdesk.api.app import create_app
from trustdesk.services.context import Context

log = logging.getLogger(__name__)
TICK_SECONDS = 1.0
CHECKPOINT_EVERY_TICKS = 10  # a signed tree head every ~10 s while the log grows


class SchedulerThread(threading.Thread):
    """Runs due actions every tick; the first tick on start catches up on anything missed while down."""

    def __init__(self, ctx: Context) -> None:
        super().__init__(name="trustdesk-scheduler", daemon=True)
        self.ctx = ctx
        self.stopping = threading.Event()

    def run(self) -> None:
        from trustdesk.services.audit import checkpoint
        from trustdesk.services.policy_versions import reload_if_changed
        from trustdesk.services.scheduler import run_due

        ticks = 0
        while not self.stopping.is_set():
            ticks += 1
            try:
                if ticks % CHECKPOINT_EVERY_TICKS == 1:
                    checkpoint(self.ctx)
                reload_if_changed(self.ctx)
                run_due(self.ctx)
            except Exception:  # noqa: BLE001 - one bad tick must not stop enforcement of the next
                log.exception("scheduler tick failed")
            self.stopping.wait(TICK_SECONDS)


def create_web_app(ctx: Context, *, run_scheduler: bool = True) -> FastAPI:
    app = create_app(ctx)
    try:
        from trustdesk.console import mount_console
    except ImportError:
        mount_console = None
    if mount_console is not None:
        mount_console(app, ctx)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        from trustdesk.services.policy_versions import record_policy_in_force

        try:
            record_policy_in_force(ctx)
        except Exception as error:  # noqa: BLE001 - a down or read-only database: serve 503s, don't die
            log.warning("could not record the policy in force at start (%s); serving anyway", error)
        from trustdesk.services.outbox_delivery import OutboxWorker

        threads = [SchedulerThread(ctx), OutboxWorker(ctx)] if run_scheduler else []
        for thread in threads:
            thread.start()
        yield
        for thread in threads:
            thread.stopping.set()
        for thread in threads:
            thread.join(timeout=5)

    app.router.lifespan_context = lifespan
    return app
