"""Reading a Cedar policy set's annotations into rules, and catching mistakes Cedar cannot see.

Cedar checks types against the schema, but a misspelt string (`resource.tier == "critcal"`) or
role (`Role::"senoir"`) is valid Cedar that silently never matches, which would quietly switch a
safeguard off. `lint` rejects those on load.
"""

from __future__ import annotations

import string
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields, is_dataclass

from cedarpy import pst

from trustdesk.domain.actions import ActionType
from trustdesk.domain.staff import Role
from trustdesk.domain.subjects import PROTECTIVE_TAGS, SubjectKind
from trustdesk.policy.errors import PolicyError
from trustdesk.policy.tiers import RiskTier

ANNOTATIONS = {"id", "reason", "approvals", "approver_roles", "delay", "steer_to", "outcome", "break_glass"}
PERMIT_ONLY = {"approvals", "approver_roles", "delay", "break_glass"}
FORBID_ONLY = {"steer_to", "outcome"}
MAX_APPROVALS = 10
MAX_DELAY_MINUTES = 7 * 24 * 60

# attribute -> the only strings it can ever equal
KNOWN_VALUES: dict[str, frozenset[str]] = {
    "tier": frozenset(RiskTier),
    "role": frozenset(Role),
    "kind": frozenset(SubjectKind),
    "protective_tags": PROTECTIVE_TAGS,
}


@dataclass(frozen=True)
class Rule:
    """One Cedar policy, as the decision reads it."""

    cedar_id: str  # the positional id Cedar gives it (policy0, policy1, ...)
    id: str  # its @id: the name people see
    effect: str  # "permit" or "forbid"
    reason: str  # plain words, settings placeholders filled in
    origin: str  # the file it came from
    approvals: int = 0
    approver_roles: frozenset[Role] = frozenset()
    delay: str | None = None  # "tier", a number of minutes as text, or None
    steer_to: ActionType | None = None
    rate_limit: bool = False
    break_glass: bool = False

    def delay_minutes(self, tier_minutes: int) -> int:
        if self.delay is None:
            return 0
        return tier_minutes if self.delay == "tier" else int(self.delay)


def read_rules(
    policies: Mapping[str, pst.Template], origins: Mapping[str, str], placeholders: Mapping[str, object]
) -> dict[str, Rule]:
    """Rules by Cedar id; raises PolicyError naming the file and @id of the first bad annotation."""
    rules: dict[str, Rule] = {}
    seen: dict[str, str] = {}
    for cedar_id, template in policies.items():
        origin = origins[cedar_id]
        rule = _read_rule(cedar_id, template, origin, placeholders)
        if rule.id in seen:
            raise PolicyError(f"{origin}: two policies are named @id({rule.id!r}); each needs its own name")
        seen[rule.id] = origin
        lint(template, f"{origin}: policy {rule.id}")
        rules[cedar_id] = rule
    return rules


def _read_rule(
    cedar_id: str, template: pst.Template, origin: str, placeholders: Mapping[str, object]
) -> Rule:
    notes = dict(template.annotations)
    name = notes.get("id", "").strip()
    if not name:
        nth = _ordinal(cedar_id)
        raise PolicyError(f"{origin}: the {nth} policy has no @id(\"...\"); every policy needs a name")
    where = f"{origin}: policy {name}"
    unknown = set(notes) - ANNOTATIONS
    if unknown:
        known = ", ".join(sorted(ANNOTATIONS))
        raise PolicyError(f"{where}: unknown annotation @{sorted(unknown)[0]}; known: {known}")
    wrong_kind = set(notes) & (FORBID_ONLY if template.effect == "permit" else PERMIT_ONLY)
    if wrong_kind:
        raise PolicyError(f"{where}: @{sorted(wrong_kind)[0]} has no meaning on a {template.effect}")
    reason = _fill(notes.get("reason", "").strip(), placeholders, where)
    if not reason:
        raise PolicyError(f"{where}: needs a @reason(\"...\") in plain words")
    approvals, roles = _read_approvals(notes, where)
    return Rule(
        cedar_id=cedar_id,
        id=name,
        effect=template.effect,
        reason=reason,
        origin=origin,
        approvals=approvals,
        approver_roles=roles,
        delay=_read_delay(notes.get("delay"), where),
        steer_to=_read_steer(notes.get("steer_to"), where),
        rate_limit=_read_choice(notes.get("outcome"), {"rate_limited"}, "outcome", where) is not None,
        break_glass=_read_choice(notes.get("break_glass"), {"true", "false"}, "break_glass", where) == "true",
    )


def _ordinal(cedar_id: str) -> str:
    number = int(cedar_id.removeprefix("policy")) + 1
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _fill(text: str, placeholders: Mapping[str, object], where: str) -> str:
    names = [field for _, field, _, _ in string.Formatter().parse(text) if field is not None]
    for field in names:
        if field not in placeholders:
            known = ", ".join("{" + key + "}" for key in placeholders)
            raise PolicyError(f"{where}: @reason uses {{{field}}}, which is not a setting; known: {known}")
    try:
        return text.format_map(placeholders)
    except (ValueError, IndexError) as exc:
        raise PolicyError(f"{where}: @reason has stray braces: {exc}") from None


def _read_approvals(notes: dict[str, str], where: str) -> tuple[int, frozenset[Role]]:
    raw = notes.get("approvals")
    approvals = 0
    if raw is not None:
        if not raw.strip().isdigit() or not 0 <= int(raw) <= MAX_APPROVALS:
            raise PolicyError(f"{where}: @approvals must be a whole number 0..{MAX_APPROVALS}, got {raw!r}")
        approvals = int(raw)
    roles_raw = notes.get("approver_roles")
    if roles_raw is None:
        if approvals:
            raise PolicyError(f"{where}: @approvals({raw!r}) needs @approver_roles, e.g. \"senior,admin\"")
        return approvals, frozenset()
    roles = set()
    for part in roles_raw.split(","):
        try:
            roles.add(Role(part.strip()))
        except ValueError:
            known = ", ".join(Role)
            problem = f"@approver_roles names unknown role {part.strip()!r}; known: {known}"
            raise PolicyError(f"{where}: {problem}") from None
    if not approvals:
        raise PolicyError(f"{where}: @approver_roles without @approvals: how many approvals are needed?")
    return approvals, frozenset(roles)


def _read_delay(raw: str | None, where: str) -> str | None:
    if raw is None:
        return None
    value = raw.strip()
    if value == "tier" or (value.isdigit() and int(value) <= MAX_DELAY_MINUTES):
        return value
    raise PolicyError(f"{where}: @delay must be \"tier\" or minutes 0..{MAX_DELAY_MINUTES}, got {raw!r}")


def _read_steer(raw: str | None, where: str) -> ActionType | None:
    if raw is None:
        return None
    try:
        return ActionType(raw.strip())
    except ValueError:
        known = ", ".join(ActionType)
        raise PolicyError(f"{where}: @steer_to names unknown action {raw!r}; known: {known}") from None


def _read_choice(raw: str | None, allowed: set[str], name: str, where: str) -> str | None:
    if raw is None:
        return None
    if raw.strip() not in allowed:
        raise PolicyError(f"{where}: @{name} must be one of {', '.join(sorted(allowed))}, got {raw!r}")
    return raw.strip()


def lint(template: pst.Template, where: str) -> None:
    """Reject strings and roles that can never match (typos), which Cedar's validator accepts."""
    roles = frozenset(Role)
    for node in _walk(template):
        if isinstance(node, pst.Slot):
            raise PolicyError(f"{where}: templates (?principal, ?resource) are not supported here")
        if isinstance(node, pst.EntityUid) and node.type.basename == "Role" and node.id not in roles:
            raise PolicyError(f"{where}: Role::\"{node.id}\" is not a role; known: {', '.join(Role)}")
        if isinstance(node, pst.BinaryOp):
            for attr, value in _compared_strings(node):
                if value not in KNOWN_VALUES[attr]:
                    known = ", ".join(sorted(KNOWN_VALUES[attr]))
                    raise PolicyError(f"{where}: {attr} is never {value!r} (a typo?); it is one of {known}")


def _compared_strings(node: pst.BinaryOp) -> Iterator[tuple[str, str]]:
    """(attribute, string) pairs that a comparison or containment test relies on."""
    sides = (node.left, node.right)
    attrs = [s.attr for s in sides if isinstance(s, pst.GetAttr) and s.attr in KNOWN_VALUES]
    if not attrs:
        return
    for side in sides:
        if isinstance(side, pst.StringLit):
            yield attrs[0], side.value
        elif isinstance(side, pst.Set):
            for element in side.elements:
                if isinstance(element, pst.StringLit):
                    yield attrs[0], element.value


def _walk(node: object) -> Iterator[object]:
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        if isinstance(current, Mapping):
            stack.extend(current.values())
        elif isinstance(current, tuple):
            stack.extend(current)
        elif is_dataclass(current) and not isinstance(current, type):
            stack.extend(getattr(current, f.name) for f in fields(current))
