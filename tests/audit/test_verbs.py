"""The catalogue of audit verbs: every verb the code appends is a documented member, and the stored strings
are the ones logs already hold (renaming one would orphan old entries' descriptions and filters)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from trustdesk.audit.chain import seal
from trustdesk.audit.verbs import DESCRIPTIONS, AuditVerb, UnknownAuditVerb, catalogued, describe
from trustdesk.domain.actions import ActionState
from trustdesk.domain.cases import CaseState

SRC = Path(__file__).resolve().parents[2] / "src" / "trustdesk"

# The verbs logs written before the catalogue hold, exactly as stored; members may be added, never renamed.
STORED_BEFORE_THE_CATALOGUE = {
    "action.approval_refused", "action.approved", "action.cancelled", "action.denied", "action.due_failed",
    "action.executed", "action.expired", "action.failed", "action.proposed", "action.rate_limited",
    "action.ratified", "action.rejected", "action.reversal_rate_limited", "action.reversed", "action.scheduled",
    "alert.raised", "appeal.filed", "appeal.overturned", "appeal.upheld", "bulk.proposed", "case.actioned",
    "case.claimed", "case.created", "case.dismissed", "case.released", "connector.added", "connector.removed",
    "console.signed_in", "console.signed_out", "demo.seeded", "integration.added", "integration.token_issued",
    "integration.tokens_revoked", "message.received", "message.sent", "note.added", "notice.appeal_outcome",
    "notice.reporter_outcome", "notice.reporter_receipt", "notice.statement", "notice.warning", "policy.activated",
    "policy.approved", "policy.denied", "policy.in_force", "policy.override_refused", "policy.proposed",
    "protection.applied", "protection.approved", "protection.denied", "protection.proposed", "protection.rejected",
    "report.filed", "reporter.muted", "reporter.reports_invalidated", "reporter.trusted_flagger_granted",
    "reporter.trusted_flagger_revoked", "reporter.unmuted", "staff.added", "staff.changed", "staff.token_issued",
    "staff_change.applied", "staff_change.approved", "staff_change.cancelled", "staff_change.denied",
    "staff_change.expired", "staff_change.proposed", "staff_change.rejected", "statement.issued",
    "subject.reach_drop_confirmed", "subject.reach_drop_held", "subject.reach_hold_cleared", "subject.synced",
    "token.revoked", "triage.model_trained", "webhook.refused",
}


def test_every_catalogued_verb_is_documented_in_one_line():
    assert set(DESCRIPTIONS) == set(AuditVerb)
    for verb in AuditVerb:
        line = verb.description
        assert line.strip() == line and line and "\n" not in line and len(line) <= 100, verb


def test_member_names_spell_their_stored_verbs_and_no_stored_verb_was_renamed():
    assert all(verb.name == verb.value.upper().replace(".", "_") for verb in AuditVerb)
    assert {verb.value for verb in AuditVerb} >= STORED_BEFORE_THE_CATALOGUE


def test_a_member_hashes_exactly_as_the_plain_string_old_entries_were_written_with():
    fields = dict(seq=1, id="aud_1", at="2026-11-23T12:00:00+00:00", actor="julie", subject=None, object_id=None,
                  summary="s", payload={}, prev_hash="0" * 64)
    assert seal(verb=str(AuditVerb.ACTION_PROPOSED), **fields).hash == seal(verb="action.proposed", **fields).hash
    assert seal(verb=AuditVerb.ACTION_PROPOSED, **fields).hash == seal(verb="action.proposed", **fields).hash


def _record_calls() -> list[tuple[str, ast.expr]]:
    """(file:line, the verb= expression) of every `….record(…, verb=…)` in src."""
    found = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "record":
                for keyword in node.keywords:
                    if keyword.arg == "verb":
                        found.append((f"{path.relative_to(SRC)}:{node.lineno}", keyword.value))
    return found


def _verb_expressions(expr: ast.expr) -> list[ast.expr]:
    """The branches of `A if c else B`; the value assigned to a local `verb` is checked where it is built."""
    if isinstance(expr, ast.IfExp):
        return [*_verb_expressions(expr.body), *_verb_expressions(expr.orelse)]
    return [expr]


def test_every_audit_append_in_src_names_a_catalogued_member():
    calls = _record_calls()
    assert len(calls) >= 60  # the scan finds the appends (it would pass vacuously otherwise)
    problems = []
    for where, expr in calls:
        for branch in _verb_expressions(expr):
            if isinstance(branch, ast.Attribute) and isinstance(branch.value, ast.Name) \
                    and branch.value.id == "AuditVerb":
                if branch.attr not in AuditVerb.__members__:
                    problems.append(f"{where}: AuditVerb.{branch.attr} is not a member")
            elif isinstance(branch, ast.Call) and isinstance(branch.func, ast.Name) and branch.func.id == "AuditVerb":
                pass  # built from a state at run time: the families are checked below
            elif isinstance(branch, ast.Name) and branch.id == "verb":
                pass  # a local chosen among members a line above (typed AuditVerb: mypy holds it)
            else:
                problems.append(f"{where}: verb={ast.unparse(branch)} is not an AuditVerb member")
    assert not problems


def test_the_verbs_built_from_states_at_run_time_are_all_catalogued():
    notice_kinds = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "send_notice":
                notice_kinds |= {k.value.value for k in node.keywords
                                 if k.arg == "kind" and isinstance(k.value, ast.Constant)}
    assert notice_kinds
    built = ({f"notice.{kind}" for kind in notice_kinds}
             | {f"action.{state.value}" for state in (ActionState.REJECTED, ActionState.CANCELLED)}
             | {f"case.{state.value}" for state in (CaseState.ACTIONED, CaseState.DISMISSED)}
             | {"appeal.upheld", "appeal.overturned", "staff_change.rejected", "staff_change.cancelled"})
    for verb in built:
        assert describe(verb), verb


def test_an_unknown_verb_is_refused_saying_which_and_where_to_add_it():
    with pytest.raises(UnknownAuditVerb) as refused:
        AuditVerb("case.teleported")
    assert "'case.teleported'" in str(refused.value)
    assert "add `CASE_TELEPORTED = 'case.teleported'` to AuditVerb in src/trustdesk/audit/verbs.py" in str(
        refused.value)
    with pytest.raises(UnknownAuditVerb, match=r"\(appended at x\.py:3\)"):
        catalogued("case.teleported", where="at x.py:3")
    assert describe("case.teleported") == ""  # an old log's unknown verb is shown without a line, not refused
