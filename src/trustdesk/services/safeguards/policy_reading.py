"""Reading the safeguard policy in force, and asking it about the desk: for staff, not only the operator."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from trustdesk.domain.errors import InvalidInput
from trustdesk.domain.permissions import DeskPermission
from trustdesk.domain.staff import StaffFacts
from trustdesk.services.base.authorization import authorize_desk, decide_desk
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal, staff_facts
from trustdesk.storage.tables import StaffRow


def describe_policy(ctx: Context, *, actor: Principal) -> dict[str, Any]:
    """Origin, digest, settings and every rule of the policy in force."""
    authorize_desk(ctx, actor, DeskPermission.READ_POLICY)
    return ctx.policy.describe()


def explain_desk(ctx: Context, *, actor: Principal, desk: str, as_name: str | None = None) -> dict[str, Any]:
    """Whether the caller (or the member named `as_name`) holds a desk permission ('all': each), and which rule said.

    It reads the policy, so it needs read-policy; asking about a colleague tells their role, which only those
    who may see the staff list may learn (checked before the name is looked up, so names cannot be probed)."""
    caller = authorize_desk(ctx, actor, DeskPermission.READ_POLICY)
    permissions = desk_permissions(desk)
    if as_name is None or as_name == caller.name:
        return desk_explanation(ctx, caller, permissions)
    authorize_desk(ctx, actor, DeskPermission.SEE_STAFF)
    return desk_explanation(ctx, staff_named(ctx, as_name), permissions)


def desk_permissions(desk: str) -> list[DeskPermission]:
    """'all', or one permission by name in any case with '-' or '_' (read-audit-log, read_audit_log)."""
    if desk.strip().lower() == "all":
        return list(DeskPermission)
    try:
        return [DeskPermission.parse(desk)]
    except ValueError as error:
        raise InvalidInput(str(error), field="desk") from None


def staff_named(ctx: Context, name: str) -> StaffFacts:
    with ctx.db.read() as session:
        row = session.execute(select(StaffRow).where(StaffRow.name == name)).scalar_one_or_none()
        if row is None:
            raise InvalidInput(f"no staff member {name!r}", field="as")
        return staff_facts(row)


def desk_explanation(ctx: Context, staff: StaffFacts, permissions: list[DeskPermission]) -> dict[str, Any]:
    """The policy's answer for `staff` on each permission, with the roles that may, and the same words as the CLI."""
    decisions = [decide_desk(ctx, staff, permission, list_roles=True) for permission in permissions]
    texts = ["\n".join(d.explain_lines()) for d in decisions]
    answers = [{"permission": d.permission.value, "description": d.permission.description, "allowed": d.allowed,
                "policy_ids": list(d.policy_ids), "reasons": list(d.reasons),
                "roles_allowed": [role.value for role in d.roles_allowed], "explanation": text}
               for d, text in zip(decisions, texts, strict=True)]
    lines = [*texts, f"  policy: {ctx.policy.origin} (sha256 {ctx.policy.digest[:12]})"]
    return {"who": staff.name, "role": staff.role.value, "permissions": answers, "policy_origin": ctx.policy.origin,
            "policy_digest": ctx.policy.digest, "explanation": "\n".join(lines)}
