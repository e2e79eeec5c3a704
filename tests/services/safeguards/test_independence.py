"""One admin is not several people: approvals count only from colleagues the proposer did not make."""

from __future__ import annotations

import pytest

from tests.people import account, hire, platform
from trustdesk.domain.errors import Conflict, NotPermitted
from trustdesk.policy.loader import DEFAULT_DIR
from trustdesk.services.access import staff
from trustdesk.services.base.principals import authenticate
from trustdesk.services.enforcement import actions
from trustdesk.services.safeguards import policy_versions, staff_changes


@pytest.fixture
def admin_and_protected(ctx):
    integration = platform(ctx)
    admin = hire(ctx, "admin", "admin")
    protected = account(ctx, integration, "potus", followers=41_700_000, verified=True, tags=["public-interest"])
    return admin, protected


def _second_admin(ctx):
    """An admin the operator hired, independent of the proposing admin: the one who approves staff changes."""
    try:
        return hire(ctx, "second_admin", "admin").principal
    except Conflict:
        return authenticate(ctx, token=staff.issue_token(ctx, actor=None, name="second_admin"))


def _made_by(ctx, admin, name, role="senior"):
    """A colleague the admin creates in the app, as POST /staff does: a senior or admin once a second admin
    approves (who receives the token)."""
    if role in ("triage", "moderator"):
        credential = staff.add_staff(ctx, actor=admin.principal, name=name, role=role)
        return authenticate(ctx, token=credential.token)
    proposal = staff_changes.propose_add_staff(ctx, actor=admin.principal, name=name, role=role)
    applied = staff_changes.approve_staff_change(ctx, actor=_second_admin(ctx), change_id=proposal["id"])
    return authenticate(ctx, token=applied["token"])


def test_seniors_an_admin_created_cannot_approve_his_critical_takedown(ctx, clock, admin_and_protected):
    admin, protected = admin_and_protected
    puppet1, puppet2 = _made_by(ctx, admin, "puppet1"), _made_by(ctx, admin, "puppet2")
    clock.advance(days=5)  # past seasoning: what remains is that the admin made them
    action = actions.propose_action(ctx, actor=admin.principal, ref=protected, type="deactivate", reason="x")
    assert action["state"] == "pending_approval"
    for puppet in (puppet1, puppet2):
        with pytest.raises(NotPermitted, match="was created by the proposer"):
            actions.approve_action(ctx, actor=puppet, action_id=action["id"])
    assert actions.get_action(ctx, actor=admin.principal, action_id=action["id"])["state"] == "pending_approval"


def test_independence_returns_after_the_window_and_is_lost_again_by_a_promotion(ctx, clock, admin_and_protected):
    admin, protected = admin_and_protected
    colleague = _made_by(ctx, admin, "colleague", role="moderator")
    clock.advance(days=31)
    raise_ = staff_changes.propose_role_change(ctx, actor=admin.principal, name="colleague", role="senior")
    staff_changes.approve_staff_change(ctx, actor=_second_admin(ctx), change_id=raise_["id"])
    colleague = authenticate(ctx, token=staff.issue_token(ctx, actor=None, name="colleague"))
    action = actions.propose_action(ctx, actor=admin.principal, ref=protected, type="deactivate", reason="x")
    with pytest.raises(NotPermitted, match="was promoted by the proposer"):
        actions.approve_action(ctx, actor=colleague, action_id=action["id"])


def test_a_token_issued_by_the_proposer_makes_its_holder_dependent(ctx, clock, admin_and_protected):
    admin, protected = admin_and_protected
    senior = hire(ctx, "senior", "senior")
    proposal = staff_changes.propose_token(ctx, actor=admin.principal, name="senior")
    staff_changes.approve_staff_change(ctx, actor=_second_admin(ctx), change_id=proposal["id"])
    action = actions.propose_action(ctx, actor=admin.principal, ref=protected, type="deactivate", reason="x")
    with pytest.raises(NotPermitted, match="was given a token by the proposer"):
        actions.approve_action(ctx, actor=senior.principal, action_id=action["id"])


def test_a_colleague_created_in_the_app_must_season_before_their_approval_counts(ctx, clock, admin_and_protected):
    admin, protected = admin_and_protected
    moderator = hire(ctx, "julie", "moderator")
    newcomer = _made_by(ctx, admin, "newcomer")
    action = actions.propose_action(ctx, actor=moderator.principal, ref=protected, type="deactivate", reason="x")
    with pytest.raises(NotPermitted, match="joined the desk less than 72 hours ago"):
        actions.approve_action(ctx, actor=newcomer, action_id=action["id"])
    clock.advance(hours=73)
    actions.approve_action(ctx, actor=newcomer, action_id=action["id"])


def test_an_admins_creation_cannot_ratify_his_break_glass(ctx, clock, admin_and_protected):
    admin, protected = admin_and_protected
    puppet = _made_by(ctx, admin, "puppet")
    clock.advance(days=5)
    action = actions.propose_action(ctx, actor=admin.principal, ref=protected, type="deactivate",
                                    reason="imminent harm", break_glass=True)
    assert action["state"] == "executed"
    with pytest.raises(NotPermitted, match="was created by the proposer"):
        actions.ratify_action(ctx, actor=puppet, action_id=action["id"])


def test_an_admins_creation_cannot_approve_his_policy_version(ctx, clock, admin_and_protected):
    admin, _ = admin_and_protected
    puppet = _made_by(ctx, admin, "puppet", role="admin")
    clock.advance(days=5)
    cedar = (DEFAULT_DIR / "safeguards.cedar").read_text()
    version = policy_versions.propose_policy(ctx, actor=admin.principal, cedar_text=cedar, settings=None,
                                             reason="tune")
    with pytest.raises(NotPermitted, match="was created by the proposer"):
        policy_versions.approve_policy(ctx, actor=puppet, version_id=version["id"])


def test_an_appeal_is_not_decided_by_someone_the_original_decider_created(ctx, clock, admin_and_protected):
    from trustdesk.services.enforcement import appeals

    admin, _ = admin_and_protected
    integration = platform(ctx, "other")
    ref = account(ctx, integration, "spammer")
    action = actions.propose_action(ctx, actor=admin.principal, ref=ref, type="limit", reason="spam")
    puppet = _made_by(ctx, admin, "puppet", role="admin")
    clock.advance(days=5)
    appeal = appeals.file_appeal(ctx, actor=admin.principal, action_id=action["id"], appellant="spammer",
                                 text="not spam")
    with pytest.raises(NotPermitted, match="independent of the original deciders"):
        appeals.decide_appeal(ctx, actor=puppet, appeal_id=appeal["id"], overturn=True, reason="sure")
