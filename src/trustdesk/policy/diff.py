"""Shadow mode: replay past requests under an old and a new policy and show what would change.

`trustdesk policy diff NEW_FILE` feeds the recent actions in as ReplayCases and prints the rows
that changed, so an operator sees before switching which actions would have needed more or fewer
approvals, a different delay, or been refused.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from trustdesk.domain.actions import ActionType
from trustdesk.domain.staff import StaffFacts
from trustdesk.domain.subjects import SubjectFacts
from trustdesk.policy.decision import Decision, roles_in_words
from trustdesk.policy.engine import SafeguardPolicy


@dataclass(frozen=True)
class ReplayCase:
    action: ActionType
    subject: SubjectFacts
    actor: StaffFacts
    at: datetime
    recent_high_impact_count: int = 0
    label: str = ""  # e.g. the action's id, to find it again


class Change(StrEnum):
    SAME = "same"
    STRICTER = "stricter"  # refused now, or more approvals / narrower approvers / longer delay
    LOOSER = "looser"
    DIFFERENT = "different"  # stricter in one way, looser in another


@dataclass(frozen=True)
class DiffRow:
    case: ReplayCase
    old: Decision
    new: Decision
    change: Change

    @property
    def changed(self) -> bool:
        return self.change is not Change.SAME

    def describe(self) -> str:
        """'deactivate on @x by Mo: 1 approval from senior or admin -> denied (policy ...)'."""
        head = f"{self.new.verb} on {self.new.subject} by {self.case.actor.name}"
        if self.case.label:
            head = f"{self.case.label}: {head}"
        old, new = requirement(self.old), requirement(self.new)
        why = f" ({', '.join(self.new.policy_ids)})" if self.new.policy_ids else ""
        return f"{head}: {old} -> {new}{why}" if self.changed else f"{head}: {new} (unchanged)"


def requirement(decision: Decision) -> str:
    """A decision's requirement in a few words, for side-by-side comparison."""
    if not decision.allowed:
        return "rate limited" if decision.rate_limited else "denied"
    if decision.break_glass:
        return "break-glass"
    parts = []
    if decision.approvals_required:
        count, roles = decision.approvals_required, roles_in_words(decision.approver_roles)
        parts.append(f"{count} approval{'s' if count != 1 else ''} from {roles}")
    if decision.delay:
        parts.append(f"{int(decision.delay.total_seconds() // 60)} min delay")
    return " + ".join(parts) or "at once"


def classify(old: Decision, new: Decision) -> Change:
    if old.allowed != new.allowed:
        return Change.STRICTER if old.allowed else Change.LOOSER
    if not old.allowed:
        return Change.SAME if old.rate_limited == new.rate_limited else Change.DIFFERENT
    both_need = bool(old.approvals_required and new.approvals_required)
    fewer_roles = both_need and new.approver_roles < old.approver_roles
    more_roles = both_need and new.approver_roles > old.approver_roles
    if both_need and new.approver_roles != old.approver_roles and not (fewer_roles or more_roles):
        return Change.DIFFERENT  # neither narrower nor wider: different people must approve
    stricter = [new.approvals_required > old.approvals_required, new.delay > old.delay, fewer_roles]
    looser = [new.approvals_required < old.approvals_required, new.delay < old.delay, more_roles]
    if any(stricter) and any(looser):
        return Change.DIFFERENT
    if any(stricter):
        return Change.STRICTER
    return Change.LOOSER if any(looser) else Change.SAME


def compare(old: SafeguardPolicy, new: SafeguardPolicy, cases: Iterable[ReplayCase]) -> list[DiffRow]:
    """One row per case, in order; filter on `row.changed` to show only what would differ."""
    rows = []
    for case in cases:
        before, after = (
            policy.decide(
                action=case.action, subject=case.subject, actor=case.actor, now=case.at,
                recent_high_impact_count=case.recent_high_impact_count,
            )
            for policy in (old, new)
        )
        rows.append(DiffRow(case, before, after, classify(before, after)))
    return rows


def summarize(rows: Iterable[DiffRow]) -> dict[str, int]:
    """How many cases became stricter, looser, different, or stayed the same."""
    counts = Counter(row.change.value for row in rows)
    return {change.value: counts.get(change.value, 0) for change in Change}
