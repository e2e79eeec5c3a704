"""The moderator console: server-rendered pages on the same service functions as the API.

No rule lives here: every page and form calls a use case in trustdesk.services, which checks roles,
safeguards and access windows itself. The console adds sessions, CSRF tokens, escaping and a strict CSP."""

from __future__ import annotations

from pathlib import Path

from fastapi import Depends, FastAPI, Request
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool

from trustdesk.console import (
    appeals,
    auth,
    cases,
    oversight,
    proposals,
    review,
    settings,
    subjects,
    transparency_report,
)
from trustdesk.console.errors import install_error_pages, install_security_headers
from trustdesk.services.base.context import Context
from trustdesk.services.intake.report_journal import settle_before_read

STATIC_DIR = Path(__file__).parent / "static"
ROUTERS = tuple(module.router for module in (auth, cases, proposals, subjects, review, oversight, appeals,
                                                  transparency_report, settings))


async def settled_reads(request: Request) -> None:
    """Pages see every report acknowledged before them (README "Intake under load"); the desk's claim-next does
    not wait for them."""
    if getattr(request.scope.get("endpoint"), "__name__", "") != "claim_next":
        await run_in_threadpool(settle_before_read, request.app.state.ctx, request.path_params.get("case_id"))


def mount_console(app: FastAPI, ctx: Context) -> None:
    """Add the console's pages at / beside the API at /api/v1."""
    app.state.ctx = ctx
    for router in ROUTERS:
        app.include_router(router, include_in_schema=False, dependencies=[Depends(settled_reads)])
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="console-static")
    install_error_pages(app)
    install_security_headers(app)


__all__ = ["mount_console"]
