"""Reports arrive in SMS French, without accents, in capitals, with typos: a harmful text written that way still
ranks above a benign text that shares its words, in both languages. None of these sentences is in the corpus."""

from __future__ import annotations

import pytest

from trustdesk.triage.seed_model import read_corpus
from trustdesk.triage.signals import CompositeScorer

PAIRS = [
    ("les migrants c des rats faut tous les virer", "y a des rats dans la cave faut appeler qqn"),
    ("jte retrouve a la sortie du lycee et t'es mort", "jte defonce a fifa ce soir t'es mort mdr"),
    ("envoi 0.1 btc et jte renvoi 0.2 direct, garanti", "g acheté un peu de btc pour tester, on verra"),
    ("PAYE 500 OU TES PHOTOS PARTENT CE SOIR", "PAYE TA PART DE LA PIZZA STP"),
    ("quelqu un devrait mettre une balle dans la tete de ce maire",
     "le maire a inauguré la nouvelle piscine, trop bien"),
    ("u muslims r vermin, shud be wiped out", "the muslim food stall at the market was amazing"),
    ("earn 5000 a day frm home, dm me, no xp needed 👉 bit.ly/x9", "we r hiring a cashier, 12/h, apply in store"),
]


def test_none_of_these_sentences_is_in_the_training_corpus() -> None:
    corpus = {text for text, _, _ in read_corpus()}
    assert not {text for pair in PAIRS for text in pair} & corpus


@pytest.mark.parametrize(("harmful", "benign"), PAIRS)
def test_a_harmful_text_in_phone_spelling_ranks_above_its_benign_lookalike(
    composite: CompositeScorer, harmful: str, benign: str
) -> None:
    bad, fine = composite.score_many([harmful, benign])
    assert bad.abuse > fine.abuse + 0.3, (bad.explanation, fine.explanation)
