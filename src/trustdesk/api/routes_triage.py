"""Triage: queues and claim-next, bulk actions, notes, reporters, an account's roll-up."""

from __future__ import annotations

from fastapi import Request
from pydantic import Field, StrictBool, StrictInt, StrictStr

from trustdesk.api.deps import CtxDep, PrincipalDep, authenticated_in_one_hop
from trustdesk.api.responses_actions import BulkAnswer
from trustdesk.api.responses_cases import (
    AccountRollup,
    CaseTriage,
    ClaimNext,
    InvalidatedReports,
    NoteList,
    NoteView,
    QueueList,
    ReporterView,
)
from trustdesk.api.responses_common import error_responses
from trustdesk.api.schemas import Strict, SubjectRefIn
from trustdesk.api.typed_router import TypedRouter
from trustdesk.domain.errors import InvalidInput
from trustdesk.domain.subjects import SubjectKind, SubjectRef
from trustdesk.services.enforcement import bulk
from trustdesk.services.intake import reporters
from trustdesk.services.review import account_rollup as rollups
from trustdesk.services.review import case_priority as priority
from trustdesk.services.review import notes, queues

router = TypedRouter()
MAX_LISTED_ITEMS = 10_000  # parsing bound; the service refuses more than bulk.MAX_BULK with 413


class BulkIn(Strict):
    type: StrictStr
    reason: StrictStr
    case_ids: list[StrictStr] = Field(default_factory=list, max_length=MAX_LISTED_ITEMS)
    subjects: list[SubjectRefIn] = Field(default_factory=list, max_length=MAX_LISTED_ITEMS)
    duration_hours: StrictInt | None = None
    label: StrictStr | None = None


class NoteIn(Strict):
    text: StrictStr
    case_id: StrictStr | None = None
    subject: SubjectRefIn | None = None


class ReasonIn(Strict):
    reason: StrictStr


class MuteIn(ReasonIn):
    muted: StrictBool = True


class TrustedFlaggerIn(ReasonIn):
    trusted: StrictBool = True


def _ref(subject: SubjectRefIn | None) -> SubjectRef | None:
    return SubjectRef.parse(subject.kind, subject.id, subject.platform) if subject is not None else None


def _parse_subject(value: str) -> SubjectRef:
    kind, _, external_id = value.partition("/")
    if not external_id:
        raise InvalidInput("subject must be KIND/ID, e.g. account/12345", field="subject")
    return SubjectRef.parse(kind, external_id)


@router.get("/queues", response_model=QueueList, responses=error_responses(401, 403))
def list_queues(ctx: CtxDep, principal: PrincipalDep) -> dict:
    items = queues.list_queues(ctx, actor=principal)
    return {"items": items, "count": len(items)}


@router.post("/queues/{name}/claim-next", response_model=ClaimNext, responses=error_responses(401, 403, 404, 422))
async def claim_next_in_queue(name: str, request: Request, ctx: CtxDep) -> dict:
    return await authenticated_in_one_hop(request, ctx, lambda principal: {
        "case": queues.claim_next(ctx, actor=principal, queue=name)})


@router.post("/cases/claim-next", response_model=ClaimNext, responses=error_responses(401, 403))
async def claim_next(request: Request, ctx: CtxDep) -> dict:
    return await authenticated_in_one_hop(request, ctx, lambda principal: {
        "case": queues.claim_next(ctx, actor=principal)})


@router.get("/cases/{case_id}/triage", response_model=CaseTriage, responses=error_responses(401, 403, 404, 422))
def explain_case(case_id: str, ctx: CtxDep, principal: PrincipalDep) -> dict:
    return priority.explain_case(ctx, actor=principal, case_id=case_id)


@router.post("/cases/bulk-actions", response_model=BulkAnswer, responses=error_responses(400, 401, 403, 413, 422))
def bulk_actions(body: BulkIn, ctx: CtxDep, principal: PrincipalDep) -> dict:
    return bulk.bulk_propose(ctx, actor=principal, type=body.type, reason=body.reason, case_ids=body.case_ids,
                             subjects=[SubjectRef.parse(s.kind, s.id, s.platform) for s in body.subjects],
                             duration_hours=body.duration_hours, label=body.label)


@router.post("/notes", status_code=201, response_model=NoteView,
             responses=error_responses(400, 401, 403, 404, 413, 422))
def add_note(body: NoteIn, ctx: CtxDep, principal: PrincipalDep) -> notes.NoteView:
    return notes.add_note(ctx, actor=principal, text=body.text, case_id=body.case_id, subject=_ref(body.subject))


@router.get("/notes", response_model=NoteList, responses=error_responses(401, 403, 404, 422))
def list_notes(ctx: CtxDep, principal: PrincipalDep, case_id: str | None = None, subject: str | None = None) -> dict:
    ref = _parse_subject(subject) if subject is not None else None
    items = notes.list_notes(ctx, actor=principal, case_id=case_id, subject=ref)
    return {"items": items, "count": len(items)}


@router.get("/subjects/account/{account_id}/rollup", response_model=AccountRollup,
            responses=error_responses(401, 403, 404, 422))
def account_rollup(account_id: str, ctx: CtxDep, principal: PrincipalDep, limit: int = 50) -> dict:
    ref = SubjectRef.parse(SubjectKind.ACCOUNT.value, account_id)
    return rollups.account_rollup(ctx, actor=principal, ref=ref, limit=limit)


# Reporter ids are the platform's own strings and may contain "/": the path converter keeps them whole.
@router.get("/reporters/{reporter_id:path}", response_model=ReporterView, responses=error_responses(401, 403, 404, 422))
def get_reporter(reporter_id: str, ctx: CtxDep, principal: PrincipalDep) -> reporters.ReporterView:
    return reporters.get_reporter(ctx, actor=principal, reporter_id=reporter_id)


@router.post("/reporters/{reporter_id:path}/mute", response_model=ReporterView,
             responses=error_responses(400, 401, 403, 413, 422))
def mute_reporter(reporter_id: str, body: MuteIn, ctx: CtxDep, principal: PrincipalDep) -> reporters.ReporterView:
    return reporters.set_muted(ctx, actor=principal, reporter_id=reporter_id, reason=body.reason, muted=body.muted)


@router.post("/reporters/{reporter_id:path}/invalidate", response_model=InvalidatedReports,
             responses=error_responses(400, 401, 403, 413, 422))
def invalidate_reports(
    reporter_id: str, body: ReasonIn, ctx: CtxDep, principal: PrincipalDep
) -> reporters.InvalidatedReports:
    return reporters.invalidate_open_reports(ctx, actor=principal, reporter_id=reporter_id, reason=body.reason)


@router.post("/reporters/{reporter_id:path}/trusted-flagger", response_model=ReporterView,
             responses=error_responses(400, 401, 403, 413, 422))
def trusted_flagger(
    reporter_id: str, body: TrustedFlaggerIn, ctx: CtxDep, principal: PrincipalDep
) -> reporters.ReporterView:
    return reporters.set_trusted_flagger(ctx, actor=principal, reporter_id=reporter_id, reason=body.reason,
                                         trusted=body.trusted)
