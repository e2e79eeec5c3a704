"""SafeguardPolicy: the one place that decides who may do what to which subject, and what it takes.

Everything that can change a subject asks `decide` (or `decide_protection_change`) first; reviewers
ask `counts_as_approval`, `may_cancel`, `may_reverse`. The rules themselves are the Cedar policy
(policy/default/safeguards.cedar unless the operator supplies another); this module only turns facts
into a Cedar request; verdicts.py turns the matching policies into a Decision.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from trustdesk.domain.actions import ActionType
from trustdesk.domain.permissions import DeskPermission
from trustdesk.domain.staff import Role, StaffFacts
from trustdesk.domain.subjects import PROTECTIVE_TAGS, SubjectFacts
from trustdesk.policy import approvals
from trustdesk.policy.decision import Decision
from trustdesk.policy.desk import DeskDecision
from trustdesk.policy.evaluate import DESK, Verdict, evaluate, staff_entity, subject_entity
from trustdesk.policy.loader import (
    DEFAULT_DIR,
    LoadedPolicy,
    build_policy,
    default_settings_data,
    load_policy,
)
from trustdesk.policy.observers import notify
from trustdesk.policy.rules import Rule
from trustdesk.policy.settings import PolicySettings, build_settings, merge, settings_to_dict
from trustdesk.policy.tiers import RiskTier, risk_tier
from trustdesk.policy.verdicts import decision_from

DESK_PERMISSIONS = frozenset(permission.value for permission in DeskPermission)


@dataclass(frozen=True)
class BreakGlassRules:
    """The emergency path: who may take it, and what must follow."""

    ratify_within: timedelta  # ratified by then, or reversed automatically
    who_may: str = "an admin, with a written reason; the policy's refusals still apply"
    who_ratifies: str = "a senior or admin other than the one who broke glass"

    def deadline(self, executed_at: datetime) -> datetime:
        return executed_at + self.ratify_within


class SafeguardPolicy:
    """A loaded, validated safeguard policy. Immutable; load a new one to change the rules."""

    def __init__(self, loaded: LoadedPolicy) -> None:
        self._policy = loaded
        self._settings = loaded.settings

    # -- loading -------------------------------------------------------------------------------

    @classmethod
    def load(cls, source: str | Path | None = None) -> SafeguardPolicy:
        """Load and validate a policy: a directory, a .cedar file or a settings .toml.

        None means $TRUSTDESK_POLICY when set, else the shipped default. Raises PolicyError.
        """
        return cls(load_policy(source))

    @classmethod
    def default(cls) -> SafeguardPolicy:
        """The shipped default policy, whatever $TRUSTDESK_POLICY says."""
        return cls(load_policy(DEFAULT_DIR))

    @classmethod
    def from_text(
        cls,
        cedar_text: str,
        settings: dict[str, dict[str, int]] | None = None,
        *,
        origin: str = "<policy text>",
    ) -> SafeguardPolicy:
        """A policy from Cedar text (and settings overrides), e.g. a proposed edit before it is saved."""
        data = merge(default_settings_data(), settings or {})
        return cls(build_policy([(origin, cedar_text)], build_settings(data, origin), origin))

    @property
    def settings(self) -> PolicySettings:
        return self._settings

    @property
    def origin(self) -> str:
        return self._policy.origin

    @property
    def source_text(self) -> str:
        """The Cedar text in force, exactly as evaluated."""
        return self._policy.cedar_text

    @property
    def digest(self) -> str:
        """sha256 of the Cedar text and the settings, for the audit log: same digest, same decisions."""
        settings = json.dumps(settings_to_dict(self._settings), sort_keys=True)
        return hashlib.sha256(f"{self.source_text}\n--settings--\n{settings}".encode()).hexdigest()

    @property
    def rules(self) -> tuple[Rule, ...]:
        return tuple(self._policy.rules.values())

    @property
    def break_glass_rules(self) -> BreakGlassRules:
        return BreakGlassRules(ratify_within=self._settings.ratify_within)

    # -- deciding ------------------------------------------------------------------------------

    def tier_of(self, subject: SubjectFacts) -> tuple[RiskTier, tuple[str, ...]]:
        return risk_tier(subject, self._settings.thresholds)

    def decide(
        self,
        *,
        action: ActionType,
        subject: SubjectFacts,
        actor: StaffFacts,
        now: datetime,
        recent_high_impact_count: int = 0,
        break_glass: bool = False,
        break_glass_reason: str = "",
    ) -> Decision:
        """May `actor` take `action` on `subject` now, and what must happen first?

        recent_high_impact_count: the actor's high-impact proposals in the last hour (the caller counts).
        break_glass needs a break_glass_reason; without one it is refused.
        """
        tier, tier_reasons = self.tier_of(subject)
        base = Decision(
            allowed=False, tier=tier, approvals_required=0, approver_roles=frozenset(), delay=timedelta(0),
            rate_limited=False, steer_to=None, reasons=(), policy_ids=(), tier_reasons=tier_reasons,
            action=action, verb=action.value, subject=subject_label(subject), break_glass=break_glass,
        )
        context = {
            "break_glass": break_glass,
            "break_glass_reason_given": bool(break_glass_reason.strip()),
            "recent_high_impact_count": max(recent_high_impact_count, 0),
            "high_impact_per_hour": self._settings.high_impact_per_hour,
        }
        staff = staff_entity(actor, now, self._settings.last_hours_window)
        resource = subject_entity(subject, tier)
        verdict = evaluate(self._policy, action=action.value, staff=staff, resource=resource, context=context)
        decision = decision_from(verdict, base, actor, self._settings)
        if decision.rate_limited:
            # Refused only for the hourly limit? Say 429 only if it would be allowed under the limit.
            unlimited = dict(context, recent_high_impact_count=0)
            retry = evaluate(
                self._policy, action=action.value, staff=staff, resource=resource, context=unlimited
            )
            if not retry.allowed:
                decision = decision_from(retry, base, actor, self._settings)
        notify(decision)
        return decision

    def decide_protection_change(
        self,
        *,
        actor: StaffFacts,
        subject: SubjectFacts,
        old_tags: Iterable[str],
        new_tags: Iterable[str],
        now: datetime,
    ) -> Decision:
        """Changing a subject's tags by hand. Adding or removing a protective tag, or anything that
        lowers the subject's tier, is a protection change: admin only, with another approval."""
        old, new = frozenset(old_tags), frozenset(new_tags)
        old_tier, old_reasons = self.tier_of(replace(subject, tags=old))
        new_tier, _ = self.tier_of(replace(subject, tags=new))
        added, removed = (new - old) & PROTECTIVE_TAGS, (old - new) & PROTECTIVE_TAGS
        lowers = new_tier.rank < old_tier.rank
        words = [f"add protective tag {t}" for t in sorted(added)]
        words += [f"remove protective tag {t}" for t in sorted(removed)]
        if lowers:
            words.append(f"lower tier {old_tier.value} to {new_tier.value}")
        protective = bool(added or removed or lowers)
        base = Decision(
            allowed=False, tier=old_tier, approvals_required=0, approver_roles=frozenset(),
            delay=timedelta(0), rate_limited=False, steer_to=None, reasons=(), policy_ids=(),
            tier_reasons=old_reasons,
            verb=" and ".join(words) or "change tags", subject=subject_label(subject),
        )
        context = {"adds_protection": bool(added), "removes_protection": bool(removed), "lowers_tier": lowers}
        verdict = evaluate(
            self._policy,
            action="change-protection" if protective else "edit-tags",
            staff=staff_entity(actor, now, self._settings.last_hours_window),
            resource=subject_entity(subject, old_tier),
            context=context,
        )
        return decision_from(verdict, base, actor, self._settings)

    def decide_policy_change(self, *, actor: StaffFacts, now: datetime) -> Decision:
        """Replacing the safeguard policy itself: admin only, with another approval."""
        base = Decision(
            allowed=False, tier=RiskTier.CRITICAL, approvals_required=0, approver_roles=frozenset(),
            delay=timedelta(0), rate_limited=False, steer_to=None, reasons=(), policy_ids=(),
            tier_reasons=("the policy protects every subject",), verb="edit the safeguard policy",
        )
        verdict = self._desk(actor, now, "edit-policy")
        return decision_from(verdict, base, actor, self._settings)

    def decide_staff_change(
        self, *, actor: StaffFacts, change: str, role: str, target: str, now: datetime
    ) -> Decision:
        """Adding a senior or admin, raising a role, or issuing a token for someone else, in the app.

        change is "add", "raise_role" or "issue_token"; role the role the member would have."""
        verbs = {"add": f"add {target} as {role}", "raise_role": f"raise {target} to {role}",
                 "issue_token": f"issue a token for {target} ({role})"}
        base = Decision(
            allowed=False, tier=RiskTier.CRITICAL, approvals_required=0, approver_roles=frozenset(),
            delay=timedelta(0), rate_limited=False, steer_to=None, reasons=(), policy_ids=(),
            tier_reasons=("who holds power over the desk protects every subject",),
            verb=verbs.get(change, f"{change} {target}"),
        )
        verdict = evaluate(self._policy, action="propose-staff-change",
                           staff=staff_entity(actor, now, self._settings.last_hours_window), resource=DESK,
                           context={"change": change, "role": role})
        return decision_from(verdict, base, actor, self._settings)

    def may_approve_staff_change(self, *, approver: StaffFacts, now: datetime) -> tuple[bool, str]:
        """The desk rule for approving staff changes; independence is checked by counts_as_approval."""
        verdict = self._desk(approver, now, DeskPermission.APPROVE_STAFF_CHANGES)
        if not verdict.allowed:
            forbids = [rule.reason for rule in verdict.matched if rule.effect == "forbid"]
            return False, "; ".join(forbids) or (f"no policy lets a {approver.role.value} approve staff changes; "
                                                 f"{approver.name} is {approver.role.value}")
        return True, f"{approver.name} ({approver.role.value}) may approve staff changes"

    # -- reviewing -----------------------------------------------------------------------------

    def counts_as_approval(
        self, *, decision: Decision, approver: StaffFacts, proposer_id: str, now: datetime
    ) -> tuple[bool, str]:
        """Whether this approval counts toward the decision, and why (or why not)."""
        return approvals.counts(decision=decision, approver=approver, proposer_id=proposer_id, now=now,
                                **self._independence())

    def independence_problem(self, *, approver: StaffFacts, proposer_id: str, now: datetime) -> str | None:
        """Why `approver` is not independent of `proposer_id` (made by them, or not yet seasoned); None if they are."""
        return approvals.not_independent(approver=approver, proposer_id=proposer_id, now=now,
                                         window=self._settings.independence_window, seasoning=self._settings.seasoning)

    def _independence(self) -> dict[str, timedelta]:
        return {"independence_window": self._settings.independence_window, "seasoning": self._settings.seasoning}

    def approvals_met(
        self, *, decision: Decision, approvers: Sequence[StaffFacts], proposer_id: str, now: datetime
    ) -> bool:
        """Enough distinct, qualified approvers who still have access (re-check this at execution)."""
        counted = approvals.counted(decision=decision, approvers=approvers, proposer_id=proposer_id, now=now,
                                    **self._independence())
        return decision.allowed and len(counted) >= decision.approvals_required

    def approvals_counted(
        self, *, decision: Decision, approvers: Sequence[StaffFacts], proposer_id: str, now: datetime
    ) -> tuple[str, ...]:
        """Ids of the approvers who count, each once."""
        return approvals.counted(decision=decision, approvers=approvers, proposer_id=proposer_id, now=now,
                                 **self._independence())

    def may_reject(
        self, *, decision: Decision, reviewer: StaffFacts, proposer_id: str, now: datetime
    ) -> tuple[bool, str]:
        """Whoever's approval would count may instead reject (the proposer withdraws by cancelling)."""
        return approvals.counts(decision=decision, approver=reviewer, proposer_id=proposer_id, now=now,
                                **self._independence())

    def may_cancel(self, *, actor: StaffFacts, now: datetime) -> bool:
        """Stop a pending or scheduled action. Default: any moderator, senior or admin with access,
        proposer included: stopping is the safe direction, and more people able to stop is better."""
        return self._desk(actor, now, "cancel").allowed

    def may_reverse(self, *, actor: StaffFacts, now: datetime) -> bool:
        """Reverse an executed action (restore). Default: moderator or above with access."""
        return self._desk(actor, now, "reverse").allowed

    def may_ratify_break_glass(
        self, *, ratifier: StaffFacts, invoker_id: str, now: datetime, executed_at: datetime | None = None
    ) -> tuple[bool, str]:
        """Ratify an admin's break-glass action: someone else, senior or admin, within the window."""
        if ratifier.id == invoker_id:
            return False, "the admin who broke glass cannot ratify it"
        why_not = approvals.not_independent(approver=ratifier, proposer_id=invoker_id, now=now,
                                            window=self._settings.independence_window,
                                            seasoning=self._settings.seasoning)
        if why_not:
            return False, why_not
        if executed_at is not None and now >= (deadline := self.break_glass_rules.deadline(executed_at)):
            return False, f"the ratification window closed at {deadline.isoformat()}"
        verdict = self._desk(ratifier, now, DeskPermission.RATIFY_BREAK_GLASS)
        if not verdict.allowed:
            return False, _desk_reason(verdict, ratifier)
        return True, f"ratified by {ratifier.name} ({ratifier.role.value})"

    def decide_desk(
        self, *, permission: DeskPermission, actor: StaffFacts, now: datetime,
        audit_readers: Iterable[str] = (), list_roles: bool = False,
    ) -> DeskDecision:
        """May `actor` do this desk permission now? audit_readers: the roles TRUSTDESK_AUDIT_READERS names, if set.

        A refusal (or list_roles) also says which roles the policy would let do it, the actor's other facts
        the same, so the person is told what it takes."""
        readers = frozenset(audit_readers)
        verdict = self._desk(actor, now, permission, readers)
        effect = "permit" if verdict.allowed else "forbid"
        deciding = [rule for rule in verdict.matched if rule.effect == effect]
        roles_allowed: tuple[Role, ...] = (actor.role,) if verdict.allowed else ()
        if list_roles or not verdict.allowed:
            roles_allowed = tuple(
                role for role in Role
                if (verdict if role == actor.role else self._desk(replace(actor, role=role), now, permission,
                                                                   readers)).allowed
            )
        return DeskDecision(
            permission=permission, who=actor.name, role=actor.role, allowed=verdict.allowed,
            policy_ids=tuple(rule.id for rule in deciding), reasons=tuple(rule.reason for rule in deciding),
            roles_allowed=roles_allowed,
        )

    def _desk(self, actor: StaffFacts, now: datetime, action: str, audit_readers: frozenset[str] = frozenset()
              ) -> Verdict:
        staff = staff_entity(actor, now, self._settings.last_hours_window)
        # Desk permissions share one context (schema: DeskContext); cancel, reverse and edit-policy take none.
        context = {"audit_readers": sorted(audit_readers)} if action in DESK_PERMISSIONS else {}
        return evaluate(self._policy, action=str(action), staff=staff, resource=DESK, context=context)

    def describe(self) -> dict[str, Any]:
        """The policy in force: origin, digest, settings and each rule (for `trustdesk policy show`)."""
        return {
            "origin": self.origin,
            "digest": self.digest,
            "settings": settings_to_dict(self._settings),
            "rules": [
                {"id": r.id, "effect": r.effect, "reason": r.reason, "approvals": r.approvals,
                 "approver_roles": sorted(role.value for role in r.approver_roles), "delay": r.delay,
                 "steer_to": r.steer_to.value if r.steer_to else None, "file": r.origin}
                for r in self.rules
            ],
        }


def _desk_reason(verdict: Verdict, actor: StaffFacts) -> str:
    forbids = [rule.reason for rule in verdict.matched if rule.effect == "forbid"]
    return "; ".join(forbids) or f"a {actor.role.value} may not do this"


def subject_label(subject: SubjectFacts) -> str:
    if subject.handle:
        return subject.handle if subject.handle.startswith("@") else f"@{subject.handle}"
    return str(subject.ref)

