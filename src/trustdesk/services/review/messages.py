"""A message thread per case between staff and the affected person, through the platform.

Staff write in the console or API; the platform posts the person's replies with its integration token. Every
message is on the audit log, and outgoing ones leave through the outbox in the same transaction."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from pathlib import Path

from sqlalchemy import select

from trustdesk.audit.verbs import AuditVerb
from trustdesk.domain.errors import InvalidInput, NotFound, NotPermitted
from trustdesk.domain.ids import new_id
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal, require_staff
from trustdesk.services.oversight.notices import recipient_of
from trustdesk.services.oversight.outbox import enqueue_platform_delivery
from trustdesk.storage.tables import CaseRow, StaffRow, SubjectRow
from trustdesk.storage.tables_people import MessageRow

MAX_TEXT = 4000
TO_PERSON, FROM_PERSON = "to_person", "from_person"
TEMPLATES_FILE = "message_templates.toml"


def post_message(ctx: Context, *, actor: Principal, case_id: str, text: str, person: str | None = None) -> dict:
    """Staff write to the case's subject owner; the platform relays the owner's own words (person = their id)."""
    text = text.strip()
    if not text or len(text) > MAX_TEXT:
        raise InvalidInput(f"text must be 1..{MAX_TEXT} characters", field="text")
    from_person = actor.kind == "integration"
    if not from_person:
        require_staff(actor)
    with ctx.db.transaction(ctx.clock) as tx:
        case = tx.session.get(CaseRow, case_id)
        if case is None:
            raise NotFound(f"no case {case_id}", field="case_id")
        subject = tx.session.get(SubjectRow, case.subject_id)
        assert subject is not None
        owner = recipient_of(subject)
        if from_person and person != owner:
            raise NotPermitted("only the owner of the reported subject writes in its case's thread", field="person")
        message = MessageRow(id=new_id("msg"), case_id=case.id, direction=FROM_PERSON if from_person else TO_PERSON,
                             person=owner, author_id=None if from_person else actor.id, text=text, created_at=tx.now)
        if not from_person:
            outbox = enqueue_platform_delivery(tx, kind="platform.message", subject=subject, payload={
                "message_id": message.id, "case_id": case.id, "recipient": owner, "text": text})
            message.outbox_id = outbox.id
        tx.session.add(message)
        tx.record(actor=actor.label, verb=AuditVerb.MESSAGE_RECEIVED if from_person else AuditVerb.MESSAGE_SENT,
                  subject=f"{subject.kind}/{subject.external_id}", object_id=message.id,
                  summary=f"{'the owner wrote' if from_person else actor.label + ' wrote to the owner'} "
                  f"on case {case.id}", payload={"case_id": case.id, "text": text, "via": actor.via})
        return message_view(message, actor.name if not from_person else None)


def list_messages(ctx: Context, *, actor: Principal, case_id: str) -> list[dict]:
    require_staff(actor)
    with ctx.db.read() as session:
        if session.get(CaseRow, case_id) is None:
            raise NotFound(f"no case {case_id}", field="case_id")
        rows = session.execute(
            select(MessageRow, StaffRow.name).outerjoin(StaffRow, MessageRow.author_id == StaffRow.id)
            .where(MessageRow.case_id == case_id).order_by(MessageRow.created_at, MessageRow.id)
        ).all()
        return [message_view(message, name) for message, name in rows]


def message_view(message: MessageRow, author: str | None) -> dict:
    return {"id": message.id, "case_id": message.case_id, "direction": message.direction, "person": message.person,
            "author": author, "text": message.text, "created_at": message.created_at.isoformat()}


@lru_cache(maxsize=4)
def _load_templates(override: Path | None) -> dict[str, dict[str, str]]:
    text = (override / TEMPLATES_FILE).read_text(encoding="utf-8") if override and (
        override / TEMPLATES_FILE).exists() else resources.files("trustdesk.services.oversight").joinpath(
        "notice_templates", TEMPLATES_FILE).read_text(encoding="utf-8")
    return tomllib.loads(text)


def reply_templates(ctx: Context, language: str = "en") -> list[dict]:
    """Staff's common replies, operator-editable (message_templates.toml beside the notice templates)."""
    templates = _load_templates(ctx.settings.notice_templates)
    return [{"key": key, "title": entry.get("title", key), "text": entry.get(language) or entry.get("en", "")}
            for key, entry in templates.items()]
