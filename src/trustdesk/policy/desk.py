"""What the policy decided about one desk permission (reading the audit log, managing staff, ...)."""

from __future__ import annotations

from dataclasses import dataclass

from trustdesk.domain.permissions import DeskPermission
from trustdesk.domain.staff import Role


@dataclass(frozen=True)
class DeskDecision:
    permission: DeskPermission
    who: str  # the staff member's name
    role: Role
    allowed: bool
    policy_ids: tuple[str, ...]  # the @id of each rule that decided: the permits, or the forbids that refused
    reasons: tuple[str, ...]  # their @reason, in the same order
    roles_allowed: tuple[Role, ...]  # the roles the policy would let do this, other facts the same

    def refusal(self) -> str:
        """What the person is told, in the shape the desk always used: 'this needs the moderator role or higher'."""
        if self.policy_ids:  # a forbid refused: its reason is the answer
            return "; ".join(self.reasons)
        if not self.roles_allowed:
            return f"no policy lets anyone {self.permission.description}"
        lowest = min(self.roles_allowed, key=lambda role: role.rank)
        if set(self.roles_allowed) == {role for role in Role if role.at_least(lowest)}:
            return f"this needs the {lowest.value} role or higher"
        return f"this needs the {' or '.join(role.value for role in self.roles_allowed)} role"

    def explain_lines(self) -> list[str]:
        """For `trustdesk policy explain --desk`: the answer, then each deciding rule by its @id."""
        verdict = "may" if self.allowed else "may not"
        lines = [f"{self.who} ({self.role.value}) {verdict} {self.permission.description} "
                 f"(desk permission {self.permission.value})"]
        if self.policy_ids:
            lines.append("  because:")
            lines += [f"    - {name}: {why}" for name, why in zip(self.policy_ids, self.reasons, strict=True)]
        else:
            lines.append(f"  because: no policy allows it; {self.refusal()}")
        holders = ", ".join(role.value for role in self.roles_allowed) or "nobody"
        lines.append(f"  roles that may: {holders}")
        return lines
