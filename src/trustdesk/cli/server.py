"""`trustdesk serve`, `migrate` and `scheduler`: the API, the console, and the background work beside them."""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import TYPE_CHECKING, Annotated

import typer
from fastapi import FastAPI

from trustdesk.cli.backup import require_audit_key
from trustdesk.cli.common import DbOption, context
from trustdesk.services.base.context import Context

if TYPE_CHECKING:
    from trustdesk.services.base.leadership import Leadership

log = logging.getLogger(__name__)
TICK_SECONDS = 1.0
CHECKPOINT_EVERY_TICKS = 10  # a signed tree head every ~10 s while the log grows


class LeaseKeeper(threading.Thread):
    """Takes or renews this process's lease on the background work every tick (services/base/leadership.py)."""

    def __init__(self, leadership: Leadership) -> None:
        super().__init__(name="trustdesk-lease", daemon=True)
        self.leadership = leadership
        self.stopping = threading.Event()

    def run(self) -> None:
        while not self.stopping.wait(TICK_SECONDS):
            self.leadership.try_lead()


class SchedulerThread(threading.Thread):
    """Runs due actions every tick while this process leads; the first tick as leader catches up on anything
    missed while nobody led. Every process follows a newly approved policy version."""

    def __init__(self, ctx: Context, leadership: Leadership) -> None:
        super().__init__(name="trustdesk-scheduler", daemon=True)
        self.ctx, self.leadership = ctx, leadership
        self.stopping = threading.Event()

    def run(self) -> None:
        from trustdesk.services.enforcement.scheduler import run_due
        from trustdesk.services.intake.intake_writer import settle_leftovers
        from trustdesk.services.oversight.audit import checkpoint
        from trustdesk.services.safeguards.policy_versions import reload_if_changed

        ticks = 0
        while not self.stopping.is_set():
            try:
                reload_if_changed(self.ctx)
                if self.leadership.leads():
                    ticks += 1
                    if ticks % CHECKPOINT_EVERY_TICKS == 1:
                        checkpoint(self.ctx)  # one signer, so one heads file beside one key
                    run_due(self.ctx)  # deliveries go out through the outbox worker, never from this loop
                    settle_leftovers(self.ctx)  # reports acknowledged by a process that stopped before settling
            except Exception:  # noqa: BLE001 - one bad tick must not stop enforcement of the next
                log.exception("scheduler tick failed")
            self.stopping.wait(TICK_SECONDS)


class PullerThread(threading.Thread):
    """Pulls new reports from each pulling connector (Matrix) every few seconds while this process leads, apart
    from the scheduler so a slow platform never delays enforcement."""

    def __init__(self, ctx: Context, leadership: Leadership) -> None:
        super().__init__(name="trustdesk-puller", daemon=True)
        self.ctx, self.leadership = ctx, leadership
        self.stopping = threading.Event()

    def run(self) -> None:
        from trustdesk.services.intake.platform_connectors import pull_all

        while not self.stopping.is_set():
            if not self.leadership.leads():
                self.stopping.wait(TICK_SECONDS)  # ask again soon: we may be the next leader
                continue
            started = time.monotonic()
            try:
                pull_all(self.ctx)
            except Exception:  # noqa: BLE001 - one bad pull must not stop the next
                log.exception("pulling reports failed")
            # Every pull_every_seconds from the start of the last pass, not after it: a slow pass eats no extra.
            self.stopping.wait(max(0.0, started + self.ctx.settings.pull_every_seconds - time.monotonic()))


def create_web_app(ctx: Context, *, run_scheduler: bool = True) -> FastAPI:
    """The API and the console; with run_scheduler, the background work too, run while this process holds
    the lease on it (one process at a time among all that share the database)."""
    # Imported here, not at the top: the API and console load only when serving, so other commands start fast.
    from trustdesk.api.app import create_app
    from trustdesk.console import mount_console

    app = create_app(ctx)
    mount_console(app, ctx)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        from trustdesk.services.base.leadership import Leadership
        from trustdesk.services.intake.intake_writer import settle_leftovers
        from trustdesk.services.intake.report_journal import retry_set_aside
        from trustdesk.services.oversight.outbox import OutboxWorker
        from trustdesk.services.safeguards.policy_versions import record_policy_in_force

        try:
            record_policy_in_force(ctx)
            if retry_set_aside(ctx):
                log.warning("reports set aside when storing them failed are retried")
            settle_leftovers(ctx)  # acknowledged before a crash or a stop: settled now, not at the first report
        except Exception as error:  # noqa: BLE001 - a down or read-only database: serve 503s, don't die
            log.warning("could not record the policy in force at start (%s); serving anyway", error)
        leadership = Leadership(ctx, lease=timedelta(seconds=ctx.settings.leader_lease_seconds))
        threads: list[LeaseKeeper | SchedulerThread | PullerThread | OutboxWorker] = []
        if run_scheduler:
            leadership.try_lead()  # a lone process leads from its first tick
            threads = [LeaseKeeper(leadership), SchedulerThread(ctx, leadership), PullerThread(ctx, leadership),
                       OutboxWorker(ctx, leading=leadership.leads)]
        for thread in threads:
            thread.start()
        yield
        for thread in threads:
            thread.stopping.set()
        for thread in threads:
            thread.join(timeout=5)
        if run_scheduler:
            leadership.release()  # the next process takes over now, not when the lease runs out

    app.router.lifespan_context = lifespan
    return app


SERVE_BACKGROUND_ENV = "TRUSTDESK_SERVE_BACKGROUND"
WORKER_HEALTHCHECK_SECONDS = 60


def worker_app() -> FastAPI:
    """The app of one `serve --workers N` process (uvicorn calls this factory in each worker): the settings come
    from the environment the parent set; each worker warms up before it accepts its first connection."""
    from trustdesk.cli.warmup import warm_up
    from trustdesk.config import Settings
    from trustdesk.services.base.context import open_context

    ctx = open_context(Settings.from_env(), migrate=False)  # the parent migrated and checked everything
    warm_up(ctx)
    return create_web_app(ctx, run_scheduler=os.environ.get(SERVE_BACKGROUND_ENV, "1") == "1")


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port")] = 8000,
    db: DbOption = None,
    scheduler: Annotated[bool, typer.Option(help="Run the background work (scheduler, outbox, connector pulls, "
                                                 "audit heads) when this process leads")] = True,
    workers: Annotated[int, typer.Option(min=1, max=64, help="Worker processes serving one port")] = 1,
) -> None:
    """Serve the API and the console; creates and migrates the database on first run.

    Any number of processes (--workers, or `serve` on other machines) may share one database: requests go to
    any of them, and the background work runs in one at a time (services/base/leadership.py)."""
    import uvicorn

    from trustdesk.api.observability import json_log_config
    from trustdesk.cli.warmup import warm_up

    ctx = context(db)
    check_configuration(ctx)
    require_audit_key(ctx, starting="start")
    if workers == 1:
        warm_up(ctx)
        uvicorn.run(create_web_app(ctx, run_scheduler=scheduler), host=host, port=port, log_config=json_log_config())
        return
    # Each worker is a fresh process (uvicorn spawns them): it rebuilds its context from the environment.
    os.environ["TRUSTDESK_DATABASE_URL"] = ctx.settings.database_url
    os.environ["TRUSTDESK_DATA_DIR"] = str(ctx.settings.data_dir)
    os.environ[SERVE_BACKGROUND_ENV] = "1" if scheduler else "0"
    ctx.db.dispose()
    # A worker answers the parent's health pings only between the long GIL-holding steps of its warm-up (the
    # scorer's models: over 9 s on a loaded 2-core machine); uvicorn's default 5 s would kill it while it loads.
    uvicorn.run(f"{__name__}:worker_app", factory=True, workers=workers, host=host, port=port,
                log_config=json_log_config(), timeout_worker_healthcheck=WORKER_HEALTHCHECK_SECONDS)


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
