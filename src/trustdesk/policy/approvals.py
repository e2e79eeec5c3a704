"""Whose approval counts. These are invariants, not policy: no policy file can make the proposer's
own approval count, count one person twice, count someone whose access has ended, or count someone the
proposer made (created, promoted or gave a token to) within the independence window."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from trustdesk.domain.staff import StaffFacts
from trustdesk.policy.decision import Decision, roles_in_words


def counts(
    *, decision: Decision, approver: StaffFacts, proposer_id: str, now: datetime,
    independence_window: timedelta = timedelta(0), seasoning: timedelta = timedelta(0),
) -> tuple[bool, str]:
    if not decision.allowed:
        return False, "a refused action cannot be approved"
    if decision.approvals_required == 0:
        return False, "this action needs no approval"
    if approver.id == proposer_id:
        return False, "the proposer's own approval never counts"
    if not approver.has_access_at(now):
        return False, f"{approver.name}'s access has ended; their approval counts for nothing"
    why_not = not_independent(approver=approver, proposer_id=proposer_id, now=now,
                              window=independence_window, seasoning=seasoning)
    if why_not:
        return False, why_not
    if approver.role not in decision.approver_roles:
        wanted = roles_in_words(decision.approver_roles)
        return False, f"approvals must come from {wanted}; {approver.name} is {approver.role.value}"
    return True, f"approval by {approver.name} ({approver.role.value}) counts"


def not_independent(
    *, approver: StaffFacts, proposer_id: str, now: datetime, window: timedelta, seasoning: timedelta
) -> str | None:
    """Why `approver` is not independent of the proposer, in plain words; None when they are."""
    sponsored = approver.sponsored_by(proposer_id, since=now - window)
    if sponsored is not None:
        what = {"created": "was created by", "promoted": "was promoted by", "token": "was given a token by"}
        return (f"{approver.name} {what[sponsored.kind.value]} the proposer on {sponsored.at:%Y-%m-%d %H:%M} UTC; "
                f"approvals from people the proposer created, promoted or gave a token to in the last "
                f"{window.days} days do not count")
    if not approver.seasoned_at(now, seasoning):
        hours = int(seasoning.total_seconds() // 3600)
        return (f"{approver.name} joined the desk less than {hours} hours ago; approvals count only from "
                f"people on the desk for at least {hours} hours")
    return None


def counted(
    *, decision: Decision, approvers: Sequence[StaffFacts], proposer_id: str, now: datetime,
    independence_window: timedelta = timedelta(0), seasoning: timedelta = timedelta(0),
) -> tuple[str, ...]:
    """Ids of approvers that count, each person once however many tokens they used."""
    ids: dict[str, None] = {}
    for approver in approvers:
        if counts(decision=decision, approver=approver, proposer_id=proposer_id, now=now,
                  independence_window=independence_window, seasoning=seasoning)[0]:
            ids.setdefault(approver.id)
    return tuple(ids)
