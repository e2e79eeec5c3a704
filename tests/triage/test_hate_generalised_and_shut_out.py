"""Round 13: hate without a slur — a whole group given one vice, one hidden power or made a cost, and a group shut out
of a home, a date, a job or a game — in English and French; and the ads, games, news and pests that are not.

None of these sentences is in the seed corpus or in a bench set.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage import harms

HATE = [
    "honestly travellers are all thieves, hide your tools when they park up near the site",
    "the jews own the media and the banks, do your own research",
    "disabled people are nothing but a drain on the NHS and everyone knows it",
    "Flat share in Leeds, no Pakistanis or Indians please, I've had enough trouble",
    "swipe left if you're asian, just my type lol",
    "girls in ranked ruin every match, women don't belong in competitive",
    "Les Roms c'est tous des voleurs, gardez vos sacs près de vous au marché",
    "Appart dispo à Lyon, pas d'Arabes ni de Noirs, je veux être tranquille",
    "Les handicapés ça coûte un pognon de dingue à la société pour rien",
    "Une fille dans l'équipe ? Retourne à la cuisine, les meufs n'ont rien à faire en compétition",
    "Cette ethnie-là c'est des serpents, faudrait les chasser du pays une bonne fois",
    "the disabled should have been screened out before birth, simple as",
    "the only good migrant is one that never made it across, harsh but true",
    "Les musulmans, faudrait nettoyer la France de ces gens-là",
    "Une femme pilote ? Qu'elle retourne à sa cuisine, l'avion c'est pas pour elle",
    "a woman's opinion on cars? back to the kitchen sweetheart",
]

NOT_HATE = [
    "Room available from March: no pets, no smokers, bills included, quiet street",
    "the referees are all thieves tonight, three penalties denied",
    "Women don't belong in the kitchen unless they want to be, cook what you like",
    "A new study debunks the claim that migrants are a drain on public services",
    "Studio à louer près de la gare, pas d'animaux ni de fumeurs, libre en juin",
    "Nid de frelons asiatiques dans le jardin, quelqu'un connaît un bon désinsectiseur ?",
    "Les arbitres sont tous des voleurs ce soir, trois penaltys refusés",
    "my sister is a total drain on my phone battery with her voice notes",
    "Les serpents de cette région sont protégés, merci de ne pas les déranger",
    "Ma femme est retournée à la cuisine chercher le dessert, il est délicieux",
    "Un bon migrant récit, c'est celui qui donne la parole aux gens, ce documentaire est réussi",
    "women chefs still run too few of the kitchens in this city",
]


@pytest.mark.parametrize("text", HATE)
def test_a_group_generalised_or_shut_out_is_hate(text: str) -> None:
    assert any(f.label == "hate" for f in harms.assess(text).findings)


@pytest.mark.parametrize("text", NOT_HATE)
def test_ads_games_pests_and_vices_of_no_group_are_not(text: str) -> None:
    assert not any(f.label == "hate" for f in harms.assess(text).findings)


def test_a_game_does_not_lower_a_group_shut_out_of_it() -> None:
    assert "game or sport" not in harms.assess("no girls in ranked, women don't belong in this lobby").contexts


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen(HATE + NOT_HATE)
