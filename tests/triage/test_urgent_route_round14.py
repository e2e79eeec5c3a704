"""Round 14: the seed model trained on seven self-harm sets reads more of everyday life as a plan, so the rules say
what the model cannot: where the writer will be (a relative's home, a work trip, a bus stop, a date, an evening
skipped) and a drink's bottle explain a time or a means; medicine put aside with a time for it is a plan even with
no word of dying; "tonight i end this" says the end outright.

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.signals import CompositeScorer

PLANS = [
    # medicine put aside, with a time and no word of dying
    "been saving my sleeping tablets for weeks. tonight",
    "j'ai gardé tous mes comprimés de côté depuis un mois. ce soir",
    "stockpiled my insulin since march. doing it tomorrow morning",
    # the end said of "this"
    "bought the rope at lunch. tonight i end this.",
    "the pills are in my coat pocket and i'll end this tonight",
]
ORDINARY = [
    # where the writer will be
    "won't be around saturday, i'm at my brother's in leeds for his birthday",
    "je serai pas là ce week-end, je dors chez ma tante à Rouen",
    "not a holiday, it's a work trip, three nights by the river, flight tonight",
    "je pars pas en vacances, c'est pour le taf, deux nuits à Nantes près du pont. TGV demain matin",
    "at the bus stop by the bridge, the bus comes in five, see u at 8",
    # an evening skipped, a date
    "skipping the gym tonight, my legs are dead",
    "je vais pas à la soirée ce soir, crevée",
    "shaved, ironed the shirt, cologne. first date tonight",
    # a drink's bottle
    "finished the whole bottle of juice in one go after football",
    "j'ai bu toute la bouteille d'eau en sortant du sport",
    # pills kept back by habit, not hoarded
    "kept forgetting my pills this week, doing better tonight with an alarm",
]


@pytest.mark.parametrize("text", PLANS)
def test_these_plans_take_the_urgent_route(composite: CompositeScorer, text: str) -> None:
    [signals] = composite.score_many([text])
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


@pytest.mark.parametrize("text", ORDINARY)
def test_where_the_writer_will_be_keeps_these_off_the_urgent_route(composite: CompositeScorer, text: str) -> None:
    [signals] = composite.score_many([text])
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*PLANS, *ORDINARY))
