"""Round 10: a song the writer has in their head ("Lyric of the day: …", "paroles du jour") and a film's scene ("the
cliff scene in Thelma & Louise") are someone else's words, like a novel or a film already were; a plan beside the
writer's own song still goes on the urgent route.

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.rules import normalize
from trustdesk.triage.selfharm import MATCHER
from trustdesk.triage.signals import CompositeScorer

SONGS_AND_SCENES = [
    'Song of the day: "I don\'t want to live like this anymore" - the chorus is so catchy.',
    "Paroles du jour : « je veux mourir ce soir », ce refrain me reste dans la tête toute la journée.",
    "The cliff scene in Thelma & Louise still gets me every time.",
    "La scène du pont dans Les Misérables m'a fait pleurer hier soir.",
]
PLANS_BESIDE_A_SONG = [
    "Put our song on repeat one last time. The pills are lined up, goodbye everyone.",
    "Notre chanson passe une dernière fois, les cachets sont prêts, adieu tout le monde.",
]


@pytest.mark.parametrize("text", SONGS_AND_SCENES)
def test_a_song_in_ones_head_or_a_films_scene_is_someone_elses_words(composite: CompositeScorer, text: str) -> None:
    assert "reported" in MATCHER.scan(normalize(text))
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


@pytest.mark.parametrize("text", PLANS_BESIDE_A_SONG)
def test_a_plan_beside_the_writers_own_song_is_still_urgent(composite: CompositeScorer, text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*SONGS_AND_SCENES, *PLANS_BESIDE_A_SONG))
