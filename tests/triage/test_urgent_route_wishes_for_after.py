"""Round 10: end-of-life wishes said at leisure — a funeral's music or dress chosen as a preference, advance
directives a doctor recommends — keep the seed model alone off the urgent route when nothing else is said (no time,
means, farewell, finality or arrangements for after); a parent's will is the parent's affairs ("all sorted" is
theirs). Beside a means, a time or a farewell they are a plan's.

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.rules import normalize
from trustdesk.triage.selfharm import ordinary, routine
from trustdesk.triage.signals import CompositeScorer

WISHES_AT_LEISURE = [
    "At my funeral I want everyone in bright yellow and Queen on full blast. Non-negotiable.",
    "Pour mes obsèques je veux du Brassens et des crêpes pour tout le monde, c'est dit.",
    "J'ai enfin rempli mes directives anticipées, ma généraliste dit que tout le monde devrait le faire.",
]
ANOTHERS_AFFAIRS = [
    "Ce week-end j'aide ma mère à préparer son testament, elle veut que tout soit réglé.",
    "Spent Sunday helping grandad with his will, he wants it all sorted before the surgery.",
]
PLANS_BESIDE_THEM = [
    "My funeral playlist is ready and the pills are counted. Tonight. Goodbye everyone.",
    "À mon enterrement passez du Barbara. Les cachets sont prêts pour ce soir, pardon.",
    "Helping gran with her will on Saturday, then the rope in the garage. I'm done, goodbye.",
]


@pytest.mark.parametrize("text", WISHES_AT_LEISURE)
def test_wishes_said_at_leisure_keep_the_model_alone_off_the_route(composite: CompositeScorer, text: str) -> None:
    assert routine(normalize(text))
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


@pytest.mark.parametrize("text", ANOTHERS_AFFAIRS)
def test_a_parents_will_is_the_parents_affairs(composite: CompositeScorer, text: str) -> None:
    assert ordinary(normalize(text))
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


@pytest.mark.parametrize("text", PLANS_BESIDE_THEM)
def test_a_means_a_time_or_a_farewell_beside_them_is_a_plan(composite: CompositeScorer, text: str) -> None:
    assert not routine(normalize(text))
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*WISHES_AT_LEISURE, *ANOTHERS_AFFAIRS, *PLANS_BESIDE_THEM))
