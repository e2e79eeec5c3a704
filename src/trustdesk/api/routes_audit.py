"""The audit log over HTTP: filtered, paginated, readable; plus verification status and proofs."""

from __future__ import annotations

from datetime import datetime

from trustdesk.api.deps import CtxDep, PrincipalDep
from trustdesk.api.responses_admin import AuditPage, AuditVerification, InclusionProof, PublicKey
from trustdesk.api.responses_common import error_responses
from trustdesk.api.typed_router import TypedRouter
from trustdesk.services.oversight import audit

router = TypedRouter()


@router.get("/audit", response_model=AuditPage, responses=error_responses(401, 403, 422))
def list_entries(ctx: CtxDep, principal: PrincipalDep, actor: str | None = None, subject: str | None = None,
                 verb: str | None = None, object_id: str | None = None, since: datetime | None = None,
                 until: datetime | None = None, before_seq: int | None = None, limit: int = 100) -> dict:
    return audit.list_entries(ctx, actor=principal, who=actor, subject=subject, verb=verb, object_id=object_id,
                              since=since, until=until, before_seq=before_seq, limit=limit)


@router.get("/audit/verify", response_model=AuditVerification, responses=error_responses(401, 403))
def verify(ctx: CtxDep, principal: PrincipalDep) -> dict:
    audit.require_reader(ctx, principal)
    result = audit.verify(ctx)
    return {"ok": result.ok, "message": result.describe(), "entries": result.report.entries,
            "first_bad_seq": result.report.first_bad_seq, "signed_size": result.report.signed_size}


@router.get("/audit/proof/{seq}", response_model=InclusionProof, responses=error_responses(401, 403, 404, 422))
def prove(seq: int, ctx: CtxDep, principal: PrincipalDep) -> dict:
    audit.require_reader(ctx, principal)
    return audit.prove(ctx, seq=seq)


@router.get("/audit/public-key", response_model=PublicKey)
def public_key(ctx: CtxDep) -> dict:
    """Public on purpose: auditors pin this key to check exports and tree heads."""
    return {"public_key": ctx.signing_key.public_key_pem(), "key_id": ctx.signing_key.key_id}
