"""Round 6: an evening called off ("soz cant make it tonight, totally wiped") is not a plan on a time or on the seed
model's say-so; with a means, a farewell or the writer gone ("or ever", "je serai plus là") it still is.

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.signals import CompositeScorer

CALLED_OFF = ["sorry can't make it tonight, i'm shattered", "sorry cant make it tonight, im exhausted",
              "soz cant make it tonight, totally wiped", "dsl je pourrai pas venir ce soir, jsuis claqué"]
PLANS = [
    "sorry i can't make it tonight. or ever. the pills are counted, goodbye",
    "je pourrai pas venir demain, je serai plus là après ce soir",
    "can't make it tonight, i'm going to kill myself, the rope is ready",
]


@pytest.mark.parametrize("text", CALLED_OFF)
def test_an_evening_called_off_stays_off_the_urgent_route(composite: CompositeScorer, text: str) -> None:
    [signals] = composite.score_many([text])
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation
    assert not signals.explanation.startswith("self-harm intent")


@pytest.mark.parametrize("text", PLANS)
def test_a_plan_behind_an_excuse_takes_it(composite: CompositeScorer, text: str) -> None:
    [signals] = composite.score_many([text])
    assert SELF_HARM_INTENT in signals.labels, signals.explanation
    assert signals.explanation.startswith("self-harm intent")


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*CALLED_OFF, *PLANS))
