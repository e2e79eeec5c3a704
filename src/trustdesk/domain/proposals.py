"""One lifecycle for everything that waits for approval: actions, tag changes, policy versions, staff changes.

Each kind walks the same graph (pending_approval → in effect, or rejected / cancelled / expired) and uses the
subset of states it needs: only actions are scheduled, executed, reversed or fail at execution; a policy
version becomes active and is later superseded; tag and staff changes are applied. Every state change of
every kind, the scheduler's included, goes through `transition`, so no code path can skip a step."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from trustdesk.domain.errors import Conflict, InvalidTransition


class ProposalKind(StrEnum):
    ACTION = "action"
    TAG_CHANGE = "tag_change"
    POLICY_VERSION = "policy_version"
    STAFF_CHANGE = "staff_change"

    @property
    def noun(self) -> str:
        """'tag change': how a sentence names one."""
        return self.value.replace("_", " ")

    @property
    def a_noun(self) -> str:
        return f"{'an' if self.noun[0] in 'aeiou' else 'a'} {self.noun}"


class ProposalState(StrEnum):
    """Stored and answered as these strings; the action values are part of the HTTP contract."""

    PROPOSED = "proposed"  # an action, for the instant before the policy's requirement is applied
    PENDING_APPROVAL = "pending_approval"
    SCHEDULED = "scheduled"  # approved; waits out the delay window in which anyone may cancel
    EXECUTED = "executed"  # an action in force
    APPLIED = "applied"  # a tag or staff change carried out
    ACTIVE = "active"  # the policy version in force
    SUPERSEDED = "superseded"  # a policy version replaced by a newer one
    REVERSED = "reversed"
    REJECTED = "rejected"  # an independent reviewer said no
    CANCELLED = "cancelled"  # withdrawn by the proposer, or (actions) stopped by a reviewer
    EXPIRED = "expired"  # nobody decided within PENDING_TTL
    FAILED = "failed"  # re-checked at execution and no longer allowed


S = ProposalState
TRANSITIONS: dict[ProposalState, frozenset[ProposalState]] = {
    S.PROPOSED: frozenset({S.PENDING_APPROVAL, S.SCHEDULED, S.EXECUTED}),
    S.PENDING_APPROVAL: frozenset({S.SCHEDULED, S.EXECUTED, S.APPLIED, S.ACTIVE, S.REJECTED, S.CANCELLED, S.EXPIRED}),
    S.SCHEDULED: frozenset({S.EXECUTED, S.CANCELLED, S.FAILED}),
    S.EXECUTED: frozenset({S.REVERSED}),
    S.ACTIVE: frozenset({S.SUPERSEDED}),
    S.APPLIED: frozenset(),
    S.SUPERSEDED: frozenset(),
    S.REVERSED: frozenset(),
    S.REJECTED: frozenset(),
    S.CANCELLED: frozenset(),
    S.EXPIRED: frozenset(),
    S.FAILED: frozenset(),
}

_CLOSED = {S.REJECTED, S.CANCELLED, S.EXPIRED}
STATES_OF: dict[ProposalKind, frozenset[ProposalState]] = {
    ProposalKind.ACTION: frozenset(
        {S.PROPOSED, S.PENDING_APPROVAL, S.SCHEDULED, S.EXECUTED, S.REVERSED, S.FAILED, *_CLOSED}),
    ProposalKind.TAG_CHANGE: frozenset({S.PENDING_APPROVAL, S.APPLIED, *_CLOSED}),
    ProposalKind.POLICY_VERSION: frozenset({S.PENDING_APPROVAL, S.ACTIVE, S.SUPERSEDED, *_CLOSED}),
    ProposalKind.STAFF_CHANGE: frozenset({S.PENDING_APPROVAL, S.APPLIED, *_CLOSED}),
}

# Proposals nobody decided within a week are stale: the facts (and who should decide) may have changed.
PENDING_TTL = timedelta(days=7)


def is_stale(proposed_at: datetime, now: datetime) -> bool:
    """Whether a proposal made at `proposed_at` has waited too long to be decided (it expires)."""
    return now - proposed_at >= PENDING_TTL


def transition(kind: ProposalKind, current: str, target: ProposalState) -> str:
    """The stored value of `target`, if a `kind` that is `current` may become it; InvalidTransition otherwise."""
    state = ProposalState(current)
    if target not in TRANSITIONS[state] or target not in STATES_OF[kind]:
        raise InvalidTransition(f"{kind.a_noun} that is {state.value} cannot become {target.value}")
    return target.value


def ensure_open_for_review(kind: ProposalKind, proposal_id: str, current: str) -> None:
    """Approvals and rejections are taken only while a proposal waits for them: nothing decided is re-opened."""
    if current != S.PENDING_APPROVAL.value:
        raise Conflict(f"{kind.noun} {proposal_id} is {current}; only one pending approval takes approvals "
                       "or rejections")


class Verdict(StrEnum):
    APPROVE = "approve"
    REJECT = "reject"
