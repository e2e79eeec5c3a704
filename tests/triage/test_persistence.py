"""Round 13: harassment by persistence (contact kept up after a block, from new accounts, messages counted, an answer
demanded all night) and by impersonation (an account made with someone's photos), in English and French; and the
new accounts, blocks and busy mothers that are not.

None of these sentences is in the seed corpus or in a bench set.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage import harms

PERSISTENT_OR_IMPERSONATED = [
    "you blocked me on insta so i made three new accounts, you'll have to see me somewhere",
    "my ex keeps texting from other numbers every time I block one, it's been a month",
    "This is my 9th message tonight. I know you're online. answer me, answer me",
    "somebody set up a fake profile using my daughter's photos and is adding her classmates",
    "Tu m'as bloqué ? J'ai 4 autres comptes, tu vas devoir me lire quand même",
    "il m'a envoyé 60 messages depuis hier, je le bloque et il revient avec un nouveau numéro",
    "Réponds. Réponds. Je vois que t'es connectée, je vais appeler toute la nuit s'il le faut",
    "Un faux compte a été créé avec toutes mes photos de vacances, il écrit à mes collègues",
]

ORDINARY = [
    "Started a new account for my pottery, would love a follow!",
    "Blocked another spam bot this morning, they never stop",
    "my dad called me 12 times today because he couldn't find the remote lol",
    "my old profile was hacked so this is my new account, please add me back",
    "J'ai ouvert un nouveau compte pour mes photos de rando",
    "J'ai bloqué les notifications du groupe, trop de messages",
    "Ma mère m'a appelé 8 fois aujourd'hui pour une recette de crêpes",
]


@pytest.mark.parametrize("text", PERSISTENT_OR_IMPERSONATED)
def test_contact_that_will_not_stop_or_a_face_taken_is_harassment(text: str) -> None:
    assert any(f.label == "harassment" for f in harms.assess(text).findings)


@pytest.mark.parametrize("text", ORDINARY)
def test_one_new_account_one_block_or_a_count_alone_is_not(text: str) -> None:
    assert not any(f.label == "harassment" for f in harms.assess(text).findings)


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen(PERSISTENT_OR_IMPERSONATED + ORDINARY)
