"""Who may do what: the default safeguard policy, decision by decision."""

from datetime import timedelta

import pytest

from tests.policy.conftest import NOW, ORDINARY, POTUS, account, decide, post, staff
from trustdesk.domain.actions import SEVERITY, ActionType, Severity
from trustdesk.domain.staff import Role
from trustdesk.policy import RiskTier, SafeguardPolicy

SENIORS = frozenset({Role.SENIOR, Role.ADMIN})
HIGH_IMPACT = [a for a, s in SEVERITY.items() if s is Severity.HIGH and a is not ActionType.REMOVE]


def test_contractor_cannot_deactivate_protected_account_alone(policy: SafeguardPolicy):
    contractor = staff("Bahtiyar", contractor=True)
    protected = account("minister", 4_000, tags={"protected"})
    for subject in (POTUS, protected):
        decision = policy.decide(action=ActionType.DEACTIVATE, subject=subject, actor=contractor, now=NOW)
        assert not decision.allowed
        assert decision.tier is RiskTier.CRITICAL
        assert "contractor-critical-takedown" in decision.policy_ids
        assert "contractors may not" in decision.reasons[0]


def test_the_2017_contractor_on_his_last_day_is_refused_for_both_reasons(policy: SafeguardPolicy):
    last_day = staff("Bahtiyar", contractor=True, access_end=NOW + timedelta(hours=3))
    decision = policy.decide(action=ActionType.DEACTIVATE, subject=POTUS, actor=last_day, now=NOW)
    assert not decision.allowed and not decision.rate_limited
    assert decision.policy_ids == ("contractor-critical-takedown", "last-hours-of-access")


def test_deactivating_a_public_interest_account_needs_two_senior_approvals_and_ten_minutes(
    policy: SafeguardPolicy,
):
    decision = policy.decide(action=ActionType.DEACTIVATE, subject=POTUS, actor=staff("Mo"), now=NOW)
    assert decision.allowed
    assert decision.approvals_required == 2
    assert decision.approver_roles == SENIORS
    assert decision.delay == timedelta(minutes=10)
    assert decision.policy_ids == ("critical-takedown",)


@pytest.mark.parametrize("action", [ActionType.WARN, ActionType.LABEL, ActionType.LIMIT, ActionType.DISMISS])
@pytest.mark.parametrize("followers", [0, 120, 9_999, 50_000])
def test_routine_actions_on_ordinary_subjects_take_one_click_and_no_waiting(policy, action, followers):
    decision = policy.decide(action=action, subject=account("bob", followers), actor=staff("Mo"), now=NOW)
    assert decision.at_once, decision.explain()


def test_warning_an_ordinary_account_needs_no_approval_and_no_delay(policy: SafeguardPolicy):
    decision = policy.decide(action=ActionType.WARN, subject=ORDINARY, actor=staff("Mo"), now=NOW)
    assert decision.allowed
    assert decision.approvals_required == 0
    assert decision.delay == timedelta(0)
    assert decision.policy_ids == ("routine",)


def test_taking_down_an_ordinary_account_is_one_click(policy: SafeguardPolicy):
    for action in HIGH_IMPACT:
        assert policy.decide(action=action, subject=ORDINARY, actor=staff("Mo"), now=NOW).at_once


def test_taking_down_a_medium_reach_account_needs_a_second_moderator(policy: SafeguardPolicy):
    decision = decide(policy, ActionType.SUSPEND, account("m", 50_000))
    assert (decision.approvals_required, decision.delay) == (1, timedelta(0))
    assert decision.approver_roles == {Role.MODERATOR, Role.SENIOR, Role.ADMIN}


def test_taking_down_a_high_reach_account_needs_one_senior(policy: SafeguardPolicy):
    decision = decide(policy, ActionType.SUSPEND, account("h", 250_000))
    assert (decision.approvals_required, decision.approver_roles) == (1, SENIORS)
    assert decision.policy_ids == ("high-takedown",)


def test_a_contractors_takedown_of_a_high_reach_account_needs_one_more_approval(policy: SafeguardPolicy):
    contractor = staff("Casey", contractor=True)
    decision = decide(policy, ActionType.SUSPEND, account("h", 250_000), contractor)
    assert decision.allowed
    assert (decision.approvals_required, decision.approver_roles) == (2, SENIORS)
    assert decision.policy_ids[0] == "contractor-high-takedown"


def test_last_day_of_access_blocks_high_impact_proposals(policy: SafeguardPolicy):
    leaving = staff("Lee", access_end=NOW + timedelta(hours=23, minutes=59))
    high_reach = account("h", 250_000)
    for action in HIGH_IMPACT:
        for subject in (high_reach, account("x", None), POTUS):
            decision = policy.decide(action=action, subject=subject, actor=leaving, now=NOW)
            assert not decision.allowed
            assert "last-hours-of-access" in decision.policy_ids
    # everyday work and milder actions go on until the end
    assert policy.decide(action=ActionType.SUSPEND, subject=ORDINARY, actor=leaving, now=NOW).at_once
    assert policy.decide(action=ActionType.WARN, subject=high_reach, actor=leaving, now=NOW).at_once
    # a day and a minute before the end, the window has not started
    staying = staff("Lee", access_end=NOW + timedelta(hours=24, minutes=1))
    assert policy.decide(action=ActionType.SUSPEND, subject=high_reach, actor=staying, now=NOW).allowed


def test_staff_whose_access_ended_may_do_nothing(policy: SafeguardPolicy):
    gone = staff("Gone", Role.ADMIN, access_end=NOW)  # access ends at the end instant itself
    disabled = staff("Off", Role.ADMIN, active=False)
    for actor in (gone, disabled):
        decision = policy.decide(action=ActionType.DISMISS, subject=ORDINARY, actor=actor, now=NOW)
        assert not decision.allowed
        assert decision.policy_ids == ("access-ended",)
        assert not policy.may_cancel(actor=actor, now=NOW)
        assert not policy.may_reverse(actor=actor, now=NOW)


def test_removing_a_public_interest_post_is_steered_to_interstitial(policy: SafeguardPolicy):
    statement = post("tweet-1", 41_700_000, author_tags={"public-interest"})
    decision = policy.decide(action=ActionType.REMOVE, subject=statement, actor=staff("Mo"), now=NOW)
    assert not decision.allowed
    assert decision.steer_to is ActionType.INTERSTITIAL
    assert decision.policy_ids == ("public-interest-interstitial",)
    assert "behind a notice" in decision.reasons[0]
    instead = policy.decide(action=ActionType.INTERSTITIAL, subject=statement, actor=staff("Mo"), now=NOW)
    assert instead.allowed and instead.approvals_required == 1


def test_removing_an_ordinary_post_is_one_click(policy: SafeguardPolicy):
    decision = policy.decide(action=ActionType.REMOVE, subject=post("spam-1", 40), actor=staff("Mo"), now=NOW)
    assert decision.at_once and decision.steer_to is None


def test_high_impact_actions_past_the_hourly_limit_are_rate_limited(policy: SafeguardPolicy):
    mo = staff("Mo")
    under = decide(policy, ActionType.SUSPEND, ORDINARY, mo, recent_high_impact_count=9)
    assert under.allowed and not under.rate_limited
    over = decide(policy, ActionType.SUSPEND, ORDINARY, mo, recent_high_impact_count=10)
    assert not over.allowed and over.rate_limited
    assert over.policy_ids == ("hourly-limit",)
    assert "10 high-impact actions per person per hour" in over.reasons[0]
    # the limit is on takedowns only: warnings are never throttled
    warn = decide(policy, ActionType.WARN, ORDINARY, mo, recent_high_impact_count=500)
    assert warn.at_once


def test_rate_limit_never_hides_a_real_refusal(policy: SafeguardPolicy):
    triage = staff("Tri", Role.TRIAGE)
    decision = policy.decide(
        action=ActionType.SUSPEND, subject=ORDINARY, actor=triage, now=NOW, recent_high_impact_count=99
    )
    assert not decision.allowed and not decision.rate_limited
    assert "triage-limits" in decision.policy_ids


def test_triage_may_dismiss_at_once_and_propose_warnings_for_a_moderator(policy: SafeguardPolicy):
    triage = staff("Tri", Role.TRIAGE)
    assert policy.decide(action=ActionType.DISMISS, subject=POTUS, actor=triage, now=NOW).at_once
    warn = policy.decide(action=ActionType.WARN, subject=ORDINARY, actor=triage, now=NOW)
    assert warn.allowed and warn.approvals_required == 1
    assert Role.MODERATOR in warn.approver_roles and Role.TRIAGE not in warn.approver_roles


@pytest.mark.parametrize(
    "action", [ActionType.LIMIT, ActionType.SUSPEND, ActionType.DEACTIVATE, ActionType.RESTORE]
)
def test_triage_may_not_take_stronger_actions(policy: SafeguardPolicy, action: ActionType):
    triage_contractor = staff("Tri", Role.TRIAGE, contractor=True)
    for subject in (ORDINARY, account("h", 250_000), POTUS):
        decision = policy.decide(action=action, subject=subject, actor=triage_contractor, now=NOW)
        assert not decision.allowed
        assert "triage-limits" in decision.policy_ids


def test_restore_and_dismiss_need_no_approval_even_on_critical_subjects(policy: SafeguardPolicy):
    for action in (ActionType.RESTORE, ActionType.DISMISS):
        assert policy.decide(action=action, subject=POTUS, actor=staff("Mo"), now=NOW).at_once


def test_any_action_against_a_critical_subject_needs_a_seniors_look(policy: SafeguardPolicy):
    for action in (ActionType.WARN, ActionType.LABEL, ActionType.LIMIT):
        decision = policy.decide(action=action, subject=POTUS, actor=staff("Mo"), now=NOW)
        assert (decision.approvals_required, decision.approver_roles) == (1, SENIORS)
        assert decision.delay == timedelta(0)


def test_a_senior_proposing_still_needs_two_other_seniors_on_a_critical_subject(policy: SafeguardPolicy):
    decision = decide(policy, ActionType.DEACTIVATE, POTUS, staff("Sen", Role.SENIOR))
    assert decision.approvals_required == 2
