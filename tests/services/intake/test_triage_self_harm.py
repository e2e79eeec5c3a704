"""Self-harm intent through intake: its own urgent queue, first in it whatever the reporter count, explained in
the priority line; and a case's language follows what its reports are written in."""

from __future__ import annotations

from tests.people import account, hire, platform, report
from trustdesk.services.review import cases

INTENT_FR = "j'en finis ce soir, j'ai déjà les cachets"
INTENT_EN = "I'm ending it tonight, I already have the pills"


def test_self_harm_intent_goes_to_the_urgent_queue_and_tops_it_whatever_the_reporters(ctx):
    integration = platform(ctx)
    loud = account(ctx, integration, "loud", followers=2_000_000)
    for i in range(12):
        loud_case = report(ctx, integration, loud, category="threat", reporter=f"r{i}",
                           text="I know where you live, I'm coming for you")
    quiet = report(ctx, integration, account(ctx, integration, "quiet", followers=40), category="other",
                   reporter="friend", text=INTENT_FR)
    mod = hire(ctx, "sen", "senior")  # sees every queue, the protected one too
    case = cases.get_case(ctx, actor=mod.principal, case_id=quiet.case_id)
    assert case["queue"] == "self-harm"
    assert case["priority_line"].startswith("self-harm intent · FR · means + time")
    assert case["priority"] > cases.get_case(ctx, actor=mod.principal, case_id=loud_case.case_id)["priority"]
    listed = cases.list_cases(ctx, actor=mod.principal)
    assert listed[0]["id"] == quiet.case_id


def test_among_cases_reported_as_other_self_harm_intent_comes_first(ctx):
    integration = platform(ctx)
    texts = ["someone should put a bullet in that journalist", "double your BTC in 24h, DM me bit.ly/3xKq9Zp",
             "those refugees are vermin", "je vais te tuer au Mario Kart", INTENT_EN]
    receipts = [report(ctx, integration, account(ctx, integration, f"a{i}"), category="other", reporter=f"p{i}",
                       text=text) for i, text in enumerate(texts)]
    mod = hire(ctx, "mod", "moderator")
    ordered = [c["id"] for c in cases.list_cases(ctx, actor=mod.principal)]
    assert ordered[0] == receipts[-1].case_id
    assert ordered[-1] == receipts[3].case_id  # the game banter comes last


def test_a_case_language_follows_the_majority_of_its_reports_not_the_first(ctx):
    integration = platform(ctx)
    target = account(ctx, integration, "target")
    report(ctx, integration, target, category="harassment", reporter="a",
           text="this account keeps insulting people in the comments")
    for name in ("b", "c"):
        receipt = report(ctx, integration, target, category="harassment", reporter=name,
                         text="ce compte insulte tout le monde dans les commentaires depuis des jours")
    mod = hire(ctx, "mod", "moderator")
    case = cases.get_case(ctx, actor=mod.principal, case_id=receipt.case_id)
    assert case["language"] == "fr" and case["queue"] == "french"


def test_a_short_report_leaves_the_language_unknown(ctx):
    integration = platform(ctx)
    receipt = report(ctx, integration, account(ctx, integration, "x"), category="spam", reporter="a", text="spam")
    mod = hire(ctx, "mod", "moderator")
    assert cases.get_case(ctx, actor=mod.principal, case_id=receipt.case_id)["language"] is None


def test_a_plan_the_rules_cannot_confirm_goes_to_the_possible_self_harm_queue_above_ordinary_abuse(ctx):
    integration = platform(ctx)
    hate = report(ctx, integration, account(ctx, integration, "h"), category="other", reporter="p1",
                  text="those refugees are vermin, they should not be allowed to speak")
    # No means, place or farewell the rules know; the seed model reads the plan (0.96 with the shipped model).
    possible = report(ctx, integration, account(ctx, integration, "p"), category="other", reporter="p2",
                      text="gonna cut deeper than ever tonight, want it to need stitches this time")
    urgent = report(ctx, integration, account(ctx, integration, "u"), category="other", reporter="p3",
                    text=INTENT_EN)
    mod = hire(ctx, "mod", "moderator")
    case = cases.get_case(ctx, actor=mod.principal, case_id=possible.case_id)
    assert case["queue"] == "self-harm-check"
    assert case["priority_line"].startswith("possible self-harm · EN · seed model · reported as other")
    ordered = [c["id"] for c in cases.list_cases(ctx, actor=mod.principal)]
    assert ordered.index(urgent.case_id) < ordered.index(possible.case_id) < ordered.index(hate.case_id)
