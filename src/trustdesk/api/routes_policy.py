"""The safeguard policy: explain a decision, read the policy, propose, approve, reject or withdraw a new version."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query
from pydantic import Field, StrictStr

from trustdesk.api.deps import CtxDep, PrincipalDep
from trustdesk.api.responses_admin import DeskExplanation, PolicyDescription, PolicyVersion
from trustdesk.api.responses_common import DecisionView, error_responses
from trustdesk.api.schemas import Strict
from trustdesk.api.typed_router import TypedRouter
from trustdesk.domain.errors import InvalidInput
from trustdesk.domain.subjects import SubjectRef
from trustdesk.services.enforcement import action_queries
from trustdesk.services.safeguards import policy_reading, policy_versions

router = TypedRouter()


class PolicyIn(Strict):
    cedar: StrictStr = Field(min_length=1, max_length=200_000)
    settings: dict[str, dict[str, int]] | None = None
    reason: StrictStr = Field(min_length=1, max_length=2000)


@router.get("/policy/explain", response_model=DecisionView | DeskExplanation,
            responses=error_responses(401, 403, 404, 422))
def explain(ctx: CtxDep, principal: PrincipalDep, type: str | None = None, subject_kind: str | None = None,
            subject_id: str | None = None, platform: str | None = None,
            desk: Annotated[str | None, Query(description="a desk permission, e.g. read-audit-log, or all")] = None,
            as_name: Annotated[str | None, Query(alias="as", description="with desk: a member's name "
                                                 "(needs the staff list); default: you")] = None) -> dict:
    """What the safeguard policy would require of you for an action (type, subject_kind, subject_id), or whether
    you or a named member hold a desk permission (desk, as), in plain words and by rule."""
    action_asked = (type, subject_kind, subject_id, platform) != (None, None, None, None)
    if desk is not None and not action_asked:
        return policy_reading.explain_desk(ctx, actor=principal, desk=desk, as_name=as_name)
    if desk is not None or as_name is not None or type is None or subject_kind is None or subject_id is None:
        raise InvalidInput("ask either about an action (type, subject_kind and subject_id) or about a desk "
                           "permission (desk, and as for someone else)")
    ref = SubjectRef.parse(subject_kind, subject_id, platform)
    return action_queries.preview_action(ctx, actor=principal, ref=ref, type=type)


@router.get("/policy", response_model=PolicyDescription, responses=error_responses(401, 403))
def show(ctx: CtxDep, principal: PrincipalDep) -> dict:
    return policy_reading.describe_policy(ctx, actor=principal)


@router.post("/policy/versions", status_code=201, response_model=PolicyVersion,
             responses=error_responses(400, 401, 403, 413, 422))
def propose(body: PolicyIn, ctx: CtxDep, principal: PrincipalDep) -> dict:
    return policy_versions.propose_policy(ctx, actor=principal, cedar_text=body.cedar, settings=body.settings,
                                          reason=body.reason)


@router.post("/policy/versions/{version_id}/approve", response_model=PolicyVersion,
             responses=error_responses(401, 403, 404, 409, 422))
def approve(version_id: str, ctx: CtxDep, principal: PrincipalDep) -> dict:
    return policy_versions.approve_policy(ctx, actor=principal, version_id=version_id)


@router.post("/policy/versions/{version_id}/reject", response_model=PolicyVersion,
             responses=error_responses(401, 403, 404, 409, 422))
def reject(version_id: str, ctx: CtxDep, principal: PrincipalDep) -> dict:
    return policy_versions.reject_policy(ctx, actor=principal, version_id=version_id)


@router.post("/policy/versions/{version_id}/cancel", response_model=PolicyVersion,
             responses=error_responses(401, 403, 404, 409, 422))
def cancel(version_id: str, ctx: CtxDep, principal: PrincipalDep) -> dict:
    """The proposer withdraws a pending policy version (others reject it)."""
    return policy_versions.cancel_policy(ctx, actor=principal, version_id=version_id)
