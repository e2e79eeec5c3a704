"""Round 11: veiled threats that know the target's routine, way home or family and leave the danger vague, the
shame said other ways ("be a real shame if", "ça serait plate qu'"), and the family made to regret it; kindness that
names the hazard, and a pity about the weather, are not threats.

None of these sentences is in the seed corpus or in a bench set.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage import harms

VEILED = [
    "I know your routine, Sam: gym at six, coffee at seven. You never know what could happen.",
    "Would hate for anything to happen to that shiny new car of yours, Dan.",
    "Nice bike. Be a real shame if someone took a hammer to it.",
    "Drop the charges or your family's gonna regret it.",
    "Your little sister takes the bus at 7 every morning. Anything can happen these days.",
    "Tu devrais surveiller ton fils quand il sort du gymnase, on sait jamais ce qui peut arriver.",
    "Ça serait plate qu'il arrive de quoi à ton char, hein.",
    "Retire ce que t'as dit sinon ta famille va le regretter.",
    "Je connais ton trajet du lundi. Fais bien attention, c'est mal éclairé.",
    "Ta petite sœur rentre seule du collège. On sait jamais, hein.",
]

KINDNESS_AND_PITY = [
    "Text me when you get home, and be careful, the roads are icy tonight.",
    "Tell your little brother to wear his helmet, be careful on those bikes!",
    "Keep an eye on your daughter at the pool, the lifeguard left early.",
    "My family is going to regret letting me pick the restaurant lol",
    "Be careful on your walk home, love, it's pouring out there.",
    "Fais attention quand tu rentres tard, il y a du verglas sur la départementale.",
    "Surveille ta fille à la piscine, le maître-nageur est parti.",
    "Dis à ton frère de faire attention sur son vélo, la route est glissante.",
    "Ça serait bête qu'on rate le train, partons tôt.",
    "Ma famille va regretter de m'avoir laissé choisir le resto mdr",
]


def _threatened(text: str) -> bool:
    return any(f.label == "threat" for f in harms.assess(text).findings)


@pytest.mark.parametrize("text", VEILED)
def test_a_vague_danger_beside_the_targets_routine_or_family_is_a_threat(text: str) -> None:
    assert _threatened(text)


@pytest.mark.parametrize("text", KINDNESS_AND_PITY)
def test_a_named_hazard_or_a_pity_is_not(text: str) -> None:
    assert not _threatened(text)


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen(VEILED + KINDNESS_AND_PITY)
