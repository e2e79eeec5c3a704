"""Reading the alerts; they are raised in each use case's transaction by services/base/alerting.py."""

from __future__ import annotations

from sqlalchemy import select

from trustdesk.domain.permissions import DeskPermission
from trustdesk.services.base.alerting import AlertView, alert_view
from trustdesk.services.base.authorization import authorize_desk
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal
from trustdesk.storage.tables import AlertRow, SubjectRow


def list_alerts(ctx: Context, *, actor: Principal, limit: int = 100) -> list[AlertView]:
    authorize_desk(ctx, actor, DeskPermission.SEE_ALERTS)
    with ctx.db.read() as session:
        rows = session.execute(
            select(AlertRow, SubjectRow).outerjoin(SubjectRow, AlertRow.subject_id == SubjectRow.id)
            .order_by(AlertRow.created_at.desc(), AlertRow.id.desc()).limit(min(max(limit, 1), 500))
        ).all()
        return [alert_view(alert, subject) for alert, subject in rows]
