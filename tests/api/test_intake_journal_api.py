"""Reports acknowledged under load and not yet settled: every read after the answer sees them (read your writes),
claim-next does not wait for them, and an operator sees the backlog in /metrics."""

from __future__ import annotations

import re
from dataclasses import replace

from fastapi.testclient import TestClient

from tests.people import hire, platform
from trustdesk.cli.server import create_web_app
from trustdesk.domain.subjects import SubjectKind, SubjectRef
from trustdesk.services.base.context import open_context
from trustdesk.services.intake import report_batch, reports
from trustdesk.services.intake.report_journal import journal_reports, settle_journal


def _journal(ctx, integration, external_id: str, reporter: str = "r1"):
    request = reports.prepare_report(ctx, actor=integration.principal, ref=SubjectRef(SubjectKind.ACCOUNT, external_id),
                                     category="harassment", text=f"insults from {external_id}", reporter=reporter)
    (receipt,) = journal_reports(ctx, [request])
    return receipt


def _metric(text: str, name: str) -> float:
    found = re.search(rf"^{re.escape(name)} (\S+)$", text, re.MULTILINE)
    assert found, name
    return float(found.group(1))


def test_a_case_promised_in_a_receipt_is_there_for_the_next_read_and_for_an_action(client, ctx):
    integration = platform(ctx)
    mod = hire(ctx, "mod", "moderator")
    receipt = _journal(ctx, integration, "acc1")
    case = client.get(f"/api/v1/cases/{receipt.case_id}", headers=mod.headers)
    assert case.status_code == 200
    assert [r["id"] for r in case.json()["reports"]] == [receipt.id]
    second = _journal(ctx, integration, "acc2")
    listed = client.get("/api/v1/cases", headers=mod.headers).json()["items"]
    assert {c["id"] for c in listed} == {receipt.case_id, second.case_id}
    third = _journal(ctx, integration, "acc3")
    acted = client.post("/api/v1/actions", headers=mod.headers, json={
        "subject": {"kind": "account", "id": "acc3"}, "type": "dismiss", "reason": "no violation",
        "case_id": third.case_id})
    assert acted.status_code == 201, acted.text


def test_claim_next_serves_what_is_triaged_without_waiting_and_metrics_show_the_backlog(client, ctx):
    integration = platform(ctx)
    mod = hire(ctx, "mod", "moderator")
    before = client.get("/metrics").text
    assert _metric(before, "trustdesk_intake_unsettled_reports") == 0
    _journal(ctx, integration, "acc1")
    ctx.clock.advance(seconds=4)
    waiting = client.get("/metrics").text
    assert _metric(waiting, "trustdesk_intake_unsettled_reports") == 1
    assert _metric(waiting, "trustdesk_intake_settle_lag_seconds") >= 4
    claimed = client.post("/api/v1/cases/claim-next", headers=mod.headers)
    assert claimed.status_code == 200 and claimed.json()["case"] is None  # nothing triaged yet, and no wait
    client.get("/api/v1/cases", headers=mod.headers)  # any other read settles what came before it
    assert _metric(client.get("/metrics").text, "trustdesk_intake_unsettled_reports") == 0
    assert client.post("/api/v1/cases/claim-next", headers=mod.headers).json()["case"] is not None


def test_serve_puts_reports_set_aside_back_in_line_at_start_and_settles_them(ctx, monkeypatch):
    integration = platform(ctx)
    mod = hire(ctx, "mod", "moderator")
    receipt = _journal(ctx, integration, "acc1")
    with monkeypatch.context() as broken:  # a bug in storing: the acknowledged report is set aside, not dropped
        broken.setattr(report_batch, "compute_triage", _crash)
        settle_journal(ctx)
    app = create_web_app(ctx, run_scheduler=True)
    with TestClient(app) as restarted:  # the fix deployed, serve restarted
        metrics = restarted.get("/metrics").text
        assert _metric(metrics, "trustdesk_intake_set_aside_reports") == 0
        case = restarted.get(f"/api/v1/cases/{receipt.case_id}", headers=mod.headers)
        assert [r["id"] for r in case.json()["reports"]] == [receipt.id]


def _crash(*_args, **_kwargs):
    raise RuntimeError("bug in storing")


def test_during_a_flood_the_desk_pages_answer_at_once_and_a_promised_case_is_still_there(ctx):
    flooded = open_context(replace(ctx.settings, intake_settle_wait_backlog=2))  # past 2 unsettled: a flood
    integration = platform(flooded)
    mod = hire(flooded, "mod", "moderator")
    with TestClient(create_web_app(flooded, run_scheduler=False)) as client:
        # Journaled once serve is up: what it finds at start it settles at once, and this is about reads.
        receipts = [_journal(flooded, integration, f"acc{i}") for i in range(3)]
        listed = client.get("/api/v1/cases", headers=mod.headers).json()["items"]
        assert listed == []  # answered with what is settled, not after settling the flood
        assert _metric(client.get("/metrics").text, "trustdesk_intake_unsettled_reports") == 3
        case = client.get(f"/api/v1/cases/{receipts[1].case_id}", headers=mod.headers)
        assert [r["id"] for r in case.json()["reports"]] == [receipts[1].id]  # its receipt named it: it waits


def test_a_lone_report_is_answered_once_journaled_without_waiting_for_its_triage(client, ctx, monkeypatch):
    # A platform that sends its reports one after the other waited for each to be scored, triaged and audited
    # (~15 ms of CPU: ~60 reports/s). The answer now waits for its journal commit only: here triage is held
    # up until after the answer, and the report is still acknowledged, then in its case at the next read.
    import threading

    integration = platform(ctx)
    mod = hire(ctx, "mod", "moderator")
    triage_may_run = threading.Event()
    real_score = reports.score_texts

    def held_up(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        assert triage_may_run.wait(timeout=60), "the answer never came: it waited for triage"
        return real_score(*args, **kwargs)

    monkeypatch.setattr(reports, "score_texts", held_up)  # every path to storing a report scores it first
    answered = client.post("/api/v1/reports", headers=integration.headers, json={
        "subject": {"kind": "account", "id": "lone"}, "category": "spam", "text": "buy followers", "reporter": "u1"})
    assert answered.status_code == 201, answered.text
    triage_may_run.set()
    case = client.get(f"/api/v1/cases/{answered.json()['case_id']}", headers=mod.headers)
    assert case.status_code == 200 and [r["id"] for r in case.json()["reports"]] == [answered.json()["id"]]
