"""Round 11: an outing, a party or a photo named in a text does not explain away a means beside a farewell or the end
said outright; a cover story told to anyone about the thing bought ("told the guy it was for camping", "j'ai dit à mon
père que c'était pour l'escalade") keeps the laugh after it from lowering the plan; "c'était" is not texting.

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage import harms
from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.rules import normalize
from trustdesk.triage.selfharm_texting import spelled_out
from trustdesk.triage.signals import CompositeScorer

# An ordinary outing named beside a means and a farewell or finality: the outing explains nothing.
OUTING_BESIDE_A_PLAN = [
    "Thanks for all the hiking weekends, guys. The rope is tied up in the barn now. If you find this, I'm sorry.",
    "Missed the office party, sorry Jen. The pills are lined up on my desk. Goodbye everyone, I love you.",
    "Skipped the fishing trip and loaded the rifle for myself. If you're reading this, I'm sorry for everything.",
    "Gave my camping gear to my brother. The rope's ready in the garage. Goodbye everyone.",
    "Skipped the photo club tonight. The pills are counted on the nightstand, this is goodbye. Love you mum.",
    "Merci pour les sorties rando, les gars. J'ai accroché la corde dans la grange. Si vous lisez ceci, pardon.",
    "J'ai raté la soirée photo, désolé. Les cachets sont sur la table de nuit, adieu tout le monde.",
    "J'irai pas à la pêche dimanche. Le fusil est chargé dans le garage, adieu tout le monde.",
    "J'ai donné mon matériel de camping à mon frère. La corde est prête au grenier, adieu tout le monde.",
    "La fête de samedi se fera sans moi. Les médicaments sont prêts, je vous aime tous, adieu.",
]

# The same outings with gear that is only gear, and no farewell or end.
OUTINGS_ONLY = [
    "Camping this weekend: rope, tent and stove packed, can't wait for the lake.",
    "Off on the fishing trip tomorrow, the rifle stays locked at home for once.",
    "Photo shoot on the old bridge tomorrow at sunrise, wish me luck with the light.",
    "Climbing gym tonight, finally bought my own rope and harness.",
    "Bought a new rope for the boat before the sailing trip on saturday.",
    "Rando samedi, j'ai pris la corde et le réchaud, vivement le lac.",
    "Demain partie de pêche au lac, le fusil reste au chalet pour une fois.",
    "Séance photo sur le vieux pont demain matin, croisez les doigts pour la lumière.",
    "J'ai enfin acheté ma propre corde d'escalade pour la salle ce soir.",
    "Nouvelle corde pour le voilier avant la sortie de samedi.",
]

# A cover told about a means, with or without a laugh after it: a cover story, the rules see it.
COVERS = [
    "got the rope this morning. told the lady at the counter it was for the boat 💀",
    "bought the pills today, told the guy at the till they were for my back lol",
    "told my sister it's for a school project. the pills are in my backpack for tonight",
    "Told my wife I'm off to the lake house for a few days. Truth is the gun is in the trunk and I'm not coming back.",
    "said to the man at the shop it was just for the garden. the rope is in my car now",
    "j'ai acheté la corde ce matin, j'ai dit à la caissière que c'était pour le bateau mdr",
    "j'ai dit à ma sœur que c'était pour un exposé. les cachets sont dans mon sac pour ce soir",
    "j'ai dit au vendeur que c'était juste pour le jardin, la corde est dans le coffre",
    "J'ai dit à mon chef que je prenais des congés. En vrai le fusil est dans la voiture et je reviens pas.",
    "j'ai raconté à ma mère que c'était pour un projet d'arts plastiques, les lames sont sous mon lit",
]

# What people say they told the shop about gifts and projects: no means, no plan.
TOLD_THE_SHOP = [
    "told the guy at the store it was for my nephew's birthday, he gift-wrapped the lego lol",
    "told my mum it was for a school project, she bought me the glue gun 😂",
    "told the lady at the bakery it was for a wedding and she added free macarons",
    "said to the florist it was for my grandma's 90th, she picked the best tulips",
    "Told my boss I'm taking Friday off. Truth is I just want to sleep in and watch films.",
    "j'ai dit au vendeur que c'était pour offrir, il a fait un paquet cadeau mdr",
    "j'ai dit à ma mère que c'était pour un exposé, elle m'a acheté la colle et les feutres",
    "j'ai dit à la boulangère que c'était pour un mariage, elle a ajouté des macarons",
    "j'ai dit à la fleuriste que c'était pour les 90 ans de ma grand-mère",
    "j'ai dit à mon prof que c'était pour un exposé sur les volcans, il a adoré",
]


@pytest.mark.parametrize("text", OUTING_BESIDE_A_PLAN)
def test_an_outing_beside_a_means_and_a_farewell_takes_the_urgent_route(composite: CompositeScorer,
                                                                         text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


@pytest.mark.parametrize("text", OUTINGS_ONLY)
def test_an_outing_with_its_gear_is_not_the_urgent_route(composite: CompositeScorer, text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


@pytest.mark.parametrize("text", COVERS)
def test_a_cover_told_about_a_means_is_seen_and_keeps_the_plan(text: str) -> None:
    assessment = harms.assess(text)
    assert assessment.covered
    assert "means" in assessment.plan


@pytest.mark.parametrize("text", TOLD_THE_SHOP)
def test_what_the_shop_was_told_about_a_gift_is_not_the_urgent_route(composite: CompositeScorer, text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


def test_c_etait_is_an_elided_imperfect_not_texting() -> None:
    assert spelled_out(normalize("c'était pour le bateau")) == "c etait pour le bateau"
    assert spelled_out(normalize("c mon dernier msg")).startswith("c est mon")


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen(OUTING_BESIDE_A_PLAN + OUTINGS_ONLY + COVERS + TOLD_THE_SHOP)
