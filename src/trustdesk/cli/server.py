"""`trustdesk serve`, `migrate` and `scheduler`: the API, the console, and the scheduler loop beside them."""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

import typer
from fastapi import FastAPI

from trustdesk.cli.backup import require_audit_key
from trustdesk.cli.common import DbOption, context
from trustdesk.services.base.context import Context

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
        from trustdesk.services.enforcement.scheduler import run_due
        from trustdesk.services.oversight.audit import checkpoint
        from trustdesk.services.safeguards.policy_versions import reload_if_changed

        ticks = 0
        while not self.stopping.is_set():
            ticks += 1
            try:
                if ticks % CHECKPOINT_EVERY_TICKS == 1:
                    checkpoint(self.ctx)
                reload_if_changed(self.ctx)
                run_due(self.ctx)  # deliveries go out through the outbox worker, never from this loop
            except Exception:  # noqa: BLE001 - one bad tick must not stop enforcement of the next
                log.exception("scheduler tick failed")
            self.stopping.wait(TICK_SECONDS)


class PullerThread(threading.Thread):
    """Pulls new reports from each pulling connector (Matrix) every few seconds, apart from the scheduler so a
    slow platform never delays enforcement."""

    def __init__(self, ctx: Context) -> None:
        super().__init__(name="trustdesk-puller", daemon=True)
        self.ctx = ctx
        self.stopping = threading.Event()

    def run(self) -> None:
        from trustdesk.services.intake.platform_connectors import pull_all

        while not self.stopping.is_set():
            try:
                pull_all(self.ctx)
            except Exception:  # noqa: BLE001 - one bad pull must not stop the next
                log.exception("pulling reports failed")
            self.stopping.wait(self.ctx.settings.pull_every_seconds)


def create_web_app(ctx: Context, *, run_scheduler: bool = True) -> FastAPI:
    # Imported here, not at the top: the API and console load only when serving, so other commands start fast.
    from trustdesk.api.app import create_app
    from trustdesk.console import mount_console

    app = create_app(ctx)
    mount_console(app, ctx)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        from trustdesk.services.oversight.outbox import OutboxWorker
        from trustdesk.services.safeguards.policy_versions import record_policy_in_force

        try:
            record_policy_in_force(ctx)
        except Exception as error:  # noqa: BLE001 - a down or read-only database: serve 503s, don't die
            log.warning("could not record the policy in force at start (%s); serving anyway", error)
        threads: list[SchedulerThread | PullerThread | OutboxWorker] = []
        if run_scheduler:
            threads = [SchedulerThread(ctx), PullerThread(ctx), OutboxWorker(ctx)]
        for thread in threads:
            thread.start()
        yield
        for thread in threads:
            thread.stopping.set()
        for thread in threads:
            thread.join(timeout=5)

    app.router.lifespan_context = lifespan
    return app


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port")] = 8000,
    db: DbOption = None,
    scheduler: Annotated[bool, typer.Option(help="Run the action scheduler in this process")] = True,
) -> None:
    """Serve the API and the console; creates and migrates the database on first run."""
    import uvicorn

    from trustdesk.api.observability import json_log_config
    from trustdesk.cli.warmup import warm_up

    ctx = context(db)
    check_configuration(ctx)
    require_audit_key(ctx, starting="start")
    warm_up(ctx)
    uvicorn.run(create_web_app(ctx, run_scheduler=scheduler), host=host, port=port, log_config=json_log_config())


def check_configuration(ctx: Context) -> None:
    """Refuse to start on a broken policy or queue file: better than failing every request later."""
    from trustdesk.policy import PolicyError
    from trustdesk.triage.queue_config import QueueConfigError, load_queues

    try:
        ctx.policy  # noqa: B018 - loading is the check
        load_queues()
    except (PolicyError, QueueConfigError) as error:
        typer.echo(f"error: cannot start: {error}", err=True)
        raise typer.Exit(2) from None


def scheduler(db: DbOption = None) -> None:
    """Run due actions once (scheduled, timed, break-glass deadlines) and exit; serve does this every second."""
    from trustdesk.services.enforcement.scheduler import run_due
    from trustdesk.services.oversight.outbox import deliver_outbox

    ctx = context(db)
    report = run_due(ctx)
    deliver_outbox(ctx)
    expired = len(report.expired) + len(report.expired_proposals)
    typer.echo(f"executed {len(report.executed)}, refused {len(report.failed)}, ended {len(report.ended)}, "
               f"reversed unratified {len(report.unratified)}, expired {expired}")


def migrate(db: DbOption = None) -> None:
    """Create or upgrade the database schema."""
    ctx = context(db)
    require_audit_key(ctx, starting="migrate")
    typer.echo(f"database at {ctx.db.engine.url.render_as_string(hide_password=True)} is up to date")
