"""Subjects and reports: what the platform sends in."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import Header, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from pydantic import ValidationError

from trustdesk.api.deps import CtxDep, PrincipalDep, get_ctx, get_principal
from trustdesk.api.responses_common import error_responses
from trustdesk.api.responses_subjects import ReportReceipt, SubjectView, TagChangeView
from trustdesk.api.schemas import ReasonIn, ReportIn, SubjectSyncIn, TagChangeIn
from trustdesk.api.typed_router import TypedRouter
from trustdesk.domain.subjects import SubjectRef
from trustdesk.services.base import subjects
from trustdesk.services.intake import platform_sync, reports
from trustdesk.services.intake.intake_writer import intake_writer
from trustdesk.services.safeguards import protection, reach

router = TypedRouter()


@router.put("/subjects/{kind}/{external_id}", response_model=SubjectView, response_description="updated",
            responses={201: {"model": SubjectView, "description": "created"},
                       **error_responses(400, 401, 403, 413, 422)})
def sync_subject(kind: str, external_id: str, body: SubjectSyncIn, ctx: CtxDep, principal: PrincipalDep,
                 response: Response, platform: str | None = None) -> dict:
    view, created = platform_sync.sync_subject(
        ctx, actor=principal, ref=SubjectRef.parse(kind, external_id, platform), handle=body.handle,
        followers=body.followers, verified=body.verified, tags=body.tags, author_id=body.author_id,
        content=body.content,
    )
    response.status_code = 201 if created else 200
    return view


@router.get("/subjects/{kind}/{external_id}", response_model=SubjectView,
            responses=error_responses(401, 403, 404, 422))
def get_subject(kind: str, external_id: str, ctx: CtxDep, principal: PrincipalDep,
                platform: str | None = None) -> dict:
    return subjects.get_subject(ctx, actor=principal, ref=SubjectRef.parse(kind, external_id, platform))


async def file_report(body: ReportIn, ctx: CtxDep, principal: PrincipalDep, response: Response,
                      idempotency_key: str | None = Header(default=None)) -> dict:
    """Answered once the report is committed: stored, or journaled and settled just after (README "Intake under
    load"; services/intake/intake_writer.py).

    async: the request waits on its batch without holding a worker thread, so thousands can wait at once."""
    request = reports.prepare_report(
        ctx, actor=principal, ref=SubjectRef.parse(body.subject.kind, body.subject.id, body.subject.platform),
        category=body.category,
        text=body.text, reporter=body.reporter, source=body.source,
        idempotency_key=body.idempotency_key or idempotency_key,
        snapshot=body.snapshot.model_dump() if body.snapshot else None,
    )
    receipt = await asyncio.wrap_future(intake_writer(ctx).submit(request))
    if receipt.duplicate:
        response.status_code = 200
    return receipt.to_dict()


class ReportIntakeRoute(APIRoute):
    """POST /reports, the route a flood goes through, answered without FastAPI's per-request machinery.

    Same contract as the declared route (its schema, its errors: the app's handlers format them), less work: the
    body is validated from its bytes in one pass, the dependencies are the two it needs, the receipt is sent as
    it is. Measured under load, FastAPI's dependency solving and response validation were a fifth of the CPU a
    report cost."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        async def handle(request: Request) -> Response:
            ctx = await get_ctx(request)
            principal = await get_principal(request, ctx)  # 401 before anything about the body, as declared
            if not _is_json(request.headers.get("content-type", "")):
                raise RequestValidationError([{"type": "model_attributes_type", "loc": ("body",), "input": None,
                                               "msg": "send the report as JSON (Content-Type: application/json)"}])
            raw = await request.body()
            try:
                body = ReportIn.model_validate_json(raw)
            except ValidationError as error:
                raise RequestValidationError([{**e, "loc": ("body", *e["loc"])} for e in error.errors()]) from None
            answer = Response(status_code=201)
            receipt = await file_report(body, ctx, principal, answer, request.headers.get("idempotency-key"))
            return JSONResponse(receipt, status_code=answer.status_code)

        return handle


def _is_json(content_type: str) -> bool:
    """As FastAPI reads a body: only a JSON media type (application/json, application/*+json) is parsed."""
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or (media.startswith("application/") and media.endswith("+json"))


router.add_api_route(
    "/reports", file_report, methods=["POST"], status_code=201, response_model=ReportReceipt,
    response_description="filed", route_class_override=ReportIntakeRoute,
    responses={200: {"model": ReportReceipt, "description": "a retry: the report filed earlier with the same "
                     "idempotency key"}, **error_responses(400, 401, 403, 413, 422)})


@router.post("/subjects/{kind}/{external_id}/tags", status_code=201, response_model=TagChangeView,
             responses=error_responses(400, 401, 403, 404, 413, 422))
def change_tags(kind: str, external_id: str, body: TagChangeIn, ctx: CtxDep, principal: PrincipalDep,
                platform: str | None = None) -> dict:
    """Set tags by hand; adding or removing protection waits for another admin's approval."""
    return protection.propose_tag_change(ctx, actor=principal, ref=SubjectRef.parse(kind, external_id, platform),
                                         tags=body.tags, reason=body.reason)


@router.post("/tag-changes/{change_id}/approve", response_model=TagChangeView,
             responses=error_responses(401, 403, 404, 409, 422))
def approve_tag_change(change_id: str, ctx: CtxDep, principal: PrincipalDep) -> dict:
    return protection.approve_tag_change(ctx, actor=principal, change_id=change_id)


@router.post("/tag-changes/{change_id}/reject", response_model=TagChangeView,
             responses=error_responses(401, 403, 404, 409, 422))
def reject_tag_change(change_id: str, ctx: CtxDep, principal: PrincipalDep) -> dict:
    return protection.reject_tag_change(ctx, actor=principal, change_id=change_id)


@router.post("/tag-changes/{change_id}/cancel", response_model=TagChangeView,
             responses=error_responses(401, 403, 404, 409, 422))
def cancel_tag_change(change_id: str, ctx: CtxDep, principal: PrincipalDep) -> dict:
    """The proposer withdraws a pending tag change (others reject it)."""
    return protection.cancel_tag_change(ctx, actor=principal, change_id=change_id)


@router.post("/subjects/{kind}/{external_id}/confirm-reach-drop", response_model=SubjectView,
             responses=error_responses(400, 401, 403, 404, 409, 413, 422))
def confirm_reach_drop(kind: str, external_id: str, body: ReasonIn, ctx: CtxDep, principal: PrincipalDep) -> dict:
    """A senior accepts a platform sync that lowered the subject's tier; until then the higher tier holds."""
    return reach.confirm_reach_drop(ctx, actor=principal, ref=SubjectRef.parse(kind, external_id), reason=body.reason)
