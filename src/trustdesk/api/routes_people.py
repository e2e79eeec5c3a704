"""What the people on the other side are told: statements of reasons."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from trustdesk.api.deps import CtxDep, PrincipalDep
from trustdesk.services.enforcement import statements

router = APIRouter()


class SubjectRefOut(BaseModel):
    kind: str
    id: str


class StatementOut(BaseModel):
    """A statement of reasons (DSA Art. 17), as written when its action took effect."""

    id: str
    action_id: str
    action_type: str
    action_state: str
    subject: SubjectRefOut
    case_id: str | None
    recipient: str | None
    language: str
    category: str
    restriction: str
    ground: str
    ground_reference: str
    facts: str
    automated_detection: bool
    automated_decision: str
    ends_at: str | None
    text: str
    created_at: str
    dsa: dict


@router.get("/actions/{action_id}/statement", response_model=StatementOut)
def get_statement(action_id: str, ctx: CtxDep, principal: PrincipalDep) -> dict:
    return statements.get_statement(ctx, actor=principal, action_id=action_id)
