"""What the people on the other side are told: statements of reasons, and each case's message thread."""

from __future__ import annotations

from pydantic import BaseModel, Field, StrictStr

from trustdesk.api.deps import CtxDep, PrincipalDep
from trustdesk.api.responses_common import error_responses
from trustdesk.api.schemas import Strict
from trustdesk.api.typed_router import TypedRouter
from trustdesk.services.enforcement import statements
from trustdesk.services.review import messages

router = TypedRouter()


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


@router.get("/actions/{action_id}/statement", response_model=StatementOut,
            responses=error_responses(401, 403, 404, 422))
def get_statement(action_id: str, ctx: CtxDep, principal: PrincipalDep) -> dict:
    return statements.get_statement(ctx, actor=principal, action_id=action_id)


class MessageIn(Strict):
    text: StrictStr = Field(max_length=messages.MAX_TEXT)
    # With the platform's token: the platform's id of the person writing, who must own the case's subject.
    person: StrictStr | None = None


class MessageOut(BaseModel):
    id: str
    case_id: str
    direction: str
    person: str | None
    author: str | None
    text: str
    created_at: str


class MessagesOut(BaseModel):
    items: list[MessageOut]


@router.post("/cases/{case_id}/messages", status_code=201, response_model=MessageOut,
             responses=error_responses(400, 401, 403, 404, 409, 413, 422))
def post_message(case_id: str, body: MessageIn, ctx: CtxDep, principal: PrincipalDep) -> dict:
    return messages.post_message(ctx, actor=principal, case_id=case_id, text=body.text, person=body.person)


@router.get("/cases/{case_id}/messages", response_model=MessagesOut,
            responses=error_responses(401, 403, 404, 422))
def list_messages(case_id: str, ctx: CtxDep, principal: PrincipalDep) -> dict:
    return {"items": messages.list_messages(ctx, actor=principal, case_id=case_id)}
