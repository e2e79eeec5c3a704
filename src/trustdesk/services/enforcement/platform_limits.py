"""What the subject's platform cannot do or cannot undo, folded into the policy's decision before anything is
proposed: an action the platform cannot carry out is refused (409) with the platform's reason, one it cannot undo
says so and is held to the strongest safeguards."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session

from trustdesk.domain.actions import ActionType
from trustdesk.domain.errors import Conflict
from trustdesk.domain.subjects import SubjectKind
from trustdesk.policy.decision import Decision
from trustdesk.policy.irreversible import harden_irreversible, irreversible_note
from trustdesk.services.base.connector_configs import cannot_carry_out, cannot_undo
from trustdesk.services.base.context import Context
from trustdesk.storage.tables import SubjectRow


def unsupported_note(session: Session, subject: SubjectRow, action: ActionType) -> str | None:
    """Why the subject's platform cannot carry out this action, in the words the proposer sees; None if it can."""
    found = cannot_carry_out(session, subject.platform, action, SubjectKind(subject.kind))
    if found is None:
        return None
    config, reason = found
    return f"{action.value} cannot be carried out on {config.name} ({config.kind.capitalize()}): {reason}"


def ensure_platform_can(session: Session, subject: SubjectRow, action: ActionType) -> None:
    """Refuse, before anything is proposed, an action the subject's platform has no way to carry out."""
    note = unsupported_note(session, subject, action)
    if note is not None:
        raise Conflict(note, field="type")


def platform_limits(ctx: Context, session: Session, subject: SubjectRow, decision: Decision) -> Decision:
    if decision.action is None:
        return decision
    action = decision.steer_to if decision.allowed and decision.steer_to else decision.action
    unsupported = unsupported_note(session, subject, action)
    if unsupported is not None:
        return replace(decision, allowed=False, reasons=(unsupported,), steer_to=None)
    config = cannot_undo(session, subject.platform, action)
    if config is None:
        return decision
    note = irreversible_note(action.value, config.name, config.kind.capitalize())
    return harden_irreversible(decision, note=note, settings=ctx.policy.settings)
