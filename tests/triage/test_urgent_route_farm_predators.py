"""Round 8: a farm's predators named as what a night out is for ("foxes killed four of my hens… I'll wait by the coop
tonight") leave a time or the seed model alone short of a plan; a means or a farewell beside them still makes one.

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.signals import CompositeScorer

NIGHT_OUT_FOR_PREDATORS = [
    "Foxes killed four of my hens this week. Zeroed the .22 this afternoon and I'll wait by the coop tonight.",
]

PLANS_BESIDE_THEM = [
    "coyotes took my last lamb. i'm done. the rifle is loaded, goodbye everyone",
    "zeroed the rifle today. tonight i'm done, it's for me, not the coyotes. sorry mum",
    "told my wife i'm going after the coyotes tonight. i'm taking the rifle to the woods and not coming back. goodbye",
]


@pytest.mark.parametrize("text", NIGHT_OUT_FOR_PREDATORS)
def test_a_night_out_for_a_farms_predators_is_not_the_urgent_route(composite: CompositeScorer, text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


@pytest.mark.parametrize("text", PLANS_BESIDE_THEM)
def test_a_means_or_farewell_beside_them_is_still_a_plan(composite: CompositeScorer, text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*NIGHT_OUT_FOR_PREDATORS, *PLANS_BESIDE_THEM))
