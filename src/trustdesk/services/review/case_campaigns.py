"""Which cases carry text repeated across many subjects (a campaign): read for their priority, and shown on the
case page with the campaign's other open cases, so a moderator can handle the campaign together."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal, require_staff
from trustdesk.services.review.cases import visible_case
from trustdesk.storage.tables import CaseRow, ReportRow, SubjectRow
from trustdesk.storage.tables_campaigns import ReportTextPrintRow, TextCampaignRow
from trustdesk.triage.queue_config import load_queues
from trustdesk.triage.repeated_text import RepeatedText

_IN_CHUNK = 500
MAX_OTHER_CASES = 20
MAX_SCANNED = 1000


def _campaign_prints(session: Session, case_ids: Sequence[str]) -> dict[str, tuple[str, RepeatedText]]:
    """For each case with a report in a campaign, (fingerprint, campaign) of the campaign on most subjects."""
    found: dict[str, tuple[str, RepeatedText]] = {}
    for start in range(0, len(case_ids), _IN_CHUNK):
        rows = session.execute(
            select(ReportRow.case_id, TextCampaignRow.text_print, TextCampaignRow.reports, TextCampaignRow.subjects,
                   TextCampaignRow.voices, TextCampaignRow.span_seconds)
            .join(ReportTextPrintRow, ReportTextPrintRow.report_id == ReportRow.id)
            .join(TextCampaignRow, TextCampaignRow.text_print == ReportTextPrintRow.text_print)
            .where(ReportRow.case_id.in_(case_ids[start : start + _IN_CHUNK]))
        )
        for case_id, text_print, reports, subjects, voices, span in rows:
            campaign = RepeatedText(reports, subjects, voices, span)
            if campaign.campaign and (case_id not in found or subjects > found[case_id][1].subjects):
                found[case_id] = (text_print, campaign)
    return found


def campaigns_by_case(session: Session, case_ids: Sequence[str]) -> dict[str, RepeatedText]:
    """For each case with a report in a campaign, the campaign on most subjects; cases without one are absent."""
    return {case_id: campaign for case_id, (_, campaign) in _campaign_prints(session, case_ids).items()}


def case_campaign(ctx: Context, *, actor: Principal, case_id: str) -> dict | None:
    """The campaign the case's text belongs to (counted at its latest report) and its other open cases the actor
    may see, highest priority first; None when the case is in no campaign."""
    staff = require_staff(actor)
    with ctx.db.read() as session:
        visible_case(session, staff, case_id)  # refuses a case the actor may not know of
        found = _campaign_prints(session, [case_id]).get(case_id)
        if found is None:
            return None
        text_print, campaign = found
        hidden = load_queues().hidden_names(staff.role)
        # The campaign's newest reports only: a page view costs the same whatever the campaign's size.
        recent = (select(ReportTextPrintRow.report_id).where(ReportTextPrintRow.text_print == text_print)
                  .order_by(ReportTextPrintRow.created_at.desc()).limit(MAX_SCANNED).subquery())
        others = session.execute(
            select(CaseRow.id, CaseRow.priority, SubjectRow.kind, SubjectRow.external_id, SubjectRow.handle)
            .join(SubjectRow, SubjectRow.id == CaseRow.subject_id)
            .where(CaseRow.id.in_(select(ReportRow.case_id).join(recent, recent.c.report_id == ReportRow.id)),
                   CaseRow.id != case_id, CaseRow.open_subject_id.isnot(None),
                   or_(CaseRow.queue.is_(None), CaseRow.queue.notin_(hidden)))
            .order_by(CaseRow.priority.desc(), CaseRow.id).limit(MAX_OTHER_CASES)
        ).all()
    return {"words": campaign.describe(), "reports": campaign.reports, "subjects": campaign.subjects,
            "reporters": campaign.voices, "span_seconds": campaign.span_seconds,
            "other_cases": [{"id": id_, "priority": round(priority, 2), "subject": {"kind": kind, "id": external_id,
                                                                                    "handle": handle}}
                            for id_, priority, kind, external_id, handle in others]}
