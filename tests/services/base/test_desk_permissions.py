"""Every desk permission is the policy's to grant: for each, a role the default policy lets through and the
role just below it, refused with the words the desk always used; and a reviewed policy edit moves one."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from tests.people import hire
from trustdesk.domain.errors import Conflict, NotFound, NotPermitted
from trustdesk.domain.permissions import DeskPermission
from trustdesk.domain.staff import EmploymentKind
from trustdesk.domain.subjects import SubjectKind, SubjectRef
from trustdesk.policy import SafeguardPolicy
from trustdesk.services.access import staff, tokens
from trustdesk.services.base.authorization import authorize_desk, may
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal
from trustdesk.services.enforcement import actions, appeals
from trustdesk.services.intake import reporters
from trustdesk.services.oversight import alerts, audit
from trustdesk.services.safeguards import policy_reading, policy_versions, reach, staff_changes

Call = Callable[[Context, Principal], Any]
NOBODY = SubjectRef(SubjectKind.ACCOUNT, "nobody")

# permission: (the use case that needs it, the lowest role the default policy lets, the role just below)
USE_CASES: dict[DeskPermission, tuple[Call, str, str]] = {
    DeskPermission.READ_AUDIT_LOG: (lambda c, p: audit.list_entries(c, actor=p), "senior", "moderator"),
    DeskPermission.SEE_ALERTS: (lambda c, p: alerts.list_alerts(c, actor=p), "moderator", "triage"),
    DeskPermission.READ_POLICY: (lambda c, p: policy_reading.describe_policy(c, actor=p), "moderator", "triage"),
    DeskPermission.DECIDE_APPEALS: (lambda c, p: appeals.list_appeals(c, actor=p), "moderator", "triage"),
    DeskPermission.REJECT_ACTIONS: (
        lambda c, p: actions.reject_action(c, actor=p, action_id="act_missing", reason="no"), "moderator", "triage"),
    DeskPermission.RATIFY_BREAK_GLASS: (
        lambda c, p: actions.ratify_action(c, actor=p, action_id="act_missing"), "senior", "moderator"),
    DeskPermission.CONFIRM_REACH_DROP: (
        lambda c, p: reach.confirm_reach_drop(c, actor=p, ref=NOBODY, reason="looked"), "senior", "moderator"),
    DeskPermission.MUTE_REPORTERS: (
        lambda c, p: reporters.set_muted(c, actor=p, reporter_id="troll", reason="bad faith"), "moderator", "triage"),
    DeskPermission.INVALIDATE_REPORTS: (
        lambda c, p: reporters.invalidate_open_reports(c, actor=p, reporter_id="troll", reason="bad faith"),
        "moderator", "triage"),
    DeskPermission.GRANT_TRUSTED_FLAGGER: (
        lambda c, p: reporters.set_trusted_flagger(c, actor=p, reporter_id="ngo", reason="DSA Art. 22"),
        "admin", "senior"),
    DeskPermission.SEE_STAFF: (lambda c, p: staff.list_staff(c, actor=p), "senior", "moderator"),
    DeskPermission.MANAGE_STAFF: (
        lambda c, p: staff.add_staff(c, actor=p, name="newcomer", role="triage"), "admin", "senior"),
    DeskPermission.APPROVE_STAFF_CHANGES: (
        lambda c, p: staff_changes.list_staff_changes(c, actor=p), "admin", "senior"),
}


def test_every_desk_permission_has_a_use_case_here_or_its_own_test():
    assert set(USE_CASES) | {DeskPermission.MANAGE_TOKENS} == set(DeskPermission)


@pytest.mark.parametrize("permission", list(USE_CASES), ids=str)
def test_a_role_the_policy_lets_gets_through_and_the_one_below_is_told_what_it_takes(ctx, permission):
    use_case, lowest, below = USE_CASES[permission]
    allowed, refused = hire(ctx, "allowed", lowest), hire(ctx, "refused", below)
    with pytest.raises(NotPermitted, match=f"^this needs the {lowest} role or higher$"):
        use_case(ctx, refused.principal)
    with contextlib.suppress(NotFound, Conflict):  # past the permission, stopped by the missing record it names
        use_case(ctx, allowed.principal)
    assert may(ctx, allowed.principal, permission) and not may(ctx, refused.principal, permission)


def test_only_those_the_policy_lets_manage_tokens_see_and_revoke_other_peoples(ctx):
    admin, senior, julie = hire(ctx, "admin", "admin"), hire(ctx, "senior", "senior"), hire(ctx, "julie", "moderator")
    julies = [t["id"] for t in tokens.list_tokens(ctx, actor=julie.principal)]
    assert {t["owner"]["name"] for t in tokens.list_tokens(ctx, actor=senior.principal)} == {"senior"}
    assert {"admin", "senior", "julie"} <= {t["owner"]["name"] for t in tokens.list_tokens(ctx, actor=admin.principal)}
    with pytest.raises(NotFound):
        tokens.revoke_token(ctx, actor=senior.principal, token_id=julies[0])
    assert tokens.revoke_token(ctx, actor=admin.principal, token_id=julies[0])["revoked_at"]


def test_an_integration_token_is_refused_every_desk_permission_as_before(ctx):
    from tests.people import platform

    integration = platform(ctx)
    for permission in DeskPermission:
        with pytest.raises(NotPermitted, match="staff member's token"):
            authorize_desk(ctx, integration.principal, permission)


def test_the_audit_readers_setting_reaches_the_policy_as_context(ctx):
    julie, senior = hire(ctx, "julie", "moderator"), hire(ctx, "senior", "senior")
    moderators_read = Context(db=ctx.db, clock=ctx.clock, settings=replace(ctx.settings,
                                                                          audit_readers=frozenset({"moderator"})))
    assert may(moderators_read, julie.principal, DeskPermission.READ_AUDIT_LOG)
    with pytest.raises(NotPermitted, match="^this needs the moderator role$"):  # named exactly, as before
        audit.list_entries(moderators_read, actor=senior.principal)
    decision = moderators_read.policy.decide_desk(permission=DeskPermission.READ_AUDIT_LOG,
                                                  actor=julie.principal.staff, now=ctx.clock.now(),
                                                  audit_readers={"moderator"})
    assert decision.policy_ids == ("read-audit-log-as-configured",)


def test_a_reviewed_policy_version_moves_a_desk_permission_without_a_code_change(ctx):
    admin, senior, tia = hire(ctx, "admin", "admin"), hire(ctx, "senior", "senior"), hire(ctx, "tia", "triage")
    with pytest.raises(NotPermitted):
        alerts.list_alerts(ctx, actor=tia.principal)
    text = SafeguardPolicy.default().source_text
    rule = 'permit (principal in Role::"moderator", action == Action::"see-alerts", resource);'
    assert rule in text
    edited = text.replace(rule, rule.replace('Role::"moderator"', 'Role::"triage"'))
    version = policy_versions.propose_policy(ctx, actor=admin.principal, cedar_text=edited, settings=None,
                                             reason="triage watches the alerts too")
    with pytest.raises(NotPermitted):  # proposed is not in force
        alerts.list_alerts(ctx, actor=tia.principal)
    policy_versions.approve_policy(ctx, actor=senior.principal, version_id=version["id"])
    assert isinstance(alerts.list_alerts(ctx, actor=tia.principal), list)
    fresh = Context(db=ctx.db, settings=ctx.settings, clock=ctx.clock)  # another process reads the same version
    assert may(fresh, tia.principal, DeskPermission.SEE_ALERTS)


def test_a_forbid_in_the_policy_refuses_a_desk_permission_with_its_own_reason(ctx):
    admin = hire(ctx, "admin", "admin")
    text = SafeguardPolicy.default().source_text + (
        '\n@id("no-desk-work-for-contractors")\n@reason("contractors do no desk work")\n'
        'forbid (principal, action in Action::"desk", resource) when { principal.contractor };\n')
    policy = SafeguardPolicy.from_text(text)
    contractor = replace(admin.principal.staff, employment=EmploymentKind.CONTRACTOR)
    decision = policy.decide_desk(permission=DeskPermission.MANAGE_STAFF, actor=contractor, now=ctx.clock.now())
    assert not decision.allowed and decision.policy_ids == ("no-desk-work-for-contractors",)
    assert decision.refusal() == "contractors do no desk work"
