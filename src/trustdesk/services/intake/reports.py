"""Filing reports: each lands in the one open case for its subject, scored, weighed and routed to a queue."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError, InterfaceError, OperationalError

from trustdesk.audit.verbs import AuditVerb
from trustdesk.domain.errors import DomainError, InvalidInput
from trustdesk.domain.ids import new_id
from trustdesk.domain.reports import (
    MAX_IDEMPOTENCY_KEY,
    MAX_REPORTER,
    ReportSource,
    parse_category,
    validate_report_text,
)
from trustdesk.domain.subjects import SubjectKind, SubjectRef
from trustdesk.domain.values import check_text
from trustdesk.services.base.context import Context
from trustdesk.services.base.platforms import resolve_ref, subject_label
from trustdesk.services.base.principals import Principal
from trustdesk.services.base.subjects import find_or_create_subject
from trustdesk.services.intake import intake_limits, repeated_text
from trustdesk.services.intake.report_cases import count_report_on_case, find_open_case, open_case
from trustdesk.services.intake.report_snapshots import clean_snapshot, known_content, snapshot_of
from trustdesk.services.intake.scoring import score_texts
from trustdesk.services.oversight.reporter_updates import acknowledge_report
from trustdesk.services.review.case_content import content_language
from trustdesk.services.review.case_priority import compute_triage
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import CaseRow, ReportRow, SubjectRow
from trustdesk.storage.tables_triage import ReporterRow, ReportSignalRow
from trustdesk.triage.repeated_text import text_print
from trustdesk.triage.signals import ContentSignals

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReportReceipt:
    id: str
    case_id: str
    duplicate: bool = False

    def to_dict(self) -> dict:
        return {"id": self.id, "case_id": self.case_id, "duplicate": self.duplicate}


def file_report(
    ctx: Context,
    *,
    actor: Principal,
    ref: SubjectRef,
    category: str,
    text: str = "",
    reporter: str | None = None,
    source: str = "user",
    idempotency_key: str | None = None,
    snapshot: dict | None = None,
) -> ReportReceipt:
    """Store a report and attach it to its subject's open case; a retried idempotency key counts once.

    snapshot: the reported content as the platform sent it ({"text", "handle", "links", "media"}); without one,
    a post's content as last synced is kept. The content score is computed on that content, the reporter's
    words are scored apart."""
    request = prepare_report(ctx, actor=actor, ref=ref, category=category, text=text, reporter=reporter,
                             source=source, idempotency_key=idempotency_key, snapshot=snapshot)
    (outcome,) = file_reports(ctx, [request])
    if isinstance(outcome, BaseException):
        raise outcome
    return outcome


@dataclass(frozen=True)
class ReportRequest:
    """A report checked and admitted (rate limits), not yet stored."""

    actor: Principal
    ref: SubjectRef
    category: str
    text: str
    reporter: str | None
    source: ReportSource
    idempotency_key: str | None
    snapshot: dict | None
    fingerprint: str | None


def prepare_report(
    ctx: Context,
    *,
    actor: Principal,
    ref: SubjectRef,
    category: str,
    text: str = "",
    reporter: str | None = None,
    source: str = "user",
    idempotency_key: str | None = None,
    snapshot: dict | None = None,
) -> ReportRequest:
    """Everything that can refuse a report without the database: its fields, then the rate limits (429)."""
    parsed_category = parse_category(category)
    validate_report_text(text)
    check_text(reporter, "reporter")
    check_text(idempotency_key, "idempotency_key")
    if reporter is not None and len(reporter) > MAX_REPORTER:
        raise InvalidInput(f"reporter is over {MAX_REPORTER} characters", field="reporter")
    if idempotency_key is not None and not 0 < len(idempotency_key) <= MAX_IDEMPOTENCY_KEY:
        raise InvalidInput(f"idempotency key must be 1..{MAX_IDEMPOTENCY_KEY} characters", field="idempotency_key")
    try:
        parsed_source = ReportSource(source)
    except ValueError:
        raise InvalidInput(f"unknown source {source!r}", field="source") from None
    cleaned = clean_snapshot(snapshot)
    intake_limits.check_rate(ctx, actor, reporter)  # 429 before any work
    return ReportRequest(actor, ref, parsed_category.value, text, reporter, parsed_source, idempotency_key, cleaned,
                         intake_limits.fingerprint(actor, ref, reporter, text))


def file_reports(ctx: Context, requests: Sequence[ReportRequest]) -> list[ReportReceipt | Exception]:
    """Store reports in ONE transaction (one commit, one fsync): a report that fails (unknown platform, a bug)
    gets its exception back in its place and the others are stored.

    First without savepoints (a SAVEPOINT and its RELEASE, each with a flush, were the largest share of a
    report's cost in the writer); if any report fails, that attempt is rolled back whole and the batch is
    stored again with a savepoint per report, so the failure stays the failing report's own.

    A failure of the transaction itself (database down, commit refused) raises: then none is stored. The
    audit entries of all the reports are chained at commit in one append, in the order given."""
    incoming = _score(ctx, requests)
    savepoints = False
    # Two first reports on one subject can race (another process) to open its case; the unique open-case key
    # lets one win and the loser retries (in its savepoint, or the whole attempt), joining the winner's case.
    for attempt in range(4):
        try:
            with ctx.db.transaction(ctx.clock) as tx:
                filed: list[_Filed] = []
                # Identical reports already stored, and those stored by this batch as it goes: a repeat folds.
                earlier = intake_limits.earlier_reports(ctx, tx, (r.fingerprint for r in requests))
                _load_reporters(tx, requests)
                file = _file_in_savepoint if savepoints else _file_or_abandon
                outcomes = [file(ctx, tx, request, report, filed, earlier)
                            for request, report in zip(requests, incoming, strict=True)]
                # The batch's fingerprints counted once each, before _triage reads the campaigns they grew.
                grown = repeated_text.count_batch(ctx, tx, (f.text_print for f in filed if f.text_print),
                                                  {f.case.id for f in filed})
                _triage(ctx, tx, filed)
        except _Abandoned as abandoned:  # rolled back: nothing of this attempt is stored
            error = abandoned.error
            if len(requests) == 1 and (not isinstance(error, IntegrityError) or attempt == 3):
                if not isinstance(error, DomainError):
                    log.error("report failed", exc_info=error)
                return [error]  # a lone report's failure is the whole batch's: no need to file it again
            savepoints = len(requests) > 1
        except IntegrityError:  # at commit: which report it was is known only with savepoints
            if attempt == 3:
                raise
            savepoints = len(requests) > 1
        else:
            # A campaign this batch grew raises its other open cases too: after commit, in their own transactions.
            repeated_text.reprioritise(ctx, grown)
            return outcomes
    raise AssertionError("unreachable")


class _Abandoned(Exception):  # noqa: N818 - not an error of its own: carries a report's failure out of the attempt
    def __init__(self, error: Exception) -> None:
        super().__init__(str(error))
        self.error = error


def _file_or_abandon(ctx: Context, tx: Transaction, request: ReportRequest, incoming: _Incoming,
                     filed: list[_Filed], earlier: dict[str, tuple[str, str]]) -> ReportReceipt:
    """_file_one without a savepoint; a report's failure abandons the attempt (database failures pass as they are)."""
    try:
        receipt, stored = _file_one(ctx, tx, request, incoming, earlier)
    except (OperationalError, InterfaceError):
        raise  # the database itself: the whole transaction fails
    except Exception as error:  # noqa: BLE001 - filed again with savepoints, where it fails alone
        raise _Abandoned(error) from error
    if stored is not None:
        filed.append(stored)
        if request.fingerprint is not None:
            earlier[request.fingerprint] = (receipt.id, receipt.case_id)
    return receipt


@dataclass(frozen=True)
class _Filed:
    case: CaseRow
    subject: SubjectRow
    reporter: str | None
    audit_payload: dict
    text_print: str | None  # stored for the repeated-text count (None: too short, or counting off)


def _triage(ctx: Context, tx: Transaction, filed: list[_Filed]) -> None:
    """What the stored reports of a batch share, done once for the batch inside its transaction: the reporters'
    counts (one statement), then the queue and priority of every case touched (one computation, six queries, not
    six per report), so a case has its priority when its reports are acknowledged. Each report's audit entry,
    sealed at commit, records the priority its case has after the batch."""
    if not filed:
        return
    _count_reporters(tx, Counter(f.reporter for f in filed if f.reporter is not None))
    cases = {f.case.id: (f.case, f.subject) for f in filed}
    tx.session.flush()
    for triage, (case, _subject) in zip(compute_triage(ctx, tx.session, tx.now, list(cases.values())),
                                        cases.values(), strict=True):
        case.queue, case.priority, case.priority_line = triage.queue, triage.priority.score, triage.priority.line
    for f in filed:
        f.audit_payload.update(queue=f.case.queue, priority=f"{f.case.priority:.2f}")


def _file_in_savepoint(ctx: Context, tx: Transaction, request: ReportRequest, incoming: _Incoming,
                       filed: list[_Filed], earlier: dict[str, tuple[str, str]]) -> ReportReceipt | Exception:
    audit_mark, callback_mark = len(tx.audit_entries), len(tx.after_commit_callbacks)
    for attempt in range(3):
        savepoint = tx.session.begin_nested()
        try:
            receipt, stored = _file_one(ctx, tx, request, incoming, earlier)
            savepoint.commit()
            if stored is not None:
                filed.append(stored)
                if request.fingerprint is not None:
                    earlier[request.fingerprint] = (receipt.id, receipt.case_id)
            return receipt
        except (OperationalError, InterfaceError):
            raise  # the database itself: the whole transaction fails
        except Exception as error:  # noqa: BLE001 - this report alone fails; its neighbours in the batch go on
            savepoint.rollback()
            del tx.audit_entries[audit_mark:]
            del tx.after_commit_callbacks[callback_mark:]
            if isinstance(error, IntegrityError) and attempt < 2:
                continue  # lost a race to open the subject's case: join the winner's
            if not isinstance(error, DomainError):
                log.error("report failed inside its batch", exc_info=error)
            return error
    raise AssertionError("unreachable")


def _file_one(ctx: Context, tx: Transaction, request: ReportRequest, incoming: _Incoming,
              earlier_reports: dict[str, tuple[str, str]]) -> tuple[ReportReceipt, _Filed | None]:
    if request.idempotency_key is not None:
        earlier = tx.session.execute(
            select(ReportRow).where(
                ReportRow.filed_by == request.actor.id, ReportRow.idempotency_key == request.idempotency_key
            )
        ).scalar_one_or_none()
        if earlier is not None:
            return ReportReceipt(earlier.id, earlier.case_id, duplicate=True), None
    folded = earlier_reports.get(request.fingerprint) if request.fingerprint is not None else None
    if folded is not None:  # the same report again: counted on the first, not stored, not audited
        intake_limits.count_duplicate(tx, folded[0])
        return ReportReceipt(*folded, duplicate=True), None
    return _file(ctx, tx, request.actor, request.ref, incoming)


def _score(ctx: Context, requests: Sequence[ReportRequest]) -> list[_Incoming]:
    """Score every text of the batch in one call to the scorer, before the transaction (it never holds a lock):
    a model call on one text costs about what it costs on a hundred."""
    contents = [(r.snapshot or {}).get("text") for r in requests]
    missing = [i for i, (r, c) in enumerate(zip(requests, contents, strict=True))
               if c is None and r.ref.kind is SubjectKind.POST]
    if missing:
        with ctx.db.read() as session:
            for i in missing:
                contents[i] = known_content(session, requests[i].actor, requests[i].ref)
    texts = list(dict.fromkeys([r.text for r in requests] + [c for c in contents if c]))
    scored = dict(zip(texts, score_texts(ctx, texts), strict=True))
    incoming = []
    for request, content_text in zip(requests, contents, strict=True):
        reporter_signals = scored[request.text]
        signals = scored[content_text] if content_text else reporter_signals
        if signals[0] is not None and signals[0].language is None and reporter_signals[0] is not None:
            # Content too short to tell its language ("contenu"): the reporter's words tell the community's.
            signals = (replace(signals[0], language=reporter_signals[0].language), signals[1])
        incoming.append(_Incoming(
            request.category, request.text, request.reporter, request.source, request.idempotency_key,
            signals=signals[0], scorer=signals[1], snapshot=request.snapshot,
            reporter_abuse=reporter_signals[0].abuse if reporter_signals[0] else None,
            reporter_language=reporter_signals[0].language if reporter_signals[0] else None,
            fingerprint=request.fingerprint,
            text_print=text_print(content_text or request.text),  # what is scored is what a campaign repeats
        ))
    return incoming


@dataclass(frozen=True)
class _Incoming:
    category: str
    text: str
    reporter: str | None
    source: ReportSource
    idempotency_key: str | None
    signals: ContentSignals | None
    scorer: str
    snapshot: dict | None = None
    reporter_abuse: float | None = None
    reporter_language: str | None = None
    fingerprint: str | None = None
    text_print: str | None = None


def _file(ctx: Context, tx: Transaction, actor: Principal, ref: SubjectRef,
          incoming: _Incoming) -> tuple[ReportReceipt, _Filed]:
    subject, new_subject = find_or_create_subject(tx, resolve_ref(tx.session, actor, ref))
    label = subject_label(tx.session, subject)
    snapshot = incoming.snapshot or snapshot_of(subject)
    # A subject this transaction just created has no case yet: no need to look for (and lock) one.
    existing = None if new_subject else find_open_case(tx, subject)
    case = existing or open_case(tx, subject, incoming.category)
    # A case this report opened holds no other report: its language and reporter count need no query.
    fresh_case = existing is None
    source = ReportSource.TRUSTED_FLAGGER if _trusted_flagger(tx, incoming.reporter) else incoming.source
    report = ReportRow(
        id=new_id("rep"), subject_id=subject.id, case_id=case.id, category=incoming.category, text=incoming.text,
        reporter=incoming.reporter, source=source.value, filed_by=actor.id,
        idempotency_key=incoming.idempotency_key, snapshot=snapshot, reporter_text_abuse=incoming.reporter_abuse,
        reporter_language=incoming.reporter_language,
        created_at=tx.now, fingerprint=incoming.fingerprint,
    )
    tx.session.add(report)
    # Flushed before the rows that refer to it: with no relationship() between the tables, SQLAlchemy orders a
    # flush's INSERTs by class name, not by foreign key (a subject and its case in one flush failed on SQLite).
    tx.session.flush()
    signals = incoming.signals
    # Every report gets a signals row, scored or not: invalidation marks it there.
    tx.session.add(ReportSignalRow(
        report_id=report.id, case_id=case.id, language=signals.language if signals else None,
        abuse=signals.abuse if signals else 0.0, labels=list(signals.labels) if signals else [],
        explanation=signals.explanation[:300] if signals else "", scorer=incoming.scorer[:120],
    ))
    if signals is not None and fresh_case:
        case.language = signals.language or case.language
    elif signals is not None:
        tx.session.flush()
        case.language = content_language(tx.session, case.id, case.language)  # follows content, not first report
    # The reporter count, queue and priority: once per batch, in _triage.
    count_report_on_case(tx, case, report, fresh_case)
    stored_print = repeated_text.record(ctx, tx, report, incoming.text_print)
    # The receipt goes to the reporter: in the language of their own words, not of the content reported.
    acknowledge_report(ctx, tx, report, subject, report.reporter_language)
    reporter = incoming.reporter
    payload = {"case_id": case.id, "category": incoming.category, "reporter": reporter,
               "source": source.value, "queue": None, "priority": None,  # filled in by _triage, before commit
               # The audit log's canonical form has no floats: numbers that are not whole go as text.
               "language": signals.language if signals else None,
               "abuse": f"{signals.abuse:.4f}" if signals else None}
    tx.record(
        actor=actor.label, verb=AuditVerb.REPORT_FILED, subject=label, object_id=report.id,
        summary=f"{reporter or 'anonymous'} reported {label} for {incoming.category} (case {case.id})",
        payload=payload,
    )
    return ReportReceipt(report.id, case.id), _Filed(case, subject, incoming.reporter, payload, stored_print)


def _load_reporters(tx: Transaction, requests: Sequence[ReportRequest]) -> None:
    """The batch's known reporter profiles in one query, into the session: _trusted_flagger then reads them
    without a query each; a reporter without a profile is remembered as such."""
    named = sorted({r.reporter for r in requests if r.reporter is not None})
    # Loaded as rows, so they sit in the session's identity map: session.get finds them without a query.
    found = {row.id for row in tx.session.execute(select(ReporterRow).where(ReporterRow.id.in_(named))).scalars()} \
        if named else set()
    tx.session.info[_NO_PROFILE] = set(named) - found


_NO_PROFILE = "trustdesk.intake.reporters_without_profile"


def _trusted_flagger(tx: Transaction, reporter: str | None) -> bool:
    """A report from a trusted flagger (DSA Art. 22) is marked as such whatever the platform said."""
    if reporter is None or reporter in tx.session.info.get(_NO_PROFILE, ()):
        return False
    profile = tx.session.get(ReporterRow, reporter)
    return bool(profile and profile.trusted_flagger and not profile.muted)


def _count_reporters(tx: Transaction, counts: Counter[str]) -> None:
    """Count the batch's reports on their reporters' profiles, creating those first seen; one statement, safe
    under races (rows in a fixed order, so two processes' batches cannot deadlock on them)."""
    if not counts:
        return
    insert = sqlite_insert if tx.session.get_bind().dialect.name == "sqlite" else pg_insert
    statement = insert(ReporterRow).values([
        {"id": reporter, "total_reports": counts[reporter], "decided_reports": 0, "dismissed_reports": 0,
         "trusted_flagger": False, "muted": False, "first_seen": tx.now, "last_seen": tx.now}
        for reporter in sorted(counts)
    ])
    tx.session.execute(statement.on_conflict_do_update(
        index_elements=["id"],
        set_={"total_reports": ReporterRow.__table__.c.total_reports + statement.excluded.total_reports,
              "last_seen": statement.excluded.last_seen},
    ))
