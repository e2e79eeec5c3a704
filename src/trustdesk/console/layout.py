"""The frame around every signed-in page: who is signed in, their token for forms, and the sidebar counts."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import HTMLResponse

from trustdesk.console.i18n import choose_language
from trustdesk.console.render import ctx_of, parse_instant, render
from trustdesk.domain.errors import NotPermitted
from trustdesk.services.access.sessions import ConsoleSession
from trustdesk.services.enforcement import action_queries, appeals
from trustdesk.services.oversight import alerts, audit
from trustdesk.services.review import cases

MAX_COUNTED = 200  # the sidebar says "200+" past this; the queue page pages through them


def nav_counts(request: Request, session: ConsoleSession) -> dict[str, int | str | None]:
    """What waits in each place; a place this member's role cannot see shows no count."""
    ctx, actor = ctx_of(request), session.principal
    open_cases = len(cases.list_cases(ctx, actor=actor, limit=MAX_COUNTED))
    counts: dict[str, int | str | None] = {
        "queue": f"{MAX_COUNTED}+" if open_cases == MAX_COUNTED else open_cases,
        "approvals": len(action_queries.list_actions(ctx, actor=actor, awaiting_me=True)),
        "scheduled": len(action_queries.list_actions(ctx, actor=actor, state="scheduled")),
    }
    try:
        now = ctx.clock.now()
        recent = alerts.list_alerts(ctx, actor=actor, limit=100)
        counts["alerts"] = sum(1 for a in recent if (now - parse_instant(a["created_at"])).total_seconds() < 86400)
    except NotPermitted:
        counts["alerts"] = None
    try:
        counts["appeals"] = len(appeals.list_appeals(ctx, actor=actor, limit=MAX_COUNTED))
    except NotPermitted:
        counts["appeals"] = None
    return counts


def me(request: Request, session: ConsoleSession) -> dict:
    staff = session.principal.staff
    assert staff is not None
    now = ctx_of(request).clock.now()
    left = staff.time_left(now)
    return {"id": staff.id, "name": staff.name, "role": staff.role.value, "employment": staff.employment.value,
            "access_end": staff.access_end, "seconds_left": left.total_seconds() if left is not None else None,
            "session_ends": session.expires_at}


def hidden_pages(request: Request, session: ConsoleSession, counts: dict) -> set[str]:
    """Pages this member's role cannot open stay out of the navigation: the same checks the pages make."""
    staff = session.principal.staff
    assert staff is not None
    hidden = {key for key in ("alerts", "appeals") if counts.get(key) is None}
    if not audit.may_read(ctx_of(request), session.principal):
        hidden.add("audit")
    return hidden


def page_language(request: Request, session: ConsoleSession) -> str:
    """The member's language, else the browser's: what page() renders in, for what a route draws first."""
    return choose_language(session.language, request.headers.get("accept-language"))


def page(request: Request, session: ConsoleSession, template: str, *, nav: str, title: str,
         title_args: dict[str, str] | None = None, status: int = 200, **context: object) -> HTMLResponse:
    counts = nav_counts(request, session)
    here = request.url.path + (f"?{request.url.query}" if request.url.query else "")  # the language form returns
    return render(request, template, status=status, language=session.language, nav=nav, title=title,
                  title_args=title_args, csrf=session.csrf_token, here=here,
                  me=me(request, session), counts=counts, hidden=hidden_pages(request, session, counts), **context)
