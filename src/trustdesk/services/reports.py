"""Filing reports: each lands in the one open case for its subject."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from trustdesk.domain.cases import CaseState
from trustdesk.domain.errors import InvalidInput
from trustdesk.domain.ids import new_id
from trustdesk.domain.reports import (
    MAX_IDEMPOTENCY_KEY,
    MAX_REPORTER,
    ReportSource,
    parse_category,
    validate_report_text,
)
from trustdesk.domain.subjects import SubjectRef
from trustdesk.services.context import Context
from trustdesk.services.principals import Principal
from trustdesk.services.priority import refresh_case_priority
from trustdesk.services.subjects import get_or_create_subject
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import CaseEventRow, CaseRow, ReportRow, SubjectRow


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
) -> ReportReceipt:
    """Store a report and attach it to its subject's open case; a retried idempotency key counts once."""
    parsed_category = parse_category(category)
    validate_report_text(text)
    if reporter is not None and len(reporter) > MAX_REPORTER:
        raise InvalidInput(f"reporter is over {MAX_REPORTER} characters", field="reporter")
    if idempotency_key is not None and not 0 < len(idempotency_key) <= MAX_IDEMPOTENCY_KEY:
        raise InvalidInput(f"idempotency key must be 1..{MAX_IDEMPOTENCY_KEY} characters", field="idempotency_key")
    try:
        parsed_source = ReportSource(source)
    except ValueError:
        raise InvalidInput(f"unknown source {source!r}", field="source") from None
    # Two first reports on one subject can race to open its case; the unique open-case key lets one win
    # and the retry joins the winner's case.
    for attempt in range(3):
        try:
            with ctx.db.transaction(ctx.clock) as tx:
                if idempotency_key is not None:
                    earlier = tx.session.execute(
                        select(ReportRow).where(
                            ReportRow.filed_by == actor.id, ReportRow.idempotency_key == idempotency_key
                        )
                    ).scalar_one_or_none()
                    if earlier is not None:
                        return ReportReceipt(earlier.id, earlier.case_id, duplicate=True)
                return _file(tx, actor, ref, parsed_category.value, text, reporter, parsed_source, idempotency_key)
        except IntegrityError:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def _file(
    tx: Transaction,
    actor: Principal,
    ref: SubjectRef,
    category: str,
    text: str,
    reporter: str | None,
    source: ReportSource,
    idempotency_key: str | None,
) -> ReportReceipt:
    subject = get_or_create_subject(tx, ref)
    case = open_case_for(tx, subject, category)
    report = ReportRow(
        id=new_id("rep"), subject_id=subject.id, case_id=case.id, category=category, text=text,
        reporter=reporter, source=source.value, filed_by=actor.id, idempotency_key=idempotency_key,
        created_at=tx.now,
    )
    tx.session.add(report)
    tx.session.flush()
    _aggregate(tx, case, report)
    refresh_case_priority(tx, case, subject)
    tx.record(
        actor=actor.label, verb="report.filed", subject=str(ref), object_id=report.id,
        summary=f"{reporter or 'anonymous'} reported {ref} for {category} (case {case.id})",
        payload={"case_id": case.id, "category": category, "reporter": reporter, "source": source.value},
    )
    return ReportReceipt(report.id, case.id)


def open_case_for(tx: Transaction, subject: SubjectRow, category: str) -> CaseRow:
    case = tx.session.execute(
        select(CaseRow).where(CaseRow.open_subject_id == subject.id).with_for_update()
    ).scalar_one_or_none()
    if case is not None:
        return case
    case = CaseRow(
        id=new_id("case"), subject_id=subject.id, open_subject_id=subject.id, state=CaseState.OPEN.value,
        category=category, categories=[category], report_count=0, unique_reporters=0,
        first_report_at=tx.now, last_report_at=tx.now, created_at=tx.now, updated_at=tx.now,
    )
    tx.session.add(case)
    tx.session.flush()
    tx.session.add(CaseEventRow(id=new_id("cev"), case_id=case.id, at=tx.now, actor=None, kind="opened",
                                detail={"category": category}))
    tx.record(actor="trustdesk", verb="case.created", subject=f"{subject.kind}/{subject.external_id}",
              object_id=case.id, summary=f"case {case.id} opened for {subject.kind}/{subject.external_id}",
              payload={"category": category})
    return case


def _aggregate(tx: Transaction, case: CaseRow, report: ReportRow) -> None:
    case.report_count += 1
    case.unique_reporters = tx.session.execute(
        select(func.count(func.distinct(func.coalesce(ReportRow.reporter, ReportRow.id))))
        .where(ReportRow.case_id == case.id)
    ).scalar_one()
    if report.category not in case.categories:
        case.categories = [*case.categories, report.category]
    case.last_report_at = case.updated_at = tx.now
