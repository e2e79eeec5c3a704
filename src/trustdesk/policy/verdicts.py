"""From the Cedar policies that matched a request to a Decision: the refusal and why, or what it takes (approvals,
approver roles, delay), or the break-glass path."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from trustdesk.domain.staff import StaffFacts
from trustdesk.policy.decision import Decision
from trustdesk.policy.evaluate import Verdict
from trustdesk.policy.rules import Rule
from trustdesk.policy.settings import PolicySettings


def decision_from(verdict: Verdict, base: Decision, actor: StaffFacts, settings: PolicySettings) -> Decision:
    if verdict.errors:
        # Cedar skips a policy it cannot evaluate, which could skip a forbid: refuse instead.
        return replace(base, reasons=("the policy could not be evaluated: " + "; ".join(verdict.errors),))
    if not verdict.allowed:
        return _refusal(verdict, base, actor)
    permits = [rule for rule in verdict.matched if rule.effect == "permit"]
    if base.break_glass:
        emergency = [rule for rule in permits if rule.break_glass]
        if not emergency:
            return replace(base, reasons=("this policy has no break-glass path for this request",))
        return replace(
            base, allowed=True, reasons=tuple(r.reason for r in emergency),
            policy_ids=tuple(r.id for r in emergency), ratify_within=settings.ratify_within,
        )
    # An emergency-only permit never grants an ordinary request.
    permits = [rule for rule in permits if not rule.break_glass]
    if not permits:
        return _refusal(Verdict(False, (), ()), base, actor)
    return _requirements(permits, base, settings)


def _requirements(permits: list[Rule], base: Decision, settings: PolicySettings) -> Decision:
    """Every matching permit must be met: most approvals, longest delay, roles all accept."""
    tier_minutes = settings.delay_minutes[base.tier]
    needed = max(rule.approvals for rule in permits)
    delay = max(rule.delay_minutes(tier_minutes) for rule in permits)
    role_sets = [rule.approver_roles for rule in permits if rule.approvals]
    roles = frozenset.intersection(*role_sets) if role_sets else frozenset()
    deciding = [rule for rule in permits if rule.approvals or rule.delay_minutes(tier_minutes)] or permits
    deciding.sort(key=lambda rule: (-rule.approvals, -rule.delay_minutes(tier_minutes)))
    ids, reasons = tuple(r.id for r in deciding), tuple(r.reason for r in deciding)
    if needed and not roles:
        no_roles = ("these policies accept no approver role in common",)
        return replace(base, reasons=no_roles, policy_ids=ids)
    return replace(
        base, allowed=True, approvals_required=needed, approver_roles=roles,
        delay=timedelta(minutes=delay), reasons=reasons, policy_ids=ids,
    )


def _refusal(verdict: Verdict, base: Decision, actor: StaffFacts) -> Decision:
    forbids = [rule for rule in verdict.matched if rule.effect == "forbid"]
    if not forbids:
        what = base.verb
        if base.subject:
            what += f"{'' if base.action else ' on'} a {base.tier.value}-tier subject"
        return replace(base, reasons=(f"no policy allows {actor.role.value} staff to {what}",))
    steer = next((rule.steer_to for rule in forbids if rule.steer_to), None)
    return replace(
        base,
        rate_limited=all(rule.rate_limit for rule in forbids),
        steer_to=steer,
        reasons=tuple(rule.reason for rule in forbids),
        policy_ids=tuple(rule.id for rule in forbids),
    )
