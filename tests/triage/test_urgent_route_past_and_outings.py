"""Round 6: recovery counted ("18 months clean from self harm"), the writer's younger self looked back on ("younger me
sobbing 'i'm going to kill myself tonight'") and a hunt or the range as an outing stay off the urgent route; a plan
with the family's hunting rifle stays on it (the gun's name is not an outing), and so does a turn from the past to a
plan now ("two years clean … and tonight I'm going to…").

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.signals import CompositeScorer

OFF_THE_ROUTE = [
    "18 months clean from self harm tonight, never thought i'd get here",
    "six mois sans me scarifier ce soir, je suis fière de moi",
    "younger me sobbing 'i'm going to kill myself tonight' over a boy, so dramatic",
    "moi ado qui criais « je vais me tuer ce soir » pour un portable confisqué",
    "taking my uncle's shotgun out on the duck hunt saturday morning, first time",
    "première battue au sanglier dimanche avec le fusil de mon grand-père",
]
ON_THE_ROUTE = [
    # A turn from the past to a plan now is a plan.
    "two years clean from cutting and tonight i'm going to kill myself anyway, the pills are ready",
    "un an sans me scarifier et ce soir je vais me tuer, j'ai les cachets",
    "younger me wanted to die, now i'm going to do it tonight, rope is ready",
    "grabbed the hunting rifle from the gun safe. tonight i end this",
    "j'ai pris le fusil de chasse de mon oncle, ce soir j'en finis",
]


@pytest.mark.parametrize("text", OFF_THE_ROUTE)
def test_recovery_a_younger_self_and_a_hunt_stay_off_the_urgent_route(composite: CompositeScorer, text: str) -> None:
    [signals] = composite.score_many([text])
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation
    assert not signals.explanation.startswith("self-harm intent")


@pytest.mark.parametrize("text", ON_THE_ROUTE)
def test_a_plan_with_the_hunting_rifle_or_after_a_turn_to_now_takes_it(composite: CompositeScorer, text: str) -> None:
    [signals] = composite.score_many([text])
    assert SELF_HARM_INTENT in signals.labels, signals.explanation
    assert signals.explanation.startswith("self-harm intent")


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*OFF_THE_ROUTE, *ON_THE_ROUTE))
