"""The appeal queue (what people contest, decided by someone uninvolved and senior enough) and the notices
sent to people."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from trustdesk.console.auth import PostDep, SessionDep
from trustdesk.console.i18n import N_
from trustdesk.console.layout import page
from trustdesk.console.render import act, ctx_of
from trustdesk.services.enforcement import appeals
from trustdesk.services.oversight.notices import list_notices

router = APIRouter()
DELIVERY_STATES = ("queued", "failing, will retry", "delivered")


@router.get("/appeals", response_class=HTMLResponse)
def appeals_page(request: Request, session: SessionDep) -> HTMLResponse:
    queue = appeals.appeal_queue(ctx_of(request), actor=session.principal)
    return page(request, session, "appeals.html", nav="appeals", title=N_("Appeals"), queue=queue)


@router.post("/appeals/{appeal_id}/decide")
def decide(request: Request, session: PostDep, appeal_id: str, outcome: Annotated[str, Form()] = "",
           reason: Annotated[str, Form()] = "") -> RedirectResponse:
    def work() -> str:
        if outcome not in ("uphold", "overturn"):
            return N_("Choose to uphold or overturn.")
        decided = appeals.decide_appeal(ctx_of(request), actor=session.principal, appeal_id=appeal_id,
                                        overturn=outcome == "overturn", reason=reason)
        if decided["state"] == "overturned":
            return N_("Appeal overturned: the action is reversed and the person is told through the platform.")
        return N_("Appeal upheld: the action stays and the person is told through the platform.")

    return act("/appeals", work)


@router.get("/notices", response_class=HTMLResponse)
def notices_page(request: Request, session: SessionDep, delivery: str = "") -> HTMLResponse:
    """Everything sent to people, newest first; what the platform has not taken yet is easy to find."""
    items = list_notices(ctx_of(request), actor=session.principal, limit=100)
    counts = {state: sum(1 for n in items if n["delivery"] == state) for state in DELIVERY_STATES}
    if delivery in DELIVERY_STATES:
        items = [n for n in items if n["delivery"] == delivery]
    return page(request, session, "notices.html", nav="notices", title=N_("Notices"), notices=items, counts_by=counts,
                delivery=delivery)
