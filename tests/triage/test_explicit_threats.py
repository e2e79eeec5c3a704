"""Round 13: explicit threats against another person or a place — the writer means to hurt "you", someone named, or
the people of a place — in English and French, and the games, idioms and everyday words that are not.

None of these sentences is in the seed corpus or in a bench set.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage import harms

THREATS = [
    "Come to the reunion on Friday and I'll beat you black and blue in front of your wife",
    "touch my bike again and im gonna break both your arms",
    "i swear i'll put him in a wheelchair if he talks to my girl again",
    "next time you cut me off im stabbing you, no warning",
    "tomorrow I'm bringing my uncle's rifle to your house and you're dead",
    "keep lying about me and I will burn your shop down with you in it",
    "Si tu reviens au stade dimanche je te pète les deux genoux, promis.",
    "j'te jure la prochaine fois que tu parles de ma mère je te plante devant ton école",
    "demain je prends le couteau de mon père et je vais chez toi, t'es mort",
    "je vais le tabasser ce prof quand il sortira du parking",
    "Lundi j'abats mon patron, il l'a bien cherché",
    "j'vais mettre le feu à ton garage avec toi dedans, mon écoeurant",
    "Dimanche je tire sur le directeur devant l'usine, il l'aura cherché",
    "Ce soir je vais incendier ta boutique, t'es prévenue",
    "keep talking and i'll torch your restaurant, see how you like it",
    "after practice im putting him in the hospital, watch",
]

NOT_THREATS = [
    "I'll beat you at chess next week, bring your A game",
    "shoot me a message when you land, i'll pick you up",
    "I'll shoot you the photos from the wedding tonight",
    "i'm so glad the guy didn't stab you, that sounds terrifying",
    "Je te casse les oreilles avec mes histoires de boulot, désolée",
    "J'ai arrosé la plante de ma voisine pendant ses vacances",
    "je vais pas te frapper voyons, calme-toi on discute",
    "your dad is gonna kill you when he sees that dent in the car",
    "Le film finit quand le héros prend le couteau et va chez lui, glaçant",
    "He brought a knife to the school fair to cut the cake for everyone",
    "we burned the old sofa in the yard while the kids watched from inside, best bonfire ever",
    "Je tire sur la corde du store et tout se bloque, quelqu'un sait réparer ?",
    "j'ai failli cramer ton gâteau d'anniversaire, désolée, il est sauvé",
    "I'll bring a knife to the picnic so we can cut the bread",
]


@pytest.mark.parametrize("text", THREATS)
def test_the_writer_meaning_to_hurt_someone_is_a_threat(text: str) -> None:
    assert any(f.label == "threat" for f in harms.assess(text).findings)


@pytest.mark.parametrize("text", NOT_THREATS)
def test_violent_words_without_someone_to_hurt_are_not(text: str) -> None:
    assert not any(f.label == "threat" for f in harms.assess(text).findings)


def test_a_game_does_not_lower_an_injury_named() -> None:
    text = "after the match I will beat you unconscious in the car park"
    assert "game or sport" not in harms.assess(text).contexts
    assert "game or sport" in harms.assess("I'll shoot you first next round, watch out").contexts


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen(THREATS + NOT_THREATS)
