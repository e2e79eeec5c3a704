"""Appeals: filed by staff for the affected user, decided by an uninvolved moderator."""

from __future__ import annotations

from pydantic import Field, StrictBool, StrictStr

from trustdesk.api.deps import CtxDep, PrincipalDep
from trustdesk.api.responses_actions import AppealList, AppealView
from trustdesk.api.responses_common import error_responses
from trustdesk.api.schemas import Strict
from trustdesk.api.typed_router import TypedRouter
from trustdesk.services.enforcement import appeals

router = TypedRouter()


class AppealIn(Strict):
    action_id: StrictStr
    appellant: StrictStr
    text: StrictStr = Field(max_length=appeals.MAX_TEXT)


class AppealDecisionIn(Strict):
    overturn: StrictBool
    reason: StrictStr


@router.post("/appeals", status_code=201, response_model=AppealView,
             responses=error_responses(400, 401, 403, 404, 409, 413, 422))
def file_appeal(body: AppealIn, ctx: CtxDep, principal: PrincipalDep) -> dict:
    return appeals.file_appeal(ctx, actor=principal, action_id=body.action_id, appellant=body.appellant,
                               text=body.text)


@router.get("/appeals", response_model=AppealList, responses=error_responses(401, 403, 422))
def list_appeals(ctx: CtxDep, principal: PrincipalDep, state: str | None = "open", limit: int = 100) -> dict:
    return {"items": appeals.list_appeals(ctx, actor=principal, state=state, limit=limit)}


@router.post("/appeals/{appeal_id}/decide", response_model=AppealView,
             responses=error_responses(400, 401, 403, 404, 409, 413, 422))
def decide(appeal_id: str, body: AppealDecisionIn, ctx: CtxDep, principal: PrincipalDep) -> dict:
    return appeals.decide_appeal(ctx, actor=principal, appeal_id=appeal_id, overturn=body.overturn,
                                 reason=body.reason)
