"""Staff, alerts, health."""

from __future__ import annotations

from fastapi import APIRouter, Response

from trustdesk.api.deps import CtxDep, PrincipalDep
from trustdesk.api.errors import RETRY_AFTER_SECONDS
from trustdesk.api.schemas import StaffIn
from trustdesk.services import alerts, staff

router = APIRouter()


@router.get("/health")
def health(ctx: CtxDep, response: Response) -> dict:
    """Up, or which dependency is down and why: 503 with Retry-After while the database cannot take writes."""
    database = ctx.db.health()
    if not database.ok:
        response.status_code = 503
        response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return {"status": "ok" if database.ok else "unavailable", "database": database.kind,
            "dependencies": {"database": database.to_dict()}}


@router.post("/staff", status_code=201)
def add_staff(body: StaffIn, ctx: CtxDep, principal: PrincipalDep) -> dict:
    credential = staff.add_staff(
        ctx, actor=principal, name=body.name, role=body.role, contractor=body.contractor,
        access_start=body.access_start, access_end=body.access_end, password=body.password,
    )
    return {"id": credential.id, "name": credential.name, "token": credential.token}


@router.get("/staff")
def list_staff(ctx: CtxDep, principal: PrincipalDep) -> dict:
    return {"items": staff.list_staff(ctx, actor=principal)}


@router.get("/alerts")
def list_alerts(ctx: CtxDep, principal: PrincipalDep, limit: int = 100) -> dict:
    return {"items": alerts.list_alerts(ctx, actor=principal, limit=limit)}
