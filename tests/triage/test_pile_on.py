"""Round 11: harassment through others — a person's address, number, workplace or messages posted, or a crowd called
on to comment, share or message them — in English and French, and the invitations and addresses that are not.

None of these sentences is in the seed corpus or in a bench set.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage import harms

PILE_ONS = [
    "@jordan_p is the ugliest loser in our year, everyone go comment on his gym selfie",
    "Here's Kevin's home address and number, go tell him what you think of his refereeing",
    "posting Amy's messages so the whole class can see how desperate she is",
    "Found your new job, Tom. I'll be messaging your manager about you every week.",
    "look at brenda's new haircut, what a cow. pass it around",
    "@julie_r la plus moche du lycée, tout le monde va commenter sa photo de profil",
    "Voilà son adresse et son num, allez lui dire ce que vous pensez de sa vidéo",
    "Le prof de maths il s'appelle Marc Durand et il habite rue des Lilas, faites tourner",
    "J'ai trouvé ton nouveau boulot Kevin, je vais écrire à ton patron tous les jours",
    "ce soir on spamme les dms de inès, cette grosse vache",
]

INVITATIONS_AND_ADDRESSES = [
    "Everyone go comment on the bakery's new menu post, they worked so hard on it!",
    "Share it around: the lost dog was last seen on Elm Street, call the number on the poster.",
    "My grandma lives at the end of our street and makes the best pie.",
    "Go look at Sam's new photo from the marathon, so proud of him!",
    "My sister was ugly crying at her graduation, everyone go look at the photos",
    "Tout le monde va commenter la nouvelle carte du resto, ils ont tellement bossé !",
    "Faites tourner : chien perdu rue des Lilas, appelez le numéro sur l'affiche.",
    "Ma grand-mère habite rue Victor Hugo, elle fait les meilleures crêpes.",
    "Allez lui dire bon anniversaire à Léa, elle a 30 ans aujourd'hui !",
    "Partagez sa photo, le petit Tom a gagné son premier match de foot !",
]


@pytest.mark.parametrize("text", PILE_ONS)
def test_a_crowd_called_on_a_person_or_their_whereabouts_posted_is_harassment(text: str) -> None:
    assert any(f.label == "harassment" for f in harms.assess(text).findings)


@pytest.mark.parametrize("text", INVITATIONS_AND_ADDRESSES)
def test_an_invitation_or_an_address_with_nobody_mocked_is_not(text: str) -> None:
    assert not any(f.label == "harassment" for f in harms.assess(text).findings)


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen(PILE_ONS + INVITATIONS_AND_ADDRESSES)


# Round 22 (v62, nightlife and hospitality): her pictures thrown to a group, a rumour to pass on, an insult with it.
THROWN_TO_A_GROUP = [
    "postez ses photos de la soirée dans le groupe des serveurs, qu'elle arrête de se la raconter",
    "c'est une mytho, elle a piqué dans la caisse du bar. partagez",
    "posting this so everybody knows: the new barback is a dirty slag, watch your tips",
]
NOT_THROWN = [
    "postez vos photos de la soirée dans le groupe, c'était génial",
    "partagez l'affiche du concert, merci !",
]


@pytest.mark.parametrize(("text", "harassment"),
                         [*((t, True) for t in THROWN_TO_A_GROUP), *((t, False) for t in NOT_THROWN)])
def test_her_pictures_or_a_rumour_thrown_to_a_group_is_harassment(text: str, harassment: bool) -> None:
    assert any(f.label == "harassment" for f in harms.assess(text).findings) is harassment


def test_round_22s_sentences_are_unseen() -> None:
    assert not already_seen(THROWN_TO_A_GROUP + NOT_THROWN)
