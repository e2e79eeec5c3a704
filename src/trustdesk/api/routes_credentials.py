"""Staff credentials: adding members, raising roles, issuing and revoking tokens, and the staff changes that
wait for a second admin (services/safeguards/staff_changes.py)."""

from __future__ import annotations

from datetime import datetime

from fastapi import Response
from pydantic import BaseModel, Field, StrictStr

from trustdesk.api.deps import CtxDep, PrincipalDep
from trustdesk.api.responses_common import error_responses
from trustdesk.api.schemas import StaffIn, Strict
from trustdesk.api.typed_router import TypedRouter
from trustdesk.services.access import preferences, tokens
from trustdesk.services.safeguards import staff_changes

router = TypedRouter()

class StaffChangeOut(BaseModel):
    """A staff change: applied at once (with the new token when one was minted) or pending approval."""

    id: str | None = Field(description="The proposal's id while pending; the member's id for an applied add")
    state: str = Field(description="applied, pending_approval, rejected or cancelled")
    kind: str = Field(description="add, raise_role or issue_token")
    name: str = Field(description="The member the change is about")
    role: str | None = None
    staff_id: str | None = None
    token: str | None = Field(default=None, description="Only when a token was minted for the caller to hand over")
    token_id: str | None = None
    reason: str = ""
    proposed_by: str | None = None
    proposed_at: datetime | None = None
    approvals: int = 0
    approvals_required: int = 0
    explanation: str = ""


PENDING_ANSWER: dict[int | str, dict] = {
    202: {"model": StaffChangeOut, "description": "Waiting for a second admin's approval; no token is revealed"},
}


class StaffChangeList(BaseModel):
    items: list[StaffChangeOut]


class RoleIn(Strict):
    role: StrictStr
    reason: StrictStr = Field(default="", max_length=2000)


class TokenRequestIn(Strict):
    reason: StrictStr = Field(default="", max_length=2000)


class TokenOwner(BaseModel):
    kind: str
    id: str | None
    name: str


class TokenOut(BaseModel):
    """A token as listed: never the secret, only its last 4 characters."""

    id: str
    owner: TokenOwner
    created_at: datetime
    issued_by: str | None
    last4: str | None
    revoked_at: datetime | None
    revoked_by: str | None


class TokenList(BaseModel):
    items: list[TokenOut]


def _out(view: dict, response: Response, *, applied_status: int = 200) -> StaffChangeOut:
    response.status_code = 202 if view["state"] == staff_changes.PENDING else applied_status
    return StaffChangeOut(name=view.get("target") or view.get("name", ""),
                          **{k: v for k, v in view.items() if k in StaffChangeOut.model_fields and k != "name"})


@router.post("/staff", status_code=201, response_model=StaffChangeOut,
             responses={**PENDING_ANSWER, **error_responses(400, 401, 403, 409, 413, 422)})
def add_staff(body: StaffIn, ctx: CtxDep, principal: PrincipalDep, response: Response) -> StaffChangeOut:
    """Triage and moderators are added at once (201, with their token); a senior or admin is a staff change
    (202) that a second, independent admin approves."""
    view = staff_changes.propose_add_staff(
        ctx, actor=principal, name=body.name, role=body.role, contractor=body.contractor,
        access_start=body.access_start, access_end=body.access_end, password=body.password,
    )
    if view["state"] == staff_changes.APPLIED:
        view = {**view, "id": view["staff_id"]}  # the contract: an added member's id
    return _out(view, response, applied_status=201)


@router.post("/staff/{name}/role", response_model=StaffChangeOut,
             responses={**PENDING_ANSWER, **error_responses(400, 401, 403, 404, 409, 413, 422)})
def change_role(name: str, body: RoleIn, ctx: CtxDep, principal: PrincipalDep, response: Response) -> StaffChangeOut:
    """Lowering a role takes effect at once (200); raising one waits for a second admin (202)."""
    view = staff_changes.propose_role_change(ctx, actor=principal, name=name, role=body.role, reason=body.reason)
    return _out(view, response)


@router.post("/staff/{name}/tokens", status_code=201, response_model=StaffChangeOut,
             responses={**PENDING_ANSWER, **error_responses(400, 401, 403, 404, 409, 413, 422)})
def issue_token(name: str, body: TokenRequestIn, ctx: CtxDep, principal: PrincipalDep,
                response: Response) -> StaffChangeOut:
    """Your own new token at once (201); a token for someone else waits for a second admin (202)."""
    view = staff_changes.propose_token(ctx, actor=principal, name=name, reason=body.reason)
    return _out(view, response, applied_status=201)


@router.get("/staff-changes", response_model=StaffChangeList, responses=error_responses(401, 403, 422))
def list_changes(ctx: CtxDep, principal: PrincipalDep, state: str | None = None) -> StaffChangeList:
    items = staff_changes.list_staff_changes(ctx, actor=principal, state=state)
    return StaffChangeList(items=[_out(view, Response()) for view in items])


@router.get("/staff-changes/{change_id}", response_model=StaffChangeOut,
            responses=error_responses(401, 403, 404, 422))
def get_change(change_id: str, ctx: CtxDep, principal: PrincipalDep) -> StaffChangeOut:
    return _out(staff_changes.get_staff_change(ctx, actor=principal, change_id=change_id), Response())


@router.post("/staff-changes/{change_id}/approve", response_model=StaffChangeOut,
             responses=error_responses(401, 403, 404, 409, 422))
def approve_change(change_id: str, ctx: CtxDep, principal: PrincipalDep) -> StaffChangeOut:
    """Approve; once enough approvals count, it is applied and a minted token is returned to you only."""
    view = staff_changes.approve_staff_change(ctx, actor=principal, change_id=change_id)
    return _out(view, Response())


@router.post("/staff-changes/{change_id}/reject", response_model=StaffChangeOut,
             responses=error_responses(401, 403, 404, 409, 422))
def reject_change(change_id: str, ctx: CtxDep, principal: PrincipalDep) -> StaffChangeOut:
    return _out(staff_changes.reject_staff_change(ctx, actor=principal, change_id=change_id), Response())


@router.post("/staff-changes/{change_id}/cancel", response_model=StaffChangeOut,
             responses=error_responses(401, 403, 404, 409, 422))
def cancel_change(change_id: str, ctx: CtxDep, principal: PrincipalDep) -> StaffChangeOut:
    return _out(staff_changes.cancel_staff_change(ctx, actor=principal, change_id=change_id), Response())


@router.get("/tokens", response_model=TokenList, responses=error_responses(401, 403, 422))
def list_tokens(ctx: CtxDep, principal: PrincipalDep, staff: str | None = None,
                integration: str | None = None) -> TokenList:
    """Every token for an admin; your own otherwise. Ids, owner, issuer, last 4 characters, never the secret."""
    items = tokens.list_tokens(ctx, actor=principal, staff_name=staff, integration_name=integration)
    return TokenList(items=[TokenOut(**item) for item in items])


@router.post("/tokens/{token_id}/revoke", response_model=TokenOut,
             responses=error_responses(401, 403, 404, 409, 422))
def revoke_token(token_id: str, ctx: CtxDep, principal: PrincipalDep) -> TokenOut:
    """An admin revokes any token, anyone their own; it gets 401 from the next request on, and alerts."""
    return TokenOut(**tokens.revoke_token(ctx, actor=principal, token_id=token_id))


class LanguageIn(Strict):
    language: StrictStr | None = Field(default=None, max_length=20,
                                       description="en or fr; null or \"auto\" to follow the browser's language")


class LanguageOut(BaseModel):
    name: str
    language: str | None = Field(description="the console's language for this member; null follows the browser")


@router.put("/staff/{name}/language", response_model=LanguageOut,
            responses=error_responses(400, 401, 403, 404, 413, 422))
def set_console_language(name: str, body: LanguageIn, ctx: CtxDep, principal: PrincipalDep) -> LanguageOut:
    """A member sets their own console language; an admin may set anyone's."""
    language = preferences.set_language(ctx, actor=principal, name=name, language=body.language)
    return LanguageOut(name=name, language=language)
