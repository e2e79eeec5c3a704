"""A policy version approved before the desk permissions existed keeps the desk working after an upgrade."""

from __future__ import annotations

from trustdesk.domain.permissions import DeskPermission
from trustdesk.domain.staff import Role
from trustdesk.policy import SafeguardPolicy
from trustdesk.policy.loader import shipped_desk_rules

from .conftest import NOW, staff


def _without_desk_section() -> str:
    """The shipped policy as it was stored before section 8 (the desk) was written."""
    text = SafeguardPolicy.default().source_text
    return text.replace(shipped_desk_rules(), "")


def test_a_stored_version_without_desk_rules_gets_the_shipped_ones() -> None:
    policy = SafeguardPolicy.from_text(_without_desk_section(), origin="database:1")

    senior = policy.decide_desk(permission=DeskPermission.READ_AUDIT_LOG, actor=staff("Sam", Role.SENIOR), now=NOW)
    moderator = policy.decide_desk(permission=DeskPermission.MANAGE_STAFF, actor=staff("Mo"), now=NOW)

    assert senior.allowed
    assert not moderator.allowed
    assert moderator.refusal() == "this needs the admin role or higher"


def test_a_policy_that_writes_its_own_desk_rules_is_not_given_the_shipped_ones() -> None:
    own = _without_desk_section() + (
        '\n@id("audit-for-moderators")\n@reason("moderators read the audit log here")\n'
        'permit (principal in Role::"moderator", action == Action::"read-audit-log", resource);\n'
    )
    policy = SafeguardPolicy.from_text(own, origin="database:2")

    moderator = policy.decide_desk(permission=DeskPermission.READ_AUDIT_LOG, actor=staff("Mo"), now=NOW)
    admin = policy.decide_desk(permission=DeskPermission.MANAGE_STAFF, actor=staff("Ada", Role.ADMIN), now=NOW)

    assert moderator.allowed and moderator.policy_ids == ("audit-for-moderators",)
    assert not admin.allowed  # nothing in this policy lets anyone manage staff: its author chose so
