"""The member's own settings: the console's language."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse

from trustdesk.console.auth import PostDep, safe_next
from trustdesk.console.i18n import N_
from trustdesk.console.render import act, ctx_of
from trustdesk.services.access import preferences

router = APIRouter()


@router.post("/settings/language")
def set_language(request: Request, session: PostDep, language: Annotated[str, Form()] = "",
                 back: Annotated[str, Form()] = "/queue") -> RedirectResponse:
    def work() -> str:
        preferences.set_language(ctx_of(request), actor=session.principal, language=language)
        return N_("Language saved.")
    return act(safe_next(back), work)
