"""Possible self-harm: a text the seed model is nearly sure speaks of a plan to die, which the urgent route's
rules did not confirm (an ordinary explanation, a laugh, a word they do not know), is not dropped to the bottom
of the queue with ordinary posts; it is named "possible self-harm" and ranked above ordinary abuse.

The model's probabilities are set by hand here so that the blend's rule is tested whatever the shipped model says;
tests/services/intake/test_triage_self_harm.py files a real text through intake.
"""

from __future__ import annotations

import pytest

from trustdesk.triage import harms
from trustdesk.triage.blend import POSSIBLE_PLAN, POSSIBLE_PLAN_WITH_CUE, blend
from trustdesk.triage.harms import POSSIBLE_SELF_HARM, SELF_HARM_INTENT
from trustdesk.triage.seed_model import SeedPrediction


def model_says(selfharm: float) -> SeedPrediction:
    return SeedPrediction(harm=min(selfharm + 0.02, 1.0), top_class="selfharm", top_probability=selfharm,
                          selfharm=selfharm)


def labels(text: str, seed: SeedPrediction) -> tuple[str, ...]:
    return blend(0.0, (), "no abuse signals", harms.assess(text), seed).labels


# Texts a gate keeps off the urgent route: an ordinary sale or move explains them, a laugh lowers them, or the
# writer says nothing the rules know. Written for this test, in no corpus or set.
GATED = [
    "Giving my records and my bike to whoever wants them, I'm moving out on Saturday lol",
    "je vends ma console et mes jeux pas cher, je déménage samedi mdr",
    "ok so that's decided then. Thursday.",
    "bon ben c'est décidé alors. jeudi.",
]


@pytest.mark.parametrize("text", GATED)
def test_a_gated_text_the_model_is_nearly_sure_of_is_possible_self_harm(text: str) -> None:
    found = labels(text, model_says(0.95))
    assert SELF_HARM_INTENT not in found
    assert found[0] == POSSIBLE_SELF_HARM
    explanation = blend(0.0, (), "no abuse signals", harms.assess(text), model_says(0.95)).explanation
    assert explanation.startswith("possible self-harm · seed model")


@pytest.mark.parametrize("text", GATED)
def test_below_the_threshold_it_stays_an_ordinary_post(text: str) -> None:
    assert POSSIBLE_SELF_HARM not in labels(text, model_says(POSSIBLE_PLAN - 0.05))


# Round 18: a word of self-harm the rules know (a bridge, the rails) that nothing explains away, but that a laugh
# keeps off the urgent route, is possible self-harm from POSSIBLE_PLAN_WITH_CUE (leave-one-set-out and eight blind
# sets: bench/results/README.md, round 18).
CUED = [
    "the bridge by the ring road is perfect, this weekend lmao",
    "le pont de la rocade est parfait, ce week-end mdr",
    "les rails derrière chez moi ont l'air tellement calmes la nuit",
]


@pytest.mark.parametrize("text", CUED)
def test_a_word_of_self_harm_nothing_explains_is_possible_self_harm_from_lower(text: str) -> None:
    assert POSSIBLE_PLAN_WITH_CUE < POSSIBLE_PLAN
    assert labels(text, model_says(POSSIBLE_PLAN_WITH_CUE + 0.05))[0] == POSSIBLE_SELF_HARM
    assert POSSIBLE_SELF_HARM not in labels(text, model_says(POSSIBLE_PLAN_WITH_CUE - 0.05))


@pytest.mark.parametrize("text", GATED)
def test_without_such_a_word_or_with_an_explanation_it_takes_the_surer_model(text: str) -> None:
    assert POSSIBLE_SELF_HARM not in labels(text, model_says(POSSIBLE_PLAN_WITH_CUE + 0.05))


def test_it_changes_the_label_not_how_abusive_the_text_looks() -> None:
    assessed = harms.assess(GATED[0])
    sure = blend(0.0, (), "no abuse signals", assessed, model_says(0.95))
    same_mass_elsewhere = SeedPrediction(harm=0.97, top_class="ideation", top_probability=0.5, selfharm=0.47)
    assert sure.abuse == blend(0.0, (), "no abuse signals", assessed, same_mass_elsewhere).abuse


@pytest.mark.parametrize("text", [
    "come to the car park tonight and you're dead, I'll bring my brother's gun",
    "viens au parking ce soir et t'es mort, je ramène le flingue de mon frère",
])
def test_a_threat_the_rules_found_stays_a_threat(text: str) -> None:
    assert labels(text, model_says(0.95))[0] == "threat"


def test_the_urgent_route_keeps_its_own_label() -> None:
    found = labels("the pills are counted out, I take them at 3am", model_says(0.97))
    assert found[0] == SELF_HARM_INTENT and POSSIBLE_SELF_HARM not in found


@pytest.mark.parametrize("text", [
    "ce soir je te plante devant le bar, je ramène mon couteau",
    "tonight I'll stab you outside the bar, bringing my knife",
])
def test_a_threat_the_lexicon_found_is_not_the_writers_plan_on_the_models_say_so(text: str) -> None:
    """A time and a weapon are in threats and plans alike; someone else threatened makes it a threat."""
    found = blend(0.6, ("threat",), "threat", harms.assess(text), model_says(0.95)).labels
    assert SELF_HARM_INTENT not in found and POSSIBLE_SELF_HARM not in found


@pytest.mark.parametrize("text", [
    "I'm coming round to your house tonight with my uncle's gun and you're dead",
    "ce soir je passe chez toi avec le fusil de mon oncle et t'es un homme mort",
])
def test_a_threat_with_a_weapon_and_a_time_is_not_the_writers_plan(text: str) -> None:
    """The weapon and the time belong to the threat the rules found, whatever the model reads."""
    found = blend(0.0, (), "", harms.assess(text), model_says(0.95)).labels
    assert found[0] == "threat" and SELF_HARM_INTENT not in found and POSSIBLE_SELF_HARM not in found


def test_a_threat_beside_a_wish_to_die_keeps_the_writers_plan() -> None:
    found = blend(0.0, (), "", harms.assess("tonight I shoot him and then I kill myself, the gun is loaded"),
                  model_says(0.5)).labels
    assert SELF_HARM_INTENT in found


@pytest.mark.parametrize("text", [
    "answer me. answer me. i know you're online. i'll call all night until you pick up, made a new number too",
    "réponds. réponds. je sais que t'es en ligne, j'ai créé un autre compte, j'appellerai toute la nuit",
])
def test_harassment_the_rules_found_is_not_the_writers_plan_on_the_models_say_so(text: str) -> None:
    found = blend(0.0, (), "", harms.assess(text), model_says(0.95)).labels
    assert SELF_HARM_INTENT not in found and POSSIBLE_SELF_HARM not in found
