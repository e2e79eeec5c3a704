"""The queue and the case page: find the case that matters, claim it, read it, act on it."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from trustdesk.console import proposals
from trustdesk.console.auth import PostDep, SessionDep, posted_in_one_hop
from trustdesk.console.i18n import N_
from trustdesk.console.layout import page
from trustdesk.console.render import Message, act, ctx_of, parse_instant, redirect_with
from trustdesk.domain.errors import DomainError, NotFound
from trustdesk.domain.reports import Category
from trustdesk.domain.subjects import SubjectKind, SubjectRef
from trustdesk.services.access.sessions import ConsoleSession
from trustdesk.services.base import subjects
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal
from trustdesk.services.enforcement import action_queries
from trustdesk.services.oversight import dashboard
from trustdesk.services.oversight.notices import list_notices
from trustdesk.services.review import cases, messages, notes
from trustdesk.services.review.case_campaigns import case_campaign
from trustdesk.triage.queue_config import load_queues

router = APIRouter()
TIERS = ("critical", "high", "medium", "low")
PAGE = 50


def queue_resources(name: str | None) -> str:
    """The operator's resources text for cases in this queue (e.g. self-harm helplines); "" when none."""
    queue = load_queues().get(name)
    return queue.resources if queue else ""


def lease_held(case: dict, now: datetime) -> bool:
    expires = parse_instant(case["lease_expires_at"])
    return bool(case["claimed_by"]) and expires is not None and now < expires


def queues_for(ctx: Context, actor: Principal) -> list[dict]:
    """The queues this member may see, with depth and SLA breaches (none until queues exist)."""
    try:
        from trustdesk.services.review.queues import list_queues
    except ImportError:
        return []
    return list_queues(ctx, actor=actor)


@router.get("/queue", response_class=HTMLResponse)
def queue(request: Request, session: SessionDep, q: str = "", category: str = "", tier: str = "",
          lang: str = "", claim: str = "", queue: str = "", show: int = PAGE) -> HTMLResponse:
    ctx, actor = ctx_of(request), session.principal
    category = category if category in {c.value for c in Category} else ""
    rows = cases.list_cases(ctx, actor=actor, category=category or None, limit=200)
    details = dashboard.subject_details(ctx, actor=actor, subjects=[c["subject"] for c in rows])
    names = dashboard.staff_names(ctx, actor=actor)
    now = ctx.clock.now()
    for case in rows:
        case["detail"] = details.get(dashboard.subject_key(case["subject"]), {})
        case["claimed_by_name"] = names.get(case["claimed_by"] or "")
        case["claim_held"] = lease_held(case, now)
    filters = {"q": q, "category": category, "tier": tier, "lang": lang, "claim": claim, "queue": queue}
    shown = [c for c in rows if _matches(c, filters, me=actor.id)]
    show = min(max(show, PAGE), len(rows) or PAGE)
    return page(request, session, "queue.html", nav="queue", title=N_("Queue"), cases=shown[:show],
                matching=len(shown), total=len(rows),
                filters=filters, categories=[c.value for c in Category], tiers=TIERS,
                languages=sorted({c["language"] for c in rows if c["language"]}), queues=queues_for(ctx, actor))


def _matches(case: dict, filters: dict[str, str], *, me: str) -> bool:
    subject, detail = case["subject"], case["detail"]
    words = (subject["id"], subject["handle"], detail.get("author_handle"))
    text = " ".join(str(v) for v in words if v).lower()
    held_by = case["claimed_by"] if case["claim_held"] else None
    wanted = {
        "q": filters["q"].strip().lower() in text,
        "tier": detail.get("tier") == filters["tier"],
        "lang": case["language"] == filters["lang"],
        "queue": case.get("queue") == filters["queue"],
        "claim": held_by is None if filters["claim"] == "unclaimed" else held_by == me,
    }
    return all(ok for key, ok in wanted.items() if filters[key])


@router.get("/cases/{case_id}", response_class=HTMLResponse)
def case_page(request: Request, session: SessionDep, case_id: str) -> HTMLResponse:
    ctx, actor = ctx_of(request), session.principal
    case = cases.get_case(ctx, actor=actor, case_id=case_id)
    ref = SubjectRef(SubjectKind(case["subject"]["kind"]), case["subject"]["id"], case["subject"]["platform"])
    subject = subjects.get_subject(ctx, actor=actor, ref=ref)
    names = dashboard.staff_names(ctx, actor=actor)
    types = proposals.action_types(ref.kind.value)
    chosen = proposals.chosen_type(request, types)
    claim_held = lease_held(case, ctx.clock.now())
    return page(request, session, "case.html", nav="queue", title=N_("Case · %(name)s"),
                title_args={"name": proposals.subject_name(subject)},
                case=case, subject=subject, author=author_of(request, actor, subject), names=names,
                history=action_queries.list_actions(ctx, actor=actor, subject=ref, limit=20), types=types,
                chosen=chosen,
                preview=proposals.preview(request, actor, ref, chosen), claim_held=claim_held,
                claimed_by_me=claim_held and case["claimed_by"] == actor.id,
                claimed_by_name=names.get(case["claimed_by"] or ""), form_action=f"/cases/{case_id}/actions",
                back=f"/cases/{case_id}", notes=notes.list_notes(ctx, actor=actor, case_id=case_id),
                note_action=f"/cases/{case_id}/notes", notices=list_notices(ctx, actor=actor, case_id=case_id),
                messages=messages.list_messages(ctx, actor=actor, case_id=case_id),
                reply_templates=messages.reply_templates(ctx, case.get("language") or "en"),
                resources=queue_resources(case["queue"]),
                campaign=case_campaign(ctx, actor=actor, case_id=case_id))


@router.post("/cases/{case_id}/messages")
def send_message(request: Request, session: PostDep, case_id: str, text: Annotated[str, Form()] = "",
                 template: Annotated[str, Form()] = "") -> RedirectResponse:
    def work() -> str:
        ctx = ctx_of(request)
        body = text
        if not body.strip() and template:
            case = cases.get_case(ctx, actor=session.principal, case_id=case_id)
            chosen = {t["key"]: t["text"] for t in messages.reply_templates(ctx, case.get("language") or "en")}
            body = chosen.get(template, "")
        messages.post_message(ctx, actor=session.principal, case_id=case_id, text=body)
        return N_("Message queued for the owner through the platform.")

    return act(f"/cases/{case_id}#messages", work)


def author_of(request: Request, actor: Principal, subject: dict) -> dict | None:
    """A post's author account: its reach and tier are what a takedown of the post weighs."""
    if subject["kind"] != SubjectKind.POST or not subject.get("author_id"):
        return None
    try:
        ref = SubjectRef(SubjectKind.ACCOUNT, subject["author_id"], subject.get("platform"))
        return subjects.get_subject(ctx_of(request), actor=actor, ref=ref)
    except NotFound:
        return None


@router.post("/cases/{case_id}/claim")
def claim(request: Request, session: PostDep, case_id: str) -> RedirectResponse:
    def work() -> Message:
        claimed = cases.claim_case(ctx_of(request), actor=session.principal, case_id=case_id)
        return N_("Case claimed; it is yours until %(time)s UTC."), {"time": claimed["lease_expires_at"][11:16]}

    return act(f"/cases/{case_id}", work)


@router.post("/queue/claim-next")
async def claim_next(request: Request) -> RedirectResponse:
    """The most urgent claimable case in this queue (or any queue this member sees), leased at once."""
    return await posted_in_one_hop(request, lambda session, form: _claim_next(request, session, form.get("queue", "")))


def _claim_next(request: Request, session: ConsoleSession, queue: str) -> RedirectResponse:
    from trustdesk.services.review.queues import claim_next as take_next

    back = f"/queue?queue={quote(queue)}" if queue else "/queue"
    try:
        case = take_next(ctx_of(request), actor=session.principal, queue=queue or None)
    except DomainError as exc:
        return redirect_with(back, "error", exc.message)
    if case is None:
        return redirect_with(back, "ok", N_("Nothing left to claim here."))
    return redirect_with(f"/cases/{case['id']}", "ok",
                         (N_("Claimed the next case; it is yours until %(time)s UTC."),
                          {"time": case["lease_expires_at"][11:16]}))


@router.post("/cases/{case_id}/notes")
def add_case_note(request: Request, session: PostDep, case_id: str,
                  text: Annotated[str, Form()] = "") -> RedirectResponse:
    def work() -> str:
        notes.add_note(ctx_of(request), actor=session.principal, text=text, case_id=case_id)
        return N_("Note added.")

    return act(f"/cases/{case_id}#notes", work)


@router.post("/cases/{case_id}/release")
def release(request: Request, session: PostDep, case_id: str) -> RedirectResponse:
    def work() -> str:
        cases.release_case(ctx_of(request), actor=session.principal, case_id=case_id)
        return N_("Case released back to the queue.")

    return act("/queue", work)


@router.post("/cases/{case_id}/actions")
def propose_on_case(
    request: Request,
    session: PostDep,
    case_id: str,
    type: Annotated[str, Form()] = "",  # noqa: A002
    reason: Annotated[str, Form()] = "",
    duration_hours: Annotated[str, Form()] = "",
    label: Annotated[str, Form()] = "",
) -> RedirectResponse:
    ctx, actor = ctx_of(request), session.principal

    def work() -> Message:
        case = cases.get_case(ctx, actor=actor, case_id=case_id)
        ref = SubjectRef(SubjectKind(case["subject"]["kind"]), case["subject"]["id"], case["subject"]["platform"])
        form = {"type": type, "reason": reason, "duration_hours": duration_hours, "label": label}
        return proposals.propose(request, actor, ref, form=form, case_id=case_id)

    return act(f"/cases/{case_id}", work)
