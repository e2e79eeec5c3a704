"""Cases: list, view, claim, release."""

from __future__ import annotations

from trustdesk.api.deps import CtxDep, PrincipalDep
from trustdesk.api.responses_cases import CaseDetail, CaseList, CaseSummary
from trustdesk.api.responses_common import error_responses
from trustdesk.api.typed_router import TypedRouter
from trustdesk.domain.subjects import SubjectRef
from trustdesk.services.review import cases

router = TypedRouter()


@router.get("/cases", response_model=CaseList, responses=error_responses(401, 403, 422))
def list_cases(ctx: CtxDep, principal: PrincipalDep, state: str | None = None, category: str | None = None,
               subject_kind: str | None = None, subject_id: str | None = None, platform: str | None = None,
               limit: int = 50) -> dict:
    ref = SubjectRef.parse(subject_kind or "account", subject_id, platform) if subject_id else None
    items = cases.list_cases(ctx, actor=principal, state=state, category=category, subject=ref, limit=limit)
    return {"items": items, "count": len(items)}


@router.get("/cases/{case_id}", response_model=CaseDetail, responses=error_responses(401, 403, 404, 422))
def get_case(case_id: str, ctx: CtxDep, principal: PrincipalDep) -> dict:
    return cases.get_case(ctx, actor=principal, case_id=case_id)


@router.post("/cases/{case_id}/claim", response_model=CaseSummary, responses=error_responses(401, 403, 404, 409, 422))
def claim_case(case_id: str, ctx: CtxDep, principal: PrincipalDep) -> dict:
    return cases.claim_case(ctx, actor=principal, case_id=case_id)


@router.post("/cases/{case_id}/release", response_model=CaseSummary, responses=error_responses(401, 403, 404, 409, 422))
def release_case(case_id: str, ctx: CtxDep, principal: PrincipalDep) -> dict:
    return cases.release_case(ctx, actor=principal, case_id=case_id)
