"""Round 12: benign texts that reached the urgent route on the writers' sets, by class — the joke's beat before
what is ended ("I'm ending it… with carbs"), the place or the years where it almost happened looked back on, thoughts
the writer used to have and says are over, "rather die than" said of a chore, a finger nearly cut in the kitchen,
a book about someone else's suicide — and the plans that share their words and stay on the route.

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.signals import CompositeScorer

NOT_URGENT = [
    "ok i'm ending it... with chocolate. detox starts monday",
    "je vais en finir une fois pour toutes... avec le chocolat, régime lundi",
    "drove past the cliff where I nearly jumped three years ago. stopped for coffee with my sister instead. grateful",
    "je suis passé devant la gare où j'ai failli me jeter il y a cinq ans, aujourd'hui j'y ai pris le train pour "
    "mon nouveau boulot",
    "in high school I used to think about ending it every week. now I'm doing well, it gets better",
    "plutôt mourir que refaire la queue à la préfecture un lundi matin",
    "I'd rather die than sit through another team-building day",
    "j'ai failli me trancher le pouce en coupant le pain ce matin",
    "un podcast sur le suicide de son père m'a bouleversée ce soir",
]
STILL_URGENT = [
    "je vais en finir ce soir avec mes cachets",
    "plutôt crever que retourner avec lui, ce soir je prends toute la boîte",
    "three years ago I nearly did it. tonight I finish it, the rope is ready in the garage",
    "since the suicide of my brother I can't go on. tonight I take all the pills, they're on the table",
    "I'd rather die than go back to school on monday, and I will: the pills are ready for tonight",
    "plutôt mourir que retourner au bureau lundi. les cachets sont prêts, ce soir c'est fini",
    "ok i'm ending it... with the pills i kept from my last prescription. tonight",
    "je vais en finir... avec les comprimés de ma mère, ce soir",
]


@pytest.mark.parametrize("text", NOT_URGENT)
def test_a_punchline_a_recovery_a_chore_or_someone_elses_story_is_not_the_urgent_route(
        composite: CompositeScorer, text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


@pytest.mark.parametrize("text", STILL_URGENT)
def test_the_plans_that_share_their_words_are(composite: CompositeScorer, text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*NOT_URGENT, *STILL_URGENT))
