"""Alerts: raised in the use case's transaction, pushed to webhooks after commit through the outbox."""

from __future__ import annotations

from sqlalchemy import select

from trustdesk.domain.ids import new_id
from trustdesk.domain.staff import Role
from trustdesk.services.base.context import Context
from trustdesk.services.base.platforms import subject_label
from trustdesk.services.base.principals import Principal, require_staff
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
) -> AlertRow:
    alert = AlertRow(
        id=new_id("alr"), kind=kind, subject_id=subject.id if subject else None, action_id=action_id,
        message=message, payload=payload or {}, created_at=tx.now,
    )
    tx.session.add(alert)
    body = alert_view(alert, subject)
    tx.session.add(OutboxRow(id=new_id("out"), kind="webhook", payload=body, created_at=tx.now, attempts=0))
    label = subject_label(tx.session, subject) if subject else None
    tx.record(actor="trustdesk", verb="alert.raised", subject=label, object_id=alert.id,
              summary=f"alert {kind}: {message}", payload={"kind": kind, "action_id": action_id})
    return alert


def alert_view(alert: AlertRow, subject: SubjectRow | None) -> dict:
    return {
        "id": alert.id, "kind": alert.kind, "message": alert.message, "action_id": alert.action_id,
        "subject": {"kind": subject.kind, "id": subject.external_id, "platform": subject.platform,
                    "handle": subject.handle} if subject else None,
        "payload": alert.payload, "created_at": alert.created_at.isoformat(),
    }


def list_alerts(ctx: Context, *, actor: Principal, limit: int = 100) -> list[dict]:
    require_staff(actor, Role.MODERATOR)
    with ctx.db.read() as session:
        rows = session.execute(
            select(AlertRow, SubjectRow).outerjoin(SubjectRow, AlertRow.subject_id == SubjectRow.id)
            .order_by(AlertRow.created_at.desc(), AlertRow.id.desc()).limit(min(max(limit, 1), 500))
        ).all()
        return [alert_view(alert, subject) for alert, subject in rows]
