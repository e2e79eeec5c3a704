"""Statements of reasons: every restriction that takes effect tells its person why, in their language."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.people import account, hire, platform, post, report
from trustdesk.domain.errors import NotFound
from trustdesk.services.enforcement import actions, statements
from trustdesk.services.enforcement.scheduler import run_due
from trustdesk.storage.tables import OutboxRow
from trustdesk.storage.tables_people import NoticeRow


@pytest.fixture
def team(ctx):
    return platform(ctx), hire(ctx, "julie", "moderator"), hire(ctx, "senior1", "senior")


def _outbox(ctx, kind):
    with ctx.db.read() as session:
        return [row.payload for row in session.execute(select(OutboxRow).where(OutboxRow.kind == kind)).scalars()]


def test_a_suspension_writes_a_statement_with_every_art_17_element(ctx, team, clock):
    integration, julie, _ = team
    ref = account(ctx, integration, "u1")
    receipt = report(ctx, integration, ref, category="harassment", text="he keeps insulting me in every reply")
    action = actions.propose_action(ctx, actor=julie.principal, ref=ref, type="suspend", duration_hours=48,
                                    reason="repeated insults towards another user", case_id=receipt.case_id)
    assert action["state"] == "executed"
    statement = statements.get_statement(ctx, actor=julie.principal, action_id=action["id"])
    assert statement["language"] == "en"
    assert statement["restriction"] == "DECISION_ACCOUNT_SUSPENDED"
    assert statement["recipient"] == "u1"
    text = statement["text"]
    assert "your account is suspended" in text
    assert "until 2026-11-25 12:00 (UTC)" in text  # 48 hours after the test clock's start
    assert "repeated insults towards another user" in text
    assert "not detected with automated means" in text and "taken by a person" in text
    assert "incompatible with our terms of service, Community rules, section 5: harassment" in text
    assert "appeal through the platform until 2027-05-25" in text
    assert statement["dsa"]["decision_account"] == "DECISION_ACCOUNT_SUSPENDED"
    assert statement["dsa"]["end_date_account_restriction"] == "2026-11-25"
    assert statement["dsa"]["source_type"] == "SOURCE_ARTICLE_16"
    [delivery] = _outbox(ctx, "platform.statement")
    assert delivery["recipient"] == "u1" and delivery["text"] == text
    # Addressed to the subject's own platform, which delivers it to its user.
    assert delivery["subject"] == {"platform": "platform", "kind": "account", "id": "u1"}


def test_a_french_post_gets_its_statement_in_french_with_the_legal_ground(ctx, team):
    integration, julie, _ = team
    account(ctx, integration, "auteur")
    # The person's language is that of what they wrote, not the reporter's words.
    ref = post(ctx, integration, "p1", "auteur",
               content="Bravo aux auteurs de l'attentat d'hier, il faut recommencer demain matin")
    receipt = report(ctx, integration, ref, category="terrorism",
                     text="Ce message fait l'apologie d'un attentat et appelle à recommencer demain matin")
    action = actions.propose_action(ctx, actor=julie.principal, ref=ref, type="remove",
                                    reason="apologie du terrorisme", case_id=receipt.case_id)
    run_due(ctx) if action["state"] == "scheduled" else None
    statement = statements.get_statement(ctx, actor=julie.principal, action_id=action["id"])
    assert statement["language"] == "fr"
    assert statement["recipient"] == "auteur"
    assert "Exposé des motifs" in statement["text"]
    assert "votre message a été retiré" in statement["text"]
    assert "illicite au regard de Regulation (EU) 2021/784" in statement["text"]
    assert statement["dsa"]["decision_ground"] == "DECISION_GROUND_ILLEGAL_CONTENT"
    assert statement["dsa"]["content_language"] == "FR"


def test_an_operator_rewords_the_statement_without_touching_code(ctx, team, tmp_path):
    from dataclasses import replace

    (tmp_path / "statement.en.txt").write_text("Dear user, {{ facts }}. Ref {{ statement_id }}.")
    ctx.settings = replace(ctx.settings, notice_templates=tmp_path)
    integration, julie, _ = team
    ref = account(ctx, integration, "u1")
    action = actions.propose_action(ctx, actor=julie.principal, ref=ref, type="limit", reason="spam links")
    statement = statements.get_statement(ctx, actor=julie.principal, action_id=action["id"])
    assert statement["text"] == f"Dear user, spam links. Ref {statement['id']}.\n"


def test_actions_that_restrict_nothing_or_have_not_taken_effect_have_no_statement(ctx, team):
    integration, julie, _ = team
    ref = account(ctx, integration, "u1")
    receipt = report(ctx, integration, ref)
    dismissed = actions.propose_action(ctx, actor=julie.principal, ref=ref, type="dismiss", reason="fine",
                                       case_id=receipt.case_id)
    with pytest.raises(NotFound, match="restricts nothing"):
        statements.get_statement(ctx, actor=julie.principal, action_id=dismissed["id"])
    vip = account(ctx, integration, "vip", followers=40_000_000, verified=True, tags=["public-interest"])
    pending = actions.propose_action(ctx, actor=julie.principal, ref=vip, type="limit", reason="spam")
    assert pending["state"] != "executed"
    with pytest.raises(NotFound, match="has not taken effect"):
        statements.get_statement(ctx, actor=julie.principal, action_id=pending["id"])
    with pytest.raises(NotFound):
        statements.get_statement(ctx, actor=julie.principal, action_id="act_nope")
    assert _outbox(ctx, "platform.statement") == []


def test_a_warning_is_a_real_notice_recorded_and_queued_for_the_platform(ctx, team):
    integration, julie, _ = team
    ref = account(ctx, integration, "u1")
    receipt = report(ctx, integration, ref, category="spam", text="buy followers now")
    action = actions.propose_action(ctx, actor=julie.principal, ref=ref, type="warn", reason="first strike: spam",
                                    case_id=receipt.case_id)
    with ctx.db.read() as session:
        [notice] = session.execute(select(NoticeRow).where(NoticeRow.action_id == action["id"],
                                                           NoticeRow.kind == "warning")).scalars().all()
        assert notice.kind == "warning" and notice.recipient == "u1"
        assert "first strike: spam" in notice.text and "Nothing was removed" in notice.text
    [delivery] = _outbox(ctx, "platform.notice")
    assert delivery["notice_id"] == notice.id and delivery["text"] == notice.text
    with pytest.raises(NotFound, match="restricts nothing"):
        statements.get_statement(ctx, actor=julie.principal, action_id=action["id"])


def test_the_database_copy_carries_no_handles_from_the_moderators_words(ctx, team):
    integration, julie, _ = team
    ref = account(ctx, integration, "u1")
    action = actions.propose_action(ctx, actor=julie.principal, ref=ref, type="limit",
                                    reason="spammed @alice.b and @bob-2 with links")
    statement = statements.get_statement(ctx, actor=julie.principal, action_id=action["id"])
    assert "@alice.b" in statement["text"]  # the person may read their own words about them
    assert statement["dsa"]["decision_facts"] == "spammed @[account] and @[account] with links"
    assert "@bob-2" not in statement["dsa"]["incompatible_content_explanation"]
