"""Stale proposals expire: whatever waits for approval longer than PENDING_TTL is closed, of every kind.

Actions expire in the scheduler's own loop (services/enforcement/scheduler.py); tag changes, policy
versions and staff changes expire here, on the same tick and after the same week, so a months-old
proposal cannot be approved into force after the facts (and who should decide) have changed."""

from __future__ import annotations

from typing import cast

from sqlalchemy import select

from trustdesk.audit.verbs import AuditVerb
from trustdesk.domain.proposals import PENDING_TTL, ProposalKind, ProposalState, transition
from trustdesk.services.base.context import Context
from trustdesk.storage.tables_proposals import PolicyVersionRow, ProtectionChangeRow, StaffChangeRow

SYSTEM = "trustdesk"
ProposalTable = type[ProtectionChangeRow] | type[PolicyVersionRow] | type[StaffChangeRow]
# Each kind with its table and the prefix of its audit verbs.
STALE_KINDS: list[tuple[ProposalKind, ProposalTable, str]] = [
    (ProposalKind.TAG_CHANGE, ProtectionChangeRow, "protection"),
    (ProposalKind.POLICY_VERSION, PolicyVersionRow, "policy"),
    (ProposalKind.STAFF_CHANGE, StaffChangeRow, "staff_change"),
]


def expire_stale_proposals(ctx: Context, *, batch: int = 100) -> list[str]:
    """Close every tag change, policy version and staff change pending for longer than PENDING_TTL."""
    expired: list[str] = []
    cutoff = ctx.clock.now() - PENDING_TTL
    with ctx.db.read() as session:  # every tick: a cheap read, and a writing transaction only when needed
        due = [entry for entry in STALE_KINDS if session.execute(
            select(entry[1].id).where(entry[1].state == ProposalState.PENDING_APPROVAL.value,
                                      entry[1].proposed_at <= cutoff).limit(1)).first() is not None]
    for kind, row_type, prefix in due:
        with ctx.db.transaction(ctx.clock) as tx:
            # One of the three tables: mypy cannot follow select() over a union of row classes.
            stale = cast(list[ProtectionChangeRow | PolicyVersionRow | StaffChangeRow], tx.session.execute(
                select(row_type).where(row_type.state == ProposalState.PENDING_APPROVAL.value,
                                       row_type.proposed_at <= tx.now - PENDING_TTL)
                .order_by(row_type.proposed_at).limit(batch).with_for_update(skip_locked=True)
            ).scalars().all())
            for row in stale:
                row.state = transition(kind, row.state, ProposalState.EXPIRED)
                if isinstance(row, ProtectionChangeRow | StaffChangeRow):
                    row.closed_by, row.closed_at = SYSTEM, tx.now
                tx.record(actor=SYSTEM, verb=AuditVerb(f"{prefix}.expired"), object_id=row.id,
                          summary=f"{kind.noun} {row.id} expired unapproved after {PENDING_TTL.days} days")
                expired.append(row.id)
    return expired
