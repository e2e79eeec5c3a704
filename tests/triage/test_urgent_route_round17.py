"""Round 17: with v33-v34 and six more self-harm sets in the seed model, "nothing needed after" a household event
(a move, a clear-out, a sale, building work) is that event's end, while the same words before a time or a goodbye
stay the writer's.

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.signals import CompositeScorer

PLANS = [
    "plus besoin de rien après ce soir. les cachets sont prêts. pardon maman",
    "gave my guitar to my cousin. i won't need anything after tonight, sorry everyone",
    "j'ai tout rangé, j'en aurai plus besoin après jeudi. adieu les amis",
]
ORDINARY = [
    "gave the lot to the charity shop, we wont need any of it after the move",
    "Sold the tiles and the spare grout, I won't need any of it after the renovation",
    "On a tout descendu à la cave, plus besoin de rien après les travaux, la cuisine est neuve",
    "J'en aurai plus besoin après le déménagement, je donne le frigo et la table",
]


@pytest.mark.parametrize("text", PLANS)
def test_nothing_needed_after_a_time_or_a_goodbye_takes_the_urgent_route(composite: CompositeScorer,
                                                                         text: str) -> None:
    [signals] = composite.score_many([text])
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


@pytest.mark.parametrize("text", ORDINARY)
def test_nothing_needed_after_a_household_event_stays_off_the_urgent_route(composite: CompositeScorer,
                                                                            text: str) -> None:
    [signals] = composite.score_many([text])
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*PLANS, *ORDINARY))
