"""Staff, alerts, health (adding staff and tokens: routes_credentials)."""

from __future__ import annotations

from fastapi import Response

from trustdesk.api.deps import CtxDep, PrincipalDep
from trustdesk.api.errors import RETRY_AFTER_SECONDS
from trustdesk.api.responses_admin import AlertList, Health, StaffList
from trustdesk.api.responses_common import error_responses
from trustdesk.api.typed_router import TypedRouter
from trustdesk.services.access import staff
from trustdesk.services.oversight import alerts

router = TypedRouter()


@router.get("/health", response_model=Health,
            responses={503: {"model": Health, "description": "a dependency is down; `dependencies` names it"}})
def health(ctx: CtxDep, response: Response) -> dict:
    """Up, or which dependency is down and why: 503 with Retry-After while the database cannot take writes."""
    database = ctx.db.health()
    if not database.ok:
        response.status_code = 503
        response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return {"status": "ok" if database.ok else "unavailable", "database": database.kind,
            "dependencies": {"database": database.to_dict()}}


@router.get("/staff", response_model=StaffList, responses=error_responses(401, 403))
def list_staff(ctx: CtxDep, principal: PrincipalDep) -> dict:
    return {"items": staff.list_staff(ctx, actor=principal)}


@router.get("/alerts", response_model=AlertList, responses=error_responses(401, 403, 422))
def list_alerts(ctx: CtxDep, principal: PrincipalDep, limit: int = 100) -> dict:
    return {"items": alerts.list_alerts(ctx, actor=principal, limit=limit)}
