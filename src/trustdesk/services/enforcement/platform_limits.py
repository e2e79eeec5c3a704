"""What the subject's platform cannot undo, folded into the policy's decision before anything is proposed."""

from __future__ import annotations

from sqlalchemy.orm import Session

from trustdesk.policy.decision import Decision
from trustdesk.policy.irreversible import harden_irreversible, irreversible_note
from trustdesk.services.base.connector_configs import cannot_undo
from trustdesk.services.base.context import Context
from trustdesk.storage.tables import SubjectRow


def platform_limits(ctx: Context, session: Session, subject: SubjectRow, decision: Decision) -> Decision:
    if decision.action is None:
        return decision
    action = decision.steer_to if decision.allowed and decision.steer_to else decision.action
    config = cannot_undo(session, subject.platform, action)
    if config is None:
        return decision
    note = irreversible_note(action.value, config.name, config.kind.capitalize())
    return harden_irreversible(decision, note=note, settings=ctx.policy.settings)
