"""Repeated text across reports: the same text reported on many subjects by several reporters is a campaign; its
cases rise and their priority line says so. One reporter repeating themselves is not a campaign."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from tests.people import account, platform, report
from trustdesk.services.base.context import Context
from trustdesk.storage.tables import CaseRow

# Copies differ in digits, link and case, as a campaign's copies do.
CAMPAIGN = "Hello friend, I post my garden photos every morning, see them all at gardens{n}.example/p/{n} ({n} new)"
ORDINARY = "this account keeps posting pictures of its lunch, so boring"


def _case(ctx, case_id: str) -> tuple[float, str]:
    with ctx.db.read() as session:
        case = session.execute(select(CaseRow).where(CaseRow.id == case_id)).scalar_one()
        return case.priority, case.priority_line or ""


def _file_campaign(ctx, integration, n: int, *, reporter=lambda i: f"reader-{i}", text=CAMPAIGN.format):
    return [report(ctx, integration, account(ctx, integration, f"garden-{i}"), category="other",
                   reporter=reporter(i), text=text(n=i)) for i in range(n)]


def test_a_campaign_on_many_subjects_is_named_on_every_case_and_outranks_a_single_report(ctx):
    integration = platform(ctx)
    ordinary = report(ctx, integration, account(ctx, integration, "lunch"), category="other", reporter="bored",
                      text=ORDINARY)
    first = report(ctx, integration, account(ctx, integration, "garden-first"), category="other",
                   reporter="reader-first", text=CAMPAIGN.format(n=99))
    alone, alone_line = _case(ctx, first.case_id)
    assert "repeated text" not in alone_line  # one report is no campaign yet

    receipts = [first, *_file_campaign(ctx, integration, 11)]
    for receipt in receipts:  # the earliest cases were lifted as the campaign grew, not only the latest one
        priority, line = _case(ctx, receipt.case_id)
        assert "repeated text · 12 reports on 12 subjects in 1 min" in line
        assert priority > alone
        assert priority > _case(ctx, ordinary.case_id)[0]
    assert "repeated text" not in _case(ctx, ordinary.case_id)[1]


def test_identical_text_from_one_reporter_on_one_subject_is_not_a_campaign(ctx, clock):
    integration = platform(ctx)
    ref = account(ctx, integration, "garden")
    receipts = []
    for _ in range(5):  # past flood control's duplicate window each time, so each is stored, within the hour
        receipts.append(report(ctx, integration, ref, category="other", reporter="same", text=CAMPAIGN.format(n=1)))
        clock.advance(seconds=ctx.settings.duplicate_window_seconds + 1)
    assert len({r.id for r in receipts}) == 5 and len({r.case_id for r in receipts}) == 1
    assert "repeated text" not in _case(ctx, receipts[0].case_id)[1]


def test_many_reporters_on_one_subject_or_one_reporter_on_many_subjects_is_not_a_campaign(ctx):
    integration = platform(ctx)
    ref = account(ctx, integration, "viral")
    on_one = [report(ctx, integration, ref, category="other", reporter=f"r{i}", text=CAMPAIGN.format(n=i))
              for i in range(6)]
    assert "repeated text" not in _case(ctx, on_one[0].case_id)[1]
    other_text = "Our garden club meets every Sunday at {n} in the park, all welcome, bring gloves".format
    by_one = _file_campaign(ctx, integration, 6, reporter=lambda i: "one-busy-reporter", text=other_text)
    assert all("repeated text" not in _case(ctx, r.case_id)[1] for r in by_one)


def test_near_duplicates_match_and_short_texts_never_do(ctx):
    integration = platform(ctx)
    copies = ["WIN a FREE iPhone 15!!! 🎁 claim it at https://bit.ly/abc123 now, only 3 left",
              "win a free iphone 16 🎁🎁 claim it at bit.ly/zz9 now... only 12 left!!",
              "@maria_88 WIN A FREE IPHONE 15 claim it at tinyurl.com/x now only 3 left"]
    receipts = _file_campaign(ctx, integration, 3, text=lambda n: copies[n])
    assert "repeated text · 3 reports on 3 subjects" in _case(ctx, receipts[-1].case_id)[1]
    short = [report(ctx, integration, account(ctx, integration, f"s{i}"), category="spam", reporter=f"u{i}",
                    text="this is spam") for i in range(5)]
    assert all("repeated text" not in _case(ctx, r.case_id)[1] for r in short)


def test_copies_further_apart_than_the_window_are_not_a_campaign(ctx, clock):
    integration = platform(ctx)
    receipts = []
    for i in range(4):
        receipts.append(report(ctx, integration, account(ctx, integration, f"slow-{i}"), category="other",
                               reporter=f"r{i}", text=CAMPAIGN.format(n=i)))
        clock.advance(seconds=ctx.settings.repeated_text_window_seconds // 2 + 1)
    assert all("repeated text" not in _case(ctx, r.case_id)[1] for r in receipts)


def test_a_zero_window_switches_the_signal_off(ctx):
    off = Context(db=ctx.db, clock=ctx.clock, settings=replace(ctx.settings, repeated_text_window_seconds=0))
    receipts = _file_campaign(off, platform(off), 4)
    assert all("repeated text" not in _case(off, r.case_id)[1] for r in receipts)
