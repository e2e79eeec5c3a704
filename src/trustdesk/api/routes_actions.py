"""Actions: propose and decide. The safeguards live in services/enforcement/actions.py, not here."""

from __future__ import annotations

from fastapi import Body

from trustdesk.api.deps import CtxDep, PrincipalDep
from trustdesk.api.responses_actions import ActionDetail, ActionList, ActionView
from trustdesk.api.responses_common import error_responses
from trustdesk.api.schemas import ActionIn, DecisionIn
from trustdesk.api.typed_router import TypedRouter
from trustdesk.domain.subjects import SubjectRef
from trustdesk.services.enforcement import action_queries, actions, reversals

router = TypedRouter()
OptionalReason = Body(default=None)


@router.post("/actions", status_code=201, response_model=ActionView,
             responses=error_responses(400, 401, 403, 404, 409, 413, 422, 429))
def propose(body: ActionIn, ctx: CtxDep, principal: PrincipalDep) -> dict:
    return actions.propose_action(
        ctx, actor=principal, ref=SubjectRef.parse(body.subject.kind, body.subject.id, body.subject.platform),
        type=body.type,
        reason=body.reason, case_id=body.case_id, duration_hours=body.duration_hours, label=body.label,
        break_glass=body.break_glass,
    )


@router.get("/actions/{action_id}", response_model=ActionDetail, responses=error_responses(401, 403, 404, 422))
def get(action_id: str, ctx: CtxDep, principal: PrincipalDep) -> dict:
    return actions.get_action(ctx, actor=principal, action_id=action_id)


def _reason(body: DecisionIn | None, default: str = "") -> str:
    return body.reason if body and body.reason else default


@router.post("/actions/{action_id}/approve", response_model=ActionDetail,
             responses=error_responses(400, 401, 403, 404, 409, 413, 422))
def approve(action_id: str, ctx: CtxDep, principal: PrincipalDep, body: DecisionIn | None = OptionalReason) -> dict:
    return actions.approve_action(ctx, actor=principal, action_id=action_id, reason=_reason(body))


@router.post("/actions/{action_id}/reject", response_model=ActionDetail,
             responses=error_responses(400, 401, 403, 404, 409, 413, 422))
def reject(action_id: str, ctx: CtxDep, principal: PrincipalDep, body: DecisionIn | None = OptionalReason) -> dict:
    return actions.reject_action(ctx, actor=principal, action_id=action_id, reason=_reason(body, "rejected"))


@router.post("/actions/{action_id}/cancel", response_model=ActionDetail,
             responses=error_responses(400, 401, 403, 404, 409, 413, 422))
def cancel(action_id: str, ctx: CtxDep, principal: PrincipalDep, body: DecisionIn | None = OptionalReason) -> dict:
    return actions.cancel_action(ctx, actor=principal, action_id=action_id, reason=_reason(body, "cancelled"))


@router.post("/actions/{action_id}/reverse", response_model=ActionDetail,
             responses=error_responses(400, 401, 403, 404, 409, 413, 422))
def reverse(action_id: str, ctx: CtxDep, principal: PrincipalDep, body: DecisionIn | None = OptionalReason) -> dict:
    return reversals.reverse_action(ctx, actor=principal, action_id=action_id, reason=_reason(body, "reversed"))


@router.post("/actions/{action_id}/ratify", response_model=ActionDetail,
             responses=error_responses(400, 401, 403, 404, 409, 413, 422))
def ratify(action_id: str, ctx: CtxDep, principal: PrincipalDep, body: DecisionIn | None = OptionalReason) -> dict:
    return actions.ratify_action(ctx, actor=principal, action_id=action_id, reason=_reason(body))


@router.get("/actions", response_model=ActionList, responses=error_responses(401, 403, 422))
def list_actions(ctx: CtxDep, principal: PrincipalDep, state: str | None = None, awaiting_me: bool = False,
                 subject_kind: str | None = None, subject_id: str | None = None, platform: str | None = None,
                 limit: int = 100) -> dict:
    ref = SubjectRef.parse(subject_kind or "account", subject_id, platform) if subject_id else None
    items = action_queries.list_actions(ctx, actor=principal, state=state, awaiting_me=awaiting_me, subject=ref,
                                        limit=limit)
    return {"items": items, "count": len(items)}

