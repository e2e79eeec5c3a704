"""Round 12: a decision to die said in the verbs of a decision or an intention, often in a formal letter ("I intend
to end my life", "j'ai décidé de mettre un terme à ma vie"), and "no longer of this world", are intent on their
own; the same verbs about a habit, a character or someone in the news are not.

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.signals import CompositeScorer

DECISIONS = [
    "Dear colleagues, after much thought I intend to end my life this Sunday. Thank you for the years.",
    "I've made the choice: I'm planning to take my own life once the exams are over.",
    "Chers amis, j'ai décidé de mettre un terme à ma vie avant la fin du mois. Ne soyez pas tristes.",
    "je compte mettre fin à mes jours après l'enterrement de mamie",
    "Vendredi je ne serai plus de ce monde, merci à ceux qui ont essayé.",
    "by the weekend I won't be of this world anymore, please look after my cat",
]
NOT_DECISIONS = [
    "In the novel the captain decided to take his own life rather than surrender the ship.",
    "j'ai décidé d'en finir avec le tabac, dernier paquet jeté ce matin",
    "She intends to end her marriage after the holidays, good for her.",
    "Le personnage décide de mettre fin à ses jours au dernier chapitre, c'est bouleversant.",
]


@pytest.mark.parametrize("text", DECISIONS)
def test_a_decision_to_die_said_in_its_own_verbs_takes_the_urgent_route(composite: CompositeScorer,
                                                                         text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


@pytest.mark.parametrize("text", NOT_DECISIONS)
def test_a_habit_a_character_or_someone_else_does_not(composite: CompositeScorer, text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*DECISIONS, *NOT_DECISIONS))
