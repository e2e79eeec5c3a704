"""Counting approvals kept as a list of staff ids (tag changes, policy versions)."""

from __future__ import annotations

from sqlalchemy import select

from trustdesk.domain.errors import Conflict, NotPermitted
from trustdesk.domain.staff import StaffFacts
from trustdesk.policy import Decision
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import staff_facts
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import StaffRow


def add_approval(
    ctx: Context, tx: Transaction, *, decision: Decision, approver: StaffFacts, proposer_id: str,
    approver_ids: list[str],
) -> tuple[list[str], bool]:
    """The approver ids with this one added, and whether the approvals now suffice.

    Refuses (403) an approval the policy does not count, and (409) a second one from the same person."""
    row = tx.session.get(StaffRow, approver.id)
    approver = staff_facts(row) if row is not None else approver  # as stored now, not as when authenticated
    counts, why = ctx.policy.counts_as_approval(decision=decision, approver=approver, proposer_id=proposer_id,
                                                now=tx.now)
    if not counts:
        raise NotPermitted(why)
    if approver.id in approver_ids:
        raise Conflict(f"{approver.name} has already approved this")
    approver_ids = [*approver_ids, approver.id]
    approvers = [staff_facts(row) for row in tx.session.execute(
        select(StaffRow).where(StaffRow.id.in_(approver_ids))).scalars()]
    met = ctx.policy.approvals_met(decision=decision, approvers=approvers, proposer_id=proposer_id, now=tx.now)
    return approver_ids, met
