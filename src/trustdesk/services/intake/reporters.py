"""Reporters: their track record, trusted-flagger status (admins grant it), muting, invalidating open reports.

Every change here is audited, and the open cases the reporter is on get their priority recomputed right after,
so the queue reflects the change at once.
"""

from __future__ import annotations

from typing import TypedDict

from sqlalchemy import CursorResult, func, select, update

from trustdesk.audit.verbs import AuditVerb
from trustdesk.domain.errors import InvalidInput, NotFound
from trustdesk.domain.permissions import DeskPermission
from trustdesk.domain.priority import reporter_weight
from trustdesk.services.base.authorization import authorize_desk
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal, require_staff
from trustdesk.services.review.case_priority import recompute_priorities, reporter_tracks
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import CaseRow, ReportRow
from trustdesk.storage.tables_triage import MAX_REPORTER_ID, ReporterRow, ReportSignalRow

MAX_REASON = 2000
_RECOMPUTE_CHUNK = 500


def _check(reporter_id: str, reason: str | None = None) -> None:
    if not 0 < len(reporter_id) <= MAX_REPORTER_ID:
        raise InvalidInput(f"reporter id must be 1..{MAX_REPORTER_ID} characters", field="reporter")
    if reason is not None and not 0 < len(reason.strip()) <= MAX_REASON:
        raise InvalidInput(f"a reason of 1..{MAX_REASON} characters is required", field="reason")


def _profile(tx: Transaction, reporter_id: str) -> ReporterRow:
    """The reporter's profile, locked; made on the spot for one not seen yet (a flagger designated in advance)."""
    row = tx.session.execute(
        select(ReporterRow).where(ReporterRow.id == reporter_id).with_for_update()
    ).scalar_one_or_none()
    if row is None:
        row = ReporterRow(id=reporter_id, total_reports=0, decided_reports=0, dismissed_reports=0,
                          trusted_flagger=False, muted=False, first_seen=tx.now, last_seen=tx.now)
        tx.session.add(row)
        tx.session.flush()
    return row


def _open_case_ids(session, reporter_id: str) -> list[str]:  # noqa: ANN001 - a Session
    return sorted(session.execute(
        select(ReportRow.case_id).join(CaseRow, CaseRow.id == ReportRow.case_id)
        .where(ReportRow.reporter == reporter_id, CaseRow.open_subject_id.isnot(None)).distinct()
    ).scalars())


def _recompute(ctx: Context, case_ids: list[str]) -> None:
    for start in range(0, len(case_ids), _RECOMPUTE_CHUNK):
        recompute_priorities(ctx, case_ids=case_ids[start : start + _RECOMPUTE_CHUNK], wait_for_locks=True)


class ReporterView(TypedDict):
    id: str
    total_reports: int
    open_reports: int
    decided_reports: int
    dismissed_reports: int
    trusted_flagger: bool
    muted: bool
    status_reason: str | None
    status_changed_by: str | None
    status_changed_at: str | None
    first_seen: str
    last_seen: str
    weight: float


class InvalidatedReports(TypedDict):
    reporter: str
    invalidated_reports: int
    cases: list[str]


def reporter_view(ctx: Context, session, row: ReporterRow) -> ReporterView:  # noqa: ANN001 - a Session
    """The profile with its track record counted now, and the weight one ordinary report of theirs has."""
    track = reporter_tracks(session, [row.id]).get(row.id)
    decided, dismissed = (track.decided, track.dismissed) if track else (0, 0)
    open_reports = session.execute(
        select(func.count()).select_from(ReportRow).join(CaseRow, CaseRow.id == ReportRow.case_id)
        .where(ReportRow.reporter == row.id, CaseRow.open_subject_id.isnot(None))
    ).scalar_one()
    age_days = (ctx.clock.now() - row.first_seen).total_seconds() / 86400
    return {
        "id": row.id, "total_reports": row.total_reports, "open_reports": open_reports,
        "decided_reports": decided, "dismissed_reports": dismissed, "trusted_flagger": row.trusted_flagger,
        "muted": row.muted, "status_reason": row.status_reason, "status_changed_by": row.status_changed_by,
        "status_changed_at": row.status_changed_at.isoformat() if row.status_changed_at else None,
        "first_seen": row.first_seen.isoformat(), "last_seen": row.last_seen.isoformat(),
        "weight": reporter_weight(decided, dismissed, age_days, row.trusted_flagger, row.muted, burst=False),
    }


def get_reporter(ctx: Context, *, actor: Principal, reporter_id: str) -> ReporterView:
    require_staff(actor)
    _check(reporter_id)
    with ctx.db.read() as session:
        row = session.get(ReporterRow, reporter_id)
        if row is None:
            raise NotFound(f"no reporter {reporter_id!r}")
        return reporter_view(ctx, session, row)


def _set_status(ctx: Context, actor: Principal, reporter_id: str, field: str, value: bool, reason: str,
                verb: AuditVerb) -> ReporterView:
    with ctx.db.transaction(ctx.clock) as tx:
        row = _profile(tx, reporter_id)
        before = getattr(row, field)
        setattr(row, field, value)
        row.status_reason, row.status_changed_by, row.status_changed_at = reason.strip(), actor.id, tx.now
        tx.record(actor=actor.label, verb=verb, subject=f"reporter/{reporter_id}", object_id=None,
                  summary=f"{actor.label}: {verb.removeprefix('reporter.').replace('_', ' ')} {reporter_id} "
                  f"— {reason.strip()}",
                  payload={field: value, "was": before, "reason": reason.strip()})
        case_ids = _open_case_ids(tx.session, reporter_id)
    _recompute(ctx, case_ids)  # after commit, in short transactions of its own
    return get_reporter(ctx, actor=actor, reporter_id=reporter_id)


def set_muted(ctx: Context, *, actor: Principal, reporter_id: str, reason: str,
              muted: bool = True) -> ReporterView:
    """Mute (or unmute) a bad-faith reporter: their reports are still stored but weigh nothing."""
    authorize_desk(ctx, actor, DeskPermission.MUTE_REPORTERS)
    _check(reporter_id, reason)
    return _set_status(ctx, actor, reporter_id, "muted", muted, reason,
                       AuditVerb.REPORTER_MUTED if muted else AuditVerb.REPORTER_UNMUTED)


def set_trusted_flagger(ctx: Context, *, actor: Principal, reporter_id: str, reason: str,
                        trusted: bool = True) -> ReporterView:
    """Grant (or revoke) trusted-flagger status, DSA Art. 22: an admin's decision only."""
    authorize_desk(ctx, actor, DeskPermission.GRANT_TRUSTED_FLAGGER)
    _check(reporter_id, reason)
    verb = AuditVerb.REPORTER_TRUSTED_FLAGGER_GRANTED if trusted else AuditVerb.REPORTER_TRUSTED_FLAGGER_REVOKED
    return _set_status(ctx, actor, reporter_id, "trusted_flagger", trusted, reason, verb)


def invalidate_open_reports(ctx: Context, *, actor: Principal, reporter_id: str,
                            reason: str) -> InvalidatedReports:
    """Take the weight of a reporter's reports on open cases away; the reports stay on record, marked."""
    staff = authorize_desk(ctx, actor, DeskPermission.INVALIDATE_REPORTS)
    _check(reporter_id, reason)
    with ctx.db.transaction(ctx.clock) as tx:
        case_ids = _open_case_ids(tx.session, reporter_id)
        open_reports = (
            select(ReportRow.id).join(CaseRow, CaseRow.id == ReportRow.case_id)
            .where(ReportRow.reporter == reporter_id, CaseRow.open_subject_id.isnot(None))
        )
        result = tx.session.execute(
            update(ReportSignalRow)
            .where(ReportSignalRow.report_id.in_(open_reports), ReportSignalRow.invalidated_at.is_(None))
            .values(invalidated_at=tx.now, invalidated_by=staff.id).execution_options(synchronize_session=False)
        )
        assert isinstance(result, CursorResult)  # an UPDATE without RETURNING; typed as a plain Result
        count = result.rowcount
        tx.record(actor=actor.label, verb=AuditVerb.REPORTER_REPORTS_INVALIDATED, subject=f"reporter/{reporter_id}",
                  summary=f"{actor.label} invalidated {count} open reports by {reporter_id} on "
                  f"{len(case_ids)} cases — {reason.strip()}",
                  payload={"reports": count, "case_ids": case_ids[:100], "cases": len(case_ids),
                           "reason": reason.strip()})
    _recompute(ctx, case_ids)
    return {"reporter": reporter_id, "invalidated_reports": count, "cases": case_ids}
