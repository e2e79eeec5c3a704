"""The ASGI application: API under /api/v1, the console at /."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

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
from trustdesk.api.errors import error_body, install_error_handlers
from trustdesk.api.observability import install_observability
from trustdesk.api.strict_input import StrictInputMiddleware
from trustdesk.services.base.context import Context

MAX_BODY_BYTES = 1_000_000
API_PREFIX = "/api/v1"
ROUTE_MODULES = (routes_admin, routes_subjects, routes_cases, routes_actions, routes_policy, routes_audit,
                 routes_triage, routes_appeals, routes_credentials, routes_platforms,
                 routes_people)


def create_app(ctx: Context) -> FastAPI:
    app = FastAPI(title="trustdesk", version=__version__, docs_url="/docs", openapi_url="/openapi.json")
    app.state.ctx = ctx
    install_error_handlers(app)

    @app.middleware("http")
    async def limit_body_size(request: Request, call_next):  # noqa: ANN202
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
            return JSONResponse(error_body("too_large", f"request body over {MAX_BODY_BYTES} bytes"), 413)
        return await call_next(request)

    # Added last, so it runs first: hostile bytes never reach a route, the console or the database.
    app.add_middleware(StrictInputMiddleware, router_app=app.router, max_body=MAX_BODY_BYTES)
    # Outermost: every answer, refusals included, carries a request id and is counted.
    install_observability(app, ctx)

    for module in ROUTE_MODULES:
        app.include_router(module.router, prefix=API_PREFIX)
    return app
