"""What an operator watches: Prometheus metrics at GET /metrics, a request id on every request (X-Request-ID,
echoed), and one structured JSON log line per request.

Metrics (process-wide; scrape each serve process):
    trustdesk_http_requests_total{method,route,status}       requests answered
    trustdesk_http_request_seconds{method,route}             latency histogram
    trustdesk_reports_total{outcome}                         intake: created, duplicate, rejected, limited, unavailable
    trustdesk_report_intake_seconds                          intake latency histogram (POST /api/v1/reports)
    trustdesk_policy_decisions_total{outcome}                denied, rate_limited, at_once, needs_approval, delayed
    trustdesk_queue_depth{queue}                             open cases per queue (read at scrape time)
    trustdesk_outbox_pending / trustdesk_outbox_lag_seconds  undelivered webhooks, age of the oldest
    trustdesk_scheduler_due / trustdesk_scheduler_lag_seconds  scheduled actions past due, how long overdue
"""

from __future__ import annotations

import contextvars
import json
import logging
import random
import re
import time
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily

from trustdesk.policy.decision import Decision
from trustdesk.policy.observers import observe_decisions, outcome_of
from trustdesk.services.base.context import Context
from trustdesk.services.intake.intake_writer import intake_writer

REQUEST_ID_HEADER = "X-Request-ID"
_VALID_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
request_id_var: contextvars.ContextVar[str | None] = contextvars.ContextVar("trustdesk_request_id", default=None)
access_log = logging.getLogger("trustdesk.access")

LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
REGISTRY = CollectorRegistry(auto_describe=True)
HTTP_REQUESTS = Counter("trustdesk_http_requests", "HTTP requests answered", ["method", "route", "status"],
                        registry=REGISTRY)
HTTP_LATENCY = Histogram("trustdesk_http_request_seconds", "HTTP request latency", ["method", "route"],
                         buckets=LATENCY_BUCKETS, registry=REGISTRY)
REPORTS = Counter("trustdesk_reports", "Reports received, by outcome", ["outcome"], registry=REGISTRY)
INTAKE_LATENCY = Histogram("trustdesk_report_intake_seconds", "Latency of POST /api/v1/reports",
                           buckets=LATENCY_BUCKETS, registry=REGISTRY)
DECISIONS = Counter("trustdesk_policy_decisions", "Safeguard policy decisions, by outcome", ["outcome"],
                    registry=REGISTRY)
INTAKE_PATH = "/api/v1/reports"


def _count_decision(decision: Decision) -> None:
    DECISIONS.labels(outcome_of(decision)).inc()


observe_decisions(_count_decision)


def _intake_outcome(status: int) -> str:
    if status == 201:
        return "created"
    if status == 200:
        return "duplicate"
    if status == 429:
        return "limited"
    if status >= 500:
        return "unavailable" if status == 503 else "error"
    return "rejected"


def _route_label(scope: dict) -> str:
    route = scope.get("route")
    path = getattr(route, "path", None)
    if path is None:
        return "unmatched"
    return f"/api/v1{path}" if scope.get("path", "").startswith("/api/v1/") and not path.startswith("/api/") else path


def _new_request_id() -> str:
    """32 hex digits, unique enough to find a request's lines; not a secret, so no system call for randomness."""
    return f"{random.getrandbits(128):032x}"


class ObservabilityMiddleware:
    """Request id in and out, metrics, one JSON access-log line. Pure ASGI: no body buffering."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = next((v.decode("latin-1") for k, v in scope.get("headers", ()) if k == b"x-request-id"), "")
        request_id = incoming if _VALID_REQUEST_ID.match(incoming) else _new_request_id()
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: dict) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", request_id.encode("latin-1"))]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            elapsed = time.perf_counter() - started
            method, route = scope.get("method", ""), _route_label(scope)
            HTTP_REQUESTS.labels(method, route, str(status)).inc()
            HTTP_LATENCY.labels(method, route).observe(elapsed)
            if method == "POST" and scope.get("path") == INTAKE_PATH:
                REPORTS.labels(_intake_outcome(status)).inc()
                INTAKE_LATENCY.observe(elapsed)
            access_log.info("request", extra={"http": {"method": method, "route": route, "path": scope.get("path"),
                                                       "status": status, "duration_ms": round(elapsed * 1000, 2)},
                                              "request_id": request_id})
            request_id_var.reset(token)


class _OperationalCollector:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def collect(self):  # noqa: ANN201 - the prometheus_client collector protocol
        from trustdesk.services.oversight.operations import operational_state

        try:
            state = operational_state(self.ctx)
        except Exception:  # noqa: BLE001 - a down database: say so through `up`, not a 500 on /metrics
            up = GaugeMetricFamily("trustdesk_database_up", "Whether the operational gauges could be read")
            up.add_metric([], 0)
            yield up
            return
        up = GaugeMetricFamily("trustdesk_database_up", "Whether the operational gauges could be read")
        up.add_metric([], 1)
        yield up
        depth = GaugeMetricFamily("trustdesk_queue_depth", "Open cases per queue", labels=["queue"])
        for queue, count in sorted(state.queue_depth.items()):
            depth.add_metric([queue], count)
        yield depth
        for name, value, doc in (
            ("trustdesk_outbox_pending", state.outbox_pending, "Undelivered webhooks"),
            ("trustdesk_outbox_lag_seconds", state.outbox_lag_seconds, "Age of the oldest undelivered webhook"),
            ("trustdesk_scheduler_due", state.scheduler_due, "Scheduled actions past their time"),
            ("trustdesk_scheduler_lag_seconds", state.scheduler_lag_seconds,
             "How long the most overdue scheduled action has waited"),
            ("trustdesk_audit_unsigned_entries", state.audit_unsigned_entries,
             "Audit entries not yet covered by a signed tree head"),
            ("trustdesk_audit_signing_lag_seconds", state.audit_signing_lag_seconds,
             "How long the oldest of those has waited for a signed tree head"),
            ("trustdesk_intake_unsettled_reports", state.intake_unsettled,
             "Reports acknowledged under load and not yet stored in their cases"),
            ("trustdesk_intake_settle_lag_seconds", state.intake_settle_lag_seconds,
             "How long the oldest of those has waited"),
            ("trustdesk_intake_set_aside_reports", state.intake_set_aside,
             "Acknowledged reports whose storing failed; retried when serve starts"),
        ):
            gauge = GaugeMetricFamily(name, doc)
            gauge.add_metric([], value)
            yield gauge
        # Group commit at work: reports per batch = the second over the first (services/intake/intake_writer.py).
        writer = intake_writer(self.ctx)
        for name, value, doc in (
            ("trustdesk_intake_batches", writer.batches, "Intake transactions (group commits) of this process"),
            ("trustdesk_intake_batched_reports", writer.reports, "Reports written by those transactions"),
            ("trustdesk_intake_journaled_reports", writer.journaled,
             "Reports of those acknowledged once journaled, settled just after"),
        ):
            counter = CounterMetricFamily(name, doc)
            counter.add_metric([], value)
            yield counter


def install_observability(app: FastAPI, ctx: Context) -> None:
    app.add_middleware(ObservabilityMiddleware)

    @app.get("/metrics", include_in_schema=False)
    def metrics(_request: Request) -> Response:
        scrape = CollectorRegistry(auto_describe=False)
        scrape.register(_OperationalCollector(ctx))
        return Response(generate_latest(REGISTRY) + generate_latest(scrape), media_type=CONTENT_TYPE_LATEST)


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, the process (one of `serve --workers N`), message, request
    id, and any structured extras."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(), "logger": record.name, "pid": record.process,
            "message": record.getMessage(),
        }
        request_id = getattr(record, "request_id", None) or request_id_var.get()
        if request_id:
            entry["request_id"] = request_id
        http = getattr(record, "http", None)
        if http:
            entry["http"] = http
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def json_log_config(level: str = "INFO") -> dict:
    """A logging dictConfig for uvicorn and trustdesk: JSON lines on stderr (uvicorn's own access log off)."""
    handler = {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}
    return {
        "version": 1, "disable_existing_loggers": False,
        "formatters": {"json": {"()": JsonFormatter}},
        "handlers": {"default": handler},
        "loggers": {
            "uvicorn": {"handlers": ["default"], "level": level, "propagate": False},
            "uvicorn.error": {"handlers": ["default"], "level": level, "propagate": False},
            "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
            "trustdesk": {"handlers": ["default"], "level": level, "propagate": False},
        },
    }
