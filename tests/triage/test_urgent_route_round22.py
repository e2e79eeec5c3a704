"""Round 22: benign texts on the urgent route in v62's blind runs (nightlife, hospitality and the music scene) —
hanging oneself with the till roll if the till crashes, dying on a hill, a song's bridge, a band's setlist, a
drunk customer who could have killed someone — and the plans that share their words and stay on the route.

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.signals import CompositeScorer

NOT_URGENT = [
    "if the card machine dies one more time tonight i'm hanging myself with the receipt roll",
    "I will die on that hill: the original mix is better. see you all at the gig tonight",
    "le pont de cette chanson me tue à chaque fois, on la joue en rappel ce soir",
    "set list for saturday: Last Goodbye, Falling, the cover, and Gone for Good to close",
    "refusé de resservir un mec ce soir, il aurait pu tuer quelqu'un sur la route. clés gardées",
]
STILL_URGENT = [
    "the till can crash all it wants, tonight i'm hanging myself in the cellar after close. goodbye all",
    "ce soir après le service je me pends dans la réserve. pardon à l'équipe",
]


@pytest.mark.parametrize("text", NOT_URGENT)
def test_a_till_a_hill_a_song_or_someone_elses_danger_is_not_the_urgent_route(composite: CompositeScorer,
                                                                               text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


@pytest.mark.parametrize("text", STILL_URGENT)
def test_the_plans_that_share_their_words_stay_on_the_route(composite: CompositeScorer, text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*NOT_URGENT, *STILL_URGENT))
