"""The safeguard policy: the one place that decides who may do what to which subject.

    policy = SafeguardPolicy.load()            # shipped default, or $TRUSTDESK_POLICY, or a path
    decision = policy.decide(action=ActionType.DEACTIVATE, subject=facts, actor=staff, now=now)
    decision.allowed, decision.approvals_required, decision.delay, decision.explain()

The rules are Cedar (policy/default/safeguards.cedar); the numbers are settings.toml.
"""

from trustdesk.policy.decision import Decision, roles_in_words
from trustdesk.policy.engine import BreakGlassRules, SafeguardPolicy, subject_label
from trustdesk.policy.errors import PolicyError
from trustdesk.policy.settings import PolicySettings
from trustdesk.policy.tiers import RiskTier, TierThresholds, format_followers, risk_tier

__all__ = [
    "BreakGlassRules",
    "Decision",
    "PolicyError",
    "PolicySettings",
    "RiskTier",
    "SafeguardPolicy",
    "TierThresholds",
    "format_followers",
    "risk_tier",
    "roles_in_words",
    "subject_label",
]
