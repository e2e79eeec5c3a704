"""Which safeguard policy is in force: the approved version in the database, else the operator's file."""

from __future__ import annotations

from sqlalchemy import select

from trustdesk.domain.proposals import ProposalState
from trustdesk.policy import SafeguardPolicy
from trustdesk.storage.database import Database
from trustdesk.storage.tables_proposals import PolicyVersionRow

ACTIVE = ProposalState.ACTIVE.value


def policy_in_force(db: Database, policy_path: str | None) -> SafeguardPolicy:
    """The approved version wins over the file, so a reviewed edit cannot be quietly undone by the file's writer."""
    with db.read() as session:
        active = session.execute(select(PolicyVersionRow).where(PolicyVersionRow.state == ACTIVE)).scalar_one_or_none()
        if active is not None:
            return SafeguardPolicy.from_text(active.cedar_text, active.settings, origin=f"database:{active.id}")
    return SafeguardPolicy.load(policy_path)
