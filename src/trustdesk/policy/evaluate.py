"""Turning trustdesk facts into a Cedar request, and Cedar's answer into the rules that matched."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import cedarpy

from trustdesk.domain.staff import Role, StaffFacts
from trustdesk.domain.subjects import SubjectFacts
from trustdesk.policy.loader import LoadedPolicy
from trustdesk.policy.rules import Rule
from trustdesk.policy.tiers import RiskTier

DESK_UID = {"type": "Desk", "id": "trustdesk"}
DESK = {"uid": DESK_UID, "attrs": {}, "parents": []}

# Roles nest upwards, so `principal in Role::"moderator"` holds for moderators, seniors and admins.
# Each staff member is made a member of its own role and every role below it.
_ROLE_PARENTS = {
    role: [{"type": "Role", "id": lower.value} for lower in Role if lower.rank <= role.rank] for role in Role
}


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    matched: tuple[Rule, ...]  # the policies that applied, in file order
    errors: tuple[str, ...]  # Cedar could not evaluate something: the caller must refuse


def staff_entity(actor: StaffFacts, now: datetime, last_hours_window: timedelta) -> dict[str, Any]:
    time_left = actor.time_left(now)
    return {
        "uid": {"type": "Staff", "id": actor.id},
        "attrs": {
            "role": actor.role.value,
            "contractor": actor.employment.value == "contractor",
            "has_access": actor.has_access_at(now),
            "last_hours_of_access": time_left is not None and time_left < last_hours_window,
        },
        "parents": _ROLE_PARENTS[actor.role],
    }


def subject_entity(subject: SubjectFacts, tier: RiskTier) -> dict[str, Any]:
    return {
        "uid": {"type": "Subject", "id": str(subject.ref)},
        "attrs": {
            "kind": subject.ref.kind.value,
            "tier": tier.value,
            "verified": subject.verified,
            "protective_tags": sorted(subject.protective_tags),
        },
        "parents": [],
    }


def evaluate(
    policy: LoadedPolicy,
    *,
    action: str,
    staff: dict[str, Any],
    resource: dict[str, Any],
    context: dict[str, Any],
) -> Verdict:
    """One Cedar authorization; entities and context are checked against the schema on the way in."""
    request = {
        "principal": staff["uid"],
        "action": {"type": "Action", "id": action},
        "resource": resource["uid"],
        "context": context,
    }
    entities = json.dumps([staff, resource])
    result = cedarpy.is_authorized(request, policy.policy_set, entities, policy.schema)
    matched = tuple(policy.rules[cedar_id] for cedar_id in _in_file_order(result.diagnostics.reasons))
    errors = tuple(str(error) for error in result.diagnostics.errors)
    return Verdict(allowed=result.allowed and not errors, matched=matched, errors=errors)


def _in_file_order(cedar_ids: list[str]) -> list[str]:
    return sorted(cedar_ids, key=lambda cedar_id: int(cedar_id.removeprefix("policy")))
