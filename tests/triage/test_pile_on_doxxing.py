"""Round 13: harassment through others said with a wink or an aim — a building, a floor, a car or a parent's page
posted with "say hi", "who wants to…", "à vous de jouer"; a crowd told to flood, report or freeze someone out until
they quit — in English and French; and the invitations, deliveries and neighbourly posts that are not.

None of these sentences is in the seed corpus or in a bench set.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage import harms

CAMPAIGNS = [
    "that's her, flat 4B above the launderette, 2nd floor. who wants to send her a message she won't forget",
    "found his mum's facebook and his school, you all know what to do 😉",
    "the ref from sunday drives a silver golf, 22 Mill Lane. go say hi lads",
    "everyone report @maya.sketches and spam her comments until she deletes the account",
    "let's all freeze Dan out at work, he deserves it after that email",
    "Il habite bâtiment B, 4e étage, la porte avec le paillasson rouge. À vous de jouer 😏",
    "J'ai retrouvé son nouveau compte, allez tous lui mettre des clowns jusqu'à ce qu'elle craque",
    "Spammez les commentaires de @tom.gaming, il faut qu'il supprime sa chaîne, il l'a bien cherché",
    "Elle bosse à la boulangerie de la place, vous savez quoi faire 😉",
]

NOT_CAMPAIGNS = [
    "New neighbours in flat 2B! Everyone go say hi, they brought us cookies",
    "Parcel for 14 Mill Lane left with me, 2nd floor, come grab it whenever",
    "Let's all give a big thank-you to Priya for running the bake sale",
    "report them if you see those spam accounts, they're stealing card numbers",
    "Mes voisins du 3e étage font une fête samedi, allez leur dire bonjour, ils sont adorables",
    "Ma soeur bosse à la boulangerie de la place, allez goûter ses croissants !",
    "Votre colis est au bâtiment C, 2e étage, passez le récupérer quand vous voulez",
]


@pytest.mark.parametrize("text", CAMPAIGNS)
def test_a_person_exposed_or_a_crowd_sent_until_they_quit_is_harassment(text: str) -> None:
    assert any(f.label == "harassment" for f in harms.assess(text).findings)


@pytest.mark.parametrize("text", NOT_CAMPAIGNS)
def test_welcomes_parcels_and_thanks_are_not(text: str) -> None:
    assert not any(f.label == "harassment" for f in harms.assess(text).findings)


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen(CAMPAIGNS + NOT_CAMPAIGNS)


def test_laughter_at_one_person_does_not_lower_the_campaign() -> None:
    campaign = harms.assess("lmao got his mum's address and his new number, you all know what to do 😂")
    assert "idiom" not in campaign.contexts
    assert "idiom" in harms.assess("lmao my mum sent me her new number three times 😂").contexts


SHOWN_TO_MOCK = [
    "lmao look at this fat loser trying to skateboard, pathetic",
    "regardez cette grosse baleine qui fait du paddle mdr",
]
NOT_SHOWN_TO_MOCK = [
    "lol look at this ugly sweater my nan knitted me, I love it",
    "regardez ce chiot qui dort, trop mignon",
]


@pytest.mark.parametrize("text", SHOWN_TO_MOCK)
def test_a_person_shown_to_the_crowd_to_be_mocked_is_harassment(text: str) -> None:
    assert any(f.label == "harassment" for f in harms.assess(text).findings)


@pytest.mark.parametrize("text", NOT_SHOWN_TO_MOCK)
def test_a_thing_or_a_pet_shown_is_not(text: str) -> None:
    assert not any(f.label == "harassment" for f in harms.assess(text).findings)


def test_the_mocking_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen(SHOWN_TO_MOCK + NOT_SHOWN_TO_MOCK)
