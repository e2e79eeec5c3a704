"""Staff, alerts, health."""

from __future__ import annotations

from sqlalchemy import text

from trustdesk.api.deps import CtxDep, PrincipalDep
from trustdesk.api.responses_admin import AlertList, Health, NewStaff, StaffList
from trustdesk.api.responses_common import error_responses
from trustdesk.api.schemas import StaffIn
from trustdesk.api.typed_router import TypedRouter
from trustdesk.services.access import staff
from trustdesk.services.oversight import alerts

router = TypedRouter()


@router.get("/health", response_model=Health)
def health(ctx: CtxDep) -> dict:
    with ctx.db.read() as session:
        session.execute(text("select 1"))
    return {"status": "ok", "database": "postgresql" if not ctx.db.is_sqlite else "sqlite"}


@router.post("/staff", status_code=201, response_model=NewStaff,
             responses=error_responses(400, 401, 403, 409, 413, 422))
def add_staff(body: StaffIn, ctx: CtxDep, principal: PrincipalDep) -> dict:
    credential = staff.add_staff(
        ctx, actor=principal, name=body.name, role=body.role, contractor=body.contractor,
        access_start=body.access_start, access_end=body.access_end, password=body.password,
    )
    return {"id": credential.id, "name": credential.name, "token": credential.token}


@router.get("/staff", response_model=StaffList, responses=error_responses(401, 403))
def list_staff(ctx: CtxDep, principal: PrincipalDep) -> dict:
    return {"items": staff.list_staff(ctx, actor=principal)}


@router.get("/alerts", response_model=AlertList, responses=error_responses(401, 403, 422))
def list_alerts(ctx: CtxDep, principal: PrincipalDep, limit: int = 100) -> dict:
    return {"items": alerts.list_alerts(ctx, actor=principal, limit=limit)}
