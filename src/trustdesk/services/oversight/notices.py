"""Notices to the people an action is about: wording from FR/EN templates an operator can replace.

Templates are Jinja2 text files named KIND.LANG.txt; a file of the same name in the directory named by
TRUSTDESK_NOTICE_TEMPLATES wins over the shipped one, so an operator rewords without touching code."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PackageLoader, StrictUndefined, TemplateNotFound
from sqlalchemy import insert, select

from trustdesk.audit.verbs import AuditVerb
from trustdesk.domain.ids import new_id
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal, require_staff
from trustdesk.services.oversight.outbox import enqueue_platform_deliveries, enqueue_platform_delivery
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import CaseRow, OutboxRow, SubjectRow
from trustdesk.storage.tables_people import NoticeRow

LANGUAGES = ("en", "fr")
DEFAULT_LANGUAGE = "en"


@lru_cache(maxsize=8)
def _environment(override: Path | None) -> Environment:
    loaders: list = [FileSystemLoader(str(override))] if override else []
    loaders.append(PackageLoader("trustdesk.services.oversight", "notice_templates"))
    return Environment(loader=ChoiceLoader(loaders), autoescape=False, undefined=StrictUndefined,
                       keep_trailing_newline=False)


def render_notice(ctx: Context, kind: str, language: str, **values: object) -> str:
    environment = _environment(ctx.settings.notice_templates)
    try:
        template = environment.get_template(f"{kind}.{language}.txt")
    except TemplateNotFound:
        template = environment.get_template(f"{kind}.{DEFAULT_LANGUAGE}.txt")
    return template.render(**values).strip() + "\n"


def language_of(case: CaseRow | None) -> str:
    """The person's language as far as trustdesk knows it: that of the reported content, else English."""
    language = (case.language or "").lower() if case else ""
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def recipient_of(subject: SubjectRow) -> str | None:
    """Who the platform should tell: the account itself, or the author of a post."""
    return subject.external_id if subject.kind == "account" else subject.author_external_id


def send_notice(
    tx: Transaction, *, kind: str, delivery: str, subject: SubjectRow, text: str, language: str,
    action_id: str | None = None, case_id: str | None = None, notice_id: str | None = None, extra: dict | None = None,
    recipient: str | None = None, audit: bool = True,
) -> NoticeRow:
    """Record what the person is told (the subject's owner unless `recipient` names someone else, a reporter)
    and queue it for the platform, both in the use case's transaction."""
    values = _notice_values(tx, notice_id or new_id("ntc"), kind=kind, subject=subject, text=text, language=language,
                            action_id=action_id, case_id=case_id, recipient=recipient)
    outbox = enqueue_platform_delivery(tx, kind=delivery, subject=subject, payload=_delivery_payload(values, extra))
    notice = NoticeRow(**values, outbox_id=outbox.id)
    tx.session.add(notice)
    if not audit:
        return notice
    tx.record(actor="trustdesk", verb=AuditVerb(f"notice.{kind}"), subject=f"{subject.kind}/{subject.external_id}",
              object_id=notice.id, summary=f"{kind} notice queued for the platform to deliver ({language})",
              payload={"action_id": action_id, "outbox_id": outbox.id, "language": language})
    return notice


class PlainNotice(NamedTuple):
    """A notice that needs no audit entry of its own (its cause's entry covers it)."""

    kind: str
    subject: SubjectRow
    text: str
    language: str
    case_id: str | None
    recipient: str | None
    extra: dict


def send_plain_notices(tx: Transaction, *, delivery: str, notices: Sequence[PlainNotice]) -> None:
    """send_notice(audit=False) for many notices at once: two multi-row statements instead of two rows each
    through the ORM (intake sends one per report)."""
    if not notices:
        return
    rows = [_notice_values(tx, new_id("ntc"), kind=n.kind, subject=n.subject, text=n.text, language=n.language,
                           action_id=None, case_id=n.case_id, recipient=n.recipient) for n in notices]
    outbox_ids = enqueue_platform_deliveries(tx, kind=delivery, deliveries=[
        (notice.subject, _delivery_payload(row, notice.extra)) for row, notice in zip(rows, notices, strict=True)])
    tx.session.execute(insert(NoticeRow), [{**row, "outbox_id": outbox_id}
                                           for row, outbox_id in zip(rows, outbox_ids, strict=True)])


def _notice_values(tx: Transaction, notice_id: str, *, kind: str, subject: SubjectRow, text: str, language: str,
                   action_id: str | None, case_id: str | None, recipient: str | None) -> dict:
    return {"id": notice_id, "kind": kind, "subject_id": subject.id, "action_id": action_id, "case_id": case_id,
            "recipient": recipient or recipient_of(subject), "language": language, "text": text,
            "created_at": tx.now}


def _delivery_payload(notice: dict, extra: dict | None) -> dict:
    """What the platform gets to deliver a notice."""
    return {"notice_id": notice["id"], "kind": notice["kind"], "recipient": notice["recipient"],
            "language": notice["language"], "text": notice["text"], "action_id": notice["action_id"], **(extra or {})}


def list_notices(ctx: Context, *, actor: Principal, case_id: str | None = None, subject_id: str | None = None,
                 limit: int = 100) -> list[dict]:
    """What the people on the other side were told, with whether the platform has taken it yet."""
    require_staff(actor)
    query = select(NoticeRow, OutboxRow).outerjoin(OutboxRow, NoticeRow.outbox_id == OutboxRow.id)
    if case_id is not None:
        query = query.where(NoticeRow.case_id == case_id)
    if subject_id is not None:
        query = query.where(NoticeRow.subject_id == subject_id)
    newest_first = case_id is None and subject_id is None
    order = (NoticeRow.created_at.desc(), NoticeRow.id.desc()) if newest_first else (NoticeRow.created_at, NoticeRow.id)
    with ctx.db.read() as session:
        rows = session.execute(query.order_by(*order).limit(min(max(limit, 1), 500)))
        return [notice_view(notice, outbox) for notice, outbox in rows]


def notice_view(notice: NoticeRow, outbox: OutboxRow | None) -> dict:
    if outbox is None or outbox.delivered_at is None:
        delivery = "failing, will retry" if outbox is not None and outbox.last_error else "queued"
    else:
        delivery = "delivered"
    return {"id": notice.id, "kind": notice.kind, "action_id": notice.action_id, "case_id": notice.case_id,
            "recipient": notice.recipient, "language": notice.language, "text": notice.text,
            "created_at": notice.created_at.isoformat(), "delivery": delivery,
            "delivered_at": outbox.delivered_at.isoformat() if outbox and outbox.delivered_at else None,
            "attempts": outbox.attempts if outbox else 0, "last_error": outbox.last_error if outbox else None}
