"""The transparency report as one self-contained HTML file: inline CSS and SVG charts, no script, no fetch.

The CLI writes it to disk with CSV files beside it; the console serves the same page to seniors and admins."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from trustdesk.console.auth import SessionDep
from trustdesk.console.charts import area_chart, column_chart, stacked_bars
from trustdesk.console.render import ENV, ctx_of
from trustdesk.domain.errors import InvalidInput
from trustdesk.services.oversight.transparency import Transparency, transparency

router = APIRouter()

SOURCES = ("user", "trusted_flagger", "automated")
GROUNDS = ("incompatible_with_terms", "illegal_content", "none")

# The page carries its own CSS and no script; served by the console, this is its whole policy.
REPORT_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
              "form-action 'none'; frame-ancestors 'none'")


def charts(data: Transparency) -> dict:
    days = data.days()
    step = max(len(days) // 8, 1)
    ticks = [(i, day.strftime("%d %b")) for i, day in enumerate(days) if i % step == 0]
    categories: dict[str, list[int]] = {}
    for (_platform, category, source), count in data.reports.items():
        categories.setdefault(category, [0] * len(SOURCES))
        categories[category][SOURCES.index(source) if source in SOURCES else 0] += count
    actions: dict[str, list[float]] = {}
    for (action_type, ground), count in data.actions.items():
        actions.setdefault(action_type, [0] * len(GROUNDS))
        actions[action_type][GROUNDS.index(ground) if ground in GROUNDS else 2] += count
    return {
        "daily_reports": area_chart([(d.isoformat(), data.daily_reports.get(d, 0)) for d in days],
                                    title="Reports per day", x_labels=ticks),
        "daily_actions": area_chart([(d.isoformat(), data.daily_actions.get(d, 0)) for d in days],
                                    title="Decisions per day", x_labels=ticks),
        "categories": stacked_bars(sorted(categories.items(), key=lambda kv: -sum(kv[1])),
                                   title="Reports by category and source", series=SOURCES),
        "actions": stacked_bars(sorted(actions.items(), key=lambda kv: -sum(kv[1])),
                                title="Decisions by type and ground", series=GROUNDS),
        "appeals": column_chart([(o, data.appeals.get(o, 0)) for o in ("open", "upheld", "overturned")],
                                title="Appeals by outcome"),
    }


def render_report(data: Transparency, *, generated_at: datetime) -> str:
    return ENV.get_template("transparency.html").render(
        data=data, charts=charts(data), summary=data.summary(), generated_at=generated_at,
        platforms=data.by(data.reports, 0), sources=data.by(data.reports, 2), categories=data.by(data.reports, 1),
        action_types=data.by(data.actions, 0), grounds=data.by(data.actions, 1),
    )


def parse_period(start: str, end: str, now: datetime) -> tuple[datetime, datetime]:
    """Whole UTC days, the last one included; by default the 28 days up to today."""
    try:
        last = date.fromisoformat(end) if end else now.date()
        first = date.fromisoformat(start) if start else last - timedelta(days=27)
    except ValueError:
        raise InvalidInput("dates are written YYYY-MM-DD", field="from" if start else "to") from None
    begin = datetime.combine(first, time(), tzinfo=UTC)
    return begin, datetime.combine(last + timedelta(days=1), time(), tzinfo=UTC)


@router.get("/transparency", response_class=HTMLResponse)
def transparency_page(request: Request, session: SessionDep, start: str = Query("", alias="from"),
                      end: str = Query("", alias="to")) -> HTMLResponse:
    ctx = ctx_of(request)
    begin, finish = parse_period(start, end, ctx.clock.now())
    data = transparency(ctx, actor=session.principal, start=begin, end=finish)
    return HTMLResponse(render_report(data, generated_at=ctx.clock.now()),
                        headers={"Content-Security-Policy": REPORT_CSP})
