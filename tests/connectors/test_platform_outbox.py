"""Platform deliveries leave after commit, signed, with an idempotency key; a platform that is down loses
nothing, raises one alert after the configured number of failures, and never blocks another platform."""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.people import hire
from trustdesk.connectors.signing import IDEMPOTENCY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, signature_matches
from trustdesk.domain.subjects import SubjectKind, SubjectRef
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import authenticate
from trustdesk.services.enforcement import actions, reversals
from trustdesk.services.intake import platform_connectors, platform_sync
from trustdesk.services.oversight.alerts import list_alerts
from trustdesk.services.oversight.outbox import deliver_outbox

SECRET = "forum-secret"


class Receiver:
    """A platform's webhook endpoint on loopback that can be told to fail."""

    def __init__(self) -> None:
        self.received: list[tuple[bytes, dict]] = []
        self.failing = False
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the stdlib's name
                body = self.rfile.read(int(self.headers["Content-Length"]))
                if receiver.failing:
                    self.send_response(500)
                    self.end_headers()
                    return
                receiver.received.append((body, dict(self.headers)))
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(b"{}")

            def log_message(self, *_args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()


@pytest.fixture
def receiver():
    running = Receiver()
    yield running
    running.close()


@pytest.fixture
def alerting_ctx(ctx: Context) -> Context:
    return replace(ctx, settings=replace(ctx.settings, platform_alert_after=3))


def _connect(ctx, name: str, url: str):
    added = platform_connectors.add_connector(ctx, name=name, kind="webhook", url=url, token=SECRET)
    principal = authenticate(ctx, token=added.integration_token)
    ref = SubjectRef(SubjectKind.ACCOUNT, "42", name)
    platform_sync.sync_subject(ctx, actor=principal, ref=ref, handle="someone", followers=10, verified=False,
                               tags=[])
    return ref


def test_a_platform_down_loses_nothing_alerts_once_and_gets_the_delivery_once_back(alerting_ctx, receiver):
    ctx = alerting_ctx
    ref = _connect(ctx, "forum", receiver.url)
    julie = hire(ctx, "julie", "moderator")
    action = actions.propose_action(ctx, actor=julie.principal, ref=ref, type="limit", reason="spam")
    assert action["state"] == "executed"

    receiver.failing = True
    for _ in range(5):
        assert deliver_outbox(ctx) == 0
    alerts = [a for a in list_alerts(ctx, actor=julie.principal) if a["kind"] == "platform_delivery_failed"]
    assert len(alerts) == 1 and "failed 3 times" in alerts[0]["message"]

    receiver.failing = False
    assert deliver_outbox(ctx) == 2  # the action's effect and the statement of reasons for its user
    assert deliver_outbox(ctx) == 0  # never twice once acknowledged
    assert sorted(json.loads(body)["event"] for body, _ in receiver.received) == ["action.executed", "statement"]
    [(body, headers)] = [(body, headers) for body, headers in receiver.received
                         if json.loads(body)["event"] == "action.executed"]
    payload = json.loads(body)
    assert payload["event"] == "action.executed" and payload["action_id"] == action["id"]
    assert payload["subject"] == {"platform": "forum", "kind": "account", "id": "42"}
    assert payload["resulting_state"]["status"] == "limited"
    assert headers[IDEMPOTENCY_HEADER] == payload["id"]
    assert signature_matches(SECRET, headers[TIMESTAMP_HEADER], body, headers[SIGNATURE_HEADER])


def test_one_platform_failing_does_not_block_another(ctx, receiver):
    dead = _connect(ctx, "dead", "http://127.0.0.1:9/unreachable")
    alive = _connect(ctx, "alive", receiver.url)
    julie = hire(ctx, "julie", "moderator")
    actions.propose_action(ctx, actor=julie.principal, ref=dead, type="limit", reason="spam")
    actions.propose_action(ctx, actor=julie.principal, ref=alive, type="limit", reason="spam")
    assert deliver_outbox(ctx) == 2  # alive's effect and statement; dead's two wait
    events = [json.loads(body) for body, _ in receiver.received]
    assert sorted(e["event"] for e in events) == ["action.executed", "statement"]
    assert {e["subject"]["platform"] for e in events} == {"alive"}


def test_reversal_goes_out_as_its_own_delivery(ctx, receiver):
    ref = _connect(ctx, "forum", receiver.url)
    julie = hire(ctx, "julie", "moderator")
    action = actions.propose_action(ctx, actor=julie.principal, ref=ref, type="limit", reason="spam")
    reversals.reverse_action(ctx, actor=julie.principal, action_id=action["id"], reason="mistake")
    assert deliver_outbox(ctx) == 3  # the statement of reasons for the limit goes out too
    events = [json.loads(body) for body, _ in receiver.received if json.loads(body)["event"].startswith("action.")]
    assert [e["event"] for e in events] == ["action.executed", "action.reversed"]
    assert events[0]["id"] != events[1]["id"]


def test_an_alert_raised_before_any_webhook_is_configured_still_goes_out_later(ctx, receiver):
    added = platform_connectors.add_connector(ctx, name="forum", kind="webhook", url=receiver.url, token=SECRET)
    principal = authenticate(ctx, token=added.integration_token)
    ref = SubjectRef(SubjectKind.ACCOUNT, "42", "forum")
    for tags in (["protected"], []):  # the second sync tries to strip protection: an alert
        platform_sync.sync_subject(ctx, actor=principal, ref=ref, handle="x", followers=1, verified=False, tags=tags)
    assert deliver_outbox(ctx) == 0
    assert receiver.received == []
    configured = replace(ctx, settings=replace(ctx.settings, webhook_urls=(receiver.url,)))
    # Adding the connector's credential is an operator credential action: alerted too.
    assert deliver_outbox(configured) == 2
    kinds = [json.loads(body)["kind"] for body, _headers in receiver.received]
    assert "protection_strip_refused" in kinds
