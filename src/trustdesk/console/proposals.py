"""The action form, wherever it appears (a case, a subject): what the policy will require, said before the
form is submitted, and what happened, said after."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from trustdesk.console.auth import SessionDep
from trustdesk.console.i18n import N_
from trustdesk.console.render import Message, ctx_of
from trustdesk.domain.actions import APPLIES_TO, ActionType
from trustdesk.domain.errors import DomainError, InvalidInput, NotFound
from trustdesk.domain.subjects import SubjectKind, SubjectRef
from trustdesk.policy.decision import Decision
from trustdesk.services.base.principals import Principal
from trustdesk.services.enforcement import action_queries, actions

router = APIRouter()
TIMED = {ActionType.SUSPEND.value, ActionType.LIMIT.value}


def action_types(kind: str) -> list[str]:
    """The action types that apply to this kind of subject, mildest first."""
    return [t.value for t in ActionType if kind in {k.value for k in APPLIES_TO.get(t, set(SubjectKind))}]


def chosen_type(request: Request, types: list[str]) -> str:
    wanted = request.query_params.get("type", "")
    return wanted if wanted in types else types[0]


def preview(request: Request, actor: Principal, ref: SubjectRef, action_type: str) -> dict:
    """What the policy will require of this member for this action, in plain words; nothing is done."""
    decision = action_queries.preview_action(ctx_of(request), actor=actor, ref=ref, type=action_type)
    outcome = Decision.from_dict(decision).outcome()
    if not decision["allowed"]:
        kind = "denied"
    elif decision["approvals_required"]:
        kind = "approval"
    else:
        kind = "delay" if decision["delay_seconds"] else "now"
    return {"allowed": decision["allowed"], "kind": kind, "headline": outcome[:1].upper() + outcome[1:],
            "explanation": decision["explanation"], "tier": decision["tier"],
            "approvals_required": decision["approvals_required"], "delay_seconds": decision["delay_seconds"]}


@router.get("/console/preview")
def preview_json(request: Request, session: SessionDep, kind: str = "", id: str = "",  # noqa: A002
                 type: str = "") -> JSONResponse:  # noqa: A002
    """The action form asks this whenever its type changes."""
    try:
        ref = SubjectRef.parse(kind, id)
        return JSONResponse(preview(request, session.principal, ref, type))
    except DomainError as exc:
        return JSONResponse({"error": exc.message}, status_code=404 if isinstance(exc, NotFound) else 422)


def propose(request: Request, actor: Principal, ref: SubjectRef, *, form: dict[str, str],
            case_id: str | None = None) -> Message:
    """Send the form to the use case; the policy decides. Returns what happened, in words."""
    action_type = form.get("type", "")
    action = actions.propose_action(
        ctx_of(request), actor=actor, ref=ref, type=action_type, reason=form.get("reason", ""), case_id=case_id,
        duration_hours=_hours(form.get("duration_hours", ""), action_type), label=form.get("label", "").strip() or None)
    return proposed_message(action)


def _hours(value: str, action_type: str) -> int | None:
    if not value.strip() or action_type not in TIMED:
        return None
    try:
        return int(value)
    except ValueError:
        raise InvalidInput("duration must be a whole number of hours", field="duration_hours") from None


def subject_name(subject: dict) -> str:
    return f"@{subject['handle']}" if subject.get("handle") else f"{subject['kind']} {subject['id']}"


def proposed_message(action: dict) -> Message:
    what = {"action_label": action["type"], "subject": subject_name(action["subject"])}
    if action["state"] == "executed":
        return N_("Done: %(action_label)s of %(subject)s took effect."), what
    if action["state"] == "scheduled":
        return (N_("Scheduled: %(action_label)s of %(subject)s runs at %(time)s UTC unless a reviewer cancels it."),
                {**what, "time": action["execute_after"][11:16]})
    outcome = Decision.from_dict(action["decision"]).outcome()
    return N_("Proposed: %(action_label)s of %(subject)s is waiting for approval (%(outcome)s)."), \
        {**what, "outcome": outcome}
