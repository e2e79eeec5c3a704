"""Group commit at the service level: many reports, one transaction, stored set by set; a bad one fails alone."""

from __future__ import annotations

from sqlalchemy import func, select

from tests.people import account, platform
from trustdesk.domain.errors import NotPermitted
from trustdesk.domain.subjects import SubjectKind, SubjectRef
from trustdesk.services.intake import reports
from trustdesk.services.intake.report_journal import wait_until_settled
from trustdesk.services.oversight import audit as audit_service
from trustdesk.storage.tables import AuditEntryRow, CaseRow, ReportRow
from trustdesk.storage.tables_triage import ReporterRow


def _request(ctx, integration, external_id: str, *, platform_name: str | None = None, reporter: str = "r"):
    return reports.prepare_report(ctx, actor=integration.principal,
                                  ref=SubjectRef(SubjectKind.ACCOUNT, external_id, platform_name),
                                  category="harassment", text=f"insults from {external_id}", reporter=reporter)


def test_a_bad_report_in_a_batch_fails_alone_and_the_others_are_stored_with_their_audit_entries(ctx):
    integration = platform(ctx)
    batch = [_request(ctx, integration, "a1", reporter="r1"),
             _request(ctx, integration, "a2", platform_name="someone-else", reporter="r2"),  # not its platform
             _request(ctx, integration, "a3", reporter="r3")]
    outcomes = reports.file_reports(ctx, batch)
    assert isinstance(outcomes[1], NotPermitted)
    assert not isinstance(outcomes[0], Exception) and not isinstance(outcomes[2], Exception)
    with ctx.db.read() as session:
        stored = set(session.execute(select(ReportRow.id)).scalars())
        filed = set(session.execute(select(AuditEntryRow.object_id).where(AuditEntryRow.verb == "report.filed"))
                    .scalars())
        cases = session.execute(select(func.count()).select_from(CaseRow)).scalar_one()
    assert stored == filed == {outcomes[0].id, outcomes[2].id}
    assert cases == 2  # the refused report opened no case: its savepoint was rolled back whole
    assert audit_service.verify(ctx).ok


def test_reports_of_one_batch_on_one_subject_join_one_case_and_each_entry_records_its_priority(ctx):
    integration = platform(ctx)
    ref = account(ctx, integration, "shared")
    batch = [_request(ctx, integration, ref.external_id, reporter=f"r{i}") for i in range(5)]
    outcomes = reports.file_reports(ctx, batch)
    assert len({o.case_id for o in outcomes}) == 1
    with ctx.db.read() as session:
        case = session.get(CaseRow, outcomes[0].case_id)
        payloads = session.execute(select(AuditEntryRow.payload).where(AuditEntryRow.verb == "report.filed")).scalars()
        recorded = {(p["queue"], p["priority"]) for p in payloads}
    assert case.report_count == 5 and case.unique_reporters == 5
    assert recorded == {(case.queue, f"{case.priority:.2f}")}  # the case's queue and priority as committed
    assert audit_service.verify(ctx).ok


def test_the_same_report_twice_in_one_batch_is_stored_once_and_the_reporter_counts_both_of_their_reports(ctx):
    integration = platform(ctx)
    first = _request(ctx, integration, "a1", reporter="same")
    repeat = _request(ctx, integration, "a1", reporter="same")  # same reporter, subject and text
    other = _request(ctx, integration, "a2", reporter="same")
    stored, folded, elsewhere = reports.file_reports(ctx, [first, repeat, other])
    assert not stored.duplicate and folded.duplicate and folded.id == stored.id
    with ctx.db.read() as session:
        assert session.get(ReportRow, stored.id).duplicates == 1
        assert session.execute(select(func.count()).select_from(ReportRow)).scalar_one() == 2
        assert session.get(ReporterRow, "same").total_reports == 2  # a folded repeat is not a new report
    assert elsewhere.case_id != stored.case_id


def test_a_report_whose_client_gave_up_before_its_batch_is_not_stored_and_its_neighbours_are(ctx):
    from concurrent.futures import Future

    from trustdesk.services.intake.intake_writer import IntakeWriter

    integration = platform(ctx)
    gone, waiting = Future(), Future()
    gone.cancel()  # the request was cancelled (client disconnected) while queued
    IntakeWriter(ctx).write([(_request(ctx, integration, "a1", reporter="r1"), gone),
                             (_request(ctx, integration, "a2", reporter="r2"), waiting)])
    receipt = waiting.result(timeout=0)
    assert wait_until_settled(ctx, any_backlog=True)
    with ctx.db.read() as session:
        assert set(session.execute(select(ReportRow.id)).scalars()) == {receipt.id}


def test_a_lone_report_that_keeps_conflicting_gets_its_own_error_and_the_next_report_is_stored(ctx, monkeypatch):
    # A conflict that does not go away on retry must come back as that report's error (a 4xx/5xx of its own),
    # not as a crash of the writer.
    from sqlalchemy.exc import IntegrityError

    integration = platform(ctx)
    real_store = reports.store_batch

    def conflicting(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise IntegrityError("INSERT", None, Exception("UNIQUE constraint failed"))

    monkeypatch.setattr(reports, "store_batch", conflicting)
    (outcome,) = reports.file_reports(ctx, [_request(ctx, integration, "b1")])
    assert isinstance(outcome, IntegrityError)
    monkeypatch.setattr(reports, "store_batch", real_store)
    (stored,) = reports.file_reports(ctx, [_request(ctx, integration, "b2")])
    assert not isinstance(stored, Exception)
    with ctx.db.read() as session:
        assert set(session.execute(select(ReportRow.id)).scalars()) == {stored.id}


def test_a_report_that_breaks_its_batch_fails_alone_when_the_batch_is_filed_again_one_by_one(ctx, monkeypatch):
    # A bug that one report triggers (here: any batch holding subject "poison") must not cost its neighbours
    # their report: the batch is rolled back whole and each report filed again in its own transaction.
    integration = platform(ctx)
    real_store = reports.store_batch

    def breaks_on_poison(ctx, tx, batch):  # noqa: ANN001, ANN202
        if any(scored.request.ref.external_id == "poison" for scored in batch):
            raise RuntimeError("a bug this report triggers")
        return real_store(ctx, tx, batch)

    monkeypatch.setattr(reports, "store_batch", breaks_on_poison)
    first, bad, last = reports.file_reports(ctx, [_request(ctx, integration, "a1", reporter="r1"),
                                                  _request(ctx, integration, "poison", reporter="r2"),
                                                  _request(ctx, integration, "a3", reporter="r3")])
    assert isinstance(bad, RuntimeError)
    with ctx.db.read() as session:
        assert set(session.execute(select(ReportRow.id)).scalars()) == {first.id, last.id}
        assert session.execute(select(func.count()).select_from(CaseRow)).scalar_one() == 2
    assert audit_service.verify(ctx).ok


def test_retried_keys_and_repeats_inside_one_batch_answer_the_first_report_of_the_batch(ctx):
    integration = platform(ctx)
    first = reports.prepare_report(ctx, actor=integration.principal, ref=SubjectRef(SubjectKind.ACCOUNT, "k1"),
                                   category="spam", text="buy now", reporter="k", idempotency_key="key-1")
    retry = reports.prepare_report(ctx, actor=integration.principal, ref=SubjectRef(SubjectKind.ACCOUNT, "k1"),
                                   category="spam", text="buy now!", reporter="other", idempotency_key="key-1")
    stored, retried = reports.file_reports(ctx, [first, retry])
    assert not stored.duplicate and retried.duplicate and (retried.id, retried.case_id) == (stored.id, stored.case_id)
    (later,) = reports.file_reports(ctx, [retry])  # and in a later batch, from the database
    assert later.duplicate and later.id == stored.id
    with ctx.db.read() as session:
        assert session.execute(select(func.count()).select_from(ReportRow)).scalar_one() == 1
        assert session.get(ReportRow, stored.id).duplicates == 0  # a retry is not a repeat
