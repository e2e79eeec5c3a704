"""Round 6: a blade's method said on oneself ("slashing my wrists", "slitting my throat") is ideation, so with a
means and a time it takes the urgent route as its French counterpart already did; prices slashed stay off it.

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.signals import CompositeScorer

PLANS = [
    "been thinking about slashing my wrists tonight, the blade is in my bag",
    "thinking of slitting my throat this weekend, the razor's in the drawer",
    "je pense à me trancher les veines ce soir, la lame est prête",
]
ORDINARY = ["slashing my prices for black friday tonight!", "slitting my envelopes open with the new letter knife"]


@pytest.mark.parametrize("text", PLANS)
def test_a_blade_method_with_a_means_and_a_time_takes_the_urgent_route(composite: CompositeScorer, text: str) -> None:
    [signals] = composite.score_many([text])
    assert SELF_HARM_INTENT in signals.labels, signals.explanation
    assert signals.explanation.startswith("self-harm intent")


@pytest.mark.parametrize("text", ORDINARY)
def test_slashed_prices_stay_off_it(composite: CompositeScorer, text: str) -> None:
    [signals] = composite.score_many([text])
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*PLANS, *ORDINARY))
