"""The facts domain/automation.py judges, read from the case at the moment a person proposes an action."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from trustdesk.domain.automation import DecisionAutomation, decision_automation
from trustdesk.domain.reports import ReportSource
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import ReportRow
from trustdesk.storage.tables_triage import ReportSignalRow


def automation_of(tx: Transaction, case_id: str | None, now: datetime) -> tuple[bool, DecisionAutomation]:
    """(automated detection, decision automation) for an action a person proposes on this case now; reports
    filed later, and reports a moderator invalidated, played no part."""
    if case_id is None:
        return False, decision_automation(decided_by_person=True, automated_detection=False,
                                          classifier_labelled=False)
    rows = tx.session.execute(
        select(ReportRow.source, ReportSignalRow.labels, ReportSignalRow.invalidated_at)
        .outerjoin(ReportSignalRow, ReportSignalRow.report_id == ReportRow.id)
        .where(ReportRow.case_id == case_id, ReportRow.created_at <= now)
    ).all()
    valid = [(source, labels) for source, labels, invalidated in rows if invalidated is None]
    detected = any(source == ReportSource.AUTOMATED.value for source, _ in valid)
    labelled = any(labels for _, labels in valid)
    return detected, decision_automation(decided_by_person=True, automated_detection=detected,
                                         classifier_labelled=labelled)
