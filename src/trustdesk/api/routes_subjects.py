"""Subjects and reports: what the platform sends in."""

from __future__ import annotations

from fastapi import APIRouter, Header, Response

from trustdesk.api.deps import CtxDep, PrincipalDep
from trustdesk.api.schemas import ReportIn, SubjectSyncIn, TagChangeIn
from trustdesk.domain.subjects import SubjectRef
from trustdesk.services.base import subjects
from trustdesk.services.intake import platform_sync, reports
from trustdesk.services.safeguards import protection

router = APIRouter()


@router.put("/subjects/{kind}/{external_id}")
def sync_subject(kind: str, external_id: str, body: SubjectSyncIn, ctx: CtxDep, principal: PrincipalDep,
                 response: Response, platform: str | None = None) -> dict:
    view, created = platform_sync.sync_subject(
        ctx, actor=principal, ref=SubjectRef.parse(kind, external_id, platform), handle=body.handle,
        followers=body.followers, verified=body.verified, tags=body.tags, author_id=body.author_id,
        content=body.content,
    )
    response.status_code = 201 if created else 200
    return view


@router.get("/subjects/{kind}/{external_id}")
def get_subject(kind: str, external_id: str, ctx: CtxDep, principal: PrincipalDep,
                platform: str | None = None) -> dict:
    return subjects.get_subject(ctx, actor=principal, ref=SubjectRef.parse(kind, external_id, platform))


@router.post("/reports", status_code=201)
def file_report(body: ReportIn, ctx: CtxDep, principal: PrincipalDep, response: Response,
                idempotency_key: str | None = Header(default=None)) -> dict:
    receipt = reports.file_report(
        ctx, actor=principal, ref=SubjectRef.parse(body.subject.kind, body.subject.id, body.subject.platform),
        category=body.category,
        text=body.text, reporter=body.reporter, source=body.source,
        idempotency_key=body.idempotency_key or idempotency_key,
        snapshot=body.snapshot.model_dump() if body.snapshot else None,
    )
    if receipt.duplicate:
        response.status_code = 200
    return receipt.to_dict()


@router.post("/subjects/{kind}/{external_id}/tags", status_code=201)
def change_tags(kind: str, external_id: str, body: TagChangeIn, ctx: CtxDep, principal: PrincipalDep,
                platform: str | None = None) -> dict:
    """Set tags by hand; adding or removing protection waits for another admin's approval."""
    return protection.propose_tag_change(ctx, actor=principal, ref=SubjectRef.parse(kind, external_id, platform),
                                         tags=body.tags, reason=body.reason)


@router.post("/tag-changes/{change_id}/approve")
def approve_tag_change(change_id: str, ctx: CtxDep, principal: PrincipalDep) -> dict:
    return protection.approve_tag_change(ctx, actor=principal, change_id=change_id)


@router.post("/tag-changes/{change_id}/reject")
def reject_tag_change(change_id: str, ctx: CtxDep, principal: PrincipalDep) -> dict:
    return protection.reject_tag_change(ctx, actor=principal, change_id=change_id)
