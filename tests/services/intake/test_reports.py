from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from tests.people import account, hire, platform, report
from trustdesk.domain.errors import InvalidInput, TooLarge
from trustdesk.domain.reports import MAX_TEXT
from trustdesk.domain.subjects import SubjectKind, SubjectRef
from trustdesk.services.intake import report_batch, reports
from trustdesk.services.review import cases
from trustdesk.storage.tables import AuditEntryRow, CaseRow, ReportRow


def test_reports_on_one_subject_join_its_one_open_case(ctx):
    integration = platform(ctx)
    ref = account(ctx, integration, "acc1")
    first = report(ctx, integration, ref, reporter="a")
    second = report(ctx, integration, ref, reporter="b", category="spam")
    third = report(ctx, integration, ref, reporter="a", text="and again, worse")  # same text would fold
    assert first.case_id == second.case_id == third.case_id
    mod = hire(ctx, "mod", "moderator")
    case = cases.get_case(ctx, actor=mod.principal, case_id=first.case_id)
    assert case["report_count"] == 3
    assert case["unique_reporters"] == 2
    assert set(case["categories"]) == {"harassment", "spam"}


def test_first_report_on_an_unknown_subject_creates_it_with_unknown_reach_and_high_tier(ctx):
    integration = platform(ctx)
    ref = SubjectRef(SubjectKind.ACCOUNT, "never-synced")
    report(ctx, integration, ref)
    from trustdesk.services.base.subjects import get_subject

    mod = hire(ctx, "mod", "moderator")
    subject = get_subject(ctx, actor=mod.principal, ref=ref)
    assert subject["followers"] is None
    assert subject["tier"] in ("high", "critical")


def test_a_retried_report_with_the_same_idempotency_key_counts_once(ctx):
    integration = platform(ctx)
    ref = account(ctx, integration, "acc1")
    receipts = [reports.file_report(ctx, actor=integration.principal, ref=ref, category="spam", text="x",
                                    reporter="r", idempotency_key="retry-1") for _ in range(3)]
    assert len({r.id for r in receipts}) == 1
    assert [r.duplicate for r in receipts] == [False, True, True]
    with ctx.db.read() as session:
        assert session.execute(select(func.count()).select_from(ReportRow)).scalar_one() == 1


def test_an_unknown_category_is_refused_naming_the_field(ctx):
    integration = platform(ctx)
    with pytest.raises(InvalidInput) as error:
        report(ctx, integration, SubjectRef(SubjectKind.ACCOUNT, "a"), category="rudeness")
    assert error.value.field == "category"


def test_text_over_the_documented_limit_is_refused_as_too_large(ctx):
    integration = platform(ctx)
    with pytest.raises(TooLarge):
        report(ctx, integration, SubjectRef(SubjectKind.ACCOUNT, "a"), text="x" * (MAX_TEXT + 1))


def test_a_crash_mid_report_leaves_no_case_no_report_and_no_audit_entry(ctx, monkeypatch):
    integration = platform(ctx)
    ref = account(ctx, integration, "acc1")
    with ctx.db.read() as session:
        entries_before = session.execute(select(func.count()).select_from(AuditEntryRow)).scalar_one()

    def crash(*_args, **_kwargs):
        raise RuntimeError("power cut")

    monkeypatch.setattr(report_batch, "compute_triage", crash)
    with pytest.raises(RuntimeError):
        report(ctx, integration, ref)
    with ctx.db.read() as session:
        assert session.execute(select(func.count()).select_from(CaseRow)).scalar_one() == 0
        assert session.execute(select(func.count()).select_from(ReportRow)).scalar_one() == 0
        assert session.execute(select(func.count()).select_from(AuditEntryRow)).scalar_one() == entries_before


def test_concurrent_first_reports_on_one_subject_share_one_case(ctx):
    integration = platform(ctx)
    ref = SubjectRef(SubjectKind.ACCOUNT, "raced")
    receipts, failures = [], []

    def file(i: int) -> None:
        try:
            receipts.append(report(ctx, integration, ref, reporter=f"r{i}"))
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            failures.append(error)

    threads = [threading.Thread(target=file, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert len({r.case_id for r in receipts}) == 1
