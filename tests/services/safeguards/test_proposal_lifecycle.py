"""Every kind of proposal obeys the same approval rules: one matrix, run against actions, tag changes, policy
versions and staff changes alike (each on both databases).

The policy used here asks two approvals of every kind, so that counting (once per person, only the
independent) shows before a proposal takes effect."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from tests.people import Person, account, hire, platform
from trustdesk.clock import ManualClock
from trustdesk.domain.errors import Conflict, DomainError, NotPermitted
from trustdesk.domain.subjects import SubjectRef
from trustdesk.policy.loader import DEFAULT_DIR
from trustdesk.services.access import staff
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal, authenticate
from trustdesk.services.enforcement import actions
from trustdesk.services.enforcement.scheduler import run_due
from trustdesk.services.safeguards import policy_versions, protection, staff_changes

TWO_APPROVALS = re.compile(r'(@id\("(?:protection-change|policy-edit|staff-change)"\)\n@reason\("[^"]*"\)\n)'
                           r'@approvals\("1"\)')


@dataclass(frozen=True)
class Desk:
    ctx: Context
    clock: ManualClock
    proposer: Person  # an admin: may propose every kind
    approvers: tuple[Person, Person, Person]  # admins the operator hired: independent of the proposer
    puppet: Principal  # an admin the proposer created: not independent of them
    protected: SubjectRef
    policy_text: str


@dataclass(frozen=True)
class Kind:
    """How to propose, decide and read one kind of proposal through its services."""

    name: str
    in_effect: str
    propose: Callable[[Desk], str]
    approve: Callable[[Desk, Principal, str], dict]
    reject: Callable[[Desk, Principal, str], dict]
    cancel: Callable[[Desk, Principal, str], dict]
    read: Callable[[Desk, str], dict]
    take_effect: Callable[[Desk], None] = lambda desk: None

    def state(self, desk: Desk, proposal_id: str) -> str:
        return self.read(desk, proposal_id)["state"]

    def approvals(self, desk: Desk, proposal_id: str) -> int:
        approvals = self.read(desk, proposal_id)["approvals"]
        return approvals if isinstance(approvals, int) else sum(a["verdict"] == "approve" for a in approvals)


def _run_scheduler(desk: Desk) -> None:
    desk.clock.advance(minutes=11)  # past the critical tier's delay window
    run_due(desk.ctx)


KINDS = [
    Kind(
        "action", "executed",
        propose=lambda d: actions.propose_action(d.ctx, actor=d.proposer.principal, ref=d.protected,
                                                 type="deactivate", reason="threats")["id"],
        approve=lambda d, who, i: actions.approve_action(d.ctx, actor=who, action_id=i),
        reject=lambda d, who, i: actions.reject_action(d.ctx, actor=who, action_id=i, reason="no"),
        cancel=lambda d, who, i: actions.cancel_action(d.ctx, actor=who, action_id=i),
        read=lambda d, i: actions.get_action(d.ctx, actor=d.proposer.principal, action_id=i),
        take_effect=_run_scheduler,
    ),
    Kind(
        "tag_change", "applied",
        propose=lambda d: protection.propose_tag_change(d.ctx, actor=d.proposer.principal, ref=d.protected,
                                                        tags=[], reason="left office")["id"],
        approve=lambda d, who, i: protection.approve_tag_change(d.ctx, actor=who, change_id=i),
        reject=lambda d, who, i: protection.reject_tag_change(d.ctx, actor=who, change_id=i),
        cancel=lambda d, who, i: protection.cancel_tag_change(d.ctx, actor=who, change_id=i),
        read=lambda d, i: protection.get_tag_change(d.ctx, actor=d.proposer.principal, change_id=i),
    ),
    Kind(
        "policy_version", "active",
        propose=lambda d: policy_versions.propose_policy(d.ctx, actor=d.proposer.principal, settings=None,
                                                         cedar_text=d.policy_text + "\n// edited\n",
                                                         reason="an edit")["id"],
        approve=lambda d, who, i: policy_versions.approve_policy(d.ctx, actor=who, version_id=i),
        reject=lambda d, who, i: policy_versions.reject_policy(d.ctx, actor=who, version_id=i),
        cancel=lambda d, who, i: policy_versions.cancel_policy(d.ctx, actor=who, version_id=i),
        read=lambda d, i: policy_versions.get_policy_version(d.ctx, actor=d.proposer.principal, version_id=i),
    ),
    Kind(
        "staff_change", "applied",
        propose=lambda d: staff_changes.propose_add_staff(d.ctx, actor=d.proposer.principal, name="newcomer",
                                                          role="senior", reason="on call")["id"],
        approve=lambda d, who, i: staff_changes.approve_staff_change(d.ctx, actor=who, change_id=i),
        reject=lambda d, who, i: staff_changes.reject_staff_change(d.ctx, actor=who, change_id=i),
        cancel=lambda d, who, i: staff_changes.cancel_staff_change(d.ctx, actor=who, change_id=i),
        read=lambda d, i: staff_changes.get_staff_change(d.ctx, actor=d.proposer.principal, change_id=i),
    ),
]


@pytest.fixture(params=KINDS, ids=[kind.name for kind in KINDS])
def kind(request: pytest.FixtureRequest) -> Kind:
    return request.param


@pytest.fixture
def desk(ctx: Context, clock: ManualClock, tmp_path: Path) -> Desk:
    policy_dir = tmp_path / "policy"
    shutil.copytree(DEFAULT_DIR, policy_dir)
    cedar = policy_dir / "safeguards.cedar"
    text, count = TWO_APPROVALS.subn(r'\1@approvals("2")', cedar.read_text())
    assert count == 3
    cedar.write_text(text)
    strict = Context(db=ctx.db, settings=replace(ctx.settings, policy_path=str(policy_dir)), clock=clock)
    proposer = hire(strict, "ada", "admin")
    approvers = (hire(strict, "bob", "admin"), hire(strict, "cy", "admin"), hire(strict, "dee", "admin"))
    staff.add_staff(strict, actor=proposer.principal, name="puppet", role="moderator")
    staff.change_staff(strict, actor=None, name="puppet", role="admin")  # raised by the operator, made by ada
    puppet = authenticate(strict, token=staff.issue_token(strict, actor=None, name="puppet"))
    protected = account(strict, platform(strict), "potus", followers=41_700_000, verified=True,
                        tags=["public-interest"])
    clock.advance(days=5)  # everyone is seasoned: what remains between ada and the puppet is that she made him
    return Desk(strict, clock, proposer, approvers, puppet, protected, text)


def _refused(error: type[DomainError], call: Callable[[], object], match: str | None = None) -> None:
    with pytest.raises(error, match=match):
        call()


def test_the_proposers_own_approval_never_counts(desk, kind):
    proposal = kind.propose(desk)
    _refused(NotPermitted, lambda: kind.approve(desk, desk.proposer.principal, proposal),
             "proposer's own approval never counts")
    assert (kind.state(desk, proposal), kind.approvals(desk, proposal)) == ("pending_approval", 0)


def test_one_person_counts_once_however_many_tokens_they_hold(desk, kind):
    proposal = kind.propose(desk)
    bob = desk.approvers[0]
    kind.approve(desk, bob.principal, proposal)
    second_token = authenticate(desk.ctx, token=staff.issue_token(desk.ctx, actor=None, name="bob"))
    _refused(Conflict, lambda: kind.approve(desk, second_token, proposal), "already decided")
    assert (kind.state(desk, proposal), kind.approvals(desk, proposal)) == ("pending_approval", 1)


def test_an_approver_the_proposer_made_does_not_count(desk, kind):
    proposal = kind.propose(desk)
    _refused(NotPermitted, lambda: kind.approve(desk, desk.puppet, proposal), "was created by the proposer")
    _refused(NotPermitted, lambda: kind.reject(desk, desk.puppet, proposal), "was created by the proposer")
    assert (kind.state(desk, proposal), kind.approvals(desk, proposal)) == ("pending_approval", 0)


def test_two_independent_approvals_put_it_in_effect_and_it_then_takes_no_verdict(desk, kind):
    proposal = kind.propose(desk)
    bob, cy, dee = desk.approvers
    kind.approve(desk, bob.principal, proposal)
    kind.approve(desk, cy.principal, proposal)
    kind.take_effect(desk)
    assert (kind.state(desk, proposal), kind.approvals(desk, proposal)) == (kind.in_effect, 2)
    _refused(Conflict, lambda: kind.approve(desk, dee.principal, proposal), f"is {kind.in_effect}")
    _refused(Conflict, lambda: kind.reject(desk, dee.principal, proposal), f"is {kind.in_effect}")
    assert kind.state(desk, proposal) == kind.in_effect


def test_a_rejected_proposal_takes_no_further_verdict(desk, kind):
    proposal = kind.propose(desk)
    bob, cy, _ = desk.approvers
    assert kind.reject(desk, bob.principal, proposal)["state"] == "rejected"
    _refused(Conflict, lambda: kind.approve(desk, cy.principal, proposal), "is rejected")
    _refused(Conflict, lambda: kind.reject(desk, cy.principal, proposal), "is rejected")
    _refused(DomainError, lambda: kind.cancel(desk, desk.proposer.principal, proposal))
    assert kind.state(desk, proposal) == "rejected"


def test_an_approver_may_change_their_mind_and_reject(desk, kind):
    proposal = kind.propose(desk)
    bob = desk.approvers[0]
    kind.approve(desk, bob.principal, proposal)
    assert kind.reject(desk, bob.principal, proposal)["state"] == "rejected"
    assert kind.approvals(desk, proposal) == 0


def test_the_proposer_never_rejects_their_own_proposal_but_withdraws_it(desk, kind):
    proposal = kind.propose(desk)
    _refused(NotPermitted, lambda: kind.reject(desk, desk.proposer.principal, proposal), "withdraw your own")
    assert kind.state(desk, proposal) == "pending_approval"
    assert kind.cancel(desk, desk.proposer.principal, proposal)["state"] == "cancelled"
    _refused(Conflict, lambda: kind.approve(desk, desk.approvers[0].principal, proposal), "is cancelled")
    assert kind.state(desk, proposal) == "cancelled"


def test_a_proposal_nobody_decided_within_a_week_expires_and_takes_no_verdict(desk, kind):
    proposal = kind.propose(desk)
    desk.clock.advance(days=6)
    run_due(desk.ctx)
    assert kind.state(desk, proposal) == "pending_approval"
    desk.clock.advance(days=1, seconds=1)
    report = run_due(desk.ctx)
    assert proposal in report.expired + report.expired_proposals
    assert kind.state(desk, proposal) == "expired"
    _refused(Conflict, lambda: kind.approve(desk, desk.approvers[0].principal, proposal), "expired")
    assert kind.state(desk, proposal) == "expired"
