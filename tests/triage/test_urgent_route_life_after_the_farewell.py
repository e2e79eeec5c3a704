"""Round 8: a farewell with a life after it — a meeting promised ("see you all in real life"), letters written in
place of the season's cards, a writer glad to have stayed, a disappearance for an hour — is not the urgent route on
a time, a farewell or the seed model alone; a means named beside it still makes a plan.

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.signals import CompositeScorer

LIFE_AFTER = [
    "This year I wrote a long letter to everyone I love instead of the usual Christmas cards.",
    "J'ai écrit une lettre à chaque personne que j'aime cette année, au lieu des cartes de Noël.",
    "Closing my TikTok tonight. This is my last video, see you all in real life!",
    "Je supprime mon compte ce soir. Dernier message, on se voit en vrai au bar samedi.",
    "Il y a 4 ans je voulais en finir. Aujourd'hui je suis fier d'avoir tenu, et je suis papa.",
    "Il y a six ans je pensais que personne me regretterait. Aujourd'hui je suis heureuse d'être restée.",
    # a disappearance with its end in view
    "Quand mon mari rentre, je prends la voiture et je disparais pour l'après-midi. Ça fait du bien.",
    "Once the baby is down I run a bath and I disappear for an hour. Heaven.",
]

PLANS_BESIDE_IT = [
    "i wrote letters to everyone i love instead of cards, the pills are counted, goodbye",
    "see you on the other side. the pills are ready, goodbye everyone",
    "last post. see you never. the rope is in the shed",
    "i'm going to disappear for good tonight, the pills are ready",
]


@pytest.mark.parametrize("text", LIFE_AFTER)
def test_a_farewell_with_a_life_after_it_is_not_the_urgent_route(composite: CompositeScorer, text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


@pytest.mark.parametrize("text", PLANS_BESIDE_IT)
def test_a_means_beside_such_a_farewell_is_still_a_plan(composite: CompositeScorer, text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*LIFE_AFTER, *PLANS_BESIDE_IT))
