"""Flood control: the same report again is counted on the first, not stored or audited again; too many
reports from one credential or one reporter get a 429 with Retry-After."""

from __future__ import annotations

from dataclasses import replace

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from tests.people import account, hire, platform, report
from trustdesk.cli.server import create_web_app
from trustdesk.domain.errors import RateLimited
from trustdesk.services.base.context import Context
from trustdesk.services.intake.intake_limits import TokenBuckets
from trustdesk.services.review import cases
from trustdesk.storage.tables import AuditEntryRow, ReportRow


def _count(ctx, model) -> int:
    with ctx.db.read() as session:
        return session.execute(select(func.count()).select_from(model)).scalar_one()


def test_an_identical_report_is_counted_on_the_first_not_stored_or_audited(ctx, clock):
    integration, mod = platform(ctx), hire(ctx, "mod", "moderator")
    ref = account(ctx, integration, "acc")
    first = report(ctx, integration, ref, reporter="u1", text="buy  followers now")
    reports_before, audit_before = _count(ctx, ReportRow), _count(ctx, AuditEntryRow)
    again = report(ctx, integration, ref, reporter="u1", text="buy followers now ")  # whitespace aside, identical
    assert again.duplicate and again.id == first.id and again.case_id == first.case_id
    assert (_count(ctx, ReportRow), _count(ctx, AuditEntryRow)) == (reports_before, audit_before)
    case = cases.get_case(ctx, actor=mod.principal, case_id=first.case_id)
    assert case["report_count"] == 1 and case["reports"][0]["duplicates"] == 1
    # another reporter, other text, or no reporter at all: a report of its own
    assert not report(ctx, integration, ref, reporter="u2", text="buy followers now").duplicate
    assert not report(ctx, integration, ref, reporter="u1", text="and spam in DMs").duplicate
    # after the window, the same report counts again
    clock.advance(seconds=ctx.settings.duplicate_window_seconds + 1)
    assert not report(ctx, integration, ref, reporter="u1", text="buy followers now").duplicate


def test_anonymous_identical_reports_are_all_kept(ctx):
    from trustdesk.services.intake.reports import file_report

    integration = platform(ctx)
    ref = account(ctx, integration, "acc")
    receipts = [file_report(ctx, actor=integration.principal, ref=ref, category="spam", text="spam") for _ in range(3)]
    assert len({r.id for r in receipts}) == 3


def test_the_api_answers_a_duplicate_with_200_and_the_first_id(ctx):
    integration = platform(ctx)
    body = {"subject": {"kind": "account", "id": "a1"}, "category": "spam", "text": "spam", "reporter": "u"}
    with TestClient(create_web_app(ctx, run_scheduler=False), raise_server_exceptions=False) as client:
        first = client.post("/api/v1/reports", headers=integration.headers, json=body)
        second = client.post("/api/v1/reports", headers=integration.headers, json=body)
    assert (first.status_code, second.status_code) == (201, 200)
    assert second.json()["id"] == first.json()["id"] and second.json()["duplicate"] is True


def _limited(ctx: Context, **limits) -> Context:
    return Context(db=ctx.db, clock=ctx.clock, settings=replace(ctx.settings, **limits))


def test_a_reporter_over_the_limit_gets_a_429_with_retry_after(ctx):
    tight = _limited(ctx, intake_per_reporter_minute=1, intake_reporter_burst=3)
    integration = platform(tight)
    ref = account(tight, integration, "acc")
    for i in range(3):
        report(tight, integration, ref, reporter="flood", text=f"report {i}")
    with pytest.raises(RateLimited) as caught:
        report(tight, integration, ref, reporter="flood", text="one more")
    assert caught.value.field == "reporter" and caught.value.details["retry_after"] >= 1
    report(tight, integration, ref, reporter="someone-else", text="unaffected")
    with TestClient(create_web_app(tight, run_scheduler=False), raise_server_exceptions=False) as http:
        response = http.post("/api/v1/reports", headers=integration.headers,
                             json={"subject": {"kind": "account", "id": "acc"}, "category": "spam",
                                   "text": "again", "reporter": "flood"})
    assert response.status_code == 429
    assert int(response.headers["retry-after"]) >= 1
    assert response.json()["error"]["code"] == "rate_limited" and response.json()["error"]["field"] == "reporter"


def test_a_credential_over_the_limit_gets_a_429(ctx):
    tight = _limited(ctx, intake_rate_per_token=0.5, intake_burst_per_token=5)
    integration = platform(tight)
    ref = account(tight, integration, "acc")
    for i in range(5):
        report(tight, integration, ref, reporter=f"r{i}", text="x")
    with pytest.raises(RateLimited) as caught:
        report(tight, integration, ref, reporter="r9", text="x")
    assert caught.value.details["retry_after"] == 2
    other = platform(tight, "other-platform")
    theirs = account(tight, other, "acc")  # another integration is another platform, with its own subjects
    report(tight, other, theirs, reporter="r9", text="y")  # another credential has its own budget


def test_token_buckets_refill_at_their_rate():
    now = [0.0]
    buckets = TokenBuckets(rate=2.0, burst=2, now=lambda: now[0])
    assert buckets.take("k") == 0 and buckets.take("k") == 0
    assert buckets.take("k") == pytest.approx(0.5)
    now[0] += 0.5
    assert buckets.take("k") == 0
