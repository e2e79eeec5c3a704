"""Decisions read well: the same words reach the API, the CLI and the console."""

import json

from tests.policy.conftest import ORDINARY, POTUS, account, decide, post, staff
from trustdesk.domain.actions import ActionType
from trustdesk.domain.staff import Role
from trustdesk.policy import SafeguardPolicy
from trustdesk.policy.explain import explain_text


def test_a_critical_takedown_explains_what_it_needs_and_which_policy_says_so(policy: SafeguardPolicy):
    decision = decide(policy, ActionType.DEACTIVATE, POTUS)
    assert decision.explain() == (
        "deactivate on @realDonaldTrump (critical: tagged public-interest, 41.7M followers, verified): "
        "needs 2 approvals from senior or admin and a 10-minute delay (policy critical-takedown)"
    )


def test_a_refusal_says_denied_and_why(policy: SafeguardPolicy):
    decision = decide(policy, ActionType.DEACTIVATE, POTUS, staff("Bahtiyar", contractor=True))
    assert decision.explain().endswith(
        "denied: contractors may not propose high-impact actions on critical subjects "
        "(policy contractor-critical-takedown)"
    )


def test_a_routine_action_says_it_needs_nothing(policy: SafeguardPolicy):
    assert decide(policy, ActionType.WARN, ORDINARY).explain() == (
        "warn on @alice (low: 120 followers): allowed at once, no approval needed (policy routine)"
    )


def test_a_steered_removal_names_the_alternative(policy: SafeguardPolicy):
    statement = post("tweet-1", 41_700_000, author_tags={"public-interest"})
    text = decide(policy, ActionType.REMOVE, statement).explain()
    assert text.startswith("remove on post/tweet-1 (critical: author tagged public-interest, 41.7M followers): ")
    assert "denied: a public-interest post is placed behind a notice instead of being removed; use interstitial" in text


def test_rate_limit_and_break_glass_read_as_such(policy: SafeguardPolicy):
    limited = decide(policy, ActionType.SUSPEND, ORDINARY, recent_high_impact_count=10)
    assert "rate limited: at most 10 high-impact actions per person per hour (policy hourly-limit)" in limited.explain()
    emergency = decide(policy, ActionType.SUSPEND, POTUS, staff("Ada", Role.ADMIN), break_glass=True,
                       break_glass_reason="hijacked")
    assert "allowed at once as break-glass; another senior or admin must ratify it within 30 minutes" in (
        emergency.explain()
    )


def test_no_matching_policy_is_explained_too(policy: SafeguardPolicy):
    text = decide(policy, ActionType.WARN, POTUS, staff("Tri", Role.TRIAGE)).explain()
    assert text.endswith("denied: no policy allows triage staff to warn a critical-tier subject")


def test_to_dict_is_json_ready_and_carries_the_explanation(policy: SafeguardPolicy):
    data = decide(policy, ActionType.SUSPEND, account("h", 250_000)).to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["approver_roles"] == ["senior", "admin"]
    assert data["approvals_required"] == 1 and data["delay_seconds"] == 0
    assert data["explanation"].startswith("suspend on @h (high: 250k followers)")


def test_the_long_explanation_lists_each_policy_and_the_policy_version(policy: SafeguardPolicy):
    decision = decide(policy, ActionType.SUSPEND, account("h", 250_000), staff("Casey", contractor=True))
    lines = explain_text(decision, policy).splitlines()
    assert lines[0] == "suspend on @h"
    assert lines[1] == "  tier: high (250k followers)"
    assert lines[2] == "  outcome: needs 2 approvals from senior or admin"
    assert lines[4].startswith("    - contractor-high-takedown: ")
    assert lines[-1].startswith("  policy: ") and policy.digest[:12] in lines[-1]
