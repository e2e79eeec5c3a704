"""Whose approval counts. These are invariants, not policy: no policy file can make the proposer's
own approval count, count one person twice, or count someone whose access has ended."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from trustdesk.domain.staff import StaffFacts
from trustdesk.policy.decision import Decision, roles_in_words


def counts(*, decision: Decision, approver: StaffFacts, proposer_id: str, now: datetime) -> tuple[bool, str]:
    if not decision.allowed:
        return False, "a refused action cannot be approved"
    if decision.approvals_required == 0:
        return False, "this action needs no approval"
    if approver.id == proposer_id:
        return False, "the proposer's own approval never counts"
    if not approver.has_access_at(now):
        return False, f"{approver.name}'s access has ended; their approval counts for nothing"
    if approver.role not in decision.approver_roles:
        wanted = roles_in_words(decision.approver_roles)
        return False, f"approvals must come from {wanted}; {approver.name} is {approver.role.value}"
    return True, f"approval by {approver.name} ({approver.role.value}) counts"


def counted(
    *, decision: Decision, approvers: Sequence[StaffFacts], proposer_id: str, now: datetime
) -> tuple[str, ...]:
    """Ids of approvers that count, each person once however many tokens they used."""
    ids: dict[str, None] = {}
    for approver in approvers:
        if counts(decision=decision, approver=approver, proposer_id=proposer_id, now=now)[0]:
            ids.setdefault(approver.id)
    return tuple(ids)
