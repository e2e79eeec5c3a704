"""Request dependencies: the context and the authenticated principal."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from starlette.concurrency import run_in_threadpool

from trustdesk.domain.errors import NotAuthenticated
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal, authenticate, recently_checked


# Both async: a plain `def` dependency costs a hop to a worker thread and back on every request (a sizeable
# share of a report's cost at intake); only a token not checked moments ago goes to a thread, for its query.
async def get_ctx(request: Request) -> Context:
    return request.app.state.ctx


async def get_principal(request: Request, ctx: Annotated[Context, Depends(get_ctx)]) -> Principal:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise NotAuthenticated("send Authorization: Bearer <token>")
    token = token.strip()
    checked = recently_checked(ctx, token=token)
    return checked if checked is not None else await run_in_threadpool(authenticate, ctx, token=token)


CtxDep = Annotated[Context, Depends(get_ctx)]
PrincipalDep = Annotated[Principal, Depends(get_principal)]
