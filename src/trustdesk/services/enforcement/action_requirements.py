"""Bridging stored actions and the policy: the requirement an action was proposed under, and rate counts."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from trustdesk.domain.actions import SEVERITY, Severity
from trustdesk.domain.proposals import ProposalKind
from trustdesk.policy import Decision
from trustdesk.services.safeguards.proposals import Proposal
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import ActionRow

HIGH_IMPACT_TYPES = [t.value for t, s in SEVERITY.items() if s is Severity.HIGH]
RATE_WINDOW = timedelta(hours=1)


def decision_from_row(action: ActionRow) -> Decision:
    """The requirement fixed when the action was proposed: approvals cannot be lowered after the fact."""
    return Decision.from_dict({**action.decision, "rate_limited": False})


def as_proposal(action: ActionRow) -> Proposal:
    """The action as the shared approval rules see it, with the requirement fixed at its proposal."""
    return Proposal(ProposalKind.ACTION, action.id, action.state, action.proposed_by, decision_from_row(action))


def recent_high_impact_count(tx: Transaction, staff_id: str) -> int:
    return tx.session.execute(
        select(func.count()).select_from(ActionRow).where(
            ActionRow.proposed_by == staff_id, ActionRow.requested_type.in_(HIGH_IMPACT_TYPES),
            ActionRow.proposed_at > tx.now - RATE_WINDOW,
        )
    ).scalar_one()
