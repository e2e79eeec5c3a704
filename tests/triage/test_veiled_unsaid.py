"""Round 13: threats left unsaid — what the person has given a time limit, a fate told of people like them, their
life known with a knowing aside — in English and French; and the plans, safety tips and small talk that are not.

None of these sentences is in the seed corpus or in a bench set.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage import harms

UNSAID = [
    "keep leaving me bad reviews and we'll see how long your salon stays in business",
    "People who lie to the landlord about me tend to have trouble finding a new flat. Think about that.",
    "I know exactly where you park on Thursdays. Just saying.",
    "carry on laughing at me in class and we'll see how safe you feel on the bus home",
    "Continue à raconter des histoires sur moi et on verra combien de temps ton restaurant reste ouvert",
    "Les gens qui parlent trop au quartier finissent toujours mal, tu le sais",
    "Tu rentres seule du sport le mardi, non ? Intéressant.",
    "on verra si t'es toujours aussi fier quand on se croisera",
    "Mes cousins connaissent ta rue maintenant. Tu vas voir.",
]

ORDINARY = [
    "we'll see if it rains tomorrow, bring a coat just in case",
    "Sold my bike, walking everywhere now, let's see how long that lasts",
    "People who sleep eight hours tend to have better memory, says the study",
    "Interesting talk tonight about bees, see you soon at the next one!",
    "On verra si le train est à l'heure demain, j'ai un rendez-vous",
    "Les gens qui lisent le soir dorment souvent mieux, c'est prouvé",
    "Tu rentres du boulot à quelle heure ? On se fait un ciné ?",
    "Tu vas voir, le nouveau resto de ta rue est génial",
]


@pytest.mark.parametrize("text", UNSAID)
def test_a_threat_left_unsaid_is_a_threat(text: str) -> None:
    assert any(f.label == "threat" for f in harms.assess(text).findings)


@pytest.mark.parametrize("text", ORDINARY)
def test_plans_facts_and_small_talk_are_not(text: str) -> None:
    assert not any(f.label == "threat" for f in harms.assess(text).findings)


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen(UNSAID + ORDINARY)
