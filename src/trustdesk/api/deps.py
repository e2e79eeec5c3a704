"""Request dependencies: the context and the authenticated principal."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from trustdesk.domain.errors import NotAuthenticated
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal, authenticate


def get_ctx(request: Request) -> Context:
    return request.app.state.ctx


def get_principal(request: Request, ctx: Annotated[Context, Depends(get_ctx)]) -> Principal:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise NotAuthenticated("send Authorization: Bearer <token>")
    return authenticate(ctx, token=token.strip())


CtxDep = Annotated[Context, Depends(get_ctx)]
PrincipalDep = Annotated[Principal, Depends(get_principal)]
