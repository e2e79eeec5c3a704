"""Staff, alerts, health (adding staff and tokens: routes_credentials)."""

from __future__ import annotations

from sqlalchemy import text

from trustdesk.api.deps import CtxDep, PrincipalDep
from trustdesk.api.responses_admin import AlertList, Health, StaffList
from trustdesk.api.responses_common import error_responses
from trustdesk.api.typed_router import TypedRouter
from trustdesk.services.access import staff
from trustdesk.services.oversight import alerts

router = TypedRouter()


@router.get("/health", response_model=Health)
def health(ctx: CtxDep) -> dict:
    with ctx.db.read() as session:
        session.execute(text("select 1"))
    return {"status": "ok", "database": "postgresql" if not ctx.db.is_sqlite else "sqlite"}


@router.get("/staff", response_model=StaffList, responses=error_responses(401, 403))
def list_staff(ctx: CtxDep, principal: PrincipalDep) -> dict:
    return {"items": staff.list_staff(ctx, actor=principal)}


@router.get("/alerts", response_model=AlertList, responses=error_responses(401, 403, 422))
def list_alerts(ctx: CtxDep, principal: PrincipalDep, limit: int = 100) -> dict:
    return {"items": alerts.list_alerts(ctx, actor=principal, limit=limit)}
