"""Looking back: the audit log with its verification status, and the dashboard's charts."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from trustdesk.audit.verbs import AuditVerb
from trustdesk.console import charts
from trustdesk.console.auth import SessionDep
from trustdesk.console.i18n import N_, gettext, speaking
from trustdesk.console.layout import page, page_language
from trustdesk.console.render import ctx_of, duration, label, parse_instant
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal
from trustdesk.services.oversight import audit, dashboard

log = logging.getLogger(__name__)
router = APIRouter()
PAGE_SIZE = 100


def _entries(ctx: Context, actor: Principal, who: str, verb: str, subject: str, before: int | None) -> dict:
    return audit.list_entries(ctx, actor=actor, who=who or None, verb=verb or None, subject=subject or None,
                              before_seq=before, limit=PAGE_SIZE)


def _verification(ctx: Context) -> dict:
    """The log's current verification status."""
    try:
        result = audit.verify(ctx)
    except Exception as exc:  # noqa: BLE001 - a failing check must not take the page down; it says so instead
        log.exception("audit verification failed to run")
        return {"state": "unknown", "text": f"Verification could not run: {exc}"}
    return {"state": "ok" if result.ok else "bad", "text": result.describe()}


@router.get("/audit", response_class=HTMLResponse)
def audit_page(request: Request, session: SessionDep, actor: str = "", verb: str = "", subject: str = "",
               before: int | None = None) -> HTMLResponse:
    ctx = ctx_of(request)
    listing = _entries(ctx, session.principal, actor.strip(), verb.strip(), subject.strip(), before)
    return page(request, session, "audit.html", nav="audit", title=N_("Audit log"), entries=listing["items"],
                next_before=listing["next_before_seq"], verification=_verification(ctx),
                filters={"actor": actor, "verb": verb, "subject": subject}, verb_families=_verb_families(),
                verb_known=verb in _FILTERABLE)


def _verb_families() -> list[tuple[str, list[AuditVerb]]]:
    """The catalogue grouped by what the verb is about (action, case, staff_change …), for the filter."""
    families: dict[str, list[AuditVerb]] = {}
    for verb in AuditVerb:
        families.setdefault(verb.value.split(".", 1)[0], []).append(verb)
    return sorted(families.items())


_FILTERABLE = frozenset(AuditVerb) | {f"{family}." for family, _ in _verb_families()}


@router.get("/dashboard", response_class=HTMLResponse)
def dashboard_page(request: Request, session: SessionDep) -> HTMLResponse:
    data = dashboard.overview(ctx_of(request), actor=session.principal)
    depth = data["queue_depth"]
    ticks = [(i, parse_instant(t).strftime("%d %b")) for i, (t, _) in enumerate(depth)
             if i % max(len(depth) // 7, 1) == 0]
    by_type = data["actions_by_type"]
    ttfa = data["time_to_first_action"]
    with speaking(page_language(request, session)):  # the charts are drawn here, in the page's language
        depth_chart = charts.area_chart(depth, title=gettext("Open cases over time"), x_labels=ticks)
        types_chart = charts.stacked_bars(
            [(label(row["type"]), (row["took_effect"], row["waiting"], row["stopped"])) for row in by_type],
            title=gettext("Actions by type"), series=(gettext("took effect"), gettext("waiting"), gettext("stopped")))
        ttfa_chart = charts.column_chart(ttfa["buckets"], title=gettext("Time to first action"))
        ttfa_median, ttfa_p90 = duration(ttfa["median_seconds"]), duration(ttfa["p90_seconds"])
    return page(request, session, "dashboard.html", nav="dashboard", title=N_("Dashboard"), data=data,
                depth_chart=depth_chart, types_chart=types_chart, ttfa_chart=ttfa_chart, ttfa_median=ttfa_median,
                ttfa_p90=ttfa_p90)
