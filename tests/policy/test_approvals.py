"""Whose approval counts, and who may stop or undo an action."""

from datetime import datetime, timedelta

from tests.policy.conftest import NOW, ORDINARY, POTUS, decide, staff
from trustdesk.domain.actions import ActionType
from trustdesk.domain.staff import Role, StaffFacts
from trustdesk.policy import Decision, SafeguardPolicy

PROPOSER = staff("Mo")
SENIOR_A = staff("Ana", Role.SENIOR)
SENIOR_B = staff("Ben", Role.SENIOR)


def counts(
    policy: SafeguardPolicy, decision: Decision, approver: StaffFacts, proposer: StaffFacts = PROPOSER
) -> tuple[bool, str]:
    return policy.counts_as_approval(decision=decision, approver=approver, proposer_id=proposer.id, now=NOW)


def met(
    policy: SafeguardPolicy,
    decision: Decision,
    approvers: list[StaffFacts],
    proposer: StaffFacts = PROPOSER,
    now: datetime = NOW,
) -> bool:
    return policy.approvals_met(decision=decision, approvers=approvers, proposer_id=proposer.id, now=now)


def critical_takedown(policy: SafeguardPolicy, proposer: StaffFacts = PROPOSER) -> Decision:
    return decide(policy, ActionType.DEACTIVATE, POTUS, proposer)


def test_proposer_approval_never_counts(policy: SafeguardPolicy):
    senior = staff("Sam", Role.SENIOR)
    decision = critical_takedown(policy, senior)
    ok, why = counts(policy, decision, senior, proposer=senior)
    assert not ok and why == "the proposer's own approval never counts"
    assert not met(policy, decision, [senior, SENIOR_A], proposer=senior)


def test_approver_whose_access_ended_counts_for_nothing(policy: SafeguardPolicy):
    decision = critical_takedown(policy)
    ended = staff("Eve", Role.SENIOR, access_end=NOW)  # to the second: ended at NOW
    ok, why = counts(policy, decision, ended)
    assert not ok and "access has ended" in why
    assert not met(policy, decision, [SENIOR_A, ended])


def test_approvals_are_rechecked_when_the_action_runs(policy: SafeguardPolicy):
    decision = critical_takedown(policy)
    leaving = staff("Lou", Role.SENIOR, access_end=NOW + timedelta(minutes=5))
    assert met(policy, decision, [SENIOR_A, leaving])
    assert not met(policy, decision, [SENIOR_A, leaving], now=NOW + decision.delay)


def test_same_person_counts_once(policy: SafeguardPolicy):
    decision = critical_takedown(policy)
    twice = [SENIOR_A, SENIOR_A]  # e.g. one person with two tokens
    assert not met(policy, decision, twice)
    counted = policy.approvals_counted(decision=decision, approvers=twice, proposer_id=PROPOSER.id, now=NOW)
    assert counted == (SENIOR_A.id,)


def test_one_senior_is_not_enough_for_a_critical_takedown_but_two_are(policy: SafeguardPolicy):
    decision = critical_takedown(policy)
    assert not met(policy, decision, [SENIOR_A])
    assert met(policy, decision, [SENIOR_A, SENIOR_B])


def test_a_moderators_approval_does_not_count_where_seniors_are_required(policy: SafeguardPolicy):
    decision = critical_takedown(policy)
    assert counts(policy, decision, staff("Max")) == (
        False, "approvals must come from senior or admin; Max is moderator"
    )
    assert counts(policy, decision, staff("Ada", Role.ADMIN))[0]


def test_nothing_to_approve_on_a_refused_or_one_click_action(policy: SafeguardPolicy):
    refused = decide(policy, ActionType.DEACTIVATE, POTUS, staff("Con", contractor=True))
    at_once = decide(policy, ActionType.WARN, ORDINARY)
    assert counts(policy, refused, SENIOR_A) == (False, "a refused action cannot be approved")
    assert counts(policy, at_once, SENIOR_A) == (False, "this action needs no approval")
    assert not met(policy, refused, [SENIOR_A, SENIOR_B])
    assert met(policy, at_once, [])


def test_whoever_may_approve_may_reject(policy: SafeguardPolicy):
    decision = critical_takedown(policy)
    reject = policy.may_reject
    assert reject(decision=decision, reviewer=SENIOR_A, proposer_id=PROPOSER.id, now=NOW)[0]
    assert not reject(decision=decision, reviewer=staff("Max"), proposer_id=PROPOSER.id, now=NOW)[0]


def test_any_moderator_may_cancel_or_reverse_but_triage_may_not(policy: SafeguardPolicy):
    for role in (Role.MODERATOR, Role.SENIOR, Role.ADMIN):
        assert policy.may_cancel(actor=staff("X", role), now=NOW)
        assert policy.may_reverse(actor=staff("X", role), now=NOW)
    assert policy.may_cancel(actor=staff("Con", contractor=True), now=NOW)
    assert not policy.may_cancel(actor=staff("Tri", Role.TRIAGE), now=NOW)
    assert not policy.may_reverse(actor=staff("Tri", Role.TRIAGE), now=NOW)


def test_a_decision_survives_a_round_trip_through_json(policy: SafeguardPolicy):
    decision = critical_takedown(policy)
    assert Decision.from_dict(decision.to_dict()) == decision
    emergency = decide(
        policy, ActionType.SUSPEND, POTUS, staff("Ada", Role.ADMIN),
        break_glass=True, break_glass_reason="account hijacked, posting threats",
    )
    assert Decision.from_dict(emergency.to_dict()) == emergency
