"""Reviewing others' actions: approvals, the delay window, alerts and one-click restore."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from trustdesk.console.auth import PostDep, SessionDep, safe_next
from trustdesk.console.i18n import N_
from trustdesk.console.layout import page
from trustdesk.console.render import Message, act, ctx_of, parse_instant, reach
from trustdesk.policy.decision import Decision
from trustdesk.services.enforcement import action_queries, actions, reversals
from trustdesk.services.oversight import alerts, dashboard

router = APIRouter()

ALERT_KINDS = {
    "high_impact_executed": ("High-impact action took effect", "danger"),
    "break_glass": ("Break-glass action", "danger"),
    "denied_attempt": ("Refused attempt on a critical subject", "warn"),
    "rate_limited": ("Rate limit reached", "warn"),
    "execution_refused": ("Scheduled action did not run", "warn"),
    "protection_strip_refused": ("Protection kept", "info"),
}
RESTORABLE = {"high_impact_executed", "break_glass"}


class ShownAlert(alerts.AlertView):
    """An alert as alerts.html shows it: its title and tone, and whether its action can still be restored."""

    title: str
    tone: str
    action_state: str | None
    restorable: bool


# Every restriction sends its statement of reasons when it takes effect (services/enforcement/statements.py).
TOLD = "; the owner is sent a statement of reasons"


def effect(action: dict, detail: dict) -> str:
    """What the action would do to its subject, in a moderator's words."""
    followers = detail.get("reach")
    audience = f" for its {reach(followers)} followers" if followers is not None else ""
    hours = action.get("duration_hours")
    words = {
        "dismiss": "closes the case; nothing happens to the subject",
        "warn": "sends the owner a warning notice through the platform; nothing else changes",
        "label": f"adds the label “{action.get('label') or ''}”" + TOLD,
        "limit": "limits its reach" + (f" for {hours} hours" if hours else "") + TOLD,
        "interstitial": "puts the post behind a notice: still reachable, no longer amplified" + TOLD,
        "remove": "removes the post" + TOLD,
        "suspend": f"suspends the account{f' for {hours} hours' if hours else ''}: it goes offline{audience}" + TOLD,
        "deactivate": f"deactivates the account: it goes offline{audience}" + TOLD,
        "restore": "undoes every takedown in effect and restores the subject",
    }
    return words.get(action["type"], action["type"])


def _with_details(request: Request, session: SessionDep, items: list[dict]) -> list[dict]:
    ctx = ctx_of(request)
    details = dashboard.subject_details(ctx, actor=session.principal, subjects=[a["subject"] for a in items])
    decided = dashboard.approvals_of(ctx, actor=session.principal, ids=[a["id"] for a in items])
    now = ctx.clock.now()
    for action in items:
        action["detail"] = details.get(dashboard.subject_key(action["subject"]), {})
        action["approvers"] = [a["by"] for a in decided.get(action["id"], []) if a["verdict"] == "approve"]
        action["effect"] = effect(action, action["detail"])
        action["requirement"] = Decision.from_dict(action["decision"]).outcome() if action["decision"] else ""
        due = parse_instant(action["execute_after"])
        action["seconds_left"] = max(int((due - now).total_seconds()), 0) if due else None
    return items


@router.get("/approvals", response_class=HTMLResponse)
def approvals(request: Request, session: SessionDep) -> HTMLResponse:
    items = action_queries.list_actions(ctx_of(request), actor=session.principal, awaiting_me=True)
    return page(request, session, "approvals.html", nav="approvals", title=N_("Approvals"),
                items=_with_details(request, session, items))


@router.get("/scheduled", response_class=HTMLResponse)
def scheduled(request: Request, session: SessionDep) -> HTMLResponse:
    ctx, actor = ctx_of(request), session.principal
    due = sorted(action_queries.list_actions(ctx, actor=actor, state="scheduled"),
                 key=lambda a: a["execute_after"] or "")
    pending = action_queries.list_actions(ctx, actor=actor, state="pending_approval")
    return page(request, session, "scheduled.html", nav="scheduled", title=N_("Scheduled"),
                items=_with_details(request, session, due), pending=_with_details(request, session, pending))


@router.get("/alerts", response_class=HTMLResponse)
def alerts_page(request: Request, session: SessionDep) -> HTMLResponse:
    ctx, actor = ctx_of(request), session.principal
    items = alerts.list_alerts(ctx, actor=actor, limit=100)
    states = dashboard.action_states(ctx, actor=actor, ids=[a["action_id"] for a in items if a["action_id"]])
    shown: list[ShownAlert] = []
    for alert in items:
        title, tone = ALERT_KINDS.get(alert["kind"], (alert["kind"].replace("_", " "), "info"))
        action_state = states.get(alert["action_id"] or "")
        shown.append({**alert, "title": title, "tone": tone, "action_state": action_state,
                      "restorable": alert["kind"] in RESTORABLE and action_state == "executed"})
    return page(request, session, "alerts.html", nav="alerts", title=N_("Alerts"), items=shown)


def _approval_message(action: dict) -> Message:
    approved = sum(1 for a in action.get("approvals", []) if a["verdict"] == "approve")
    name = f"@{action['subject']['handle']}" if action["subject"]["handle"] else action["subject"]["id"]
    if action["state"] == "pending_approval":
        return N_("Approved (%(done)s of %(needed)s); it still needs more approval."), \
            {"done": str(approved), "needed": str(action["approvals_required"])}
    what = {"action_label": action["type"], "subject": name}
    if action["state"] == "scheduled":
        return (N_("Approved: %(action_label)s of %(subject)s is scheduled for %(time)s UTC; any reviewer can cancel "
                   "it until then."), {**what, "time": action["execute_after"][11:16]})
    return N_("Approved: %(action_label)s of %(subject)s is now %(state_label)s."), \
        {**what, "state_label": action["state"]}


@router.post("/actions/{action_id}/approve")
def approve(request: Request, session: PostDep, action_id: str,
            reason: Annotated[str, Form()] = "") -> RedirectResponse:
    def work() -> Message:
        action = actions.approve_action(ctx_of(request), actor=session.principal, action_id=action_id,
                                        reason=reason.strip())
        return _approval_message(action)

    return act("/approvals", work)


@router.post("/actions/{action_id}/reject")
def reject(request: Request, session: PostDep, action_id: str,
           reason: Annotated[str, Form()] = "") -> RedirectResponse:
    def work() -> Message:
        action = actions.reject_action(ctx_of(request), actor=session.principal, action_id=action_id, reason=reason)
        return N_("Rejected: %(action_label)s will not happen."), {"action_label": action["type"]}

    return act("/approvals", work)


@router.post("/actions/{action_id}/cancel")
def cancel(request: Request, session: PostDep, action_id: str, reason: Annotated[str, Form()] = "",
           back: Annotated[str, Form()] = "/scheduled") -> RedirectResponse:
    def work() -> Message:
        action = actions.cancel_action(ctx_of(request), actor=session.principal, action_id=action_id,
                                       reason=reason.strip() or "cancelled from the console")
        return N_("Cancelled: %(action_label)s of %(subject)s will not happen."), \
            {"action_label": action["type"], "subject": action["subject"]["handle"] or action["subject"]["id"]}

    return act(safe_next(back), work)


@router.post("/actions/{action_id}/reverse")
def reverse(request: Request, session: PostDep, action_id: str, reason: Annotated[str, Form()] = "",
            back: Annotated[str, Form()] = "/alerts") -> RedirectResponse:
    def work() -> Message:
        action = reversals.reverse_action(ctx_of(request), actor=session.principal, action_id=action_id,
                                        reason=reason.strip() or "restored from the console")
        subject = action["subject"]
        name = f"@{subject['handle']}" if subject["handle"] else subject["id"]
        return N_("Restored %(subject)s: the %(kind_label)s is %(status_label)s again."), \
            {"subject": name, "kind_label": subject["kind"], "status_label": subject["status"]}

    return act(safe_next(back), work)


@router.post("/actions/{action_id}/ratify")
def ratify(request: Request, session: PostDep, action_id: str,
           reason: Annotated[str, Form()] = "") -> RedirectResponse:
    def work() -> str:
        actions.ratify_action(ctx_of(request), actor=session.principal, action_id=action_id, reason=reason.strip())
        return N_("Ratified: the break-glass action stays in effect.")

    return act("/alerts", work)
