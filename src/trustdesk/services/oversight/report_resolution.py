"""Closing the platform's own reports when trustdesk closes their case, through the outbox.

A platform that sent its reports (Mastodon's report.created, a signed webhook's report id) hears that each was
resolved, and how, after the decision commits; each connector turns it into its platform's own call (Mastodon:
POST /api/v1/admin/reports/:id/resolve) or ignores it where the platform has no such thing (Synapse)."""

from __future__ import annotations

from sqlalchemy import select

from trustdesk.services.oversight.outbox import enqueue_platform_delivery
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import CaseRow, IntegrationRow, ReportRow, SubjectRow

REPORT_RESOLVED = "platform.report_resolved"


def resolve_platform_reports(tx: Transaction, case: CaseRow, *, actioned: bool, action_id: str) -> None:
    """One delivery per report the case's platform filed under its own report id."""
    subject = tx.session.get(SubjectRow, case.subject_id)
    assert subject is not None
    platform_ids = tx.session.execute(
        select(ReportRow.idempotency_key)
        .join(IntegrationRow, IntegrationRow.id == ReportRow.filed_by)
        .where(ReportRow.case_id == case.id, ReportRow.idempotency_key.is_not(None),
               IntegrationRow.name == subject.platform)
        .order_by(ReportRow.created_at, ReportRow.id)
    ).scalars().all()
    for platform_id in dict.fromkeys(platform_ids):
        enqueue_platform_delivery(tx, kind=REPORT_RESOLVED, subject=subject, payload={
            "report_id": platform_id, "case_id": case.id, "action_id": action_id,
            "outcome": "actioned" if actioned else "dismissed"})
