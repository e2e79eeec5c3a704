"""Reading the safeguard policy in force, and asking it about the desk: for staff, not only the operator."""

from __future__ import annotations

from typing import Any

from trustdesk.domain.permissions import DeskPermission
from trustdesk.services.base.authorization import authorize_desk
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal


def describe_policy(ctx: Context, *, actor: Principal) -> dict[str, Any]:
    """Origin, digest, settings and every rule of the policy in force."""
    authorize_desk(ctx, actor, DeskPermission.READ_POLICY)
    return ctx.policy.describe()
