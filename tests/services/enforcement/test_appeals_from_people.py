"""Appeals filed by the platform for the person: owner, window, once, and the outcome sent back to them."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from tests.people import account, hire, platform, post, report
from trustdesk.domain.errors import Conflict, NotFound, NotPermitted
from trustdesk.services.base import subjects
from trustdesk.services.enforcement import actions, appeals
from trustdesk.storage.tables import OutboxRow
from trustdesk.storage.tables_people import NoticeRow


@pytest.fixture
def removed(ctx):
    """A French post by 'auteur' removed by a moderator."""
    integration = platform(ctx)
    julie = hire(ctx, "julie", "moderator")
    account(ctx, integration, "auteur")
    ref = post(ctx, integration, "p1", "auteur",
               content="Cette religion est une honte, ses fidèles sont tous des menteurs")
    receipt = report(ctx, integration, ref, category="hate",
                     text="Ce message contient des propos haineux contre une religion, il faut le retirer")
    action = actions.propose_action(ctx, actor=julie.principal, ref=ref, type="remove", reason="propos haineux",
                                    case_id=receipt.case_id)
    return {"integration": integration, "julie": julie, "ref": ref, "action": action}


def _file(ctx, removed, appellant="auteur"):
    return appeals.file_appeal(ctx, actor=removed["integration"].principal, action_id=removed["action"]["id"],
                               appellant=appellant, text="C'était une citation")


def test_the_author_appeals_through_the_platform_and_hears_the_outcome_in_french(ctx, removed):
    appeal = _file(ctx, removed)
    karim = hire(ctx, "karim", "moderator")
    appeals.decide_appeal(ctx, actor=karim.principal, appeal_id=appeal["id"], overturn=True,
                          reason="c'est une citation critique")
    assert subjects.get_subject(ctx, actor=karim.principal, ref=removed["ref"])["visibility"] == "visible"
    with ctx.db.read() as session:
        notice = session.execute(select(NoticeRow).where(NoticeRow.kind == "appeal_outcome")).scalar_one()
        outbox = session.get(OutboxRow, notice.outbox_id)
    assert notice.recipient == "auteur" and notice.language == "fr"
    assert "annulé notre décision" in notice.text and "c'est une citation critique" in notice.text
    assert outbox.kind == "platform.appeal_outcome" and outbox.payload["outcome"] == "overturned"


def test_someone_else_unknown_actions_and_a_second_appeal_are_refused(ctx, removed):
    with pytest.raises(NotPermitted, match="only the owner"):
        _file(ctx, removed, appellant="a_stranger")
    with pytest.raises(NotFound):
        appeals.file_appeal(ctx, actor=removed["integration"].principal, action_id="act_nope", appellant="auteur",
                            text="?")
    appeal = _file(ctx, removed)
    with pytest.raises(Conflict, match="open appeal"):
        _file(ctx, removed)
    karim = hire(ctx, "karim", "moderator")
    appeals.decide_appeal(ctx, actor=karim.principal, appeal_id=appeal["id"], overturn=False, reason="haineux")
    with pytest.raises(Conflict, match="already appealed; that appeal was upheld"):
        _file(ctx, removed)


def test_the_window_closes_after_the_configured_days(ctx, clock, removed):
    ctx.settings = replace(ctx.settings, appeal_window_days=30)
    clock.advance(days=30, seconds=1)
    with pytest.raises(Conflict, match="appeal window closed"):
        _file(ctx, removed)


def test_the_decider_is_uninvolved_and_at_least_as_senior_as_the_proposer(ctx):
    integration = platform(ctx)
    senior, moderator, other_senior = hire(ctx, "s1", "senior"), hire(ctx, "m1", "moderator"), hire(ctx, "s2", "senior")
    ref = account(ctx, integration, "u1")
    action = actions.propose_action(ctx, actor=senior.principal, ref=ref, type="limit", reason="spam")
    appeal = appeals.file_appeal(ctx, actor=integration.principal, action_id=action["id"], appellant="u1",
                                 text="not spam")
    with pytest.raises(NotPermitted, match="at least as senior"):
        appeals.decide_appeal(ctx, actor=moderator.principal, appeal_id=appeal["id"], overturn=True, reason="ok")
    with pytest.raises(NotPermitted, match="no part"):
        appeals.decide_appeal(ctx, actor=senior.principal, appeal_id=appeal["id"], overturn=True, reason="ok")
    decided = appeals.decide_appeal(ctx, actor=other_senior.principal, appeal_id=appeal["id"], overturn=False,
                                    reason="it is spam")
    assert decided["state"] == "upheld"
