"""Desk permissions, decided by the safeguard policy in force: the one way a service asks "may this member …?".

Who holds which permission is written only in the policy (section 8 of safeguards.cedar); services name
the permission, never a role. `require_staff` stays for "is this a staff member at all".
"""

from __future__ import annotations

from trustdesk.domain.errors import NotPermitted
from trustdesk.domain.permissions import DeskPermission
from trustdesk.domain.staff import StaffFacts
from trustdesk.policy.desk import DeskDecision
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal, require_staff


def decide_desk(ctx: Context, staff: StaffFacts, permission: DeskPermission, *, list_roles: bool = False
                ) -> DeskDecision:
    # TRUSTDESK_AUDIT_READERS, when set, reaches the policy as context.audit_readers; the policy decides.
    return ctx.policy.decide_desk(permission=permission, actor=staff, now=ctx.clock.now(),
                                  audit_readers=ctx.settings.audit_readers, list_roles=list_roles)


def authorize_desk(ctx: Context, actor: Principal, permission: DeskPermission) -> StaffFacts:
    """The staff member's facts if the policy lets them do `permission`; else NotPermitted (HTTP 403) saying
    what it takes, e.g. "this needs the moderator role or higher"."""
    staff = require_staff(actor)
    decision = decide_desk(ctx, staff, permission)
    if not decision.allowed:
        raise NotPermitted(decision.refusal())
    return staff


def may(ctx: Context, actor: Principal, permission: DeskPermission) -> bool:
    """Whether `actor` holds `permission`, for pages that show or hide what a member can open."""
    return actor.staff is not None and decide_desk(ctx, actor.staff, permission).allowed
