"""What the safeguard policy decided about one request, and how to say it in plain words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from trustdesk.domain.actions import ActionType
from trustdesk.domain.staff import Role
from trustdesk.policy.tiers import RiskTier


@dataclass(frozen=True)
class Decision:
    allowed: bool
    tier: RiskTier
    approvals_required: int  # distinct approvers; the proposer never counts
    approver_roles: frozenset[Role]  # roles whose approvals count
    delay: timedelta  # after the last approval, before execution
    rate_limited: bool  # refused only because of the hourly limit (HTTP 429, not 403)
    steer_to: ActionType | None  # the action to take instead, when the policy names one
    reasons: tuple[str, ...]  # plain words, in order
    policy_ids: tuple[str, ...]  # the @id of each Cedar policy that decided
    tier_reasons: tuple[str, ...] = ()  # why the subject is in its tier
    action: ActionType | None = None
    verb: str = ""  # what was asked, in words ("deactivate", "add protective tag protected")
    subject: str = ""  # "@handle" or "account/123"
    break_glass: bool = False
    ratify_within: timedelta | None = None  # break-glass: ratify within this or it is reversed
    notes: tuple[str, ...] = ()  # what the proposer must know beyond the requirement (e.g. cannot be undone)

    @property
    def at_once(self) -> bool:
        """Allowed with nothing to wait for: one click, no waiting."""
        return self.allowed and self.approvals_required == 0 and not self.delay

    @property
    def needs_approval(self) -> bool:
        return self.allowed and self.approvals_required > 0

    def explain(self) -> str:
        """E.g. 'deactivate on @potus (critical: tagged public-interest, 41.7M followers): needs 2
        approvals from senior or admin and a 10-minute delay (policy critical-takedown)'."""
        head = " on ".join(part for part in (self.verb, self.subject) if part) or "request"
        tier = f"{self.tier.value}: {', '.join(self.tier_reasons)}" if self.tier_reasons else self.tier.value
        text = f"{head} ({tier}): {self.outcome()}"
        if self.policy_ids:
            label = "policy" if len(self.policy_ids) == 1 else "policies"
            text += f" ({label} {', '.join(self.policy_ids)})"
        if self.notes:
            text += ". " + " ".join(self.notes)
        return text

    def outcome(self) -> str:
        """The requirement or refusal in words, without the subject."""
        if not self.allowed:
            words = "; ".join(self.reasons) or "no policy allows it"
            text = f"{'rate limited' if self.rate_limited else 'denied'}: {words}"
            return text + (f"; use {self.steer_to.value} instead" if self.steer_to else "")
        if self.break_glass:
            window = f" within {_duration(self.ratify_within)}" if self.ratify_within else ""
            return f"allowed at once as break-glass; another senior or admin must ratify it{window}"
        delay = f"a {_duration(self.delay, adjective=True)} delay" if self.delay else ""
        if self.approvals_required:
            count, roles = self.approvals_required, roles_in_words(self.approver_roles)
            text = f"needs {count} approval{'s' if count != 1 else ''} from {roles}"
            return f"{text} and {delay}" if delay else text
        return f"allowed after {delay}" if delay else "allowed at once, no approval needed"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready, for the API and the audit log."""
        return {
            "allowed": self.allowed,
            "tier": self.tier.value,
            "tier_reasons": list(self.tier_reasons),
            "approvals_required": self.approvals_required,
            "approver_roles": [role.value for role in sorted(self.approver_roles, key=lambda r: r.rank)],
            "delay_seconds": int(self.delay.total_seconds()),
            "rate_limited": self.rate_limited,
            "steer_to": self.steer_to.value if self.steer_to else None,
            "reasons": list(self.reasons),
            "policy_ids": list(self.policy_ids),
            "action": self.action.value if self.action else None,
            "verb": self.verb,
            "subject": self.subject,
            "break_glass": self.break_glass,
            "ratify_within_seconds": int(self.ratify_within.total_seconds()) if self.ratify_within else None,
            "notes": list(self.notes),
            "explanation": self.explain(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Decision:
        """The inverse of to_dict (a stored decision, e.g. re-read when approvals arrive)."""
        ratify = data.get("ratify_within_seconds")
        return cls(
            allowed=bool(data["allowed"]),
            tier=RiskTier(data["tier"]),
            approvals_required=int(data["approvals_required"]),
            approver_roles=frozenset(Role(r) for r in data["approver_roles"]),
            delay=timedelta(seconds=data["delay_seconds"]),
            rate_limited=bool(data["rate_limited"]),
            steer_to=ActionType(data["steer_to"]) if data.get("steer_to") else None,
            reasons=tuple(data["reasons"]),
            policy_ids=tuple(data["policy_ids"]),
            tier_reasons=tuple(data.get("tier_reasons", ())),
            action=ActionType(data["action"]) if data.get("action") else None,
            verb=data.get("verb", ""),
            subject=data.get("subject", ""),
            break_glass=bool(data.get("break_glass", False)),
            ratify_within=timedelta(seconds=ratify) if ratify is not None else None,
            notes=tuple(data.get("notes", ())),
        )


def roles_in_words(roles: frozenset[Role]) -> str:
    """{senior, admin} -> 'senior or admin'; ordered by rank."""
    names = [role.value for role in sorted(roles, key=lambda r: r.rank)]
    if not names:
        return "nobody"
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


def _duration(delta: timedelta, adjective: bool = False) -> str:
    """10 minutes -> '10-minute' (adjective) or '10 minutes'; whole hours and days likewise."""
    seconds = int(delta.total_seconds())
    # the largest unit that divides it exactly: 90 minutes stays "90-minute", 120 becomes "2-hour"
    units = [(size, unit) for size, unit in ((86_400, "day"), (3_600, "hour"), (60, "minute"))
             if seconds >= size and seconds % size == 0]
    size, unit = units[0] if units else (1, "second")
    count = seconds // size
    if adjective:
        return f"{count}-{unit}"
    return f"{count} {unit}{'s' if count != 1 else ''}"
