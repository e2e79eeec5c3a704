"""Moderator notes on subjects and cases: context the next reviewer needs ("same person as @x, see case …").

Notes are append-only. The audit entry records who wrote which note where and the SHA-256 of its text, not
the text itself: a note may hold personal data, and the hash-chained log can never forget anything.
"""

from __future__ import annotations

import hashlib
from typing import TypedDict

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from trustdesk.audit.verbs import AuditVerb
from trustdesk.domain.errors import InvalidInput, NotFound
from trustdesk.domain.ids import new_id
from trustdesk.domain.staff import StaffFacts
from trustdesk.domain.subjects import SubjectRef
from trustdesk.services.base.context import Context
from trustdesk.services.base.platforms import subject_label
from trustdesk.services.base.principals import Principal, require_staff
from trustdesk.services.base.subjects import find_subject
from trustdesk.services.review.cases import visible_case
from trustdesk.storage.tables import CaseRow, NoteRow, StaffRow, SubjectRow
from trustdesk.triage.queue_config import load_queues

MAX_NOTE = 5_000
MAX_LISTED = 200


def _target(session: Session, staff: StaffFacts, case_id: str | None, subject: SubjectRef | None):  # noqa: ANN202
    """(kind, row id, audit subject label) of the note's target; exactly one of case_id and subject is given."""
    if (case_id is None) == (subject is None):
        raise InvalidInput("give either a case_id or a subject", field="case_id")
    if case_id is not None:
        case = visible_case(session, staff, case_id)
        row = session.get(SubjectRow, case.subject_id)
        assert row is not None
        return "case", case.id, subject_label(session, row)
    assert subject is not None
    row = find_subject(session, subject)
    if row is None:
        raise NotFound(f"no subject {subject}")
    return "subject", row.id, subject_label(session, row)


class NoteTarget(TypedDict):
    kind: str  # case or subject
    id: str


class NoteView(TypedDict):
    id: str
    target: NoteTarget
    author_id: str
    author: str | None
    text: str
    created_at: str


def _view(note: NoteRow, author: str | None) -> NoteView:
    return {"id": note.id, "target": {"kind": note.target_kind, "id": note.target_id}, "author_id": note.author_id,
            "author": author, "text": note.text, "created_at": note.created_at.isoformat()}


def add_note(ctx: Context, *, actor: Principal, text: str, case_id: str | None = None,
             subject: SubjectRef | None = None) -> NoteView:
    """Add a note to a case or a subject."""
    staff = require_staff(actor)
    text = text.strip()
    if not 0 < len(text) <= MAX_NOTE:
        raise InvalidInput(f"a note is 1..{MAX_NOTE} characters", field="text")
    with ctx.db.transaction(ctx.clock) as tx:
        kind, target_id, label = _target(tx.session, staff, case_id, subject)
        note = NoteRow(id=new_id("note"), target_kind=kind, target_id=target_id, author_id=staff.id, text=text,
                       created_at=tx.now)
        tx.session.add(note)
        digest = hashlib.sha256(text.encode()).hexdigest()
        tx.record(actor=actor.label, verb=AuditVerb.NOTE_ADDED, subject=label, object_id=note.id,
                  summary=f"{actor.label} added a note to {kind} {case_id or subject}",
                  payload={"target_kind": kind, "target_id": target_id, "sha256": digest, "length": len(text)})
        return _view(note, staff.name)


def list_notes(ctx: Context, *, actor: Principal, case_id: str | None = None,
               subject: SubjectRef | None = None) -> list[NoteView]:
    """Notes on a case, or on a subject together with the notes on its cases, newest first."""
    staff = require_staff(actor)
    with ctx.db.read() as session:
        kind, target_id, _ = _target(session, staff, case_id, subject)
        where = (NoteRow.target_kind == kind) & (NoteRow.target_id == target_id)
        if kind == "subject":
            hidden = load_queues().hidden_names(staff.role)
            cases = select(CaseRow.id).where(CaseRow.subject_id == target_id,
                                             or_(CaseRow.queue.is_(None), CaseRow.queue.notin_(hidden)))
            where = where | ((NoteRow.target_kind == "case") & NoteRow.target_id.in_(cases))
        rows = session.execute(
            select(NoteRow, StaffRow.name).outerjoin(StaffRow, StaffRow.id == NoteRow.author_id).where(where)
            .order_by(NoteRow.created_at.desc(), NoteRow.id.desc()).limit(MAX_LISTED)
        ).all()
        return [_view(note, name) for note, name in rows]
