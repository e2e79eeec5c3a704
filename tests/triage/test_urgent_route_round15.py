"""Round 15: with four more self-harm sets in the seed model, a group, a server or an app left, everyone moving
elsewhere, an absence with its dates and an overdose of something watched or eaten stay off the urgent route; the
model alone, with no word of self-harm the rules know, must be nearly sure; a telegraphic means with a goodbye is
a plan at a lower model certainty than a telegraphic means alone.

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.signals import CompositeScorer

PLANS = [
    "all the tablets down. bye",
    "rope's up. goodbye",
    "cachets avalés. adieu",
    "i'm ending it tonight, the pills are in the drawer",
    "overdosed on purpose this time, it's been an hour",
]
ORDINARY = [
    "J'ai supprimé Facebook, ça me pourrissait la vie. Adieu pour toujours.",
    "deleted my tiktok for good tonight. goodbye brainrot",
    "je quitte la guilde ce soir, merci pour les raids, adieu les gars",
    "we're all moving over to the new telegram tonight, this chat closes friday. goodbye old group",
    "dernier post ici, on part tous sur le nouveau serveur ce soir. adieu le vieux forum",
    "Je serai injoignable du 10 au 24, tout est dans le Drive. Si le site tombe, bon courage.",
    "out of office from the 12th to the 26th, no laptop, no phone. bye for now",
    "overdose de chocolat ce soir, aucun regret",
    "overdosed on netflix again this weekend, no regrets at all",
    "Returned the blue lamp, kept the white one. Looks better on the desk.",
]


@pytest.mark.parametrize("text", PLANS)
def test_these_plans_take_the_urgent_route(composite: CompositeScorer, text: str) -> None:
    [signals] = composite.score_many([text])
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


@pytest.mark.parametrize("text", ORDINARY)
def test_a_group_left_an_absence_or_a_binge_stays_off_the_urgent_route(composite: CompositeScorer,
                                                                     text: str) -> None:
    [signals] = composite.score_many([text])
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*PLANS, *ORDINARY))
