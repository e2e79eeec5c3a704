"""No admin alone makes a senior, an admin, a raise of role or a colleague's token; whoever tries is seen at once."""

from __future__ import annotations

import pytest

from tests.people import hire
from trustdesk.domain.errors import Conflict, InvalidInput, NotAuthenticated, NotPermitted
from trustdesk.services.access import staff
from trustdesk.services.base.principals import authenticate
from trustdesk.services.oversight.alerts import list_alerts
from trustdesk.services.safeguards import staff_changes


@pytest.fixture
def admins(ctx):
    """Two admins the operator hired: independent of each other."""
    return hire(ctx, "ada", "admin"), hire(ctx, "bob", "admin")


def _alert_kinds(ctx, person) -> list[str]:
    return [alert["kind"] for alert in list_alerts(ctx, actor=person.principal)]


def _member_names(ctx, person) -> set[str]:
    return {member["name"] for member in staff.list_staff(ctx, actor=person.principal)}


def test_an_admin_alone_cannot_create_two_seniors(ctx, admins):
    ada, _ = admins
    for name in ("puppet1", "puppet2"):
        with pytest.raises(NotPermitted, match="second admin's approval"):
            staff.add_staff(ctx, actor=ada.principal, name=name, role="senior")
        proposal = staff_changes.propose_add_staff(ctx, actor=ada.principal, name=name, role="senior")
        assert proposal["state"] == "pending_approval" and "token" not in proposal
    assert not {"puppet1", "puppet2"} & _member_names(ctx, ada)
    assert _alert_kinds(ctx, ada).count("staff_change_proposed") == 2


def test_the_proposer_cannot_approve_and_the_approver_alone_receives_the_token(ctx, admins):
    ada, bob = admins
    proposal = staff_changes.propose_add_staff(ctx, actor=ada.principal, name="sam", role="admin", reason="on call")
    with pytest.raises(NotPermitted, match="proposer's own approval never counts"):
        staff_changes.approve_staff_change(ctx, actor=ada.principal, change_id=proposal["id"])
    applied = staff_changes.approve_staff_change(ctx, actor=bob.principal, change_id=proposal["id"])
    assert applied["state"] == "applied"
    sam = authenticate(ctx, token=applied["token"])
    assert sam.name == "sam" and sam.staff.role.value == "admin"
    assert "staff_change_applied" in _alert_kinds(ctx, ada)
    with pytest.raises(Conflict, match="is applied"):
        staff_changes.approve_staff_change(ctx, actor=bob.principal, change_id=proposal["id"])


def test_colleagues_the_proposer_made_cannot_approve_his_staff_changes(ctx, clock, admins):
    ada, bob = admins
    first = staff_changes.propose_add_staff(ctx, actor=ada.principal, name="puppet", role="admin")
    puppet = authenticate(ctx, token=staff_changes.approve_staff_change(
        ctx, actor=bob.principal, change_id=first["id"])["token"])
    clock.advance(days=5)  # seasoned; what remains is that ada (and bob) made him
    second = staff_changes.propose_add_staff(ctx, actor=ada.principal, name="puppet2", role="admin")
    with pytest.raises(NotPermitted, match="was created by the proposer"):
        staff_changes.approve_staff_change(ctx, actor=puppet, change_id=second["id"])


def test_nobody_approves_their_own_promotion(ctx, admins):
    ada, _ = admins
    hire(ctx, "sen", "senior")
    clara = hire(ctx, "clara", "admin")
    proposal = staff_changes.propose_role_change(ctx, actor=ada.principal, name="clara", role="admin")
    assert proposal["state"] == "applied"  # not a raise: she already is one; a lowering or same role is immediate
    raise_ = staff_changes.propose_role_change(ctx, actor=clara.principal, name="sen", role="admin")
    sen = authenticate(ctx, token=staff.issue_token(ctx, actor=None, name="sen"))
    with pytest.raises(NotPermitted, match="no policy lets a senior approve staff changes"):
        staff_changes.approve_staff_change(ctx, actor=sen, change_id=raise_["id"])
    staff.change_staff(ctx, actor=None, name="sen", role="admin")  # the operator, at the shell, alerted
    sen = authenticate(ctx, token=staff.issue_token(ctx, actor=None, name="sen"))
    with pytest.raises(NotPermitted, match="cannot approve it"):
        staff_changes.approve_staff_change(ctx, actor=sen, change_id=raise_["id"])


def test_raising_a_role_waits_and_lowering_it_does_not(ctx, admins):
    ada, bob = admins
    mod = hire(ctx, "mo", "moderator")
    with pytest.raises(NotPermitted, match="second admin's approval"):
        staff.change_staff(ctx, actor=ada.principal, name="mo", role="senior")
    with pytest.raises(NotPermitted, match="second admin's approval"):
        staff.change_staff(ctx, actor=ada.principal, name="mo", role="admin")
    proposal = staff_changes.propose_role_change(ctx, actor=ada.principal, name="mo", role="senior")
    assert proposal["state"] == "pending_approval"
    assert authenticate(ctx, token=mod.token).staff.role.value == "moderator"
    staff_changes.approve_staff_change(ctx, actor=bob.principal, change_id=proposal["id"])
    assert authenticate(ctx, token=mod.token).staff.role.value == "senior"
    lowered = staff_changes.propose_role_change(ctx, actor=ada.principal, name="mo", role="triage")
    assert lowered["state"] == "applied"
    assert authenticate(ctx, token=mod.token).staff.role.value == "triage"


def test_a_role_changed_meanwhile_makes_the_raise_stale(ctx, admins):
    ada, bob = admins
    hire(ctx, "mo", "moderator")
    proposal = staff_changes.propose_role_change(ctx, actor=ada.principal, name="mo", role="admin")
    staff_changes.propose_role_change(ctx, actor=ada.principal, name="mo", role="triage")
    with pytest.raises(Conflict, match="changed since this was proposed"):
        staff_changes.approve_staff_change(ctx, actor=bob.principal, change_id=proposal["id"])


def test_a_token_for_someone_else_waits_and_goes_to_the_approver(ctx, admins):
    ada, bob = admins
    julie = hire(ctx, "julie", "moderator")
    with pytest.raises(NotPermitted, match="second admin's approval"):
        staff.issue_token(ctx, actor=ada.principal, name="julie")
    own = staff_changes.propose_token(ctx, actor=julie.principal, name="julie")
    assert own["state"] == "applied" and authenticate(ctx, token=own["token"]).name == "julie"
    proposal = staff_changes.propose_token(ctx, actor=ada.principal, name="julie", reason="lost laptop")
    assert proposal["state"] == "pending_approval" and "token" not in proposal
    applied = staff_changes.approve_staff_change(ctx, actor=bob.principal, change_id=proposal["id"])
    assert authenticate(ctx, token=applied["token"]).name == "julie"


def test_only_admins_propose_and_a_refusal_is_alerted(ctx, admins):
    ada, _ = admins
    senior = hire(ctx, "sen", "senior")
    with pytest.raises(NotPermitted, match="only an admin may propose a staff change"):
        staff_changes.propose_add_staff(ctx, actor=senior.principal, name="x", role="admin")
    with pytest.raises(NotPermitted, match="only an admin may propose a staff change"):
        staff_changes.propose_token(ctx, actor=senior.principal, name="ada")
    with pytest.raises(NotPermitted, match="admin role"):
        staff_changes.propose_add_staff(ctx, actor=senior.principal, name="y", role="moderator")
    denied = [a for a in list_alerts(ctx, actor=ada.principal) if a["kind"] == "staff_change_denied"]
    assert [a["message"] for a in denied] == ["sen tried to issue a token for ada (admin): refused",
                                             "sen tried to add x as admin: refused"]


def test_a_moderator_is_added_at_once_with_an_audit_entry(ctx, admins):
    ada, _ = admins
    added = staff_changes.propose_add_staff(ctx, actor=ada.principal, name="newmod", role="moderator")
    assert added["state"] == "applied"
    assert authenticate(ctx, token=added["token"]).staff.role.value == "moderator"
    assert "newmod" in _member_names(ctx, ada)


def test_the_proposer_cannot_set_an_elevated_members_password(ctx, admins):
    ada, _ = admins
    with pytest.raises(InvalidInput, match="no password from the proposer"):
        staff_changes.propose_add_staff(ctx, actor=ada.principal, name="x", role="admin", password="hunter2hunter2")


def test_reject_and_cancel_close_a_proposal_for_good(ctx, admins):
    ada, bob = admins
    first = staff_changes.propose_add_staff(ctx, actor=ada.principal, name="a1", role="senior")
    with pytest.raises(Conflict, match="already waiting"):
        staff_changes.propose_add_staff(ctx, actor=ada.principal, name="a1", role="senior")
    with pytest.raises(NotPermitted, match="withdraw your own"):
        staff_changes.reject_staff_change(ctx, actor=ada.principal, change_id=first["id"])
    assert staff_changes.reject_staff_change(ctx, actor=bob.principal, change_id=first["id"])["state"] == "rejected"
    second = staff_changes.propose_add_staff(ctx, actor=ada.principal, name="a2", role="senior")
    with pytest.raises(NotPermitted, match="only the proposer cancels"):
        staff_changes.cancel_staff_change(ctx, actor=bob.principal, change_id=second["id"])
    assert staff_changes.cancel_staff_change(ctx, actor=ada.principal, change_id=second["id"])["state"] == "cancelled"
    for change in (first, second):
        with pytest.raises(Conflict):
            staff_changes.approve_staff_change(ctx, actor=bob.principal, change_id=change["id"])
    assert not {"a1", "a2"} & _member_names(ctx, ada)


def test_every_operator_credential_action_is_alerted_at_once(ctx):
    watcher = hire(ctx, "watcher", "admin")
    staff.add_staff(ctx, actor=None, name="ops", role="admin")
    staff.issue_token(ctx, actor=None, name="ops")
    staff.change_staff(ctx, actor=None, name="ops", role="senior")
    staff.add_integration(ctx, name="platform")
    messages = [a["message"] for a in list_alerts(ctx, actor=watcher.principal) if a["kind"] == "operator_credential"]
    assert len(messages) == 5  # watcher and ops added, a token, a change, an integration
    assert any("issued a token for ops" in message for message in messages)


def test_an_ended_admin_neither_proposes_nor_approves(ctx, admins):
    ada, bob = admins
    proposal = staff_changes.propose_add_staff(ctx, actor=ada.principal, name="x", role="senior")
    staff.change_staff(ctx, actor=None, name="bob", end_access_now=True)
    with pytest.raises(NotAuthenticated):
        authenticate(ctx, token=bob.token)
    with pytest.raises(NotPermitted, match="access has ended"):
        staff_changes.approve_staff_change(ctx, actor=bob.principal, change_id=proposal["id"])


def test_a_raise_leaves_the_proposer_no_working_credential_of_the_raised_account(ctx, admins):
    """Make a moderator (holding their token and password), mint another as them, then have them raised."""
    ada, bob = admins
    added = staff_changes.propose_add_staff(ctx, actor=ada.principal, name="mole", role="moderator",
                                            password="chosen-by-ada")
    as_mole = authenticate(ctx, token=added["token"])
    second = staff_changes.propose_token(ctx, actor=as_mole, name="mole")["token"]  # "self"-issued, by ada
    proposal = staff_changes.propose_role_change(ctx, actor=ada.principal, name="mole", role="admin")
    applied = staff_changes.approve_staff_change(ctx, actor=bob.principal, change_id=proposal["id"])
    for token in (added["token"], second):
        with pytest.raises(NotAuthenticated):
            authenticate(ctx, token=token)
    with pytest.raises(NotAuthenticated):
        staff.sign_in(ctx, name="mole", password="chosen-by-ada")
    mole = authenticate(ctx, token=applied["token"])  # the fresh token went to bob, to hand over
    assert mole.staff.role.value == "admin"


def test_tokens_the_operator_minted_survive_a_raise(ctx, admins):
    ada, bob = admins
    mo = hire(ctx, "mo", "moderator")
    proposal = staff_changes.propose_role_change(ctx, actor=ada.principal, name="mo", role="senior")
    applied = staff_changes.approve_staff_change(ctx, actor=bob.principal, change_id=proposal["id"])
    assert "token" not in applied
    assert authenticate(ctx, token=mo.token).staff.role.value == "senior"


def test_in_the_app_access_is_only_shortened_or_ended(ctx, clock, admins):
    from datetime import timedelta

    ada, _ = admins
    leaving = hire(ctx, "leaving", "moderator", access_end=clock.now() + timedelta(days=2))
    with pytest.raises(NotPermitted, match="extending or restoring"):
        staff.change_staff(ctx, actor=ada.principal, name="leaving", access_end=clock.now() + timedelta(days=30))
    staff.change_staff(ctx, actor=ada.principal, name="leaving", access_end=clock.now() + timedelta(days=1))
    staff.change_staff(ctx, actor=ada.principal, name="leaving", active=False)
    with pytest.raises(NotPermitted, match="extending or restoring"):
        staff.change_staff(ctx, actor=ada.principal, name="leaving", active=True)
    with pytest.raises(NotAuthenticated):
        authenticate(ctx, token=leaving.token)


def test_a_proposal_left_waiting_a_week_expires(ctx, clock, admins):
    ada, bob = admins
    proposal = staff_changes.propose_add_staff(ctx, actor=ada.principal, name="late", role="admin")
    clock.advance(days=8)
    again = staff_changes.propose_add_staff(ctx, actor=ada.principal, name="late", role="admin")
    assert again["state"] == "pending_approval"  # the stale one does not block a fresh proposal
    with pytest.raises(Conflict, match="expired"):
        staff_changes.approve_staff_change(ctx, actor=bob.principal, change_id=proposal["id"])
    assert staff_changes.get_staff_change(ctx, actor=bob.principal, change_id=proposal["id"])["state"] == "expired"
    assert "late" not in _member_names(ctx, ada)
