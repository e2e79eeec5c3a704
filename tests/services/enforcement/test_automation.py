"""Automated means, told truthfully: in each statement of reasons, the DSA export and the transparency report.

The rule (domain/automation.py): detection is automated when a report came from automated detection; a person's
decision is partially automated when automated means assessed what they decided on (an automated report, or
the triage classifiers' labels on its reports), not automated otherwise."""

from __future__ import annotations

from datetime import timedelta

from tests.people import account, hire, platform, post
from trustdesk.services.enforcement import actions, statements
from trustdesk.services.intake import reports
from trustdesk.services.oversight.dsa_export import export_dsa
from trustdesk.services.oversight.transparency import transparency

THREAT = "I will kill you tomorrow, I know where you live and I am coming with a knife"


def _file(ctx, integration, ref, *, source="user", text="please look at this", category="harassment"):
    return reports.file_report(ctx, actor=integration.principal, ref=ref, category=category, text=text,
                               reporter="someone" if source != "automated" else None, source=source)


def _suspend(ctx, moderator, ref, case_id):
    return actions.propose_action(ctx, actor=moderator.principal, ref=ref, type="suspend", duration_hours=24,
                                  reason="breaks the rules", case_id=case_id)


def test_statements_the_export_and_the_report_say_what_automated_means_did(ctx, clock):
    integration, julie = platform(ctx), hire(ctx, "julie", "moderator")
    start = clock.now()
    # A person reported, in words no classifier labels: people all the way.
    by_people = account(ctx, integration, "plain")
    people_action = _suspend(ctx, julie, by_people, _file(ctx, integration, by_people).case_id)
    # The platform's classifier flagged it: detected by automated means, a person confirmed the machine's flag.
    flagged = account(ctx, integration, "flagged")
    flagged_action = _suspend(ctx, julie, flagged,
                              _file(ctx, integration, flagged, source="automated").case_id)
    # A person reported a post the triage classifiers read as a threat: a person decided with that reading.
    account(ctx, integration, "author")
    threat = post(ctx, integration, "p1", "author", content=THREAT)
    threat_case = _file(ctx, integration, threat, category="threat", text=THREAT).case_id
    threat_action = actions.propose_action(ctx, actor=julie.principal, ref=threat, type="remove",
                                           reason="a threat", case_id=threat_case)

    def said(action):
        return statements.get_statement(ctx, actor=julie.principal, action_id=action["id"])

    people, machine, labelled = said(people_action), said(flagged_action), said(threat_action)
    assert (people["automated_detection"], people["automated_decision"]) == (
        False, "AUTOMATED_DECISION_NOT_AUTOMATED")
    assert "not detected with automated means" in people["text"] and "taken by a person, not by" in people["text"]
    assert (machine["automated_detection"], machine["automated_decision"]) == (
        True, "AUTOMATED_DECISION_PARTIALLY")
    assert "the content was detected with automated means" in machine["text"]
    assert "taken by a person, helped by an automated assessment" in machine["text"]
    assert (labelled["automated_detection"], labelled["automated_decision"]) == (
        False, "AUTOMATED_DECISION_PARTIALLY")

    exported = {s["puid"]: s for s in export_dsa(ctx).statements}
    assert (exported[people["id"]]["automated_detection"], exported[people["id"]]["automated_decision"]) == (
        "No", "AUTOMATED_DECISION_NOT_AUTOMATED")
    assert (exported[machine["id"]]["automated_detection"], exported[machine["id"]]["automated_decision"]) == (
        "Yes", "AUTOMATED_DECISION_PARTIALLY")
    assert exported[labelled["id"]]["automated_detection"] == "No"

    report = dict(transparency(ctx, actor=None, start=start, end=clock.now() + timedelta(hours=1)).summary())
    assert report["share_detected_automated"] == round(1 / 3, 4)
    assert report["share_decided_automated"] == round(2 / 3, 4)


def test_what_happens_after_the_proposal_does_not_rewrite_it(ctx, clock):
    """An automated report arriving after a person proposed (and before approval) is not what they decided on."""
    integration, julie = platform(ctx), hire(ctx, "julie", "moderator")
    ref = account(ctx, integration, "later")
    case_id = _file(ctx, integration, ref).case_id
    proposed = actions.propose_action(ctx, actor=julie.principal, ref=ref, type="warn", reason="first warning",
                                      case_id=case_id)
    clock.advance(minutes=5)
    _file(ctx, integration, ref, source="automated")
    view = actions.get_action(ctx, actor=julie.principal, action_id=proposed["id"])
    assert view["automated_detection"] is False
    assert view["automated_decision"] == "AUTOMATED_DECISION_NOT_AUTOMATED"
