"""Staff, alerts, health (adding staff and tokens: routes_credentials)."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import text

from trustdesk.api.deps import CtxDep, PrincipalDep
from trustdesk.services.access import staff
from trustdesk.services.oversight import alerts

router = APIRouter()


@router.get("/health")
def health(ctx: CtxDep) -> dict:
    with ctx.db.read() as session:
        session.execute(text("select 1"))
    return {"status": "ok", "database": "postgresql" if not ctx.db.is_sqlite else "sqlite"}


@router.get("/staff")
def list_staff(ctx: CtxDep, principal: PrincipalDep) -> dict:
    return {"items": staff.list_staff(ctx, actor=principal)}


@router.get("/alerts")
def list_alerts(ctx: CtxDep, principal: PrincipalDep, limit: int = 100) -> dict:
    return {"items": alerts.list_alerts(ctx, actor=principal, limit=limit)}
