"""A decision spelled out for people: `trustdesk policy explain` and the console print this."""

from __future__ import annotations

from trustdesk.policy.decision import Decision
from trustdesk.policy.engine import SafeguardPolicy


def explain_lines(decision: Decision, policy: SafeguardPolicy | None = None) -> list[str]:
    """Several lines: what was asked, the tier and why, the outcome, each deciding policy's reason."""
    head = " on ".join(part for part in (decision.verb, decision.subject) if part) or "request"
    facts = ", ".join(decision.tier_reasons) or "no notable facts"
    lines = [head, f"  tier: {decision.tier.value} ({facts})", f"  outcome: {decision.outcome()}"]
    if decision.policy_ids and len(decision.policy_ids) == len(decision.reasons):
        lines.append("  because:")
        pairs = zip(decision.policy_ids, decision.reasons, strict=True)
        lines += [f"    - {name}: {why}" for name, why in pairs]
    else:
        lines += [f"  because: {reason}" for reason in decision.reasons]
    if policy is not None:
        lines.append(f"  policy: {policy.origin} (sha256 {policy.digest[:12]})")
    return lines


def explain_text(decision: Decision, policy: SafeguardPolicy | None = None) -> str:
    return "\n".join(explain_lines(decision, policy))
