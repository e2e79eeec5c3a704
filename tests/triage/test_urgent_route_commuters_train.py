"""Round 10: a train in another sense is no means — a commuter's train cancelled, late or missed ("Train got
delayed again so I walked home"), French "en train de" (the progressive) — and blood tests in the plural are as
ordinary as one. A train taken to a place, or the tracks, still make a plan.

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.rules import normalize
from trustdesk.triage.selfharm import MATCHER, ordinary
from trustdesk.triage.signals import CompositeScorer

COMMUTES_AND_CHECK_UPS = [
    "Train got delayed again so I walked home along the river. Best hour of my day.",
    "Le train est encore supprimé, je rentre à pied le long de la Loire, au moins il fait beau.",
    "Missed the last train, so I'm crashing at Tom's tonight. Breakfast on me tomorrow.",
    "Mon psychiatre a ajusté ma dose, les prises de sang sont bonnes et je dors mieux.",
]
PLANS_WITH_A_TRAIN = [
    "I'll be on the tracks when the 6:10 train comes through. Sorry everyone.",
    "Je prends le train de 7h pour le viaduc. Je reviendrai pas, pardon maman.",
    "je suis en train d'avaler toute la boîte, adieu tout le monde",
]


@pytest.mark.parametrize("text", COMMUTES_AND_CHECK_UPS)
def test_a_commuters_train_or_blood_tests_are_ordinary(composite: CompositeScorer, text: str) -> None:
    assert ordinary(normalize(text))
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


def test_the_french_progressive_is_no_train() -> None:
    assert "means" not in MATCHER.scan(normalize("le fer à lisser est en train de chauffer"))
    assert "means" in MATCHER.scan(normalize("le train de 7h pour le viaduc"))


@pytest.mark.parametrize("text", PLANS_WITH_A_TRAIN)
def test_a_train_taken_to_a_place_or_the_tracks_still_make_a_plan(composite: CompositeScorer, text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*COMMUTES_AND_CHECK_UPS, *PLANS_WITH_A_TRAIN))
