"""Reporters are told: a receipt, then the outcome without details; trusted flaggers' reports are marked."""

from __future__ import annotations

from sqlalchemy import select

from tests.people import account, hire, platform, post, report
from trustdesk.services.enforcement import actions
from trustdesk.services.intake import reporters
from trustdesk.storage.tables import OutboxRow, ReportRow
from trustdesk.storage.tables_people import NoticeRow


def _notices(ctx, kind):
    with ctx.db.read() as session:
        rows = session.execute(select(NoticeRow, OutboxRow).join(OutboxRow, NoticeRow.outbox_id == OutboxRow.id)
                               .where(NoticeRow.kind == kind).order_by(NoticeRow.created_at, NoticeRow.id)).all()
        return [(notice.recipient, notice.language, notice.text, outbox.kind) for notice, outbox in rows]


def test_a_named_reporter_gets_a_receipt_in_their_language_and_an_anonymous_one_nothing(ctx):
    integration = platform(ctx)
    ref = account(ctx, integration, "u1")
    receipt = report(ctx, integration, ref, reporter="alice", category="harassment",
                     text="Ce compte m'insulte et me harcèle depuis des semaines, aidez-moi s'il vous plaît")
    report(ctx, integration, ref, reporter=None, text="anonymous")
    [(recipient, language, text, delivery)] = _notices(ctx, "reporter_receipt")
    assert (recipient, language, delivery) == ("alice", "fr", "platform.reporter_update")
    assert f"référence {receipt.id}" in text and "harcèlement" in text


def test_reporters_hear_the_outcome_once_each_without_the_details(ctx):
    integration = platform(ctx)
    julie = hire(ctx, "julie", "moderator")
    ref = account(ctx, integration, "target_handle")
    first = report(ctx, integration, ref, reporter="alice", text="insults every day in my replies")
    report(ctx, integration, ref, reporter="alice", text="again")
    report(ctx, integration, ref, reporter="bob", text="he insulted me too")
    actions.propose_action(ctx, actor=julie.principal, ref=ref, type="suspend", duration_hours=24, reason="insults",
                           case_id=first.case_id)
    outcomes = _notices(ctx, "reporter_outcome")
    assert [recipient for recipient, *_ in outcomes] == ["alice", "bob"]
    for _recipient, _language, text, delivery in outcomes:
        assert "took action under our rules" in text and delivery == "platform.reporter_update"
        assert "suspend" not in text and "target_handle" not in text and "insults" not in text
    second_case = report(ctx, integration, account(ctx, integration, "u2"), reporter="carol", text="spam?")
    actions.propose_action(ctx, actor=julie.principal, ref=account(ctx, integration, "u2"), type="dismiss",
                           reason="fine", case_id=second_case.case_id)
    assert "does not break our rules" in _notices(ctx, "reporter_outcome")[-1][2]


def test_the_reporter_is_told_in_their_language_and_the_author_in_the_contents(ctx):
    integration = platform(ctx)
    julie = hire(ctx, "julie", "moderator")
    account(ctx, integration, "author")
    ref = post(ctx, integration, "p1", "author",
               content="You are all idiots and I will keep posting this until you leave the forum for good")
    receipt = report(ctx, integration, ref, reporter="alice", category="harassment",
                     text="Ce message insulte tout le monde et son auteur recommence chaque jour, merci d'agir")
    actions.propose_action(ctx, actor=julie.principal, ref=ref, type="remove", reason="insults",
                           case_id=receipt.case_id)
    [(_, receipt_language, _, _)] = _notices(ctx, "reporter_receipt")
    [(_, outcome_language, _, _)] = _notices(ctx, "reporter_outcome")
    [(recipient, statement_language, _, _)] = _notices(ctx, "statement")
    assert (receipt_language, outcome_language) == ("fr", "fr")
    assert (recipient, statement_language) == ("author", "en")


def test_a_trusted_flaggers_report_is_marked_and_its_receipt_says_so(ctx):
    integration = platform(ctx)
    admin = hire(ctx, "root", "admin")
    ref = account(ctx, integration, "u1")
    report(ctx, integration, ref, reporter="ngo_watch", text="first")
    reporters.set_trusted_flagger(ctx, actor=admin.principal, reporter_id="ngo_watch", reason="designated by DSC")
    flagged = report(ctx, integration, account(ctx, integration, "u2"), reporter="ngo_watch", text="hate speech")
    with ctx.db.read() as session:
        assert session.get(ReportRow, flagged.id).source == "trusted_flagger"
    assert "with priority, as a report from a trusted flagger" in _notices(ctx, "reporter_receipt")[-1][2]
