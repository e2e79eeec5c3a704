"""Alerts: raised in the use case's transaction, pushed to webhooks after commit through the outbox."""

from __future__ import annotations

from sqlalchemy import select

from trustdesk.domain.staff import Role
from trustdesk.services.base.alerting import alert_view, raise_alert
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal, require_staff
from trustdesk.storage.tables import AlertRow, SubjectRow

__all__ = ["alert_view", "list_alerts", "raise_alert"]


def list_alerts(ctx: Context, *, actor: Principal, limit: int = 100) -> list[dict]:
    require_staff(actor, Role.MODERATOR)
    with ctx.db.read() as session:
        rows = session.execute(
            select(AlertRow, SubjectRow).outerjoin(SubjectRow, AlertRow.subject_id == SubjectRow.id)
            .order_by(AlertRow.created_at.desc(), AlertRow.id.desc()).limit(min(max(limit, 1), 500))
        ).all()
        return [alert_view(alert, subject) for alert, subject in rows]
