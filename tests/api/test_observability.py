"""What an operator watches: /metrics in Prometheus format, a request id echoed on every answer, JSON logs."""

from __future__ import annotations

import json
import logging
import logging.config
import re

from tests.people import account, hire, platform
from trustdesk.api.observability import JsonFormatter, json_log_config
from trustdesk.services.enforcement import actions
from trustdesk.services.intake.report_journal import wait_until_settled

REPORT = {"subject": {"kind": "account", "id": "a1"}, "category": "spam", "text": "spam", "reporter": "u1"}


def _value(text: str, name: str, **labels: str) -> float:
    wanted = ",".join(f'{k}="{v}"' for k, v in labels.items())
    pattern = rf"^{re.escape(name)}{{{re.escape(wanted)}}} (\S+)$" if labels else rf"^{re.escape(name)} (\S+)$"
    found = re.search(pattern, text, re.MULTILINE)
    assert found, f"{name} {labels} not in /metrics"
    return float(found.group(1))


def test_metrics_count_intake_latency_queues_outbox_scheduler_and_decisions(client, ctx):
    integration, mod = platform(ctx), hire(ctx, "mod", "moderator")
    before = client.get("/metrics").text
    created = _value(before, "trustdesk_reports_total", outcome="created") if "outcome=\"created\"" in before else 0
    decisions = sum(float(v) for v in re.findall(r"^trustdesk_policy_decisions_total\{[^}]*\} (\S+)$", before, re.M))
    assert client.post("/api/v1/reports", headers=integration.headers, json=REPORT).status_code == 201
    assert client.post("/api/v1/reports", headers=integration.headers, json=REPORT).status_code == 200
    assert client.post("/api/v1/reports", headers=integration.headers, json={"x": 1}).status_code == 422
    ref = account(ctx, integration, "a2", followers=10)
    assert wait_until_settled(ctx, any_backlog=True)  # a probe never waits for the journal; the desk would
    actions.propose_action(ctx, actor=mod.principal, ref=ref, type="warn", reason="spam")
    response = client.get("/metrics")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/plain")
    text = response.text
    assert _value(text, "trustdesk_reports_total", outcome="created") == created + 1
    assert _value(text, "trustdesk_reports_total", outcome="duplicate") >= 1
    assert _value(text, "trustdesk_reports_total", outcome="rejected") >= 1
    assert _value(text, "trustdesk_report_intake_seconds_count") >= 3
    assert 'trustdesk_http_request_seconds_bucket{le="0.005",method="POST",route="/api/v1/reports"}' in text
    total = sum(float(v) for v in re.findall(r"^trustdesk_policy_decisions_total\{[^}]*\} (\S+)$", text, re.M))
    assert total >= decisions + 1
    assert sum(float(v) for v in re.findall(r"^trustdesk_queue_depth\{[^}]*\} (\S+)$", text, re.M)) >= 1
    for gauge in ("trustdesk_outbox_pending", "trustdesk_outbox_lag_seconds", "trustdesk_scheduler_due",
                  "trustdesk_scheduler_lag_seconds"):
        assert _value(text, gauge) >= 0
    assert _value(text, "trustdesk_database_up") == 1


def test_every_answer_carries_a_request_id_and_a_given_one_is_echoed(client):
    given = client.get("/api/v1/health", headers={"X-Request-ID": "req-42.abc"})
    assert given.headers["x-request-id"] == "req-42.abc"
    made = client.get("/api/v1/cases")  # a 401 too
    assert made.status_code == 401 and re.fullmatch(r"[0-9a-f]{32}", made.headers["x-request-id"])
    refused = client.post("/api/v1/reports", content=b'{"a": NaN}', headers={"Content-Type": "application/json"})
    assert refused.status_code == 422 and refused.headers["x-request-id"]
    hostile = client.get("/api/v1/health", headers={"X-Request-ID": "x" * 500 + "\n"})
    assert hostile.headers["x-request-id"] != "x" * 500  # not echoed when it is not a sane id


def test_access_log_lines_are_json_with_the_request_id(client, caplog):
    with caplog.at_level(logging.INFO, logger="trustdesk.access"):
        client.get("/api/v1/health", headers={"X-Request-ID": "trace-7"})
    record = next(r for r in caplog.records if r.name == "trustdesk.access")
    line = json.loads(JsonFormatter().format(record))
    assert line["request_id"] == "trace-7" and line["level"] == "info"
    assert line["http"]["route"] == "/api/v1/health" and line["http"]["status"] == 200
    assert line["http"]["duration_ms"] >= 0


def test_the_log_config_sends_trustdesk_and_uvicorn_logs_through_the_json_formatter():
    names = ("trustdesk", "uvicorn", "uvicorn.error", "uvicorn.access")
    saved = {n: (list(logging.getLogger(n).handlers), logging.getLogger(n).propagate, logging.getLogger(n).level)
             for n in names}
    logging.config.dictConfig(json_log_config())
    try:
        assert isinstance(logging.getLogger("trustdesk").handlers[0].formatter, JsonFormatter)
        assert isinstance(logging.getLogger("uvicorn.error").handlers[0].formatter, JsonFormatter)
    finally:
        for name, (handlers, propagate, level) in saved.items():
            logger = logging.getLogger(name)
            logger.handlers[:] = handlers
            logger.propagate, logger.level = propagate, level


def test_metrics_say_how_much_of_the_audit_log_waits_for_a_signed_head_and_since_when(client, ctx):
    from trustdesk.services.oversight.audit import checkpoint

    integration = platform(ctx)
    checkpoint(ctx)
    signed = client.get("/metrics").text
    assert _value(signed, "trustdesk_audit_unsigned_entries") == 0
    assert _value(signed, "trustdesk_audit_signing_lag_seconds") == 0
    assert client.post("/api/v1/reports", headers=integration.headers, json=REPORT).status_code == 201
    assert wait_until_settled(ctx, any_backlog=True)  # its audit entries are written when it settles
    ctx.clock.advance(seconds=7)
    waiting = client.get("/metrics").text
    assert _value(waiting, "trustdesk_audit_unsigned_entries") >= 2  # the case opened and the report filed
    assert _value(waiting, "trustdesk_audit_signing_lag_seconds") >= 7
    checkpoint(ctx)
    assert _value(client.get("/metrics").text, "trustdesk_audit_unsigned_entries") == 0
