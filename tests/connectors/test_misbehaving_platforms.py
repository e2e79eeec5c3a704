"""A platform answering 500, garbage or nothing at all never crashes trustdesk: pulls and deliveries fail
quietly, keep their place, and are retried."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlalchemy import select

from tests.people import hire
from trustdesk.domain.subjects import SubjectKind, SubjectRef
from trustdesk.services.base.principals import authenticate
from trustdesk.services.enforcement import actions
from trustdesk.services.intake import platform_connectors, platform_sync
from trustdesk.services.oversight.outbox import deliver_outbox
from trustdesk.storage.tables import OutboxRow

# (status, body, whether a delivery counts as acknowledged: a 2xx JSON object does)
ANSWERS = {
    "500": (500, b'{"errcode": "M_UNKNOWN"}', False),
    "garbage": (200, b"<html>not json</html>", False),
    "wrong shape": (200, b'{"event_reports": "nope"}', True),
}


@pytest.fixture(params=sorted(ANSWERS))
def bad_homeserver(request):
    status, body, _acknowledges = ANSWERS[request.param]

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_PUT = _answer  # noqa: N815 - the stdlib's names

        def log_message(self, *_args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", ANSWERS[request.param][2]
    server.shutdown()


def test_pulls_and_deliveries_to_a_misbehaving_homeserver_fail_quietly_and_wait(ctx, bad_homeserver):
    bad_homeserver, acknowledges = bad_homeserver
    added = platform_connectors.add_connector(ctx, name="broken", kind="matrix", url=bad_homeserver, token="t")
    assert platform_connectors.pull_all(ctx) == 0
    [listed] = platform_connectors.list_connectors(ctx)
    assert listed["cursor"] is None  # nothing skipped: the next pull starts where this one did
    assert not platform_connectors.check_connector(ctx, name="broken").ok

    integration = authenticate(ctx, token=added.integration_token)
    ref = SubjectRef(SubjectKind.ACCOUNT, "@bob:broken.test", "broken")
    platform_sync.sync_subject(ctx, actor=integration, ref=ref, handle="bob", followers=3, verified=False, tags=[])
    julie = hire(ctx, "julie", "moderator")
    assert actions.propose_action(ctx, actor=julie.principal, ref=ref, type="limit", reason="spam")["state"] \
        == "executed"
    # The effect and the statement of reasons (a server notice) both wait for the homeserver to acknowledge them.
    if acknowledges:
        assert deliver_outbox(ctx) == 2
        assert _pending(ctx) == []
        return
    assert deliver_outbox(ctx) == 0
    assert sorted(_pending(ctx)) == ["platform.action_executed", "platform.statement"]
    assert deliver_outbox(ctx) == 0
    assert deliver_outbox(ctx) == 0  # still pending, retried each time
    assert sorted(_pending(ctx)) == ["platform.action_executed", "platform.statement"]


def _pending(ctx) -> list[str]:
    with ctx.db.read() as session:
        query = select(OutboxRow.kind).where(OutboxRow.delivered_at.is_(None), OutboxRow.kind.like("platform.%"))
        return list(session.execute(query).scalars())
