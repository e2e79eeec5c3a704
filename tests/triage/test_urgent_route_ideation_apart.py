"""Round 5: passive ideation is its own class of the seed model, so the urgent route can trust the model's plan class
sooner; plans said in texting forms reach it; suicide as a topic of study, work or a story stays off it.

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage import seed_model
from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.rules import normalize
from trustdesk.triage.selfharm import writer_speaks
from trustdesk.triage.signals import CompositeScorer

PASSIVE_IDEATION = [
    "most days i'd rather not exist, not dead exactly, just not here",
    "honnêtement ça changerait rien pour personne si je disparaissais",
    "i feel like such a weight on everyone, they'd be fine without me",
]
PLANS_IN_TEXTING_FORMS = [
    "ill be gone before u wake up. dont be sad, love u",  # "ill", "u": the writer, not a hospital
    "left the engine running in the shed with the doors taped. its ok now",  # a clause that starts in the past
    "checked the train times twice. the 6:10 doesnt stop here. tomorrow",
    "vous inquiétez pas pour le chien, il est chez ma soeur. j'ai pris toute la boîte",
]
SUICIDE_AS_A_TOPIC = [
    "As a paramedic I attend overdoses every week, please lock your meds away tonight",
    "sujet de philo pour demain : le suicide est-il un acte libre ? 4h d'écriture",
    "ce partiel va me tuer demain à 8h",  # something else "kills" the writer: an idiom, not their act
    "the scene where she walks into the sea in that thriller wrecked me tonight",
    'new single "Last Night On Earth" out friday',
    "c'est mon dernier jour au bureau après 12 ans, merci à tous et adieu !",
]


def test_the_seed_model_reads_passive_ideation_apart_from_a_plan() -> None:
    model = seed_model.load()
    assert model is not None and "ideation" in model.classes
    for prediction in model.predict(PASSIVE_IDEATION):
        assert prediction.top_class == "ideation" and prediction.ideation > prediction.selfharm
        assert prediction.harm > 0.7  # still harmful: read before small talk


@pytest.mark.parametrize("text", PASSIVE_IDEATION)
def test_passive_ideation_stays_off_the_urgent_route_and_says_why(composite: CompositeScorer, text: str) -> None:
    [signals] = composite.score_many([text])
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation
    assert "seed model ideation" in signals.explanation


# Round 12's model (trained on the writers' sets as well) reads "jy suis retourné hier soir pour vérifier, la barrière
# est cassée. ce soir c'est le bon" at 0.75 (possible self-harm), off the urgent route: a loss weighed against the
# sets' gain in bench/results/README.md (round 12, probes read lower).
@pytest.mark.parametrize("text", PLANS_IN_TEXTING_FORMS)
def test_a_plan_in_texting_forms_takes_the_urgent_route(composite: CompositeScorer, text: str) -> None:
    assert writer_speaks(text, normalize(text))
    [signals] = composite.score_many([text])
    assert SELF_HARM_INTENT in signals.labels, signals.explanation
    assert signals.explanation.startswith("self-harm intent")


@pytest.mark.parametrize("text", SUICIDE_AS_A_TOPIC)
def test_suicide_as_a_topic_of_study_work_or_story_stays_off_the_urgent_route(composite: CompositeScorer,
                                                                               text: str) -> None:
    [signals] = composite.score_many([text])
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*PASSIVE_IDEATION, *PLANS_IN_TEXTING_FORMS, *SUICIDE_AS_A_TOPIC))


# A plan told by what surrounds it: help refused, the day named, one's things of no use after a given day, medicine
# put aside. Each with an everyday sentence that shares its words and stays off the route.
PLANS_TOLD_BY_WHAT_SURROUNDS_THEM = [
    "don't call an ambulance, I took them an hour ago and I want this",
    "dis rien à mes parents, c'est pour demain soir. la corde tient",
    "gave my bike and my records to my cousin. won't need any of it after sunday",
    "been putting aside my sleeping tablets for a month. enough now",
]
SAME_WORDS_IN_AN_ORDINARY_LIFE = [
    "sold my skis, won't need them after moving to Singapore in june",
    "don't tell my mum but I failed the driving test again lol",
    "tomorrow is the day!! first marathon, wish me luck",
    "c'est le jour J demain, entretien d'embauche à 10h",
    "everything is set up for the party tonight, come at 8",
    "dis rien à ma sœur mais je lui prépare une surprise pour samedi",
    "j'ai mis de côté deux boîtes de doliprane pour les vacances",
    "bbq in the garden tonight, bring your own drinks",
]


@pytest.mark.parametrize("text", PLANS_TOLD_BY_WHAT_SURROUNDS_THEM)
def test_a_plan_told_by_what_surrounds_it_takes_the_urgent_route(composite: CompositeScorer, text: str) -> None:
    [signals] = composite.score_many([text])
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


@pytest.mark.parametrize("text", SAME_WORDS_IN_AN_ORDINARY_LIFE)
def test_the_same_words_in_an_ordinary_life_stay_off_the_urgent_route(composite: CompositeScorer, text: str) -> None:
    [signals] = composite.score_many([text])
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


def test_the_newer_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*PLANS_TOLD_BY_WHAT_SURROUNDS_THEM, *SAME_WORDS_IN_AN_ORDINARY_LIFE))


# Said in earnest, in texting forms, or as not being there afterwards: laughter emoji, "j'vais pas revenir" and
# "it's so cold" no longer hide a plan; the everyday sentences beside them stay where they were.
EARNEST_OR_TEXTED_PLANS = [
    "gonna go to the bridge later and jump, not joking this time 😂",
    "jsuis sur le toit, jsaute dans 10 min, c'est pas une blague",
    "already in the river. it's so cold. just wanted to say sorry",  # cold water, not a cold
    "my cat goes to my neighbour. i won't be around to feed her after tonight",
    "deleting my accounts after this and then ending it. bye",
    "it ends this weekend, the pills are in my bag",
]
EVERYDAY_BESIDE_THEM = [
    "I'm dying to see it lol, not joking, best film ever",
    "caught a cold, staying in with tea tonight. sorry",
    "i won't be around this weekend, visiting my parents",
    "je serai plus là pour les fêtes, on part en Guadeloupe",
    "ce soir c'est fini les révisions, on sort !",
]


@pytest.mark.parametrize("text", EARNEST_OR_TEXTED_PLANS)
def test_a_plan_said_in_earnest_or_in_texting_forms_takes_the_urgent_route(composite: CompositeScorer,
                                                                          text: str) -> None:
    [signals] = composite.score_many([text])
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


@pytest.mark.parametrize("text", EVERYDAY_BESIDE_THEM)
def test_the_everyday_sentences_beside_them_stay_off_the_urgent_route(composite: CompositeScorer, text: str) -> None:
    [signals] = composite.score_many([text])
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


def test_earnest_and_texted_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*EARNEST_OR_TEXTED_PLANS, *EVERYDAY_BESIDE_THEM))


# Hyperbole: a wish to die with only a deadline and a laugh, a condition ("if I hear that song again"), pills
# counted into the week's box. Still read as self-harm words where they are explicit, never as the urgent route.
HYPERBOLE_AND_ROUTINE = [
    "exam results tomorrow and i want to die lol",
    "je vais me jeter par la fenêtre si j'entends encore ce réveil mdr",
    "counting out tablets into the pill box for the week, so boring",
]


@pytest.mark.parametrize("text", HYPERBOLE_AND_ROUTINE)
def test_hyperbole_and_routine_stay_off_the_urgent_route(composite: CompositeScorer, text: str) -> None:
    [signals] = composite.score_many([text])
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


def test_earnest_words_keep_a_laughing_plan_on_the_route(composite: CompositeScorer) -> None:
    [signals] = composite.score_many(["want to die tonight lol not joking, the rope is in my room"])
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


def test_hyperbole_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen(HYPERBOLE_AND_ROUTINE)


def test_a_routine_is_not_a_plan_on_the_models_word_alone(composite: CompositeScorer) -> None:
    [routine, farewell] = composite.score_many([
        "I sit on the old railway bridge every evening, it's the only quiet I get",
        "I sit on the old railway bridge every evening. tonight is the last time. goodbye everyone",
    ])
    assert SELF_HARM_INTENT not in routine.labels, routine.explanation
    assert SELF_HARM_INTENT in farewell.labels, farewell.explanation


WHOLE_CONTAINERS_AND_THE_END_SAID = [
    "imma jump off the car park roof later, fr this time not joking 💀",  # "imma" is the writer
    "sunday night, once the dishes are done. then its over",  # the end said outright is finality
    "swallowed the entire box an hour ago, feeling dizzy",  # a whole container is a means
]
THE_SAME_IN_A_DAY = [
    "drank the whole bottle of water after the run, so thirsty",
    "the whole box of chocolates is gone, then its over for my diet lol",
    "imma go to the gym later, leg day",
]


@pytest.mark.parametrize("text", WHOLE_CONTAINERS_AND_THE_END_SAID)
def test_a_whole_container_or_the_end_said_outright_is_a_plan(composite: CompositeScorer, text: str) -> None:
    [signals] = composite.score_many([text])
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


@pytest.mark.parametrize("text", THE_SAME_IN_A_DAY)
def test_the_same_words_in_a_day_are_not(composite: CompositeScorer, text: str) -> None:
    [signals] = composite.score_many([text])
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


def test_container_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*WHOLE_CONTAINERS_AND_THE_END_SAID, *THE_SAME_IN_A_DAY))


def test_letters_left_for_family_are_a_farewell_unless_they_are_to_be_opened_years_later(
        composite: CompositeScorer) -> None:
    plans = ["left a note for each of my brothers on the kitchen table. it's not their fault",
             "j'ai laissé un mot pour chacun de mes frères, c'est pas de leur faute. ce soir"]
    keepsake = "wrote letters to my grandkids to open when they turn 18, like a time capsule"
    for signals in composite.score_many(plans):
        assert SELF_HARM_INTENT in signals.labels and "farewell" in signals.explanation, signals.explanation
    [signals] = composite.score_many([keepsake])
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation
    assert not already_seen((*plans, keepsake))
