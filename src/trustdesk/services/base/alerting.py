"""Raising an alert inside a use case's transaction; webhooks get it after commit through the outbox.

It sits in base so that every capability, access included, can make a change and its alert one commit."""

from __future__ import annotations

from typing import Any, TypedDict

from trustdesk.audit.verbs import AuditVerb
from trustdesk.domain.ids import new_id
from trustdesk.services.base.platforms import subject_label
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import AlertRow, OutboxRow, SubjectRow


def raise_alert(
    tx: Transaction,
    *,
    kind: str,
    message: str,
    subject: SubjectRow | None = None,
    action_id: str | None = None,
    payload: dict | None = None,
    audited: bool = True,
) -> AlertRow:
    alert = AlertRow(
        id=new_id("alr"), kind=kind, subject_id=subject.id if subject else None, action_id=action_id,
        message=message, payload=payload or {}, created_at=tx.now,
    )
    tx.session.add(alert)
    body = alert_view(alert, subject)
    tx.session.add(OutboxRow(id=new_id("out"), kind="webhook", payload=body, created_at=tx.now, attempts=0))
    if not audited:
        return alert
    label = subject_label(tx.session, subject) if subject else None
    tx.record(actor="trustdesk", verb=AuditVerb.ALERT_RAISED, subject=label, object_id=alert.id,
              summary=f"alert {kind}: {message}", payload={"kind": kind, "action_id": action_id})
    return alert


class AlertSubject(TypedDict):
    kind: str
    id: str
    platform: str
    handle: str | None


class AlertView(TypedDict):
    id: str
    kind: str
    message: str
    action_id: str | None
    subject: AlertSubject | None
    payload: dict[str, Any]
    created_at: str


def alert_view(alert: AlertRow, subject: SubjectRow | None) -> AlertView:
    return {
        "id": alert.id, "kind": alert.kind, "message": alert.message, "action_id": alert.action_id,
        "subject": {"kind": subject.kind, "id": subject.external_id, "platform": subject.platform,
                    "handle": subject.handle} if subject else None,
        "payload": alert.payload, "created_at": alert.created_at.isoformat(),
    }
