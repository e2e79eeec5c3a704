"""Actions a platform cannot undo: said plainly before proposing, and held to the strongest safeguards.

trustdesk can always put its own record back, but a Matrix deactivation or a redaction cannot be taken back on
the homeserver. When the subject is high or critical tier, such an action needs at least two approvals from
senior or admin staff and the critical tier's delay, whatever the ordinary rule for the action would ask."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from trustdesk.domain.staff import Role
from trustdesk.policy.decision import Decision
from trustdesk.policy.settings import PolicySettings
from trustdesk.policy.tiers import RiskTier

STRONGEST_APPROVALS = 2
STRONGEST_ROLES = frozenset({Role.SENIOR, Role.ADMIN})
RULE_ID = "platform-irreversible"


def irreversible_note(verb: str, platform: str, platform_kind: str) -> str:
    return (f"{verb} cannot be undone on {platform} ({platform_kind}): a later restore changes trustdesk's "
            "record only, not the platform.")


def harden_irreversible(decision: Decision, *, note: str, settings: PolicySettings) -> Decision:
    """Add the note; on a high or critical subject, raise the requirements to the strongest safeguards."""
    hardened = replace(decision, notes=(*decision.notes, note))
    if not decision.allowed or decision.break_glass or decision.tier not in (RiskTier.HIGH, RiskTier.CRITICAL):
        return hardened
    roles = (decision.approver_roles & STRONGEST_ROLES) or STRONGEST_ROLES
    delay = max(decision.delay, timedelta(minutes=settings.delay_minutes[RiskTier.CRITICAL]))
    approvals = max(decision.approvals_required, STRONGEST_APPROVALS)
    if (approvals, roles, delay) == (decision.approvals_required, decision.approver_roles, decision.delay):
        return hardened
    return replace(
        hardened, approvals_required=approvals, approver_roles=roles, delay=delay,
        reasons=(*decision.reasons, "an irreversible action on a high or critical subject needs the strongest "
                                     "safeguards"),
        policy_ids=(*decision.policy_ids, RULE_ID),
    )
