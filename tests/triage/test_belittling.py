"""Round 13: one person belittled with the crowd's judgement — everyone laughs at them, even their own mother is
ashamed — and told to vanish, in English and French; and the praise, advice and jokes that share those words.

None of these sentences is in the seed corpus or in a bench set.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage import harms

BELITTLING = [
    "the whole class laughs at your voice, just change schools already",
    "even your own dad thinks you're a loser, stop posting your drawings",
    "nobody in this server can stand you, uninstall",
    "Tout le collège se fout de ta coupe, casse-toi du groupe",
    "Même tes potes ont honte de toi, supprime ton compte",
    "Personne veut de toi à la soirée, t'es vraiment la honte",
    "@kev.lifts this guy looks like a beached whale in a tank top 😂",
    "la voisine d'en face @marie_b en maillot on dirait une baleine, regardez-moi ça",
]

NOT_BELITTLING = [
    "everyone at work thinks you're amazing, don't you dare quit on us",
    "if the app stresses you, delete your account for a while, it helped me",
    "even your mum would love this lasagne recipe, it's that easy",
    "Tout le monde te trouve super drôle, reviens vite au club !",
    "Si les réseaux te pèsent, supprime ton compte quelques semaines, ça fait du bien",
    "Personne ne cuisine comme toi, tu nous manques",
    "my cat looks like a potato when she sleeps, I can't",
    "Regarde ce nuage, on dirait une baleine qui plonge !",
]


@pytest.mark.parametrize("text", BELITTLING)
def test_scorn_of_everyone_and_an_order_to_vanish_is_harassment(text: str) -> None:
    assert any(f.label == "harassment" for f in harms.assess(text).findings)


@pytest.mark.parametrize("text", NOT_BELITTLING)
def test_praise_advice_and_jokes_are_not(text: str) -> None:
    assert not any(f.label == "harassment" for f in harms.assess(text).findings)


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen(BELITTLING + NOT_BELITTLING)
