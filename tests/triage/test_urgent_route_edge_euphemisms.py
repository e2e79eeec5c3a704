"""Round 10: the act said by its edge, with no word of self-harm — not stopping at the edge ("won't stop at the
edge", "je m'arrêterai pas au bord", "je reste pas sur le bord"), the way worked out ("I've worked out how"), no
need of anything after a day ("plus besoin de rien après samedi") — is finality. Edges walked to for a view, a
recipe worked out and a house emptied after a move are not plans.

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.rules import normalize
from trustdesk.triage.selfharm import MATCHER
from trustdesk.triage.signals import CompositeScorer

SAID_BY_ITS_EDGE = [
    "Drove out to the quarry again. This time I won't stop at the edge.",
    "Je monte sur le pont de l'île ce soir, et cette fois je m'arrêterai pas au bord.",
    "J'ai filé mes bouquins à ma sœur, plus besoin de rien après samedi.",
]
FINALITY_WORDS = [*SAID_BY_ITS_EDGE, "I've worked out how. The kids are at their gran's until Monday.",
                  "La troisième fois je reste pas sur le bord."]
NOT_PLANS = [
    "Hiked to the cliff edge for sunrise, didn't stop at the edge of the trail for photos though, too windy.",
    "On a vidé la maison de mamie, plus besoin de rien après le déménagement, tout est parti chez Emmaüs.",
    "Finally worked out how to get the sourdough to rise. Game changer.",
]


@pytest.mark.parametrize("text", FINALITY_WORDS)
def test_the_act_said_by_its_edge_is_finality(text: str) -> None:
    assert MATCHER.scan(normalize(text)).any("finality", "ending")


@pytest.mark.parametrize("text", SAID_BY_ITS_EDGE)
def test_said_by_its_edge_it_goes_on_the_urgent_route(composite: CompositeScorer, text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


@pytest.mark.parametrize("text", NOT_PLANS)
def test_a_view_a_recipe_or_a_move_is_not_a_plan(composite: CompositeScorer, text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*FINALITY_WORDS, *NOT_PLANS))
