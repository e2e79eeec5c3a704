"""JSON-ready views of rows, shared by the API and the console."""

from __future__ import annotations

from datetime import datetime

from trustdesk.storage.tables import ActionRow, SubjectRow


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def action_view(action: ActionRow, subject: SubjectRow, *, decision: dict | None = None) -> dict:
    return {
        "id": action.id, "type": action.type, "requested_type": action.requested_type, "state": action.state,
        "reason": action.reason, "label": action.label, "duration_hours": action.duration_hours,
        "subject": {"kind": subject.kind, "id": subject.external_id, "platform": subject.platform,
                    "handle": subject.handle, "status": subject.status, "visibility": subject.visibility},
        "case_id": action.case_id, "proposed_by": action.proposed_by, "proposed_at": _iso(action.proposed_at),
        "approvals_required": action.approvals_required, "delay_seconds": action.delay_seconds,
        "execute_after": _iso(action.execute_after), "executed_at": _iso(action.executed_at),
        "ends_at": _iso(action.ends_at), "prior_state": action.prior_state,
        "resulting_state": action.resulting_state, "break_glass": action.break_glass,
        "automated_detection": action.automated_detection, "automated_decision": action.automated_decision,
        "ratify_by": _iso(action.ratify_by), "ratified_by": action.ratified_by,
        "closed_by": action.closed_by, "closed_reason": action.closed_reason, "closed_at": _iso(action.closed_at),
        "decision": decision if decision is not None else action.decision,
        "explanation": (decision or action.decision).get("explanation"),
    }
