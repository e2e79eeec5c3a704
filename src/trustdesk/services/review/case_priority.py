"""Keeping each open case's queue, priority and one-line explanation current.

Priority comes from ``domain.priority.compute_priority``; this module gathers its inputs from the database:
the case's categories and language, the worst content signal among its valid reports, the subject's reach and
risk tier (the safeguard policy's), each unique reporter's trust weight, and the case's age against the SLA of
the queue it is routed to. It works on a batch of cases at once, so intake (one case) and recomputation (five
hundred at a time) share one code path and one set of queries.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Table, bindparam, func, select, update
from sqlalchemy import case as when
from sqlalchemy.orm import Session

from trustdesk.domain.cases import CaseState
from trustdesk.domain.priority import Priority, PriorityInputs, compute_priority, reporter_weight
from trustdesk.domain.subjects import SubjectFacts, SubjectKind, SubjectRef
from trustdesk.policy.tiers import reach_of
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal, require_staff
from trustdesk.services.base.subjects import subject_state
from trustdesk.services.review.case_campaigns import campaigns_by_case
from trustdesk.services.review.case_content import content_by_case
from trustdesk.services.review.cases import visible_case
from trustdesk.storage.tables import CaseRow, ReportRow, SubjectRow
from trustdesk.storage.tables_triage import ReporterRow, ReportSignalRow
from trustdesk.triage.queue_config import QueueSet, load_queues

# Brigading: reports from reporters trustdesk met within NEW_REPORTER of their report, BURST_SIZE or more of them
# on one case within BURST_WINDOW of each other, count as a burst (reporter_weight cuts them to a quarter).
NEW_REPORTER = timedelta(days=7)
BURST_WINDOW = timedelta(minutes=10)
BURST_SIZE = 5
# Corroboration saturates long before this many reporters; weighing more only costs time on viral cases.
MAX_WEIGHED_REPORTERS = 200
# Recomputation skips writing a case whose score moved less than this (and whose line and queue stayed): SLA aging
# moves every score a little all the time, and rewriting a million rows for hundredths of a point is waste.
MIN_SCORE_STEP = 0.25
_IN_CHUNK = 500  # keeps IN (...) lists well under every driver's parameter limit


@dataclass(frozen=True)
class Triage:
    """Where a case belongs and how urgent it is, computed at one instant."""

    case_id: str
    queue: str
    priority: Priority
    tier: str


@dataclass(frozen=True)
class _Report:
    key: str  # the reporter, or the report id for an anonymous report: each anonymous report is its own voice
    reporter: str | None
    at: datetime
    valid: bool


@dataclass(frozen=True)
class Track:
    """A reporter's record: reports on cases moderators decided, and how many of those they dismissed."""

    decided: int = 0
    dismissed: int = 0


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), _IN_CHUNK):
        yield values[start : start + _IN_CHUNK]


def _reports_by_case(session: Session, case_ids: Sequence[str]) -> dict[str, list[_Report]]:
    found: dict[str, list[_Report]] = defaultdict(list)
    for chunk in _chunks(case_ids):
        rows = session.execute(
            select(ReportRow.case_id, ReportRow.id, ReportRow.reporter, ReportRow.created_at,
                   ReportSignalRow.invalidated_at)
            .outerjoin(ReportSignalRow, ReportSignalRow.report_id == ReportRow.id)
            .where(ReportRow.case_id.in_(chunk))
            .order_by(ReportRow.created_at, ReportRow.id)
        )
        for case_id, report_id, reporter, at, invalidated_at in rows:
            found[case_id].append(_Report(reporter or report_id, reporter, at, invalidated_at is None))
    return found


def reporter_tracks(session: Session, reporters: Sequence[str]) -> dict[str, Track]:
    """Each reporter's decided reports and how many of those moderators dismissed, counted from the cases.

    Computed when needed rather than kept up to date by the code that closes cases: a dismissal anywhere counts
    against its reporters the next time any of their cases is weighed.
    """
    decided_states = (CaseState.ACTIONED.value, CaseState.DISMISSED.value)
    tracks: dict[str, Track] = {}
    for chunk in _chunks(reporters):
        rows = session.execute(
            select(ReportRow.reporter, func.count(),
                   func.sum(when((CaseRow.state == CaseState.DISMISSED.value, 1), else_=0)))
            .join(CaseRow, CaseRow.id == ReportRow.case_id)
            .where(ReportRow.reporter.in_(chunk), CaseRow.state.in_(decided_states))
            .group_by(ReportRow.reporter)
        )
        tracks.update({reporter: Track(int(decided), int(dismissed or 0)) for reporter, decided, dismissed in rows})
    return tracks


def _profiles(session: Session, reporters: Sequence[str]) -> dict[str, ReporterRow]:
    found: dict[str, ReporterRow] = {}
    for chunk in _chunks(reporters):
        found.update({r.id: r for r in session.execute(select(ReporterRow).where(ReporterRow.id.in_(chunk))).scalars()})
    return found


def _abuse_by_case(session: Session, case_ids: Sequence[str]) -> dict[str, float]:
    found: dict[str, float] = {}
    for chunk in _chunks(case_ids):
        rows = session.execute(
            select(ReportSignalRow.case_id, func.max(ReportSignalRow.abuse))
            .where(ReportSignalRow.case_id.in_(chunk), ReportSignalRow.invalidated_at.is_(None))
            .group_by(ReportSignalRow.case_id)
        )
        found.update({case_id: float(abuse or 0.0) for case_id, abuse in rows})
    return found


def _subject_facts(session: Session, subjects: Sequence[SubjectRow]) -> dict[str, SubjectFacts]:
    """Facts for many subjects with one query for all the posts' authors (a post's reach is its author's)."""
    author_ids = sorted({s.author_external_id for s in subjects if s.kind == SubjectKind.POST and s.author_external_id})
    authors: dict[tuple[str, str], SubjectRow] = {}
    for chunk in _chunks(author_ids):
        # Same-named accounts of other platforms come back too; the (platform, id) key keeps them apart.
        authors.update({(a.platform, a.external_id): a for a in session.execute(
            select(SubjectRow).where(SubjectRow.kind == SubjectKind.ACCOUNT.value, SubjectRow.external_id.in_(chunk))
        ).scalars()})
    facts = {}
    for s in subjects:
        author = authors.get((s.platform, s.author_external_id or "")) if s.kind == SubjectKind.POST else None
        facts[s.id] = SubjectFacts(
            ref=SubjectRef(SubjectKind(s.kind), s.external_id, s.platform), handle=s.handle, followers=s.followers,
            verified=s.verified, tags=frozenset(s.tags), state=subject_state(s),
            author_followers=author.followers if author else None,
            author_tags=frozenset(author.tags) if author else frozenset(),
        )
    return facts


def _first_reporters(reports: list[_Report]) -> list[str]:
    """The named reporters among the first MAX_WEIGHED_REPORTERS unique voices on a case."""
    keys: dict[str, str | None] = {}
    for report in reports:
        if len(keys) >= MAX_WEIGHED_REPORTERS:
            break
        keys.setdefault(report.key, report.reporter)
    return [reporter for reporter in keys.values() if reporter]


def _is_new(profile: ReporterRow | None, at: datetime) -> bool:
    return profile is None or at - profile.first_seen < NEW_REPORTER


def _one_weight(report: _Report, profile: ReporterRow | None, track: Track, burst: bool, now: datetime) -> float:
    facts = (track.decided, track.dismissed)
    flags = {"trusted_flagger": _is_trusted(profile), "muted": bool(profile and profile.muted), "burst": burst}
    weight = reporter_weight(*facts, None, **flags)
    if profile is not None:
        # The platform does not tell us how old the reporter's account is; the time trustdesk has known them is a
        # lower bound on it, so it can raise the weight above "age unknown", never lower it.
        known_days = (now - profile.first_seen).total_seconds() / 86400
        weight = max(weight, reporter_weight(*facts, known_days, **flags))
    return weight


def _is_trusted(profile: ReporterRow | None) -> bool:
    return bool(profile and profile.trusted_flagger and not profile.muted)


def _weights(
    reports: list[_Report], profiles: dict[str, ReporterRow], tracks: dict[str, Track], now: datetime
) -> tuple[list[float], int]:
    """One trust weight per unique reporter (in order of first report) and how many are trusted flaggers."""
    first: dict[str, _Report] = {}
    valid_keys: set[str] = set()
    for report in reports:
        first.setdefault(report.key, report)
        if report.valid:
            valid_keys.add(report.key)
    new_times = sorted(r.at for r in reports if _is_new(profiles.get(r.reporter or ""), r.at))
    weights: list[float] = []
    trusted = 0
    for key, report in list(first.items())[:MAX_WEIGHED_REPORTERS]:
        profile = profiles.get(report.reporter) if report.reporter else None
        if key not in valid_keys:  # every report of theirs on this case was invalidated
            weights.append(0.0)
            continue
        nearby = (bisect.bisect_right(new_times, report.at + BURST_WINDOW)
                  - bisect.bisect_left(new_times, report.at - BURST_WINDOW))
        burst = _is_new(profile, report.at) and nearby >= BURST_SIZE
        weights.append(_one_weight(report, profile, tracks.get(report.reporter or "", Track()), burst, now))
        trusted += _is_trusted(profile)
    if len(first) > len(weights):  # past the cap, each further reporter counts as the average one did
        mean = sum(weights) / len(weights)
        weights += [mean] * (len(first) - len(weights))
    return weights, trusted


def compute_triage(
    ctx: Context, session: Session, now: datetime, pairs: Sequence[tuple[CaseRow, SubjectRow]],
    queues: QueueSet | None = None,
) -> list[Triage]:
    """Queue and priority for each (case, subject) at ``now``."""
    queues = queues or load_queues()
    case_ids = [c.id for c, _ in pairs]
    reports = _reports_by_case(session, case_ids)
    reporters = sorted({r for rs in reports.values() for r in _first_reporters(rs)})
    profiles, tracks = _profiles(session, reporters), reporter_tracks(session, reporters)
    abuse = _abuse_by_case(session, case_ids)
    content = content_by_case(session, case_ids)
    campaigns = campaigns_by_case(session, case_ids)
    facts = _subject_facts(session, [s for _, s in pairs])
    results = []
    for case, subject in pairs:
        tier = ctx.policy.tier_of(facts[subject.id])[0].value
        label, facets = content.get(case.id, (None, ()))
        queue = queues.route(case.categories, case.language, tier, [label] if label else [])
        weights, trusted = _weights(reports.get(case.id, []), profiles, tracks, now)
        campaign = campaigns.get(case.id)
        inputs = PriorityInputs(
            category=case.category, categories=frozenset(case.categories), unique_reporters=len(weights),
            trusted_flaggers=trusted, reporter_weights=weights, abuse=abuse.get(case.id, 0.0),
            language=case.language, followers=reach_of(facts[subject.id]), tier=tier,
            age_seconds=(now - case.first_report_at).total_seconds(), sla_seconds=queue.sla.total_seconds(),
            content_label=label, content_facets=facets,
            campaign=campaign.strength if campaign else 0.0, campaign_words=campaign.describe() if campaign else "",
        )
        results.append(Triage(case.id, queue.name, compute_priority(inputs), tier))
    return results


@dataclass(frozen=True)
class RecomputeReport:
    cases: int
    updated: int
    batches: int
    last_id: str
    done: bool


def _open_batch(session: Session, *, after: str, limit: int, ids: Sequence[str] | None = None):  # noqa: ANN202
    query = (
        select(CaseRow, SubjectRow).join(SubjectRow, SubjectRow.id == CaseRow.subject_id)
        .where(CaseRow.open_subject_id.isnot(None), CaseRow.id > after).order_by(CaseRow.id).limit(limit)
    )
    return list(session.execute(query if ids is None else query.where(CaseRow.id.in_(ids))).all())


def _moved(seen: tuple, triage: Triage) -> bool:
    """Worth a write: another queue or line, or a score that moved enough to change the order noticeably."""
    _count, queue, score, line = seen
    return (queue, line) != (triage.queue, triage.priority.line) or abs(score - triage.priority.score) >= MIN_SCORE_STEP


def _write(ctx: Context, triages: Sequence[Triage], seen: dict[str, tuple], *, wait_for_locks: bool) -> int:
    """Store new priorities in one short transaction; a case that took a report meanwhile keeps intake's value.

    On PostgreSQL rows another transaction holds (intake recomputing that very case) are skipped, not waited
    for, unless ``wait_for_locks``; on SQLite the write lock is held for one executemany of a few hundred rows.
    """
    changed = [t for t in triages if _moved(seen[t.case_id], t)]
    if not changed:
        return 0
    table = CaseRow.__table__
    assert isinstance(table, Table)  # declared as FromClause; CaseRow maps a plain table
    with ctx.db.transaction(ctx.clock) as tx:
        ids = {t.case_id for t in changed}
        if not ctx.db.is_sqlite:
            locked = select(CaseRow.id).where(CaseRow.id.in_(sorted(ids)))
            ids = set(tx.session.execute(locked.with_for_update(skip_locked=not wait_for_locks)).scalars())
        params = [{"b_id": t.case_id, "b_count": seen[t.case_id][0], "b_queue": t.queue,
                   "b_priority": t.priority.score, "b_line": t.priority.line} for t in changed if t.case_id in ids]
        if not params:
            return 0
        statement = (
            update(table)
            .where(table.c.id == bindparam("b_id"), table.c.report_count == bindparam("b_count"),
                   table.c.open_subject_id.isnot(None))
            .values(queue=bindparam("b_queue"), priority=bindparam("b_priority"), priority_line=bindparam("b_line"))
        )
        tx.session.connection().execute(statement, params)
        return len(params)


def recompute_priorities(
    ctx: Context, *, batch: int = 500, max_batches: int | None = None, after: str = "",
    case_ids: Sequence[str] | None = None, wait_for_locks: bool = False,
) -> RecomputeReport:
    """Recompute open cases' priorities (SLA aging, dismissals, mutes) in small batches, in id order.

    Each batch is read and computed outside any write transaction, then written in a short one, so intake
    never waits behind a recomputation. ``max_batches`` bounds one call (the serve loop does a few batches per
    tick and passes ``after=report.last_id`` next time); ``case_ids`` limits it to those cases, and
    ``wait_for_locks`` waits for cases intake holds instead of skipping them (a moderator's mute must land).
    """
    if batch < 1:
        raise ValueError("batch must be at least 1")
    queues = load_queues()
    seen_cases = updated = batches = 0
    last = after
    while max_batches is None or batches < max_batches:
        with ctx.db.read() as session:
            rows = _open_batch(session, after=last, limit=batch, ids=case_ids)
            if not rows:
                return RecomputeReport(seen_cases, updated, batches, last, True)
            triages = compute_triage(ctx, session, ctx.clock.now(), rows, queues)
            seen = {c.id: (c.report_count, c.queue, c.priority, c.priority_line) for c, _ in rows}
        updated += _write(ctx, triages, seen, wait_for_locks=wait_for_locks)
        seen_cases, batches, last = seen_cases + len(rows), batches + 1, rows[-1][0].id
        if len(rows) < batch:
            return RecomputeReport(seen_cases, updated, batches, last, True)
    return RecomputeReport(seen_cases, updated, batches, last, False)


def explain_case(ctx: Context, *, actor: Principal, case_id: str) -> dict:
    """Why a case sits where it does: its priority's parts computed now, its queue and tier, each report's signals."""
    staff = require_staff(actor)
    with ctx.db.read() as session:
        case = visible_case(session, staff, case_id)
        subject = session.get(SubjectRow, case.subject_id)
        assert subject is not None
        (triage,) = compute_triage(ctx, session, ctx.clock.now(), [(case, subject)])
        reports = session.execute(
            select(ReportRow.id, ReportRow.reporter, ReportRow.category, ReportSignalRow)
            .outerjoin(ReportSignalRow, ReportSignalRow.report_id == ReportRow.id)
            .where(ReportRow.case_id == case.id).order_by(ReportRow.created_at, ReportRow.id).limit(200)
        ).all()
    return {
        "case_id": case.id, "queue": triage.queue, "tier": triage.tier, "score": triage.priority.score,
        "parts": dict(triage.priority.parts), "priority_line": triage.priority.line,
        "stored": {"priority": round(case.priority, 2), "queue": case.queue},
        "reports": [{"id": report_id, "reporter": reporter, "category": category,
                     "language": s.language if s else None, "abuse": s.abuse if s else None,
                     "labels": list(s.labels) if s else [], "explanation": s.explanation if s else "",
                     "scorer": s.scorer if s else "", "invalidated": bool(s and s.invalidated_at)}
                    for report_id, reporter, category, s in reports],
    }
