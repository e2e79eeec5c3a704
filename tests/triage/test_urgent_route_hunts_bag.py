"""Round 10: a hunt's bag and its butchering ("got my first deer this season, butchering it in the garage this
weekend", "j'ai tiré mon premier chevreuil") say what a garage and a weekend are for, like a farm's predators
(round 8): they leave a time, a place or the seed model alone short of a plan, not a means or a farewell.

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.rules import normalize
from trustdesk.triage.selfharm import plan_facets
from trustdesk.triage.signals import CompositeScorer

HUNTS = [
    "Bagged my first buck on Saturday, butchering it in the shed tomorrow with my uncle.",
    "J'ai tiré mon premier chevreuil ce matin, on le dépèce au garage ce soir.",
]
PLANS_AFTER_A_HUNT = [
    "Tagged my first deer, then I'm taking the rifle out to the barn tonight for myself. Sorry mum.",
    "J'ai tiré mon premier cerf. Ce soir le fusil est pour moi, adieu tout le monde.",
]


@pytest.mark.parametrize("text", HUNTS)
def test_a_hunts_bag_makes_no_plan(composite: CompositeScorer, text: str) -> None:
    assert plan_facets(normalize(text)) == ()
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


@pytest.mark.parametrize("text", PLANS_AFTER_A_HUNT)
def test_a_means_and_a_farewell_after_a_hunt_are_still_a_plan(composite: CompositeScorer, text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*HUNTS, *PLANS_AFTER_A_HUNT))
