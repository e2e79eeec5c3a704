"""The ASGI application: API under /api/v1, the console at /."""

from __future__ import annotations

from fastapi import Depends, FastAPI
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from trustdesk import __version__
from trustdesk.api import (
    routes_actions,
    routes_admin,
    routes_appeals,
    routes_audit,
    routes_cases,
    routes_credentials,
    routes_people,
    routes_platforms,
    routes_policy,
    routes_subjects,
    routes_triage,
)
from trustdesk.api.deps import settled_reads
from trustdesk.api.errors import error_body, install_error_handlers
from trustdesk.api.observability import install_observability
from trustdesk.api.strict_input import StrictInputMiddleware
from trustdesk.services.base.context import Context

MAX_BODY_BYTES = 1_000_000
API_PREFIX = "/api/v1"
ROUTE_MODULES = (routes_admin, routes_subjects, routes_cases, routes_actions, routes_policy, routes_audit,
                 routes_triage, routes_appeals, routes_credentials, routes_platforms,
                 routes_people)


class DeclaredLengthLimit:
    """413 for a request that declares a body over the limit (or a malformed length), before it is read.

    Pure ASGI: the decorator form (BaseHTTPMiddleware) ran every request through an extra task and stream
    pair, a few percent of intake's CPU for a header check."""

    def __init__(self, app: ASGIApp, *, max_body: int) -> None:
        self.app, self.max_body = app, max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            length = next((v for k, v in scope.get("headers", ()) if k == b"content-length"), None)
            if length is not None and (not length.isdigit() or int(length) > self.max_body):
                refusal = JSONResponse(error_body("too_large", f"request body over {self.max_body} bytes"), 413)
                await refusal(scope, receive, send)
                return
        await self.app(scope, receive, send)


def create_app(ctx: Context) -> FastAPI:
    # trustdesk exports its own metrics (/metrics) and JSON logs; FastAPI's OpenTelemetry hooks, on by default,
    # looked up three providers on every request (~2% of a report's CPU under a flood) to find none configured.
    app = FastAPI(title="trustdesk", version=__version__, docs_url="/docs", openapi_url="/openapi.json",
                  telemetry={"tracing": False, "metrics": False, "logs": False, "operation_spans": False})
    app.state.ctx = ctx
    install_error_handlers(app)

    app.add_middleware(DeclaredLengthLimit, max_body=MAX_BODY_BYTES)

    # Added last, so it runs first: hostile bytes never reach a route, the console or the database.
    app.add_middleware(StrictInputMiddleware, router_app=app.router, max_body=MAX_BODY_BYTES)
    # Outermost: every answer, refusals included, carries a request id and is counted.
    install_observability(app, ctx)

    for module in ROUTE_MODULES:
        app.include_router(module.router, prefix=API_PREFIX, dependencies=[Depends(settled_reads)])
    return app
