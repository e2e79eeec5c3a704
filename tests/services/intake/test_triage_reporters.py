"""Reporter trust: muting, invalidating open reports, trusted flaggers, and who may do each."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.people import account, hire, platform, report
from trustdesk.domain.errors import InvalidInput, NotPermitted
from trustdesk.services.enforcement import actions
from trustdesk.services.intake import reporters
from trustdesk.services.review import cases
from trustdesk.storage.tables import AuditEntryRow


def _priority(ctx, who, case_id: str) -> float:
    return cases.get_case(ctx, actor=who.principal, case_id=case_id)["priority"]


def _verbs(ctx) -> list[str]:
    with ctx.db.read() as session:
        return list(session.execute(select(AuditEntryRow.verb).order_by(AuditEntryRow.seq)).scalars())


def test_a_muted_reporter_no_longer_lifts_priority(ctx):
    integration = platform(ctx)
    ref = account(ctx, integration, "acc")
    report(ctx, integration, ref, reporter="honest")
    receipt = report(ctx, integration, ref, reporter="grudge")
    mod = hire(ctx, "mod", "moderator")
    with_grudge = _priority(ctx, mod, receipt.case_id)
    view = reporters.set_muted(ctx, actor=mod.principal, reporter_id="grudge", reason="reports all he argues with")
    assert view["muted"] is True and view["weight"] == 0.0
    muted = _priority(ctx, mod, receipt.case_id)
    assert muted < with_grudge
    # later reports from them are stored and counted, and still weigh nothing
    report(ctx, integration, ref, reporter="grudge", text="a new complaint")
    case = cases.get_case(ctx, actor=mod.principal, case_id=receipt.case_id)
    assert case["report_count"] == 3 and case["priority"] == muted
    assert "reporter.muted" in _verbs(ctx)


def test_invalidating_a_reporters_open_reports_lowers_the_cases_priority(ctx):
    integration = platform(ctx)
    receipts = [report(ctx, integration, account(ctx, integration, f"acc{i}"), category="hate", reporter="troll")
                for i in range(3)]
    report(ctx, integration, account(ctx, integration, "acc0"), category="hate", reporter="bystander")
    mod = hire(ctx, "mod", "moderator")
    before = [_priority(ctx, mod, r.case_id) for r in receipts]
    outcome = reporters.invalidate_open_reports(ctx, actor=mod.principal, reporter_id="troll",
                                                reason="coordinated false reports")
    assert outcome["invalidated_reports"] == 3 and sorted(outcome["cases"]) == sorted(r.case_id for r in receipts)
    after = [_priority(ctx, mod, r.case_id) for r in receipts]
    assert all(a < b for a, b in zip(after, before, strict=True))
    line = cases.get_case(ctx, actor=mod.principal, case_id=receipts[0].case_id)["priority_line"]
    assert "2 reporters" in line  # both still counted, only the bystander still weighs
    assert "reporter.reports_invalidated" in _verbs(ctx)
    # a report filed after the invalidation weighs again: it is judged on its own
    report(ctx, integration, account(ctx, integration, "acc1"), category="hate", reporter="troll", text="new threat")
    assert _priority(ctx, mod, receipts[1].case_id) > after[1]


def test_only_an_admin_grants_trusted_flagger_status(ctx):
    senior, admin = hire(ctx, "sen", "senior"), hire(ctx, "root", "admin")
    with pytest.raises(NotPermitted, match="admin"):
        reporters.set_trusted_flagger(ctx, actor=senior.principal, reporter_id="ngo", reason="they asked")
    granted = reporters.set_trusted_flagger(ctx, actor=admin.principal, reporter_id="ngo", reason="DSA Art. 22")
    assert granted["trusted_flagger"] is True and granted["weight"] > 1
    revoked = reporters.set_trusted_flagger(ctx, actor=admin.principal, reporter_id="ngo", reason="status ended",
                                            trusted=False)
    assert revoked["trusted_flagger"] is False
    verbs = _verbs(ctx)
    assert "reporter.trusted_flagger_granted" in verbs and "reporter.trusted_flagger_revoked" in verbs


def test_triage_staff_cannot_mute_or_invalidate_and_a_reason_is_required(ctx):
    triage, mod = hire(ctx, "tri", "triage"), hire(ctx, "mod", "moderator")
    with pytest.raises(NotPermitted):
        reporters.set_muted(ctx, actor=triage.principal, reporter_id="x", reason="because")
    with pytest.raises(NotPermitted):
        reporters.invalidate_open_reports(ctx, actor=triage.principal, reporter_id="x", reason="because")
    with pytest.raises(InvalidInput) as error:
        reporters.set_muted(ctx, actor=mod.principal, reporter_id="x", reason="  ")
    assert error.value.field == "reason"


def test_a_reporters_profile_counts_their_reports_and_dismissals(ctx):
    integration = platform(ctx)
    mod = hire(ctx, "mod", "moderator")
    for i in range(3):
        ref = account(ctx, integration, f"acc{i}")
        receipt = report(ctx, integration, ref, reporter="r1")
        if i < 2:
            actions.propose_action(ctx, actor=mod.principal, ref=ref, type="dismiss", reason="fine",
                                   case_id=receipt.case_id)
    view = reporters.get_reporter(ctx, actor=mod.principal, reporter_id="r1")
    assert (view["total_reports"], view["decided_reports"], view["dismissed_reports"], view["open_reports"]) == (
        3, 2, 2, 1)
