"""Protection is itself protected; break-glass is an admin's emergency path that must be ratified."""

from datetime import timedelta

from tests.policy.conftest import NOW, ORDINARY, POTUS, account, decide, staff
from trustdesk.domain.actions import ActionType
from trustdesk.domain.staff import Role
from trustdesk.policy import SafeguardPolicy

ADMIN = staff("Ada", Role.ADMIN)
REASON = "account hijacked, posting credible threats"


def change(policy: SafeguardPolicy, actor, subject, old: set[str], new: set[str]):
    return policy.decide_protection_change(actor=actor, subject=subject, old_tags=old, new_tags=new, now=NOW)


def test_only_admins_may_change_protective_tags(policy: SafeguardPolicy):
    for role in (Role.TRIAGE, Role.MODERATOR, Role.SENIOR):
        decision = change(policy, staff("X", role), POTUS, {"public-interest"}, set())
        assert not decision.allowed
        assert decision.policy_ids == ("protection-admins-only",)
        assert not change(policy, staff("X", role), ORDINARY, set(), {"protected"}).allowed


def test_an_admins_protection_change_needs_another_senior_or_admin(policy: SafeguardPolicy):
    decision = change(policy, ADMIN, POTUS, {"public-interest"}, set())
    assert decision.allowed
    assert (decision.approvals_required, decision.approver_roles) == (1, {Role.SENIOR, Role.ADMIN})
    assert decision.verb == "remove protective tag public-interest"
    assert decision.tier.value == "critical"  # the tier it has now, not the one it would drop to
    ok, _ = policy.counts_as_approval(decision=decision, approver=ADMIN, proposer_id=ADMIN.id, now=NOW)
    assert not ok


def test_adding_protection_is_guarded_too(policy: SafeguardPolicy):
    decision = change(policy, ADMIN, ORDINARY, set(), {"protected"})
    assert decision.verb == "add protective tag protected"
    assert decision.approvals_required == 1


def test_ordinary_tags_are_everyday_edits(policy: SafeguardPolicy):
    decision = change(policy, staff("Mo"), ORDINARY, {"spam-wave"}, {"spam-wave", "brigading"})
    assert decision.at_once and decision.policy_ids == ("ordinary-tags",)
    # an ordinary tag edit next to a protective tag keeps the protection untouched
    kept = change(policy, staff("Mo"), POTUS, {"public-interest"}, {"public-interest", "election-2017"})
    assert kept.at_once


def test_editing_the_policy_is_admin_only_with_a_second_approval(policy: SafeguardPolicy):
    assert not policy.decide_policy_change(actor=staff("Sen", Role.SENIOR), now=NOW).allowed
    decision = policy.decide_policy_change(actor=ADMIN, now=NOW)
    assert decision.allowed and decision.approvals_required == 1
    assert decision.policy_ids == ("policy-edit",)


def test_admin_break_glass_runs_at_once_and_must_be_ratified(policy: SafeguardPolicy):
    decision = decide(policy, ActionType.SUSPEND, POTUS, ADMIN, break_glass=True, break_glass_reason=REASON)
    assert decision.at_once and decision.break_glass
    assert decision.ratify_within == timedelta(minutes=30)
    assert decision.policy_ids == ("break-glass",)
    assert policy.break_glass_rules.deadline(NOW) == NOW + timedelta(minutes=30)


def test_break_glass_needs_a_written_reason(policy: SafeguardPolicy):
    decision = decide(policy, ActionType.SUSPEND, POTUS, ADMIN, break_glass=True, break_glass_reason="  ")
    assert not decision.allowed
    assert decision.policy_ids == ("break-glass-needs-reason",)


def test_only_admins_may_break_glass(policy: SafeguardPolicy):
    for role in (Role.MODERATOR, Role.SENIOR):
        decision = decide(policy, ActionType.SUSPEND, ORDINARY, staff("X", role), break_glass=True,
                          break_glass_reason=REASON)
        assert not decision.allowed
        assert decision.policy_ids == ("break-glass-admins-only",)


def test_break_glass_does_not_lift_the_refusals(policy: SafeguardPolicy):
    leaving_admin = staff("Ada", Role.ADMIN, access_end=NOW + timedelta(hours=2))
    decision = decide(policy, ActionType.DEACTIVATE, POTUS, leaving_admin, break_glass=True,
                      break_glass_reason=REASON)
    assert not decision.allowed
    assert "last-hours-of-access" in decision.policy_ids


def test_break_glass_is_ratified_by_someone_else_senior_within_the_window(policy: SafeguardPolicy):
    ratify = policy.may_ratify_break_glass
    assert ratify(ratifier=staff("Sen", Role.SENIOR), invoker_id=ADMIN.id, now=NOW)[0]
    assert ratify(ratifier=ADMIN, invoker_id=ADMIN.id, now=NOW) == (
        False, "the admin who broke glass cannot ratify it"
    )
    assert not ratify(ratifier=staff("Mo"), invoker_id=ADMIN.id, now=NOW)[0]
    late = NOW + timedelta(minutes=30)
    ok, why = ratify(ratifier=staff("Sen", Role.SENIOR), invoker_id=ADMIN.id, now=late, executed_at=NOW)
    assert not ok and "window closed" in why


def test_an_ordinary_request_never_uses_the_break_glass_permit(policy: SafeguardPolicy):
    decision = decide(policy, ActionType.DEACTIVATE, account("h", 250_000), ADMIN)
    assert not decision.break_glass and decision.approvals_required == 1


def test_triage_may_not_edit_tags_and_is_told_so_plainly(policy: SafeguardPolicy):
    decision = change(policy, staff("Tri", Role.TRIAGE), ORDINARY, set(), {"spam-wave"})
    assert decision.reasons == ("no policy allows triage staff to change tags on a low-tier subject",)
