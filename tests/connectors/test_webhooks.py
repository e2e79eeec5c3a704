"""Alerts reach a configured webhook, signed, and carry what is needed to restore."""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.people import account, hire, platform
from trustdesk.connectors.webhooks import SIGNATURE_HEADER, verify_signature
from trustdesk.services.base.context import Context
from trustdesk.services.enforcement import actions
from trustdesk.services.oversight.outbox import deliver_outbox

SECRET = "s3cret-for-tests"


@pytest.fixture
def receiver():
    received: list[tuple[bytes, str]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the stdlib's name
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append((body, self.headers.get(SIGNATURE_HEADER, "")))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *_args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hook", received
    server.shutdown()


def test_a_high_impact_action_on_a_critical_account_is_pushed_signed_to_the_webhook(ctx, receiver):
    url, received = receiver
    hooked = Context(db=ctx.db, clock=ctx.clock,
                     settings=replace(ctx.settings, webhook_urls=(url,), webhook_secret=SECRET))
    integration, admin = platform(hooked), hire(hooked, "admin", "admin")
    ref = account(hooked, integration, "hos", followers=41_700_000, tags=["public-interest"])
    action = actions.propose_action(hooked, actor=admin.principal, ref=ref, type="deactivate",
                                    reason="credible hijack in progress", break_glass=True)
    assert deliver_outbox(hooked) >= 1
    bodies = [(json.loads(body), signature, body) for body, signature in received]
    alert, signature, raw = next(b for b in bodies if b[0]["kind"] == "break_glass")
    assert verify_signature(raw, SECRET, signature)
    assert not verify_signature(raw, "another-secret", signature)
    assert alert["payload"]["restore"]["path"] == f"/api/v1/actions/{action['id']}/reverse"
    assert alert["payload"]["prior_state"]["status"] == "active"
    assert deliver_outbox(hooked) == 0  # delivered once, not again


def test_an_unreachable_webhook_keeps_the_alert_for_a_retry(ctx):
    hooked = Context(db=ctx.db, clock=ctx.clock,
                     settings=replace(ctx.settings, webhook_urls=("http://127.0.0.1:9/nothing",),
                                      webhook_secret=SECRET))
    integration, admin = platform(hooked), hire(hooked, "admin", "admin")
    ref = account(hooked, integration, "hos", followers=41_700_000, tags=["public-interest"])
    actions.propose_action(hooked, actor=admin.principal, ref=ref, type="suspend", duration_hours=1,
                           reason="emergency", break_glass=True)
    assert deliver_outbox(hooked) == 0
    from sqlalchemy import select

    from trustdesk.storage.tables import OutboxRow

    with hooked.db.read() as session:
        # Only the alert webhooks: the statement of reasons queued beside them waits for the platform's connector.
        pending = session.execute(select(OutboxRow).where(OutboxRow.delivered_at.is_(None),
                                                          OutboxRow.kind == "webhook")).scalars().all()
        assert pending and all(row.attempts == 1 and row.last_error for row in pending)
