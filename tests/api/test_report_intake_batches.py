"""POST /reports under concurrency: answered only after commit, batched, a failed batch answers 503 and
keeps nothing, and the writer goes on with the next one."""

from __future__ import annotations

import asyncio

import httpx
from sqlalchemy import select

from tests.people import platform
from trustdesk.cli.server import create_web_app
from trustdesk.services.intake import report_batch
from trustdesk.services.oversight import audit as audit_service
from trustdesk.storage.tables import AuditEntryRow, ReportRow


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


def test_a_writer_crash_answers_503_keeps_nothing_and_the_next_batch_works(ctx, monkeypatch):
    integration = platform(ctx)

    def crash(*_args, **_kwargs):
        raise RuntimeError("writer bug")

    with monkeypatch.context() as patched:
        patched.setattr(report_batch, "compute_triage", crash)  # fails after every report was written, before commit
        answers = _post_all(ctx, integration.token, [_body(i) for i in range(8)])
    assert [a.status_code for a in answers] == [503] * 8
    assert all(a.headers["retry-after"] for a in answers)
    assert _stored(ctx) == (set(), set())
    again = _post_all(ctx, integration.token, [_body(i) for i in range(8, 12)])
    assert [a.status_code for a in again] == [201] * 4
    assert _stored(ctx)[0] == {a.json()["id"] for a in again}
    assert audit_service.verify(ctx).ok

