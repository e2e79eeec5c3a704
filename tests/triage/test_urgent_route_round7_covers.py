"""Round 7, from a new writer's corpus (round 7): a cover story does not explain a plan away, everyday endings (a job,
a habit, a relationship) leave a time or finality short of a plan but not a means or a farewell, a role or a town
left is an ordinary farewell, an attempt told with the years since is looked back on, and a plan that names no one
may take a few more words; a jump said in the present tense ("jme jette du 8e") is ideation; "I'm not going to"
negates an act, not care refused; treatment stopped on purpose is a means and help refused is finality; a means
bought at the pharmacy is not medicine asked about there.

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.signals import CompositeScorer

PLANS = [
    # what others were told is a cover, not the writer's day
    "told my flatmate i'm going camping this weekend. i'm taking the rope and the car to the forest. don't look for me",
    "ma femme croit que je pars à la pêche demain. je prends le fusil et je reviens pas",
    "told my gp i'm fine. i'm not. the tablets are in my bag for tonight",
    # an everyday ending beside a means or a farewell
    "handed in my badge today and kept the sleeping pills from the ward. tonight",
    "j'arrête de fumer, de boire, de tout. la corde est dans le grenier, adieu",
    # no one named, in more than eight words
    "the knife is in the drawer. once the house is quiet tonight. sorry for everything",
    "la corde est dans la grange, quand les enfants dorment ce soir c'est fini",
    # a jump in the present tense
    "merci pour tout les gars, jme jette du 12e cette nuit",
    # care refused is not the act negated; treatment stopped on purpose is a means
    "i've stopped going to dialysis and i'm not going to go back. this is my way out",
    "j'ai arrêté ma dialyse exprès, je suis fatiguée de tout",
    # the pharmacy where the means was bought gives no advice
    "j'ai acheté des somnifères à la pharmacie, demain je vais toutes les prendre",
]
ORDINARY = [
    "cleared out my locker and said goodbye to the lads. done there for good, new job monday",
    "j'arrête de boire pour de bon ce soir, dernière bière avec les collègues",
    "it's over between me and my girlfriend and tonight i'm going out to celebrate with the boys",
    "this is my last video as your host, the channel continues with sam. thank you all",
    "tried to kill myself when i was 17. ten years later i'm a nurse and glad i stayed",
    "j'ai fait une TS à 16 ans, aujourd'hui je suis maman et contente d'être là",
    "je quitte cette ville demain, merci à tous et adieu les amis",
    "allez je me jette à l'eau, je lui demande ce soir si elle veut sortir avec moi",
    "i'm not going to the party tonight, too tired",
    "i don't want help with the move, i've got it sorted, thanks though",
    "stopped my medication on purpose for the blood test tomorrow, doc's orders",
    "not eating until it's over, the ramadan fast ends at sunset",
    "bought paracetamol at the pharmacy for my migraine, going to bed early",
    "mes vitamines, je les prends toutes le matin avec le café",
]


@pytest.mark.parametrize("text", PLANS)
def test_these_plans_take_the_urgent_route(composite: CompositeScorer, text: str) -> None:
    [signals] = composite.score_many([text])
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


@pytest.mark.parametrize("text", ORDINARY)
def test_these_endings_stay_off_the_urgent_route(composite: CompositeScorer, text: str) -> None:
    [signals] = composite.score_many([text])
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*PLANS, *ORDINARY))
