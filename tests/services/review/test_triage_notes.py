"""Moderator notes on subjects and cases."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select

from tests.people import account, hire, platform, report
from trustdesk.domain.errors import InvalidInput, NotFound
from trustdesk.domain.subjects import SubjectKind, SubjectRef
from trustdesk.services.review import notes
from trustdesk.storage.tables import AuditEntryRow


def test_notes_on_a_subject_and_its_cases_are_listed_newest_first_and_audited(ctx, clock):
    integration = platform(ctx)
    ref = account(ctx, integration, "acc")
    receipt = report(ctx, integration, ref)
    mod = hire(ctx, "mod", "moderator")
    on_subject = notes.add_note(ctx, actor=mod.principal, subject=ref, text="same person as @other, see case 12")
    clock.advance(minutes=1)
    on_case = notes.add_note(ctx, actor=mod.principal, case_id=receipt.case_id, text="asked legal for advice")
    assert [n["id"] for n in notes.list_notes(ctx, actor=mod.principal, case_id=receipt.case_id)] == [on_case["id"]]
    listed = notes.list_notes(ctx, actor=mod.principal, subject=ref)
    assert [n["id"] for n in listed] == [on_case["id"], on_subject["id"]]
    assert listed[0]["author"] == "mod"
    with ctx.db.read() as session:
        entry = session.execute(select(AuditEntryRow).where(AuditEntryRow.object_id == on_case["id"])).scalar_one()
    assert entry.verb == "note.added"
    assert entry.payload["sha256"] == hashlib.sha256(b"asked legal for advice").hexdigest()
    assert "legal" not in entry.summary  # the text stays out of the never-forgetting log


def test_a_note_needs_exactly_one_existing_target_and_some_text(ctx):
    integration = platform(ctx)
    ref = account(ctx, integration, "acc")
    receipt = report(ctx, integration, ref)
    mod = hire(ctx, "mod", "moderator")
    with pytest.raises(InvalidInput):
        notes.add_note(ctx, actor=mod.principal, subject=ref, case_id=receipt.case_id, text="both")
    with pytest.raises(InvalidInput):
        notes.add_note(ctx, actor=mod.principal, subject=ref, text="   ")
    with pytest.raises(NotFound):
        notes.add_note(ctx, actor=mod.principal, subject=SubjectRef(SubjectKind.ACCOUNT, "ghost"), text="hm")


def test_a_moderator_cannot_note_or_read_notes_on_a_case_in_a_senior_only_queue(ctx):
    integration = platform(ctx)
    receipt = report(ctx, integration, account(ctx, integration, "vip", tags=["public-interest"]))
    mod, senior = hire(ctx, "mod", "moderator"), hire(ctx, "sen", "senior")
    notes.add_note(ctx, actor=senior.principal, case_id=receipt.case_id, text="handled by policy team")
    with pytest.raises(NotFound):
        notes.list_notes(ctx, actor=mod.principal, case_id=receipt.case_id)
    assert notes.list_notes(ctx, actor=mod.principal, subject=SubjectRef(SubjectKind.ACCOUNT, "vip")) == []
