"""Acknowledged under load, settled just after (services/intake/report_journal.py): the receipt is final, nothing
acknowledged is lost across a restart, and settling stores exactly what storing at once would have."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from tests.people import account, hire, platform
from trustdesk.domain.errors import NotPermitted, Unavailable
from trustdesk.domain.subjects import SubjectKind, SubjectRef
from trustdesk.services.base.context import open_context
from trustdesk.services.enforcement import actions
from trustdesk.services.intake import report_batch, report_journal, reports
from trustdesk.services.intake.report_journal import (
    journal_reports,
    retry_set_aside,
    settle_journal,
    wait_until_settled,
)
from trustdesk.services.oversight import audit as audit_service
from trustdesk.services.review import cases
from trustdesk.storage.tables import AuditEntryRow, CaseRow, ReportRow
from trustdesk.storage.tables_intake import IntakeJournalRow


def _request(ctx, integration, external_id: str, *, reporter: str = "r", text: str | None = None,
             key: str | None = None, platform_name: str | None = None):
    return reports.prepare_report(ctx, actor=integration.principal,
                                  ref=SubjectRef(SubjectKind.ACCOUNT, external_id, platform_name),
                                  category="harassment", text=text or f"insults from {external_id}",
                                  reporter=reporter, idempotency_key=key)


def _stored(ctx) -> tuple[set[str], set[str], int]:
    with ctx.db.read() as session:
        return (set(session.execute(select(ReportRow.id)).scalars()),
                set(session.execute(select(AuditEntryRow.object_id).where(AuditEntryRow.verb == "report.filed"))
                    .scalars()),
                session.execute(select(func.count()).select_from(IntakeJournalRow)).scalar_one())


def _settle_all(ctx) -> None:
    while settle_journal(ctx):
        pass


def test_a_journaled_report_is_acknowledged_before_it_is_stored_and_settles_with_its_promised_ids(ctx):
    integration = platform(ctx)
    receipts = journal_reports(ctx, [_request(ctx, integration, f"a{i}", reporter=f"r{i}") for i in range(3)])
    assert _stored(ctx) == (set(), set(), 3)  # acknowledged: journaled, not yet in a case
    _settle_all(ctx)
    ids, entries, waiting = _stored(ctx)
    assert ids == entries == {r.id for r in receipts} and waiting == 0
    with ctx.db.read() as session:
        for receipt in receipts:
            report = session.get(ReportRow, receipt.id)
            case = session.get(CaseRow, receipt.case_id)
            assert report.case_id == case.id and case.report_count == 1 and case.queue and case.priority > 0
    assert audit_service.verify(ctx).ok


def test_unsettled_reports_on_one_subject_are_promised_one_case_and_a_report_stored_at_once_joins_it(ctx):
    integration = platform(ctx)
    ref = account(ctx, integration, "shared")
    first, second = journal_reports(ctx, [_request(ctx, integration, ref.external_id, reporter="r1"),
                                          _request(ctx, integration, ref.external_id, reporter="r2")])
    (later,) = journal_reports(ctx, [_request(ctx, integration, ref.external_id, reporter="r3")])
    direct = reports.file_reports(ctx, [_request(ctx, integration, ref.external_id, reporter="r4")])[0]
    assert first.case_id == second.case_id == later.case_id == direct.case_id
    _settle_all(ctx)
    with ctx.db.read() as session:
        case = session.get(CaseRow, first.case_id)
        open_cases = session.execute(select(func.count()).select_from(CaseRow)).scalar_one()
    assert case.report_count == 4 and case.unique_reporters == 4 and open_cases == 1


def test_a_retry_and_the_same_report_again_answer_as_if_the_first_were_stored(ctx):
    integration = platform(ctx)
    (first,) = journal_reports(ctx, [_request(ctx, integration, "a1", reporter="same", key="k1")])
    retry, repeat = journal_reports(ctx, [_request(ctx, integration, "a1", reporter="same", key="k1"),
                                          _request(ctx, integration, "a1", reporter="same")])
    assert (retry.id, retry.case_id, retry.duplicate) == (first.id, first.case_id, True)
    assert (repeat.id, repeat.duplicate) == (first.id, True)
    _settle_all(ctx)
    with ctx.db.read() as session:
        stored = session.execute(select(ReportRow)).scalars().all()
    assert [(r.id, r.duplicates) for r in stored] == [(first.id, 1)]  # the repeat counted on the first


def test_a_report_acknowledged_while_its_case_was_open_joins_it_even_if_it_is_decided_before_settling(ctx):
    integration = platform(ctx)
    ref = account(ctx, integration, "acc")
    opened = reports.file_reports(ctx, [_request(ctx, integration, ref.external_id, reporter="r1")])[0]
    (late,) = journal_reports(ctx, [_request(ctx, integration, ref.external_id, reporter="r2")])
    assert late.case_id == opened.case_id
    mod = hire(ctx, "mod", "moderator")
    actions.propose_action(ctx, actor=mod.principal, ref=ref, type="dismiss", reason="no violation",
                           case_id=opened.case_id)
    _settle_all(ctx)
    detail = cases.get_case(ctx, actor=mod.principal, case_id=opened.case_id)
    assert {r["id"] for r in detail["reports"]} == {opened.id, late.id}
    # Once decided, a new report opens a new case, as always.
    newer = reports.file_reports(ctx, [_request(ctx, integration, ref.external_id, reporter="r3")])[0]
    assert newer.case_id != opened.case_id


def test_a_report_refused_on_its_own_is_refused_at_acknowledgement_and_journals_nothing(ctx):
    integration = platform(ctx)
    good, refused = journal_reports(ctx, [_request(ctx, integration, "a1"),
                                          _request(ctx, integration, "a2", platform_name="someone-else")])
    assert isinstance(refused, NotPermitted) and not isinstance(good, Exception)
    assert _stored(ctx)[2] == 1


def test_acknowledged_reports_survive_a_restart_and_any_process_settles_them(ctx):
    integration = platform(ctx)
    receipts = journal_reports(ctx, [_request(ctx, integration, f"a{i}", reporter=f"r{i}") for i in range(5)])
    # A new process on the same database (the first died before settling): it finds and settles them.
    other = open_context(ctx.settings)
    assert wait_until_settled(other, timeout=60)
    assert _stored(ctx)[0] == {r.id for r in receipts}
    assert audit_service.verify(ctx).ok


def test_a_report_that_fails_to_store_stays_in_the_journal_and_the_others_settle(ctx, monkeypatch):
    integration = platform(ctx)
    receipts = journal_reports(ctx, [_request(ctx, integration, f"a{i}", reporter=f"r{i}") for i in range(3)])
    real = report_batch.compute_triage

    def fails_on_a1(ctx_, session, now, touched):
        if any(subject.external_id == "a1" for _case, subject in touched):
            raise RuntimeError("bug on one report")
        return real(ctx_, session, now, touched)

    monkeypatch.setattr(report_batch, "compute_triage", fails_on_a1)
    _settle_all(ctx)
    ids, entries, waiting = _stored(ctx)
    assert ids == entries == {receipts[0].id, receipts[2].id}
    assert waiting == 1  # kept for an operator, never half-stored, never dropped
    with ctx.db.read() as session:
        kept = session.execute(select(IntakeJournalRow)).scalar_one()
    assert kept.report_id == receipts[1].id and kept.error
    # The fix deployed, serve restarts: the report set aside is put back in line and settles.
    monkeypatch.setattr(report_batch, "compute_triage", real)
    assert retry_set_aside(ctx) == 1
    _settle_all(ctx)
    assert _stored(ctx) == ({r.id for r in receipts}, {r.id for r in receipts}, 0)


def test_a_full_journal_refuses_new_reports_with_503_and_keeps_nothing(ctx):
    small = open_context(replace(ctx.settings, intake_journal_limit=3))
    integration = platform(small)
    journal_reports(small, [_request(small, integration, f"a{i}", reporter=f"r{i}") for i in range(3)])
    with pytest.raises(Unavailable):
        journal_reports(small, [_request(small, integration, "a9", reporter="r9")])
    assert _stored(small)[2] == 3


def test_two_processes_settling_one_journal_at_once_store_each_report_once(ctx):
    integration = platform(ctx)
    receipts = journal_reports(ctx, [_request(ctx, integration, f"a{i % 7}", reporter=f"r{i}") for i in range(40)])
    settlers = [open_context(ctx.settings) for _ in range(2)]  # two engines on one database, as two processes
    with ThreadPoolExecutor(2) as pool:
        list(pool.map(_settle_all, settlers))
    ids, entries, waiting = _stored(ctx)
    assert ids == entries == {r.id for r in receipts} and waiting == 0
    with ctx.db.read() as session:
        counts = {case_id: n for case_id, n in session.execute(select(CaseRow.id, CaseRow.report_count))}
    assert counts == {case_id: 40 // 7 + (1 if i < 40 % 7 else 0)
                      for i, case_id in enumerate(dict.fromkeys(r.case_id for r in receipts))}
    assert audit_service.verify(ctx).ok


def test_a_settler_overtaken_while_scoring_stores_nothing_twice_and_loses_none_journaled_since(ctx, monkeypatch):
    # SQLite hands a deleted row's sequence number to the next row journaled: a settler that read rows, then
    # scored them while another settled those rows and new reports were journaled, must not take the new rows
    # for the ones it read (it once deleted them as settled: acknowledged reports lost).
    integration = platform(ctx)
    first = journal_reports(ctx, [_request(ctx, integration, f"a{i}", reporter=f"r{i}") for i in range(2)])
    later: list = []
    overtaking: list[bool] = []
    real = report_journal.score_requests

    def overtaken(ctx_, requests):
        if not overtaking:
            overtaking.append(True)
            _settle_all(open_context(ctx.settings))  # another process settles what this one read
            later.extend(journal_reports(ctx, [_request(ctx, integration, f"b{i}", reporter=f"s{i}")
                                               for i in range(2)]))
        return real(ctx_, requests)

    monkeypatch.setattr(report_journal, "score_requests", overtaken)
    _settle_all(ctx)
    ids, entries, waiting = _stored(ctx)
    assert ids == entries == {r.id for r in first + later} and waiting == 0
    with ctx.db.read() as session:
        assert set(session.execute(select(ReportRow.duplicates)).scalars()) == {0}
    assert audit_service.verify(ctx).ok


def test_during_a_flood_a_report_that_looks_urgent_is_triaged_before_those_acknowledged_before_it(ctx):
    # A spam flood leaves thousands of reports journaled; a report of self-harm that arrives then must not wait
    # for all of them to be triaged: it settles in the next batch, into the self-harm queue.
    integration = platform(ctx)
    flood = [_request(ctx, integration, f"spam{i}", reporter=f"r{i}", text=f"cheap followers here {i}")
             for i in range(40)]
    for start in range(0, 40, 10):
        journal_reports(ctx, flood[start:start + 10])
    (urgent,) = journal_reports(ctx, [reports.prepare_report(
        ctx, actor=integration.principal, ref=SubjectRef(SubjectKind.ACCOUNT, "quiet"), category="other",
        text="I already have the pills, I'm ending it tonight", reporter="friend")])
    (threat,) = journal_reports(ctx, [reports.prepare_report(
        ctx, actor=integration.principal, ref=SubjectRef(SubjectKind.ACCOUNT, "loud"), category="threat",
        text="he posted my address", reporter="target")])
    assert settle_journal(ctx, limit=16) == 16
    with ctx.db.read() as session:
        case = session.get(CaseRow, urgent.case_id)
        assert case is not None and case.queue == "self-harm"
        assert session.get(CaseRow, threat.case_id) is not None  # urgent by its category
        assert session.execute(select(func.count()).select_from(IntakeJournalRow)).scalar_one() == 42 - 16
        assert _case_of(session, "spam0") is not None  # the others in their own order, oldest first
        assert _case_of(session, "spam39") is None
    _settle_all(ctx)
    assert len(_stored(ctx)[0]) == 42


def _case_of(session, external_id: str) -> str | None:
    from trustdesk.storage.tables import SubjectRow

    return session.execute(select(CaseRow.id).join(SubjectRow, SubjectRow.id == CaseRow.subject_id)
                           .where(SubjectRow.external_id == external_id)).scalar_one_or_none()


# SQLite has one writer at a time: nobody settles while a journaling transaction holds the write lock.
@pytest.mark.parametrize("database", ["postgresql"], indirect=True)
def test_journaling_holds_when_another_process_settles_the_journal_between_two_reads(ctx):
    """Two serve processes on one PostgreSQL: each statement of a transaction sees what the other committed, so
    the journal may empty between reading its newest and its oldest row (a 503 for an acknowledged-looking batch,
    seen in tests/cli/test_scale_out.py under load)."""
    from sqlalchemy import event

    from trustdesk.services.intake import journal_rows

    integration = platform(ctx)
    journal_reports(ctx, [_request(ctx, integration, f"w{i}", reporter=f"r{i}") for i in range(3)])
    with ctx.db.transaction(ctx.clock) as tx:
        connection = tx.session.connection()
        reads: list[str] = []

        def settle_elsewhere(_conn, _cursor, statement, *_args) -> None:
            reads.append(statement)
            if len(reads) == 2 and "intake_journal" in statement:
                _settle_all(ctx)  # another session commits while this transaction is between its two reads

        event.listen(connection, "before_cursor_execute", settle_elsewhere)
        try:
            waiting, _ = journal_rows.backlog(tx.session)
        finally:
            event.remove(connection, "before_cursor_execute", settle_elsewhere)
    assert waiting == 0 and len(reads) == 2  # the journal was emptied between the two reads
