"""Reporters are told (DSA Art. 16(4)-(5)): a receipt when their report arrives, the outcome when the case is
decided, without revealing what the reporter may not know (no action type, no account details)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from sqlalchemy import select

from trustdesk.domain.automation import DecisionAutomation
from trustdesk.services.base.context import Context
from trustdesk.services.oversight.notices import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    PlainNotice,
    render_notice,
    send_notice,
    send_plain_notices,
)
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import ActionRow, CaseRow, ReportRow, SubjectRow

CATEGORY_WORDS = {"fr": {"harassment": "harcèlement", "hate": "haine", "spam": "spam", "scam": "arnaque",
                         "threat": "menace", "self_harm": "automutilation", "misinformation": "désinformation",
                         "impersonation": "usurpation d'identité", "violence": "violence", "terrorism": "terrorisme",
                         "child_safety": "protection des mineurs", "sexual_content": "contenu sexuel",
                         "illegal_goods": "produits illicites", "intellectual_property": "propriété intellectuelle",
                         "privacy": "vie privée", "other": "autre"}}


def _language(value: str | None) -> str:
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def _category(category: str, language: str) -> str:
    return CATEGORY_WORDS.get(language, {}).get(category, category.replace("_", " "))


class Receipt(NamedTuple):
    """A report just stored, as its reporter's receipt needs it."""

    report_id: str
    case_id: str
    reporter: str | None
    category: str
    trusted_flagger: bool
    subject: SubjectRow
    language: str | None  # of the reporter's own words: they are told in it, not in the content's


def acknowledge_reports(ctx: Context, tx: Transaction, receipts: Sequence[Receipt]) -> None:
    """A receipt for each named reporter (anonymous reports have nobody to tell), written set-wise: intake calls
    this for a whole batch. Each report's own audit entry covers its receipt, so intake stays one audit append
    per report."""
    notices = []
    for receipt in receipts:
        if not receipt.reporter:
            continue
        language = _language(receipt.language)
        text = render_notice(ctx, "reporter_receipt", language, report_id=receipt.report_id,
                             subject_kind=receipt.subject.kind, category=_category(receipt.category, language),
                             trusted_flagger=receipt.trusted_flagger)
        notices.append(PlainNotice(kind="reporter_receipt", subject=receipt.subject, text=text, language=language,
                                   case_id=receipt.case_id, recipient=receipt.reporter,
                                   extra={"report_id": receipt.report_id, "update": "receipt"}))
    send_plain_notices(tx, delivery="platform.reporter_update", notices=notices)


def tell_reporters(ctx: Context, tx: Transaction, case: CaseRow, *, actioned: bool, action_id: str) -> None:
    """Each named reporter of the case hears the outcome once, in the language of their report."""
    subject = tx.session.get(SubjectRow, case.subject_id)
    assert subject is not None
    rows = tx.session.execute(
        select(ReportRow.id, ReportRow.reporter, ReportRow.reporter_language)
        .where(ReportRow.case_id == case.id, ReportRow.reporter.is_not(None))
        .order_by(ReportRow.created_at, ReportRow.id)
    ).all()
    action = tx.session.get(ActionRow, action_id)
    # "A person on our team made this decision" unless none did (domain/automation.py).
    automated = action is not None and action.automated_decision == DecisionAutomation.FULLY.value
    told: set[str] = set()
    for report_id, reporter, language in rows:
        assert reporter is not None  # the WHERE above leaves out anonymous reports
        if reporter in told:
            continue
        told.add(reporter)
        language = _language(language)
        text = render_notice(ctx, "reporter_outcome", language, report_id=report_id, subject_kind=subject.kind,
                             actioned=actioned, automated=automated)
        send_notice(tx, kind="reporter_outcome", delivery="platform.reporter_update", subject=subject, text=text,
                    language=language, action_id=action_id, case_id=case.id, recipient=reporter,
                    extra={"report_id": report_id, "update": "outcome", "actioned": actioned})
