"""The verb catalogue on a real log: an unknown verb never reaches it, and readers see each verb's line."""

from __future__ import annotations

import io
import json

import pytest

from tests.people import hire
from trustdesk.audit import verify_export
from trustdesk.audit.verbs import AuditVerb, UnknownAuditVerb
from trustdesk.services.oversight import audit as audit_service


def test_appending_an_unknown_verb_fails_naming_it_the_caller_and_the_catalogue_and_writes_nothing(ctx, logged):
    with pytest.raises(UnknownAuditVerb) as refused, ctx.db.transaction(ctx.clock) as tx:
        tx.record(actor="julie", verb="case.teleported", summary="moved a case by magic")  # type: ignore[arg-type]
    message = str(refused.value)
    assert "audit verb 'case.teleported'" in message and "test_audit_verbs.py:" in message
    assert "to AuditVerb in src/trustdesk/audit/verbs.py" in message
    result = audit_service.verify(ctx)
    assert result.ok and result.report.entries == logged


def test_the_log_as_read_carries_each_verbs_line_and_the_export_its_glossary_and_still_verifies(
        ctx, logged, tmp_path):
    senior = hire(ctx, "senior", "senior")
    page = audit_service.list_entries(ctx, actor=senior.principal, verb="action.proposed", limit=2)
    assert {e["verb_description"] for e in page["items"]} == {AuditVerb.ACTION_PROPOSED.description}
    buffer = io.StringIO()
    audit_service.export(ctx, buffer)
    header = json.loads(buffer.getvalue().splitlines()[0])
    assert header["verbs"]["action.proposed"] == AuditVerb.ACTION_PROPOSED.description
    assert set(header["verbs"]) == {verb.value for verb in AuditVerb}
    path = tmp_path / "export.jsonl"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    assert verify_export(path, ctx.signing_key.public_key_pem()).ok
