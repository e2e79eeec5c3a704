"""Inbound webhooks from connected platforms: signed, fresh, once.

Generic webhooks carry X-Trustdesk-Timestamp, X-Trustdesk-Signature (HMAC-SHA256 of "timestamp.body" with the
connector's shared secret) and X-Trustdesk-Delivery (a unique id). Mastodon signs the body alone in
X-Hub-Signature. Unsigned, badly signed, stale, replayed, oversized or malformed deliveries are refused with a
4xx and an audit entry."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from trustdesk.audit.verbs import AuditVerb
from trustdesk.connectors.mastodon_payloads import report_from_webhook
from trustdesk.connectors.signing import (
    ID_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    TOLERANCE_SECONDS,
    hub_signature,
    signature_matches,
)
from trustdesk.domain.errors import Conflict, DomainError, InvalidInput, NotAuthenticated, NotFound, TooLarge
from trustdesk.domain.ids import new_id
from trustdesk.domain.subjects import SubjectRef
from trustdesk.services.base.connector_configs import config_of
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal
from trustdesk.services.intake import platform_sync, reports
from trustdesk.services.intake.platform_connectors import file_pulled
from trustdesk.storage.tables import IntegrationRow
from trustdesk.storage.tables_platforms import ConnectorRow, WebhookReceiptRow

MAX_BODY = 256 * 1024


def receive_webhook(ctx: Context, *, platform: str, body: bytes, headers: Mapping[str, str]) -> dict:
    """Check and apply one inbound webhook; returns what it did."""
    with ctx.db.read() as session:
        found = session.execute(
            select(ConnectorRow, IntegrationRow).join(IntegrationRow, IntegrationRow.id == ConnectorRow.integration_id)
            .where(ConnectorRow.name == platform)
        ).one_or_none()
    if found is None or found[0].kind not in ("webhook", "mastodon"):
        raise NotFound(f"no platform {platform!r} receiving webhooks")
    config = config_of(found[0])
    principal = Principal(kind="integration", id=found[1].id, name=found[1].name, via=f"webhook {platform}")
    try:
        if len(body) > MAX_BODY:
            raise TooLarge(f"webhook body is {len(body)} bytes; the limit is {MAX_BODY}")
        if config.kind == "webhook":
            delivery_id = _check_signed(config.inbound_secret, body, headers, ctx.clock.now())
        else:
            delivery_id = _check_hub(config.inbound_secret, body, headers)
        with ctx.db.read() as session:
            if session.execute(select(WebhookReceiptRow.id).where(
                    WebhookReceiptRow.platform == platform, WebhookReceiptRow.delivery_id == delivery_id)).first():
                raise Conflict(f"delivery {delivery_id} was already received: a replay")
        payload = _json(body)
        outcome = _apply(ctx, principal, config.kind, payload)
    except DomainError as error:
        _record_refusal(ctx, platform, error, headers)
        raise
    _remember(ctx, platform, delivery_id)
    return outcome


def _check_signed(secret: str, body: bytes, headers: Mapping[str, str], now: datetime) -> str:
    timestamp, signature, delivery = (headers.get(h) for h in (TIMESTAMP_HEADER, SIGNATURE_HEADER, ID_HEADER))
    if not timestamp or not signature:
        raise NotAuthenticated(f"unsigned webhook: {TIMESTAMP_HEADER} and {SIGNATURE_HEADER} are required")
    if not delivery or len(delivery) > 200:
        raise InvalidInput(f"{ID_HEADER} must name the delivery (1..200 characters)", field=ID_HEADER)
    try:
        sent_at = datetime.fromtimestamp(int(timestamp), UTC)
    except (ValueError, OverflowError, OSError):
        raise NotAuthenticated(f"{TIMESTAMP_HEADER} must be Unix seconds") from None
    if not signature_matches(secret, timestamp, body, signature):
        raise NotAuthenticated("bad webhook signature")
    if abs((now - sent_at).total_seconds()) > TOLERANCE_SECONDS:
        raise NotAuthenticated(f"stale webhook: signed at {sent_at.isoformat()}, more than "
                               f"{TOLERANCE_SECONDS} s from now")
    return delivery


def _check_hub(secret: str, body: bytes, headers: Mapping[str, str]) -> str:
    signature = headers.get("X-Hub-Signature")
    if not signature:
        raise NotAuthenticated("unsigned webhook: X-Hub-Signature is required")
    if not hmac.compare_digest(hub_signature(secret, body), signature):
        raise NotAuthenticated("bad webhook signature")
    # Mastodon sends no delivery id: the body's hash identifies a delivery.
    return "sha256:" + hashlib.sha256(body).hexdigest()


def _json(body: bytes) -> dict:
    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise InvalidInput("webhook body is not JSON") from None
    if not isinstance(payload, dict):
        raise InvalidInput("webhook body must be a JSON object")
    return payload


def _apply(ctx: Context, principal: Principal, kind: str, payload: dict) -> dict:
    if kind == "mastodon":
        try:
            pulled = report_from_webhook(payload)
        except (KeyError, TypeError, ValueError) as error:
            raise InvalidInput(f"not a Mastodon report.created payload: {error}") from None
        receipt = file_pulled(ctx, principal, pulled)
        return {"accepted": "report", "report_id": receipt.id, "case_id": receipt.case_id}
    event = payload.get("type")
    subject = payload.get("subject")
    if not isinstance(subject, dict) or not isinstance(subject.get("kind"), str) \
            or not isinstance(subject.get("id"), str):
        raise InvalidInput("subject must be {kind, id}", field="subject")
    ref = SubjectRef.parse(subject["kind"], subject["id"], subject.get("platform"))
    if event == "subject":
        view, _ = platform_sync.sync_subject(
            ctx, actor=principal, ref=ref, handle=_opt_str(payload, "handle"),
            followers=_opt_int(payload, "followers"), verified=payload.get("verified") is True,
            tags=_str_list(payload, "tags"), author_id=_opt_str(payload, "author_id"),
            content=_opt_str(payload, "content"),
        )
        return {"accepted": "subject", "subject": {"platform": view["platform"], "kind": view["kind"],
                                                   "id": view["id"]}}
    if event == "report":
        receipt = reports.file_report(
            ctx, actor=principal, ref=ref, category=_opt_str(payload, "category") or "other",
            text=_opt_str(payload, "text") or "", reporter=_opt_str(payload, "reporter"),
            idempotency_key=_opt_str(payload, "id"), snapshot=payload.get("snapshot"),
            source=_opt_str(payload, "source") or "user",  # "automated" when the platform's classifier filed it
        )
        return {"accepted": "report", "report_id": receipt.id, "case_id": receipt.case_id}
    raise InvalidInput(f"unknown webhook type {event!r}; use subject or report", field="type")


def _opt_str(payload: dict, name: str) -> str | None:
    value = payload.get(name)
    if value is not None and not isinstance(value, str):
        raise InvalidInput(f"{name} must be text", field=name)
    return value


def _opt_int(payload: dict, name: str) -> int | None:
    value = payload.get(name)
    if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
        raise InvalidInput(f"{name} must be a whole number", field=name)
    return value


def _str_list(payload: dict, name: str) -> list[str]:
    value = payload.get(name) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InvalidInput(f"{name} must be a list of text", field=name)
    return value


def _remember(ctx: Context, platform: str, delivery_id: str) -> None:
    try:
        with ctx.db.transaction(ctx.clock) as tx:
            tx.session.add(WebhookReceiptRow(id=new_id("whr"), platform=platform, delivery_id=delivery_id,
                                             received_at=tx.now))
    except IntegrityError:
        pass  # a concurrent copy was accepted too; what it carried is idempotent


def _record_refusal(ctx: Context, platform: str, error: DomainError, headers: Mapping[str, str]) -> None:
    with ctx.db.transaction(ctx.clock) as tx:
        tx.session.connection()  # a refusal changes nothing else; the audit entry still needs its transaction
        tx.record(actor=f"integration:{platform}", verb=AuditVerb.WEBHOOK_REFUSED,
                  summary=f"refused a webhook from {platform}: {error.message}",
                  payload={"code": error.code, "reason": error.message,
                           "delivery": (headers.get(ID_HEADER) or "")[:200]})
