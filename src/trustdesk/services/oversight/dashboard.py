"""Read-only numbers and lookups for the console: queue depth over time, time to first action, actions by
type, reversal and appeal rates, and the small joins the console's pages need. Nothing here changes data."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from datetime import datetime, timedelta
from statistics import median

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from trustdesk.domain.actions import ActionState, ActionType
from trustdesk.domain.cases import OPEN_CASE_STATES
from trustdesk.domain.proposals import ProposalKind
from trustdesk.domain.subjects import SubjectKind, SubjectRef
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal, require_staff
from trustdesk.services.base.subjects import find_subject, subject_facts, subject_view
from trustdesk.storage.tables import (
    ActionRow,
    AlertRow,
    AppealRow,
    CaseRow,
    ProposalApprovalRow,
    StaffRow,
    SubjectRow,
)

# Buckets for "time to first action", as a moderator would say them.
TTFA_BUCKETS: tuple[tuple[str, timedelta], ...] = (
    ("< 15 min", timedelta(minutes=15)), ("15–60 min", timedelta(hours=1)), ("1–4 h", timedelta(hours=4)),
    ("4–24 h", timedelta(days=1)), ("> 1 day", timedelta.max),
)


def overview(ctx: Context, *, actor: Principal, days: int = 14, points: int = 56) -> dict:
    """Everything the dashboard draws, for the last `days` days."""
    require_staff(actor)
    now = ctx.clock.now()
    since = now - timedelta(days=days)
    with ctx.db.read() as session:
        return {
            "since": since.isoformat(), "until": now.isoformat(), "days": days,
            "queue_depth": queue_depth(session, since, now, points),
            "time_to_first_action": time_to_first_action(session, since),
            "actions_by_type": actions_by_type(session, since),
            "rates": rates(session, since),
            "totals": totals(session, now),
        }


def queue_depth(session: Session, start: datetime, end: datetime, points: int) -> list[tuple[str, int]]:
    """Open cases at evenly spaced instants: created by then minus resolved by then."""
    rows = session.execute(
        select(CaseRow.created_at, CaseRow.resolved_at).where(
            CaseRow.created_at <= end, or_(CaseRow.resolved_at.is_(None), CaseRow.resolved_at > start))
    ).all()
    created = sorted(row.created_at for row in rows)
    resolved = sorted(row.resolved_at for row in rows if row.resolved_at is not None)
    step = (end - start) / max(points - 1, 1)
    series = []
    for i in range(points):
        instant = start + step * i
        series.append((instant.isoformat(), bisect_right(created, instant) - bisect_right(resolved, instant)))
    return series


def time_to_first_action(session: Session, since: datetime) -> dict:
    """From a case's first report to the first action proposed on it: median, 90th percentile, buckets."""
    rows = session.execute(
        select(CaseRow.first_report_at, func.min(ActionRow.proposed_at))
        .join(ActionRow, ActionRow.case_id == CaseRow.id)
        .where(CaseRow.created_at >= since).group_by(CaseRow.id, CaseRow.first_report_at)
    ).all()
    waits = sorted(max(first_action - first_report, timedelta(0)) for first_report, first_action in rows)
    buckets = Counter(next(label for label, limit in TTFA_BUCKETS if wait < limit) for wait in waits)
    return {
        "cases": len(waits),
        # typeshed limits median() to numbers; timedelta sorts, adds and halves, which is all it needs
        "median_seconds": median(waits).total_seconds() if waits else None,  # type: ignore[type-var]
        "p90_seconds": waits[int(0.9 * (len(waits) - 1))].total_seconds() if waits else None,
        "buckets": [(label, buckets.get(label, 0)) for label, _ in TTFA_BUCKETS],
    }


def actions_by_type(session: Session, since: datetime) -> list[dict]:
    """Per action type: how many took effect, how many are waiting, how many were stopped."""
    rows = session.execute(
        select(ActionRow.type, ActionRow.state, func.count()).where(ActionRow.proposed_at >= since)
        .group_by(ActionRow.type, ActionRow.state)
    ).all()
    waiting = {ActionState.PROPOSED.value, ActionState.PENDING_APPROVAL.value, ActionState.SCHEDULED.value}
    took_effect = {ActionState.EXECUTED.value, ActionState.REVERSED.value}
    counts: dict[str, Counter] = {t.value: Counter() for t in ActionType}
    for action_type, state, count in rows:
        group = "took_effect" if state in took_effect else "waiting" if state in waiting else "stopped"
        counts.setdefault(action_type, Counter())[group] += count
    return [{"type": t, **{g: c.get(g, 0) for g in ("took_effect", "waiting", "stopped")}}
            for t, c in counts.items() if sum(c.values())]


def rates(session: Session, since: datetime) -> dict:
    """Reversal and appeal rates of enforcement that took effect."""
    enforced = (ActionRow.proposed_at >= since, ActionRow.executed_at.is_not(None),
                ActionRow.type.not_in([ActionType.DISMISS.value, ActionType.RESTORE.value]))
    took_effect = session.execute(select(func.count()).select_from(ActionRow).where(*enforced)).scalar_one()
    reversed_ = session.execute(select(func.count()).select_from(ActionRow).where(
        *enforced, ActionRow.state == ActionState.REVERSED.value)).scalar_one()
    appeals = _appeal_count(session, since)
    return {
        "took_effect": took_effect, "reversed": reversed_,
        "reversal_rate": reversed_ / took_effect if took_effect else 0.0,
        "appeals": appeals,
        "appeal_rate": appeals / took_effect if took_effect else 0.0,
    }


def _appeal_count(session: Session, since: datetime) -> int:
    return session.execute(select(func.count()).select_from(AppealRow)
                           .where(AppealRow.created_at >= since)).scalar_one()


def totals(session: Session, now: datetime) -> dict:
    open_states = [s.value for s in OPEN_CASE_STATES]

    def count(query) -> int:  # noqa: ANN001 - a select of one count
        return session.execute(query).scalar_one()

    cases = select(func.count()).select_from(CaseRow).where(CaseRow.state.in_(open_states))
    actions = select(func.count()).select_from(ActionRow)
    return {
        "open_cases": count(cases),
        "unclaimed": count(cases.where(or_(CaseRow.claimed_by.is_(None), CaseRow.lease_expires_at <= now))),
        "pending_approval": count(actions.where(ActionRow.state == ActionState.PENDING_APPROVAL.value)),
        "scheduled": count(actions.where(ActionRow.state == ActionState.SCHEDULED.value)),
        "alerts_24h": count(select(func.count()).select_from(AlertRow)
                            .where(AlertRow.created_at >= now - timedelta(days=1))),
    }


def subject_key(subject: dict) -> str:
    """How subject_details keys a subject view's {"kind", "id", "platform"}."""
    return f"{subject.get('platform') or ''}:{subject['kind']}/{subject['id']}"


def subject_details(ctx: Context, *, actor: Principal, subjects: list[dict]) -> dict[str, dict]:
    """Risk tier, reach and author of each subject ({"kind", "id", "platform"}), keyed by subject_key: the
    queue's badges, in one read."""
    require_staff(actor)
    details: dict[str, dict] = {}
    with ctx.db.read() as session:
        for key, subject in {subject_key(s): s for s in subjects}.items():
            kind = subject["kind"]
            row = find_subject(session, SubjectRef(SubjectKind(kind), subject["id"], subject.get("platform")))
            if row is None:
                continue
            facts = subject_facts(session, row)
            tier, reasons = ctx.policy.tier_of(facts)
            details[key] = {
                "tier": tier.value, "tier_reasons": list(reasons), "verified": row.verified, "tags": list(row.tags),
                "reach": row.followers if kind == SubjectKind.ACCOUNT else facts.author_followers,
                "author": row.author_external_id, "author_handle": _handle(session, row),
            }
    return details


def _handle(session: Session, row: SubjectRow) -> str | None:
    if row.kind != SubjectKind.POST or not row.author_external_id:
        return row.handle
    author = find_subject(session, SubjectRef(SubjectKind.ACCOUNT, row.author_external_id, row.platform))
    return author.handle if author else None


def find_subjects(ctx: Context, *, actor: Principal, text: str, limit: int = 25) -> list[dict]:
    """Subjects whose handle or id contains the text, biggest reach first."""
    require_staff(actor)
    pattern = "%" + text.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    query = select(SubjectRow).where(or_(func.lower(SubjectRow.handle).like(pattern, escape="\\"),
                                         func.lower(SubjectRow.external_id).like(pattern, escape="\\")))
    with ctx.db.read() as session:
        rows = session.execute(query.order_by(SubjectRow.followers.desc().nulls_last(), SubjectRow.external_id)
                               .limit(limit)).scalars().all()
        return [subject_view(ctx, session, row) for row in rows]


def staff_names(ctx: Context, *, actor: Principal) -> dict[str, str]:
    """Staff id -> name, to say who claimed or proposed something."""
    require_staff(actor)
    with ctx.db.read() as session:
        return dict(session.execute(select(StaffRow.id, StaffRow.name)).all())


def action_states(ctx: Context, *, actor: Principal, ids: list[str]) -> dict[str, str]:
    """Current state of each action, e.g. to offer restore only while an alert's action is in effect."""
    require_staff(actor)
    if not ids:
        return {}
    with ctx.db.read() as session:
        return dict(session.execute(select(ActionRow.id, ActionRow.state).where(ActionRow.id.in_(ids))).all())


def approvals_of(ctx: Context, *, actor: Principal, ids: list[str]) -> dict[str, list[dict]]:
    """Who has approved or rejected each action so far, oldest first."""
    require_staff(actor)
    found: dict[str, list[dict]] = {}
    if not ids:
        return found
    with ctx.db.read() as session:
        rows = session.execute(
            select(ProposalApprovalRow.proposal_id, ProposalApprovalRow.verdict, ProposalApprovalRow.reason,
                   ProposalApprovalRow.at, StaffRow.name)
            .join(StaffRow, ProposalApprovalRow.staff_id == StaffRow.id)
            .where(ProposalApprovalRow.proposal_kind == ProposalKind.ACTION.value,
                   ProposalApprovalRow.proposal_id.in_(ids))
            .order_by(ProposalApprovalRow.at, ProposalApprovalRow.id)
        ).all()
    for action_id, verdict, reason, at, name in rows:
        found.setdefault(action_id, []).append({"by": name, "verdict": verdict, "reason": reason,
                                                "at": at.isoformat()})
    return found
