"""Every statement intake runs finds its rows through an index: a report costs the same at a million subjects as
at ten. Checked on SQLite's own query plans, whose planner is the one that needs help (PostgreSQL plans from
statistics, and prefers a scan on the tiny tables of a test anyway)."""

from __future__ import annotations

import re
import sqlite3

import pytest
from sqlalchemy import event

from tests.people import platform
from trustdesk.domain.subjects import SubjectKind, SubjectRef
from trustdesk.services.intake import reports
from trustdesk.services.intake.report_journal import journal_reports, settle_journal

# Tables that grow with every report: a full scan of any of them is a cost that grows with the data.
GROWING = {"subjects", "cases", "reports", "report_signals", "report_text_prints", "audit_entries", "reporters",
           "case_events", "intake_journal"}


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)
def test_intake_never_scans_a_table_that_grows_with_reports(ctx, database):
    integration = platform(ctx)
    seen: dict[str, tuple] = {}

    def remember(_conn, _cursor, statement, parameters, _context, executemany):  # noqa: ANN001, ANN202
        if statement.lstrip().upper().startswith(("SELECT", "UPDATE", "DELETE", "INSERT")):
            seen[statement] = tuple(parameters[0] if executemany else parameters)

    for engine in {database.engine, database.read_engine}:
        event.listen(engine, "before_cursor_execute", remember)

    def request(i: int, key: str | None = None):  # noqa: ANN202
        return reports.prepare_report(ctx, actor=integration.principal, category="harassment",
                                      ref=SubjectRef(SubjectKind.ACCOUNT, f"acc{i % 3}", None),
                                      text=f"he keeps insulting everyone in the thread {i}", reporter=f"r{i}",
                                      idempotency_key=key)

    journal_reports(ctx, [request(i, f"k{i}") for i in range(4)])
    journal_reports(ctx, [request(1, "k1"), request(7)])  # a retried key, and a new report
    settle_journal(ctx, limit=50)
    reports.file_reports(ctx, [request(8, "k8"), request(2, "k2")])  # stored at once (the CLI's and tests' path)
    for engine in {database.engine, database.read_engine}:
        event.remove(engine, "before_cursor_execute", remember)

    scans = []
    path = database.url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as raw:
        for statement, parameters in seen.items():
            if statement.lstrip().upper().startswith("INSERT") and "SELECT" not in statement.upper():
                continue
            plan = [detail for *_ids, detail in raw.execute(f"EXPLAIN QUERY PLAN {statement}", parameters)]
            # The first rows in key order (the journal's two ends): a scan that stops at once, if not sorted first.
            ordered_probe = (re.search(r"\bORDER BY\b.*\bLIMIT\b", statement, re.IGNORECASE | re.DOTALL)
                             and not any("TEMP B-TREE" in detail for detail in plan))
            for detail in plan:
                table = re.match(r"SCAN (\w+)", detail)
                if table and table.group(1) in GROWING and not ordered_probe:
                    scans.append(f"{detail}: {' '.join(statement.split())[:300]}")
    assert len(seen) > 20
    assert scans == [], "\n".join(scans)
