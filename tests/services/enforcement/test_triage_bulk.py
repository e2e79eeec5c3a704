"""Bulk actions go through the same safeguards as single ones, capped, with a warning about high-reach subjects."""

from __future__ import annotations

import pytest

from tests.people import account, hire, platform, report
from trustdesk.domain.errors import InvalidInput, TooLarge
from trustdesk.services.enforcement import bulk
from trustdesk.services.enforcement.bulk import MAX_BULK
from trustdesk.services.intake import reporters
from trustdesk.services.review import cases


def test_bulk_deactivation_still_needs_approval_for_a_protected_account(ctx):
    integration = platform(ctx)
    ordinary = account(ctx, integration, "spam-bot", followers=3)
    protected = account(ctx, integration, "head-of-state", followers=41_700_000, tags=["public-interest"])
    mod = hire(ctx, "mod", "moderator")
    outcome = bulk.bulk_propose(ctx, actor=mod.principal, type="deactivate", reason="spam wave",
                                subjects=[ordinary, protected])
    by_subject = {r["subject"]: r for r in outcome["results"]}
    assert by_subject["account/spam-bot"]["status"] == "executed"
    assert by_subject["account/head-of-state"]["status"] == "pending_approval"
    assert by_subject["account/head-of-state"]["tier"] == "critical"
    assert "head-of-state" in outcome["warning"] and "critical" in outcome["warning"]
    assert outcome["counts"] == {"executed": 1, "pending_approval": 1}


def test_bulk_over_the_cap_is_refused(ctx):
    mod = hire(ctx, "mod", "moderator")
    with pytest.raises(TooLarge):
        bulk.bulk_propose(ctx, actor=mod.principal, type="dismiss", reason="noise",
                          case_ids=[f"case_{i}" for i in range(MAX_BULK + 1)])
    with pytest.raises(InvalidInput):
        bulk.bulk_propose(ctx, actor=mod.principal, type="dismiss", reason="noise", case_ids=[])


def test_bulk_dismiss_closes_many_cases_and_counts_against_their_reporters(ctx):
    integration = platform(ctx)
    receipts = [report(ctx, integration, account(ctx, integration, f"acc{i}"), reporter="serial-reporter")
                for i in range(5)]
    mod = hire(ctx, "mod", "moderator")
    outcome = bulk.bulk_propose(ctx, actor=mod.principal, type="dismiss", reason="no violation",
                                case_ids=[r.case_id for r in receipts])
    assert outcome["counts"] == {"executed": 5} and outcome["warning"] is None
    assert cases.list_cases(ctx, actor=mod.principal) == []
    profile = reporters.get_reporter(ctx, actor=mod.principal, reporter_id="serial-reporter")
    assert profile["dismissed_reports"] == 5


def test_bulk_reports_each_item_it_could_not_act_on_with_the_reason(ctx):
    integration = platform(ctx)
    protected_case = report(ctx, integration, account(ctx, integration, "vip", tags=["protected"]), category="spam")
    ordinary = report(ctx, integration, account(ctx, integration, "nobody"), category="spam")
    triage = hire(ctx, "tri", "triage")
    outcome = bulk.bulk_propose(ctx, actor=triage.principal, type="suspend", reason="spam", duration_hours=24,
                                case_ids=[ordinary.case_id, protected_case.case_id, "case_missing"])
    statuses = [(r["selected"], r["status"]) for r in outcome["results"]]
    assert statuses == [(ordinary.case_id, "denied"), (protected_case.case_id, "error"), ("case_missing", "error")]
    assert all(r["explanation"] for r in outcome["results"])
