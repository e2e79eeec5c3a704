"""What a batch of reports looks up once, and the one statement that counts it on its reporters
(report_batch.py): open cases, reporters already on a case, trusted flaggers, reports filed under retried keys."""

from __future__ import annotations

from collections import Counter
from typing import cast

from sqlalchemy import Table, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from trustdesk.storage.database import Transaction
from trustdesk.storage.key_lists import each_column_in
from trustdesk.storage.tables import CaseRow, ReportRow
from trustdesk.storage.tables_triage import ReporterRow

CHUNK = 500  # bound on the values of one IN (...) list


def open_cases(tx: Transaction, subject_ids: list[str]) -> dict[str, CaseRow]:
    """The open case of each subject, locked (in id order, so two batches cannot deadlock on them)."""
    found: dict[str, CaseRow] = {}
    for start in range(0, len(subject_ids), CHUNK):
        query = select(CaseRow).where(CaseRow.open_subject_id.in_(subject_ids[start:start + CHUNK])) \
            .order_by(CaseRow.id).with_for_update()
        found.update({row.subject_id: row for row in tx.session.execute(query).scalars()})
    return found


def reporters_seen(tx: Transaction, case_ids: list[str], reporters: set[str | None]) -> set[tuple[str, str]]:
    """(case, reporter) pairs already on record, for the named reporters of the batch (the cases are locked)."""
    named = sorted(r for r in reporters if r is not None)
    if not case_ids or not named:
        return set()
    seen: set[tuple[str, str]] = set()
    for start in range(0, len(case_ids), CHUNK):
        seen.update((case_id, reporter or "") for case_id, reporter in tx.session.execute(
            select(ReportRow.case_id, ReportRow.reporter).distinct()
            .where(ReportRow.case_id.in_(case_ids[start:start + CHUNK]), ReportRow.reporter.in_(named))))
    return seen


def trusted_flaggers(tx: Transaction, reporters: set[str | None]) -> set[str]:
    named = sorted(r for r in reporters if r is not None)
    if not named:
        return set()
    return set(tx.session.execute(select(ReporterRow.id).where(
        ReporterRow.id.in_(named), ReporterRow.trusted_flagger.is_(True), ReporterRow.muted.is_(False))).scalars())


def reports_by_key(tx: Transaction, keys: list[tuple[str, str]]) -> dict[tuple[str, str], tuple[str, str]]:
    """Reports filed earlier under these (filer, idempotency key) pairs: (report id, case id)."""
    if not keys:
        return {}
    found: dict[tuple[str, str], tuple[str, str]] = {}
    asked = set(keys)
    for start in range(0, len(keys), CHUNK):
        for filed_by, key, report_id, case_id in tx.session.execute(
                select(ReportRow.filed_by, ReportRow.idempotency_key, ReportRow.id, ReportRow.case_id)
                .where(each_column_in((ReportRow.filed_by, ReportRow.idempotency_key), keys[start:start + CHUNK]))):
            if (filed_by, key or "") in asked:
                found[(filed_by, key or "")] = (report_id, case_id)
    return found


def count_reporters(tx: Transaction, counts: Counter[str]) -> None:
    """Count the batch's reports on their reporters' profiles, creating those first seen; one statement, safe
    under races (rows in a fixed order, so two processes' batches cannot deadlock on them)."""
    if not counts:
        return
    insert_ = sqlite_insert if tx.session.get_bind().dialect.name == "sqlite" else pg_insert
    table = cast(Table, ReporterRow.__table__)
    statement = insert_(table)
    # One statement run for many rows (compiled once and cached), not one statement with many VALUES rows,
    # which is compiled anew for every batch size.
    tx.session.connection().execute(statement.on_conflict_do_update(
        index_elements=["id"],
        set_={"total_reports": table.c.total_reports + statement.excluded.total_reports,
              "last_seen": statement.excluded.last_seen},
    ), [{"id": reporter, "total_reports": counts[reporter], "decided_reports": 0, "dismissed_reports": 0,
         "trusted_flagger": False, "muted": False, "first_seen": tx.now, "last_seen": tx.now}
        for reporter in sorted(counts)])
