"""The one approvals model: every proposal kind records verdicts the same way and counts them with one rule.

Actions, tag changes, policy versions and staff changes all call `approve`, `reject` and `may_withdraw`
here, so the rules hold everywhere alike:
- only a proposal pending approval takes approvals or rejections (nothing decided is re-opened);
- the proposer's own approval never counts, nor that of anyone not independent of them (policy/approvals.py);
- each person counts once, however many tokens they hold;
- whoever's approval would count may reject instead; the proposer never rejects but withdraws (cancels).
Verdicts live in one table, `proposal_approvals`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from trustdesk.domain.errors import Conflict, NotPermitted
from trustdesk.domain.ids import new_id
from trustdesk.domain.proposals import ProposalKind, Verdict, ensure_open_for_review
from trustdesk.domain.staff import StaffFacts
from trustdesk.policy import Decision
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import staff_facts
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import ProposalApprovalRow, StaffRow

MAX_REASON = 2000


@dataclass(frozen=True)
class Proposal:
    """What the approval rules need to know of any proposal, whatever its kind and table."""

    kind: ProposalKind
    id: str
    state: str
    proposed_by: str
    decision: Decision  # the requirement fixed when it was proposed


@dataclass(frozen=True)
class Tally:
    approvals: int  # approving verdicts on record
    met: bool  # whether those that count now suffice


class ApprovalRefused(NotPermitted):
    """An approval the rules do not count (the proposer's own, not independent, wrong role, access ended)."""


class ProposerCannotReject(NotPermitted):
    """The proposer tried to reject their own proposal; entry points may say how they withdraw it there."""


def approve(ctx: Context, tx: Transaction, proposal: Proposal, approver: StaffFacts, *, reason: str = "") -> Tally:
    """Record `approver`'s approval and say whether the approvals now suffice.

    Conflict (409) when the proposal is decided or this person already gave a verdict; ApprovalRefused (403)
    when their approval would not count."""
    ensure_open_for_review(proposal.kind, proposal.id, proposal.state)
    approver = current_facts(tx, approver)
    counts, why = ctx.policy.counts_as_approval(decision=proposal.decision, approver=approver,
                                                proposer_id=proposal.proposed_by, now=tx.now)
    if not counts:
        raise ApprovalRefused(why)
    if _ballot(tx, proposal, approver.id) is not None:
        raise Conflict(f"{approver.name} has already decided on this {proposal.kind.noun}")
    tx.session.add(ProposalApprovalRow(id=new_id("apv"), proposal_kind=proposal.kind.value, proposal_id=proposal.id,
                                       staff_id=approver.id, verdict=Verdict.APPROVE.value,
                                       reason=reason[:MAX_REASON], at=tx.now))
    tx.session.flush()
    approvers = approvers_of(tx.session, proposal.kind, proposal.id)
    return Tally(approvals=len(approvers), met=approvals_met(ctx, tx, proposal, approvers=approvers))


def approvals_met(ctx: Context, tx: Transaction, proposal: Proposal, *, decision: Decision | None = None,
                  approvers: Sequence[StaffFacts] | None = None) -> bool:
    """Whether the approvals on record, as their givers stand now, meet `decision` (default: the proposal's)."""
    if approvers is None:
        approvers = approvers_of(tx.session, proposal.kind, proposal.id)
    return ctx.policy.approvals_met(decision=decision or proposal.decision, approvers=approvers,
                                    proposer_id=proposal.proposed_by, now=tx.now)


def reject(ctx: Context, tx: Transaction, proposal: Proposal, reviewer: StaffFacts, *, reason: str = "") -> None:
    """Record `reviewer`'s rejection; the caller then closes the proposal as rejected.

    The proposer never rejects their own proposal (a rejection says someone independent said no): they
    withdraw it with cancel. Anyone else rejects only if their approval would have counted."""
    ensure_open_for_review(proposal.kind, proposal.id, proposal.state)
    reviewer = current_facts(tx, reviewer)
    if reviewer.id == proposal.proposed_by:
        raise ProposerCannotReject(f"the proposer cannot reject their own {proposal.kind.noun}; "
                           "withdraw your own proposal with cancel")
    allowed, why = ctx.policy.may_reject(decision=proposal.decision, reviewer=reviewer,
                                         proposer_id=proposal.proposed_by, now=tx.now)
    if not allowed:
        raise NotPermitted(why)
    ballot = _ballot(tx, proposal, reviewer.id)
    if ballot is None:  # one verdict per person: an earlier approval of theirs becomes this rejection
        ballot = ProposalApprovalRow(id=new_id("apv"), proposal_kind=proposal.kind.value, proposal_id=proposal.id,
                                     staff_id=reviewer.id)
        tx.session.add(ballot)
    ballot.verdict, ballot.reason, ballot.at = Verdict.REJECT.value, reason[:MAX_REASON], tx.now


def ensure_may_withdraw(proposal: Proposal, actor: StaffFacts, *, others_may: bool) -> None:
    """The proposer may always withdraw; others stop a proposal only where its kind allows (`others_may`)."""
    if actor.id != proposal.proposed_by and not others_may:
        raise NotPermitted(f"only the proposer cancels a {proposal.kind.noun}; others reject it")


def approvers_of(session: Session, kind: ProposalKind, proposal_id: str) -> list[StaffFacts]:
    """Everyone who approved, as they are stored now (a role or access may have changed since)."""
    rows = session.execute(
        select(StaffRow).join(ProposalApprovalRow, ProposalApprovalRow.staff_id == StaffRow.id)
        .where(ProposalApprovalRow.proposal_kind == kind.value, ProposalApprovalRow.proposal_id == proposal_id,
               ProposalApprovalRow.verdict == Verdict.APPROVE.value)
    ).scalars().all()
    return [staff_facts(row) for row in rows]


def approval_counts(session: Session, kind: ProposalKind, proposal_ids: Iterable[str]) -> dict[str, int]:
    """How many approving verdicts each proposal has (absent: none), in one query."""
    ids = list(proposal_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(ProposalApprovalRow.proposal_id, func.count())
        .where(ProposalApprovalRow.proposal_kind == kind.value, ProposalApprovalRow.proposal_id.in_(ids),
               ProposalApprovalRow.verdict == Verdict.APPROVE.value)
        .group_by(ProposalApprovalRow.proposal_id)
    ).all()
    return {proposal_id: count for proposal_id, count in rows}


def verdicts_of(
    session: Session, kind: ProposalKind, proposal_ids: Iterable[str]
) -> list[tuple[ProposalApprovalRow, str]]:
    """Every verdict on these proposals with its giver's name, oldest first."""
    return [(row, name) for row, name in session.execute(
        select(ProposalApprovalRow, StaffRow.name).join(StaffRow, ProposalApprovalRow.staff_id == StaffRow.id)
        .where(ProposalApprovalRow.proposal_kind == kind.value,
               ProposalApprovalRow.proposal_id.in_(list(proposal_ids)))
        .order_by(ProposalApprovalRow.at, ProposalApprovalRow.id)
    ).all()]


def current_facts(tx: Transaction, staff: StaffFacts) -> StaffFacts:
    """The member as stored now, not as when their token was read: a role or sponsor may have changed."""
    row = tx.session.get(StaffRow, staff.id)
    return staff_facts(row) if row is not None else staff


def _ballot(tx: Transaction, proposal: Proposal, staff_id: str) -> ProposalApprovalRow | None:
    return tx.session.execute(
        select(ProposalApprovalRow).where(ProposalApprovalRow.proposal_kind == proposal.kind.value,
                                          ProposalApprovalRow.proposal_id == proposal.id,
                                          ProposalApprovalRow.staff_id == staff_id)
    ).scalar_one_or_none()


def givers_of(session: Session, kind: ProposalKind, proposal_id: str) -> set[str]:
    """Ids of everyone who gave a verdict (approve or reject) on this proposal."""
    return set(session.execute(
        select(ProposalApprovalRow.staff_id).where(ProposalApprovalRow.proposal_kind == kind.value,
                                                   ProposalApprovalRow.proposal_id == proposal_id)).scalars())


def decided_by(session: Session, kind: ProposalKind, staff_id: str) -> set[str]:
    """Ids of the proposals of `kind` on which this person already gave a verdict."""
    return set(session.execute(
        select(ProposalApprovalRow.proposal_id).where(ProposalApprovalRow.proposal_kind == kind.value,
                                                      ProposalApprovalRow.staff_id == staff_id)).scalars())
