"""Subjects: find an account or post by handle or id, see its standing, act on it outside a case."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from trustdesk.console import proposals
from trustdesk.console.auth import PostDep, SessionDep
from trustdesk.console.cases import author_of
from trustdesk.console.i18n import N_
from trustdesk.console.layout import page
from trustdesk.console.render import Message, act, ctx_of
from trustdesk.domain.subjects import SubjectRef
from trustdesk.services.base import subjects
from trustdesk.services.enforcement import action_queries
from trustdesk.services.oversight import dashboard
from trustdesk.services.review import cases, notes

router = APIRouter()


def subject_path(ref: SubjectRef, suffix: str = "") -> str:
    """The console URL of a subject (or of `suffix` under it), naming its platform in the query string."""
    path = f"/subjects/{ref.kind.value}/{quote(ref.external_id, safe='')}{suffix}"
    return f"{path}?platform={quote(ref.platform, safe='')}" if ref.platform else path


@router.get("/subjects", response_class=HTMLResponse)
def search(request: Request, session: SessionDep, q: str = "") -> HTMLResponse:
    found = dashboard.find_subjects(ctx_of(request), actor=session.principal, text=q) if q.strip() else []
    return page(request, session, "subjects.html", nav="subjects", title=N_("Subjects"), q=q, found=found)


@router.get("/subjects/{kind}/{subject_id}", response_class=HTMLResponse)
def subject_page(request: Request, session: SessionDep, kind: str, subject_id: str,
                 platform: str | None = None) -> HTMLResponse:
    ctx, actor = ctx_of(request), session.principal
    ref = SubjectRef.parse(kind, subject_id, platform)
    subject = subjects.get_subject(ctx, actor=actor, ref=ref)
    types = proposals.action_types(ref.kind.value)
    chosen = proposals.chosen_type(request, types)
    open_cases = cases.list_cases(ctx, actor=actor, subject=ref, limit=5)
    return page(request, session, "subject.html", nav="subjects", title="%(name)s",
                title_args={"name": proposals.subject_name(subject)},
                subject=subject, author=author_of(request, actor, subject), open_cases=open_cases,
                history=action_queries.list_actions(ctx, actor=actor, subject=ref, limit=20), types=types,
                chosen=chosen,
                preview=proposals.preview(request, actor, ref, chosen),
                form_action=subject_path(ref, "/actions"), back=subject_path(ref),
                notes=notes.list_notes(ctx, actor=actor, subject=ref), note_action=subject_path(ref, "/notes"))


@router.post("/subjects/{kind}/{subject_id}/actions")
def propose_on_subject(
    request: Request,
    session: PostDep,
    kind: str,
    subject_id: str,
    type: Annotated[str, Form()] = "",  # noqa: A002
    reason: Annotated[str, Form()] = "",
    duration_hours: Annotated[str, Form()] = "",
    label: Annotated[str, Form()] = "",
    platform: str | None = None,
) -> RedirectResponse:
    ref = SubjectRef.parse(kind, subject_id, platform)

    def work() -> Message:
        form = {"type": type, "reason": reason, "duration_hours": duration_hours, "label": label}
        return proposals.propose(request, session.principal, ref, form=form)

    return act(subject_path(ref), work)


@router.post("/subjects/{kind}/{subject_id}/notes")
def add_subject_note(request: Request, session: PostDep, kind: str, subject_id: str,
                     text: Annotated[str, Form()] = "", platform: str | None = None) -> RedirectResponse:
    ref = SubjectRef.parse(kind, subject_id, platform)

    def work() -> str:
        notes.add_note(ctx_of(request), actor=session.principal, text=text, subject=ref)
        return N_("Note added.")

    return act(f"{subject_path(ref)}#notes", work)
