"""Round 10: arrangements for after the writer — passwords and bank codes left for someone, a pet given a new home,
or two affairs settled one by one (debts paid, a lease ended, keys handed on) — are the writer's own affairs even
said without a pronoun, and a word of self-harm for the seed model. One affair settled alone is everyday life, and
arrangements with a life after them (a house-sitter's notes, a holiday) are not a plan.

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.rules import normalize
from trustdesk.triage.selfharm import arrangements, cue, writer_speaks
from trustdesk.triage.signals import CompositeScorer

ARRANGEMENTS_BEFORE_A_DATE = [
    "Bank PIN and email passwords are in the top drawer for Leo. Thursday night.",
    "Passwords for everything are in the blue folder. Sunday, early.",
    "Codes bancaires et mots de passe dans la boîte à chaussures, pour Inès. Ce sera jeudi soir.",
]
# Said without a pronoun, they are still the writer's own affairs (the seed model decides the rest).
WRITERS_AFFAIRS = [
    *ARRANGEMENTS_BEFORE_A_DATE,
    "Paid back every penny, cancelled the lease, spare key is with Jo. It's Saturday.",
    "Abonnements résiliés, dettes réglées, clés chez ma sœur. Samedi.",
    "Le chat est chez la voisine maintenant. Samedi.",
]
EVERYDAY_AFFAIRS = [
    "Cancelled my gym membership at last, I never went anyway.",
    "J'ai résilié mon forfait mobile, trop cher pour ce que c'est.",
    "My funeral playlist would be pure Motown, just saying.",
    "House-sitting notes for Mia: wifi password is on the fridge, the cat eats at 7. Back Sunday night!",
    "Pour Julie qui garde la maison : le mot de passe du wifi est sur le frigo, je rentre dimanche soir.",
]


@pytest.mark.parametrize("text", WRITERS_AFFAIRS)
def test_arrangements_for_after_are_the_writers_own_affairs(text: str) -> None:
    normalized = normalize(text)
    assert arrangements(normalized)
    assert writer_speaks(text, normalized)
    assert cue(normalized)


@pytest.mark.parametrize("text", ARRANGEMENTS_BEFORE_A_DATE)
def test_arrangements_for_after_with_a_date_go_on_the_urgent_route(composite: CompositeScorer, text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


@pytest.mark.parametrize("text", EVERYDAY_AFFAIRS)
def test_one_affair_settled_or_a_house_sitters_notes_stay_off_it(composite: CompositeScorer, text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


def test_one_affair_settled_alone_is_no_arrangement() -> None:
    assert not arrangements(normalize("cancelled my phone contract, switching to a cheaper one"))
    assert not arrangements(normalize("J'ai tout remboursé à ma sœur, on est quittes."))


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*WRITERS_AFFAIRS, *EVERYDAY_AFFAIRS))
