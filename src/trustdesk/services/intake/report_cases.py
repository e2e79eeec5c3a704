"""The one open case of a subject: found (locked) or opened, and each report counted on it."""

from __future__ import annotations

from sqlalchemy import select

from trustdesk.audit.verbs import AuditVerb
from trustdesk.domain.cases import CaseState
from trustdesk.domain.ids import new_id
from trustdesk.services.base.platforms import subject_label
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import CaseEventRow, CaseRow, ReportRow, SubjectRow


def find_open_case(tx: Transaction, subject: SubjectRow) -> CaseRow | None:
    return tx.session.execute(
        select(CaseRow).where(CaseRow.open_subject_id == subject.id).with_for_update()
    ).scalar_one_or_none()


def open_case(tx: Transaction, subject: SubjectRow, category: str) -> CaseRow:
    case = CaseRow(
        id=new_id("case"), subject_id=subject.id, open_subject_id=subject.id, state=CaseState.OPEN.value,
        category=category, categories=[category], report_count=0, unique_reporters=0,
        first_report_at=tx.now, last_report_at=tx.now, created_at=tx.now, updated_at=tx.now,
    )
    tx.session.add(case)
    tx.session.flush()
    tx.session.add(CaseEventRow(id=new_id("cev"), case_id=case.id, at=tx.now, actor=None, kind="opened",
                                detail={"category": category}))
    label = subject_label(tx.session, subject)
    tx.record(actor="trustdesk", verb=AuditVerb.CASE_CREATED, subject=label,
              object_id=case.id, summary=f"case {case.id} opened for {label}",
              payload={"category": category})
    return case


def count_report_on_case(tx: Transaction, case: CaseRow, report: ReportRow, fresh_case: bool) -> None:
    case.report_count += 1
    # An index probe rather than a count over the case: a viral case has thousands of reports. The case row is
    # locked (find_open_case), so two reports from one reporter cannot both count as new.
    seen_before = report.reporter is not None and not fresh_case and tx.session.execute(
        select(ReportRow.id).where(ReportRow.reporter == report.reporter, ReportRow.case_id == case.id,
                                   ReportRow.id != report.id).limit(1)
    ).first() is not None
    case.unique_reporters += 0 if seen_before else 1
    if report.category not in case.categories:
        case.categories = [*case.categories, report.category]
    case.last_report_at = case.updated_at = tx.now
