"""Harm rules and the composite scorer: each missing class is seen in French and English, hard negatives are
lowered, and the explanation says why."""

from __future__ import annotations

import pytest

from trustdesk.triage import harms
from trustdesk.triage.signals import CompositeScorer

HARMFUL = [
    ("self_harm_intent", "I'm ending it tonight, I already have the pills"),
    ("self_harm_intent", "j'en finis ce soir, j'ai déjà les cachets"),
    ("hate", "those refugees are vermin and should not be allowed to speak"),
    ("hate", "les migrants c'est des parasites, faut les expulser"),
    ("scam", "double your BTC in 24h guaranteed, DM me bit.ly/3xKq9Zp"),
    ("scam", "gagne 5000€ par jour depuis chez toi 👉 bit.ly/3xKq9Zp"),
    ("threat", "someone should put a bullet in that journalist"),
    ("threat", "quelqu'un devrait mettre une balle dans la tête de ce maire"),
    ("threat", "we have your pictures, pay up or everyone sees them"),
    ("threat", "on a tes photos, paie ou tout le monde les verra"),
]

BENIGN = [
    "je vais te tuer au Mario Kart ce soir mdr",
    "journée de merde, rien n'a marché",
    "that movie killed me, I laughed so hard",
    "in Taken he says \"I will find you, and I will kill you\"",
    "I'm not going to kill myself, I just need to vent",
    "how do I help a friend who talks about suicide?",
    "I bought some bitcoin years ago, still holding",
    "the rats in my basement are back, need an exterminator",
]


@pytest.mark.parametrize(("label", "text"), HARMFUL)
def test_the_rules_find_each_missing_class_in_french_and_english(label: str, text: str) -> None:
    found = harms.assess(text).strongest
    assert found is not None and found.label == label


@pytest.mark.parametrize(("label", "text"), HARMFUL)
def test_the_composite_scorer_labels_and_explains_each_class(composite: CompositeScorer, label: str,
                                                               text: str) -> None:
    [signals] = composite.score_many([text])
    assert signals.labels[0] == label
    assert signals.abuse >= 0.6
    assert label.replace("_", " ").replace("self harm", "self-harm") in signals.explanation


def test_self_harm_intent_names_its_means_and_time(composite: CompositeScorer) -> None:
    [signals] = composite.score_many(["j'en finis ce soir, j'ai déjà les cachets"])
    assert signals.explanation.startswith("self-harm intent · means + time")
    assert "facet:means" in signals.labels and "facet:time" in signals.labels


@pytest.mark.parametrize("text", BENIGN)
def test_hard_negatives_rank_below_every_harmful_text(composite: CompositeScorer, text: str) -> None:
    [benign] = composite.score_many([text])
    harmful = composite.score_many([t for _, t in HARMFUL])
    assert benign.abuse < min(s.abuse for s in harmful)
    assert "self_harm_intent" not in benign.labels


def test_context_lowers_the_same_words_in_a_game(composite: CompositeScorer) -> None:
    threat, game = composite.score_many(["je vais te tuer, je sais où tu habites",
                                         "je vais te tuer au Mario Kart ce soir mdr"])
    assert game.abuse < threat.abuse
    assert "lowered" in game.explanation


def test_support_seeking_and_negation_are_not_intent() -> None:
    for text in ("how do I help a friend who talks about suicide?", "je vais pas me suicider, j'ai besoin de parler",
                 "I don't want to die, I just want this week to end"):
        found = harms.assess(text)
        assert found.strongest is None or found.strongest.label != "self_harm_intent"
        assert found.selfharm_blocked


def test_stored_labels_read_back_as_the_priority_lines_words() -> None:
    assert harms.describe_labels(["self_harm_intent", "facet:means", "facet:time", "threat"]) == (
        "self_harm", "self-harm intent (means + time)")
    assert harms.describe_labels(["profanity"]) == (None, "")


@pytest.mark.parametrize("text", [
    "honestly some races are just less intelligent, it's science",
    "y a des races moins évoluées que d'autres, c'est comme ça",
])
def test_inferiority_said_politely_is_hate(text: str) -> None:
    found = harms.assess(text).strongest
    assert found is not None and found.label == "hate"


@pytest.mark.parametrize("text", [
    "certaines races de chiens sont moins intelligentes, le border collie est le plus malin",
    "some races of dogs are less intelligent than others, my beagle proves it",
])
def test_animal_breeds_are_not_a_group_of_people(text: str) -> None:
    assert harms.assess(text).strongest is None


@pytest.mark.parametrize("text", ["I wish I'd never been born, I wish I could just vanish",
                                  "j'aurais préféré jamais naître, je voudrais juste disparaître"])
def test_wishing_one_had_never_been_born_is_ideation_not_negation(composite: CompositeScorer, text: str) -> None:
    [signals] = composite.score_many([text])
    assert "self_harm" in signals.labels and "negation" not in signals.explanation
    assert "self_harm_intent" not in signals.labels


@pytest.mark.parametrize("text", [
    "sweetheart I'm stuck at the airport in Accra, can you send 1200 dollars for the release fee? I'll pay you back",
    "mon coeur je suis coincé à la douane, j'ai besoin de 1500 € en recharges PCS pour sortir",
])
def test_a_stranded_sweetheart_asking_for_money_is_a_scam(text: str) -> None:
    found = harms.assess(text).strongest
    assert found is not None and found.label == "scam"


@pytest.mark.parametrize("text", [
    "stuck at the airport for 6 hours, I need a coffee and a 5€ sandwich lol",
    "paid 45€ of customs fees on my parcel from the US, annoying",
    "bought a steam gift card for my nephew's birthday",
])
def test_being_stuck_or_paying_fees_is_not_a_scam(text: str) -> None:
    assert harms.assess(text).strongest is None


# Round 21: a relative's "new number" asking for money (v57, v58) took the self-harm urgent route: no scam rule knew
# it, and a train or a hospital beside a time read as a plan the model had "lost its way" on.
NEW_NUMBER_SCAMS = [
    "Hey Dad it's me, cracked my phone at uni, this is my new number. Can you send me £350 for rent tonight? x",
    "coucou mamie c'est moi, j'ai cassé mon téléphone, c'est mon nouveau numéro. tu peux m'envoyer 400 € avant "
    "demain pour le train ?",
]


@pytest.mark.parametrize("text", NEW_NUMBER_SCAMS)
def test_a_relatives_new_number_asking_for_money_is_a_scam_not_self_harm(composite: CompositeScorer,
                                                                          text: str) -> None:
    found = harms.assess(text).strongest
    assert found is not None and found.label == "scam"
    assert "self_harm_intent" not in composite.score_many([text])[0].labels


@pytest.mark.parametrize("text", [
    "this is my new number, the old phone died. see you at practice tonight!",
    "j'ai changé de numéro, enregistrez celui-ci pour le covoit de demain",
])
def test_a_new_number_without_money_asked_is_not_a_scam(text: str) -> None:
    assert harms.assess(text).strongest is None
