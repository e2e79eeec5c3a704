"""Storing a batch of scored reports in one transaction, set by set rather than report by report.

Why set-wise: written one report at a time through the ORM, a report cost about twenty statements and four
flushes (6-7 ms of CPU), which capped intake far below what the disk allows. Here each kind of row is looked up
once for the whole batch (subjects, open cases, earlier identical reports, reporters already seen on a case) and
inserted with one multi-row statement; the queue and priority of every case touched are computed once.

What a report does, in order: a retried idempotency key answers the earlier report; the same report again
(reporter, subject, text) is counted on the first; otherwise the report lands in its subject's one open case
(opened if none), its content's signals beside it, counted on the case and on its reporter, fingerprinted for
repeated-text campaigns, receipted to a named reporter, and written to the audit log — case opening first, in
the order the reports were given.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Table, bindparam, insert, select, update

from trustdesk.audit.verbs import AuditVerb
from trustdesk.domain.cases import CaseState
from trustdesk.domain.errors import DomainError
from trustdesk.domain.ids import new_id
from trustdesk.domain.reports import ReportSource
from trustdesk.domain.subjects import SubjectRef
from trustdesk.services.base.context import Context
from trustdesk.services.base.platforms import default_platform, resolve_ref
from trustdesk.services.intake import intake_limits, repeated_text
from trustdesk.services.intake import journal_rows as journal
from trustdesk.services.intake.batch_lookups import (
    CHUNK,
    count_reporters,
    open_cases,
    reporters_seen,
    reports_by_key,
    trusted_flaggers,
)
from trustdesk.services.intake.journal_rows import lock_subjects, subject_key
from trustdesk.services.intake.report_requests import ReportReceipt, ScoredReport
from trustdesk.services.intake.report_snapshots import snapshot_of
from trustdesk.services.oversight.reporter_updates import Receipt, acknowledge_reports
from trustdesk.services.review.case_content import content_languages
from trustdesk.services.review.case_priority import compute_triage
from trustdesk.storage.database import Transaction
from trustdesk.storage.key_lists import each_column_in
from trustdesk.storage.tables import Base, CaseEventRow, CaseRow, ReportRow, SubjectRow
from trustdesk.storage.tables_triage import ReportSignalRow

log = logging.getLogger(__name__)


@dataclass
class _Stored:
    """One report of the batch that is stored (not a retry, not a repeat)."""

    scored: ScoredReport
    ref: SubjectRef
    id: str = ""
    subject: SubjectRow | None = None
    case: CaseRow | None = None
    opened_case: bool = False
    source: ReportSource = ReportSource.USER

    def __post_init__(self) -> None:
        self.id = self.scored.report_id or new_id("rep")


_Repeat = tuple[int, bool]  # the position of the first report, and whether this one repeats it (not a retry)


def store_batch(ctx: Context, tx: Transaction, batch: Sequence[ScoredReport]) -> tuple[
        list[ReportReceipt | Exception], list[str]]:
    """Store the batch in ``tx``; each report's receipt or its own refusal, in order, and the open cases outside
    the batch of the repeated-text campaigns it grew (to re-prioritise after commit)."""
    outcomes: list[ReportReceipt | Exception | None] = [None] * len(batch)
    refs: dict[int, SubjectRef] = {}
    for i, scored in enumerate(batch):
        try:
            refs[i] = resolve_ref(tx.session, scored.request.actor, scored.request.ref)
        except DomainError as refused:  # nothing is written yet: refusing one report costs the others nothing
            outcomes[i] = refused
    stored, same_as = _sort_out(ctx, tx, batch, refs, outcomes)
    grown = _place(ctx, tx, list(stored.values())) if stored else []
    for position, report in stored.items():
        assert report.case is not None
        outcomes[position] = ReportReceipt(report.id, report.case.id)
    for i, (first, repeat) in same_as.items():
        original = stored[first]
        assert original.case is not None
        if repeat:  # the same report again: counted on the first, not stored, not audited
            intake_limits.count_duplicate(tx, original.id)
        outcomes[i] = ReportReceipt(original.id, original.case.id, duplicate=True)
    return [o if o is not None else AssertionError("unanswered") for o in outcomes], grown


def _sort_out(ctx: Context, tx: Transaction, batch: Sequence[ScoredReport], refs: dict[int, SubjectRef],
              outcomes: list[ReportReceipt | Exception | None]) -> tuple[dict[int, _Stored], dict[int, _Repeat]]:
    """Which reports to store (by position), and which answer with an earlier report: a retried idempotency key
    (in the database, or earlier in this batch), or the same report again within the window (counted on it)."""
    retried = reports_by_key(tx, [(batch[i].request.actor.id, batch[i].request.idempotency_key or "")
                                   for i in refs if batch[i].request.idempotency_key])
    earlier = intake_limits.earlier_reports(ctx, tx, (batch[i].request.fingerprint for i in refs))
    stored: dict[int, _Stored] = {}
    same_as: dict[int, _Repeat] = {}
    first_by_key: dict[tuple[str, str], int] = {}
    first_by_print: dict[str, int] = {}
    for i, ref in refs.items():
        request = batch[i].request
        key = (request.actor.id, request.idempotency_key) if request.idempotency_key else None
        if key is not None and key in retried:
            outcomes[i] = ReportReceipt(*retried[key], duplicate=True)
        elif key is not None and key in first_by_key:
            same_as[i] = (first_by_key[key], False)
        elif request.fingerprint is not None and request.fingerprint in earlier:
            report_id, case_id = earlier[request.fingerprint]
            intake_limits.count_duplicate(tx, report_id)
            outcomes[i] = ReportReceipt(report_id, case_id, duplicate=True)
        elif request.fingerprint is not None and request.fingerprint in first_by_print:
            same_as[i] = (first_by_print[request.fingerprint], True)
        else:
            if key is not None:
                first_by_key[key] = i
            if request.fingerprint is not None:
                first_by_print[request.fingerprint] = i
            stored[i] = _Stored(batch[i], ref)
    return stored, same_as


def _place(ctx: Context, tx: Transaction, stored: list[_Stored]) -> list[str]:
    """Subjects, cases, reports and everything counted on them, for the reports to store; the campaigns' other
    cases to re-prioritise."""
    subjects = _subjects(tx, [s.ref for s in stored])
    for report in stored:
        report.subject = subjects[_key(report.ref)]
    lock_subjects(tx, [subject_key(ref) for ref in {s.ref for s in stored}])
    cases = open_cases(tx, sorted({s.id for s in subjects.values()}))
    new_cases = _count_on_cases(tx, stored, cases, _case_ids(tx, stored, cases))
    _insert_rows(ctx, tx, stored, new_cases)
    grown = _triage(ctx, tx, stored, new_cases)
    # The receipt goes to the reporter: in the language of their own words, not of the content reported.
    acknowledge_reports(ctx, tx, [
        Receipt(report.id, report.case.id, report.scored.request.reporter, report.scored.request.category,
                report.source is ReportSource.TRUSTED_FLAGGER, report.subject, report.scored.reporter_language)
        for report in stored if report.case is not None and report.subject is not None])
    _record(tx, stored)
    return grown


def _case_ids(tx: Transaction, stored: list[_Stored], open_cases: dict[str, CaseRow]) -> dict[str, str | CaseRow]:
    """For the reports that do not simply join their subject's open case, the case to put them in: its row if it
    exists, else the id to open it under.

    A report acknowledged before it was stored (report_journal.py) was promised a case in its receipt; one
    stored at once takes the case an acknowledged, unsettled report on its subject was promised, so both land in
    one case."""
    wanted = {s.id: s.scored.case_id for s in stored if s.scored.case_id}
    unplaced = [s for s in stored if not s.scored.case_id and s.subject is not None
                and s.subject.id not in open_cases]
    if unplaced:
        promised = journal.promised_cases(tx.session, sorted({subject_key(s.ref) for s in unplaced}))
        wanted.update({s.id: promised[subject_key(s.ref)] for s in unplaced if subject_key(s.ref) in promised})
    others = sorted(set(wanted.values()) - {case.id for case in open_cases.values()})
    existing = {row.id: row for row in tx.session.execute(
        select(CaseRow).where(CaseRow.id.in_(others)).order_by(CaseRow.id).with_for_update()).scalars()} \
        if others else {}
    placed: dict[str, str | CaseRow] = {}
    for report in stored:
        case_id = wanted.get(report.id)
        if case_id is None:
            continue
        if case_id not in existing:
            placed[report.id] = case_id
        elif report.scored.case_id:  # decided since: the report arrived while it was open, it joins it
            placed[report.id] = existing[case_id]
        # else: the promised case was decided before this report came; it opens a new one, as any report would
    return placed


def _count_on_cases(tx: Transaction, stored: list[_Stored], cases: dict[str, CaseRow],
                    promised: dict[str, str | CaseRow]) -> list[CaseRow]:
    """Each report into its subject's open case (opened if none), counted there; the cases opened.

    A report acknowledged before it was stored goes to the case its receipt named, even one decided in
    between (it arrived while the case was open); one stored at once opens the id a pending report was
    promised, if any."""
    seen = reporters_seen(tx, [c.id for c in cases.values()] + [c.id for c in promised.values()
                                                                  if isinstance(c, CaseRow)],
                           {s.scored.request.reporter for s in stored})
    trusted = trusted_flaggers(tx, {s.scored.request.reporter for s in stored})
    new_cases: list[CaseRow] = []
    for report in stored:
        assert report.subject is not None
        request = report.scored.request
        wanted = promised.get(report.id)
        case = cases.get(report.subject.id)
        if isinstance(wanted, CaseRow):
            case = wanted
        elif case is not None and isinstance(wanted, str) and case.id != wanted:
            log.warning("report %s was promised case %s; its subject's open case is %s", report.id, wanted, case.id)
        if case is None:
            case = cases[report.subject.id] = CaseRow(
                id=wanted if isinstance(wanted, str) else new_id("case"),
                subject_id=report.subject.id, open_subject_id=report.subject.id,
                state=CaseState.OPEN.value, category=request.category, categories=[request.category],
                report_count=0, unique_reporters=0, first_report_at=tx.now, last_report_at=tx.now,
                created_at=tx.now, updated_at=tx.now,
                language=report.scored.signals.language if report.scored.signals else None)
            new_cases.append(case)
            report.opened_case = True
        report.case = case
        # An anonymous report is a reporter of its own; a named one counts once per case.
        if request.reporter is None or (case.id, request.reporter) not in seen:
            case.unique_reporters += 1
            if request.reporter is not None:
                seen.add((case.id, request.reporter))
        case.report_count += 1
        if request.category not in case.categories:
            case.categories = [*case.categories, request.category]
        case.last_report_at = case.updated_at = tx.now
        # DSA Art. 22: a trusted flagger's report is marked as such whatever the platform said.
        report.source = ReportSource.TRUSTED_FLAGGER if request.reporter in trusted else request.source
    return new_cases


def _insert_rows(ctx: Context, tx: Transaction, stored: list[_Stored], new_cases: list[CaseRow]) -> None:
    """One multi-row statement per table. The cases opened stay out of the session: nothing else in the batch
    changes them but their triage, written after it."""
    connection = tx.session.connection()
    if new_cases:  # before the rows that refer to them
        connection.execute(insert(_table(CaseRow)), [_case_values(case) for case in new_cases])
        connection.execute(insert(_table(CaseEventRow)), [
            {"id": new_id("cev"), "case_id": case.id, "at": tx.now, "actor": None, "kind": "opened",
             "detail": {"category": case.category}} for case in new_cases])
    connection.execute(insert(_table(ReportRow)), [_report_values(tx, report) for report in stored])
    connection.execute(insert(_table(ReportSignalRow)), [_signal_values(report) for report in stored])
    repeated_text.record_prints(ctx, tx, [
        repeated_text.PrintedReport(s.id, s.scored.text_print, s.subject.id, s.scored.request.reporter or s.id)
        for s in stored if s.scored.text_print and s.subject is not None])
    count_reporters(tx, Counter(s.scored.request.reporter for s in stored if s.scored.request.reporter))


def _triage(ctx: Context, tx: Transaction, stored: list[_Stored], new_cases: list[CaseRow]) -> list[str]:
    """Language, queue and priority of every case the batch touched, once each, after the campaign count; the
    campaigns' other cases to re-prioritise after commit."""
    session = tx.session
    touched = {s.case.id: (s.case, s.subject) for s in stored if s.case is not None and s.subject is not None}
    # The case's language follows its content (most of its reports), not the first report alone.
    languages = content_languages(session, {case_id: case.language for case_id, (case, _) in touched.items()})
    for case_id, (case, _subject) in touched.items():
        case.language = languages[case_id]
    # The batch's fingerprints counted once each, before the triage reads the campaigns they grew.
    grown = repeated_text.count_batch(ctx, tx, (s.scored.text_print for s in stored if s.scored.text_print),
                                      set(touched))
    for triage, (case, _subject) in zip(compute_triage(ctx, session, tx.now, list(touched.values())),
                                        touched.values(), strict=True):
        case.queue, case.priority, case.priority_line = triage.queue, triage.priority.score, triage.priority.line
    if new_cases:  # the cases already in the session are written at commit by the ORM
        cases = _table(CaseRow)
        session.connection().execute(
            update(cases).where(cases.c.id == bindparam("case_id")).values(
                language=bindparam("language"), queue=bindparam("queue"), priority=bindparam("priority"),
                priority_line=bindparam("priority_line")),
            [{"case_id": case.id, "language": case.language, "queue": case.queue, "priority": case.priority,
              "priority_line": case.priority_line} for case in new_cases])
    return grown


def _record(tx: Transaction, stored: list[_Stored]) -> None:
    """The audit entries, in the order the reports came: a case's opening before the report that opened it; each
    report's entry records the queue and priority its case has after the batch."""
    default = default_platform(tx.session)
    for report in stored:
        assert report.case is not None and report.subject is not None
        request = report.scored.request
        subject, case = report.subject, report.case
        label = f"{subject.kind}/{subject.external_id}"
        label = label if subject.platform == default else f"{subject.platform}:{label}"
        if report.opened_case:
            tx.record(actor="trustdesk", verb=AuditVerb.CASE_CREATED, subject=label, object_id=case.id,
                      summary=f"case {case.id} opened for {label}", payload={"category": case.category})
        signals = report.scored.signals
        tx.record(
            actor=request.actor.label, verb=AuditVerb.REPORT_FILED, subject=label, object_id=report.id,
            summary=f"{request.reporter or 'anonymous'} reported {label} for {request.category} (case {case.id})",
            payload={"case_id": case.id, "category": request.category, "reporter": request.reporter,
                     "source": report.source.value, "queue": case.queue, "priority": f"{case.priority:.2f}",
                     # The audit log's canonical form has no floats: numbers that are not whole go as text.
                     "language": signals.language if signals else None,
                     "abuse": f"{signals.abuse:.4f}" if signals else None},
        )


def _table(row: type[Base]) -> Table:
    table = row.__table__
    assert isinstance(table, Table)
    return table


def _row_values(row: Base) -> dict:
    table = _table(type(row))
    return {column.key: getattr(row, column.key) for column in table.columns}


def _case_values(case: CaseRow) -> dict:
    values = _row_values(case)
    values.update(priority=0.0, priority_line="")  # computed below, once the reports are in
    return values


def _key(ref: SubjectRef) -> tuple[str, str, str]:
    return (ref.platform or "", ref.kind.value, ref.external_id)


def _report_values(tx: Transaction, report: _Stored) -> dict:
    request, scored = report.scored.request, report.scored
    assert report.subject is not None and report.case is not None
    return {"id": report.id, "subject_id": report.subject.id, "case_id": report.case.id,
            "category": request.category, "text": request.text, "reporter": request.reporter,
            "source": report.source.value, "filed_by": request.actor.id, "idempotency_key": request.idempotency_key,
            "snapshot": request.snapshot or snapshot_of(report.subject),
            "reporter_text_abuse": scored.reporter_abuse, "reporter_language": scored.reporter_language,
            "created_at": scored.received_at or tx.now, "fingerprint": request.fingerprint, "duplicates": 0,
            "last_duplicate_at": None}


def _signal_values(report: _Stored) -> dict:
    # Every report gets a signals row, scored or not: invalidation marks it there.
    signals = report.scored.signals
    assert report.case is not None
    return {"report_id": report.id, "case_id": report.case.id, "language": signals.language if signals else None,
            "abuse": signals.abuse if signals else 0.0, "labels": list(signals.labels) if signals else [],
            "explanation": signals.explanation[:300] if signals else "", "scorer": report.scored.scorer[:120],
            "invalidated_at": None, "invalidated_by": None}


def _subjects(tx: Transaction, refs: list[SubjectRef]) -> dict[tuple[str, str, str], SubjectRow]:
    """The subjects the batch names, those first seen created (unknown reach, which the policy never takes for
    low). Two processes creating one subject race on its unique key: the loser's batch is filed again."""
    wanted = list(dict.fromkeys(_key(ref) for ref in refs))
    found: dict[tuple[str, str, str], SubjectRow] = {}
    columns = (SubjectRow.platform, SubjectRow.kind, SubjectRow.external_id)
    asked = set(wanted)
    for start in range(0, len(wanted), CHUNK):
        for row in tx.session.execute(select(SubjectRow).where(
                each_column_in(columns, wanted[start:start + CHUNK]))).scalars():
            if (row.platform, row.kind, row.external_id) in asked:
                found[(row.platform, row.kind, row.external_id)] = row
    created = [SubjectRow(id=new_id("sub"), platform=platform, kind=kind, external_id=external_id, handle=None,
                          followers=None, verified=False, tags=[], labels=[], status="active", visibility="visible",
                          state_version=0, author_external_id=None, content=None, reach_hold=None, platform_data={},
                          synced_at=None, created_at=tx.now, updated_at=tx.now)
               for platform, kind, external_id in wanted if (platform, kind, external_id) not in found]
    if created:  # one multi-row statement; the rows stay out of the session (nothing in this batch changes them)
        tx.session.connection().execute(insert(_table(SubjectRow)), [_row_values(row) for row in created])
        found.update({(row.platform, row.kind, row.external_id): row for row in created})
    return found
