"""Appeals are decided by someone who took no part in the decision; overturning restores the subject."""

from __future__ import annotations

import pytest

from tests.people import account, hire, platform
from trustdesk.domain.errors import Conflict, NotPermitted
from trustdesk.services.base import subjects
from trustdesk.services.enforcement import actions, appeals


@pytest.fixture
def suspended(ctx):
    integration = platform(ctx)
    julie, karim, senior = hire(ctx, "julie", "moderator"), hire(ctx, "karim", "moderator"), hire(ctx, "s1", "senior")
    ref = account(ctx, integration, "big", followers=500_000)
    action = actions.propose_action(ctx, actor=julie.principal, ref=ref, type="suspend", duration_hours=72,
                                    reason="harassment")
    actions.approve_action(ctx, actor=senior.principal, action_id=action["id"])
    appeal = appeals.file_appeal(ctx, actor=karim.principal, action_id=action["id"], appellant="big",
                                 text="I was quoting the harasser")
    return {"julie": julie, "karim": karim, "senior": senior, "ref": ref, "action": action, "appeal": appeal}


def test_neither_the_proposer_nor_an_approver_may_decide_the_appeal(ctx, suspended):
    for who in ("julie", "senior"):
        with pytest.raises(NotPermitted, match="no part"):
            appeals.decide_appeal(ctx, actor=suspended[who].principal, appeal_id=suspended["appeal"]["id"],
                                  overturn=True, reason="fine")


def test_overturning_on_appeal_restores_the_account_at_once(ctx, suspended):
    karim = suspended["karim"]
    assert subjects.get_subject(ctx, actor=karim.principal, ref=suspended["ref"])["status"] == "suspended"
    decided = appeals.decide_appeal(ctx, actor=karim.principal, appeal_id=suspended["appeal"]["id"], overturn=True,
                                    reason="context shows a quote")
    assert decided["state"] == "overturned"
    assert subjects.get_subject(ctx, actor=karim.principal, ref=suspended["ref"])["status"] == "active"
    action = actions.get_action(ctx, actor=karim.principal, action_id=suspended["action"]["id"])
    assert action["state"] == "reversed" and "appeal" in action["closed_reason"]


def test_an_upheld_appeal_leaves_the_action_and_a_second_open_appeal_is_refused(ctx, suspended):
    karim = suspended["karim"]
    with pytest.raises(Conflict, match="open appeal"):
        appeals.file_appeal(ctx, actor=karim.principal, action_id=suspended["action"]["id"], appellant="big",
                            text="again")
    appeals.decide_appeal(ctx, actor=karim.principal, appeal_id=suspended["appeal"]["id"], overturn=False,
                          reason="the threat is explicit")
    assert subjects.get_subject(ctx, actor=karim.principal, ref=suspended["ref"])["status"] == "suspended"
    with pytest.raises(Conflict):
        appeals.decide_appeal(ctx, actor=karim.principal, appeal_id=suspended["appeal"]["id"], overturn=True,
                              reason="changed my mind")


def test_the_platform_files_only_for_the_owner_of_what_was_restricted(ctx, suspended):
    integration = platform(ctx, "platform-2")
    with pytest.raises(NotPermitted, match="only the owner"):
        appeals.file_appeal(ctx, actor=integration.principal, action_id=suspended["action"]["id"],
                            appellant="someone_else", text="y")
