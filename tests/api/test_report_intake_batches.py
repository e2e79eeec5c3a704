"""POST /reports under concurrency: answered only after commit (stored, or journaled and settled just after),
batched; a failure never half-stores a report nor loses an acknowledged one, and the writer goes on."""

from __future__ import annotations

import asyncio

import httpx
from sqlalchemy import select

from tests.people import platform
from trustdesk.cli.server import create_web_app
from trustdesk.services.intake import report_batch
from trustdesk.services.intake.report_journal import wait_until_settled
from trustdesk.services.oversight import audit as audit_service
from trustdesk.storage.tables import AuditEntryRow, ReportRow
from trustdesk.storage.tables_intake import IntakeJournalRow


def _post_all(ctx, token: str, bodies: list[dict]) -> list[httpx.Response]:
    app = create_web_app(ctx, run_scheduler=False)

    async def run() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://trustdesk.test",
                                     headers={"Authorization": f"Bearer {token}"}) as client:
            return await asyncio.gather(*(client.post("/api/v1/reports", json=body) for body in bodies))

    return asyncio.run(run())


def _body(i: int, **subject: str) -> dict:
    return {"subject": {"kind": "account", "id": f"acc-{i}", **subject}, "category": "harassment",
            "text": f"insults number {i}", "reporter": f"reporter-{i}"}


def _stored(ctx) -> tuple[set[str], set[str]]:
    assert wait_until_settled(ctx, timeout=120)  # what was acknowledged under load, settled
    with ctx.db.read() as session:
        return (set(session.execute(select(ReportRow.id)).scalars()),
                set(session.execute(select(AuditEntryRow.object_id).where(AuditEntryRow.verb == "report.filed"))
                    .scalars()))


def test_concurrent_reports_are_all_acknowledged_stored_and_chained(ctx):
    integration = platform(ctx)
    answers = _post_all(ctx, integration.token, [_body(i) for i in range(40)])
    assert [a.status_code for a in answers] == [201] * 40
    acknowledged = {a.json()["id"] for a in answers}
    reports_, entries = _stored(ctx)
    assert acknowledged == reports_ == entries
    assert audit_service.verify(ctx).ok


def test_a_bad_report_among_concurrent_ones_gets_its_own_4xx_and_the_others_are_stored(ctx):
    integration = platform(ctx)
    bodies = [_body(i) for i in range(12)]
    bodies[5] = _body(5, platform="someone-else")  # an integration may only report on its own platform
    answers = _post_all(ctx, integration.token, bodies)
    assert answers[5].status_code == 403
    assert answers[5].json()["error"]["code"] == "not_permitted"
    assert [a.status_code for i, a in enumerate(answers) if i != 5] == [201] * 11
    reports_, entries = _stored(ctx)
    assert reports_ == entries == {a.json()["id"] for i, a in enumerate(answers) if i != 5}
    assert audit_service.verify(ctx).ok


def test_a_writer_crash_half_stores_nothing_loses_no_acknowledged_report_and_the_next_batch_works(ctx, monkeypatch):
    integration = platform(ctx)

    def crash(*_args, **_kwargs):
        raise RuntimeError("writer bug")

    with monkeypatch.context() as patched:
        patched.setattr(report_batch, "compute_triage", crash)  # fails after every report was written, before commit
        answers = _post_all(ctx, integration.token, [_body(i) for i in range(8)])
        wait_until_settled(ctx, timeout=120)
    # Stored at once, the crash answers 503; journaled first, the report was acknowledged and stays journaled.
    assert {a.status_code for a in answers} <= {201, 503}
    assert all(a.headers["retry-after"] for a in answers if a.status_code == 503)
    with ctx.db.read() as session:
        kept = set(session.execute(select(IntakeJournalRow.report_id).where(IntakeJournalRow.error.is_not(None)))
                   .scalars())
        stored = set(session.execute(select(ReportRow.id)).scalars())
    assert stored == set()
    assert kept == {a.json()["id"] for a in answers if a.status_code == 201}
    again = _post_all(ctx, integration.token, [_body(i) for i in range(8, 12)])
    assert [a.status_code for a in again] == [201] * 4
    assert _stored(ctx)[0] == {a.json()["id"] for a in again}
    assert audit_service.verify(ctx).ok

