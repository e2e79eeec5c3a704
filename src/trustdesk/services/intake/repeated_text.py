"""Counting repeated text across reports at intake: a campaign is the same text (as ``triage.repeated_text``
fingerprints it) reported on many subjects by more than one reporter within the window.

Each fingerprinted report stores one row; counting a window is one probe of the (fingerprint, time) index over at
most MAX_COUNTED rows, done once per fingerprint per intake batch (a flood repeating one text is counted once per
batch, not once per report), so a report costs the same at a million reports as at ten. A campaign's busiest window is
kept in ``text_campaigns``, where case priorities read it; the campaign's other open cases are re-prioritised
when it first qualifies and each time its subjects double.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import NamedTuple

from sqlalchemy import distinct, func, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session
from sqlalchemy.sql import Subquery

from trustdesk.services.base.context import Context
from trustdesk.services.review.case_priority import recompute_priorities
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import CaseRow, ReportRow
from trustdesk.storage.tables_campaigns import ReportTextPrintRow, TextCampaignRow
from trustdesk.triage.repeated_text import RepeatedText

log = logging.getLogger(__name__)

# The newest reports of one fingerprint counted in a window: bounds the work of each report; past it a campaign
# reads "1000 reports" and is no less a campaign.
MAX_COUNTED = 1000


class Counted(NamedTuple):
    repeated: RepeatedText
    first: datetime | None
    last: datetime | None


def record_prints(ctx: Context, tx: Transaction, prints: Sequence[PrintedReport]) -> None:
    """Store the batch's fingerprints, one multi-row statement; their windows are counted once per batch, by
    count_batch, so a batch of reports repeating one text costs one count, not one per report."""
    if not prints or ctx.settings.repeated_text_window_seconds <= 0:
        return
    tx.session.execute(insert(ReportTextPrintRow), [
        {"report_id": p.report_id, "text_print": p.text_print, "subject_id": p.subject_id, "voice": p.voice,
         "created_at": tx.now} for p in prints])


class PrintedReport(NamedTuple):
    report_id: str
    text_print: str
    subject_id: str
    voice: str  # the reporter, or the report id for an anonymous report


def count_batch(ctx: Context, tx: Transaction, text_prints: Iterable[str], batch_cases: set[str]) -> list[str]:
    """Count the window of each fingerprint a batch stored (one probe each); the open cases, outside the batch,
    of the campaigns it grew, to re-prioritise after commit (the batch's own cases get their priority in it)."""
    window = ctx.settings.repeated_text_window_seconds
    distinct_prints = list(dict.fromkeys(text_prints))
    if window <= 0 or not distinct_prints:
        return []
    tx.session.flush()
    grown: dict[str, None] = {}
    for text_print in distinct_prints:
        counted, recent = count_window(tx.session, text_print, tx.now - timedelta(seconds=window))
        found = counted.repeated
        if not found.campaign:
            continue
        refreshed = _keep_busiest(tx, text_print, counted)
        if refreshed is not None and found.subjects < 2 * refreshed:
            continue
        tx.session.execute(update(TextCampaignRow).where(TextCampaignRow.text_print == text_print)
                           .values(refreshed_subjects=found.subjects))
        for case_id in tx.session.execute(
            select(ReportRow.case_id).distinct().join(recent, recent.c.report_id == ReportRow.id)
            .join(CaseRow, CaseRow.id == ReportRow.case_id).where(CaseRow.open_subject_id.isnot(None))
        ).scalars():
            if case_id not in batch_cases:
                grown[case_id] = None
    return list(grown)


def count_window(session: Session, text_print: str, since: datetime) -> tuple[Counted, Subquery]:
    """The newest MAX_COUNTED reports of a fingerprint since ``since``, counted (one probe of the index), and that
    set of reports as a subquery for further use."""
    recent = (
        select(ReportTextPrintRow.report_id, ReportTextPrintRow.subject_id, ReportTextPrintRow.voice,
               ReportTextPrintRow.created_at)
        .where(ReportTextPrintRow.text_print == text_print, ReportTextPrintRow.created_at >= since)
        .order_by(ReportTextPrintRow.created_at.desc()).limit(MAX_COUNTED)
        .subquery()
    )
    reports, subjects, voices, first, last = session.execute(
        select(func.count(), func.count(distinct(recent.c.subject_id)), func.count(distinct(recent.c.voice)),
               func.min(recent.c.created_at), func.max(recent.c.created_at))
    ).one()
    span = (last - first).total_seconds() if reports else 0.0
    return Counted(RepeatedText(reports, subjects, voices, span), first, last), recent


def _keep_busiest(tx: Transaction, text_print: str, counted: Counted) -> int | None:
    """Store this window's counts unless an earlier window reached more subjects; the subjects counted at the last
    re-prioritisation, None for a new campaign. The upsert is one statement, safe when two reports race (both may
    then re-prioritise the campaign's cases, which is only work done twice)."""
    before = tx.session.execute(
        select(TextCampaignRow.refreshed_subjects).where(TextCampaignRow.text_print == text_print)
    ).scalar_one_or_none()
    insert = sqlite_insert if tx.session.get_bind().dialect.name == "sqlite" else pg_insert
    found = counted.repeated
    statement = insert(TextCampaignRow).values(
        text_print=text_print, reports=found.reports, subjects=found.subjects, voices=found.voices,
        span_seconds=found.span_seconds, first_at=counted.first, last_at=counted.last, refreshed_subjects=0,
    )
    table = TextCampaignRow.__table__.c
    tx.session.execute(statement.on_conflict_do_update(
        index_elements=["text_print"],
        set_={name: statement.excluded[name] for name in ("reports", "subjects", "voices", "span_seconds",
                                                          "first_at", "last_at")},
        where=table.subjects <= statement.excluded.subjects,
    ))
    return before


def reprioritise(ctx: Context, case_ids: Sequence[str]) -> None:
    """Recompute the priority of a campaign's other open cases, after the report that grew it was committed.

    The report is stored whatever happens here: on failure the serve loop's periodic recomputation catches up."""
    if not case_ids:
        return
    try:
        recompute_priorities(ctx, case_ids=sorted(case_ids))
    except Exception:  # noqa: BLE001 - the report is filed; a later recomputation will lift these cases
        log.exception("re-prioritising %d cases of a repeated-text campaign failed", len(case_ids))
