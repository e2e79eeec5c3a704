"""Round 12: what suicide notes say that the rules did not know — a farewell to people in the past tense, an apology
for what comes ("you'll understand tomorrow, don't be mad at me"), a message that says it was sent after the act,
pills counted in French, burns on oneself, a room sealed for charcoal — and the everyday texts that share those words.

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.rules import normalize
from trustdesk.triage.selfharm import plan_facets
from trustdesk.triage.selfharm_texting import spelled_out
from trustdesk.triage.signals import CompositeScorer

# What the rules now read in each note (a facet of the plan).
NOTES = [
    ("Léa je te laisse mon vélo et ma guitare. demain tu comprendras, ne m'en veux pas", "farewell"),
    ("Sam you can have my bike and my records. tomorrow you'll understand, don't be mad at me", "farewell"),
    ("j'ai donné mes livres à la bibliothèque et mes pulls à ma cousine. c'était un plaisir de vous connaître",
     "farewell"),
    ("gave the dog to my aunt and the car to my brother. it was good knowing you all", "farewell"),
    ("message programmé. si vous lisez ceci, j'ai enfin eu le courage. pardon à tous", "finality"),
    ("if this goes out at 8 then I went through with it. the cat's food is in the cupboard", "finality"),
    ("j'ai compté mes comprimés, il y en a assez pour cette nuit", "means"),
]
# A farewell or finality alone takes the route only when the seed model reads a plan too; these two it reads as a
# threat (0.61) and as nothing (0.10), and they stay off it: the facet is there for the next model.
MODEL_DISAGREES = {NOTES[1][0], NOTES[5][0]}
SEALED_ROOMS = [
    "fenêtre fermée, aérations scotchées, le barbecue est dans la chambre. je vous aime",
    "vents taped shut, the door's locked. love you all, sorry",
]
HOME_REPAIRS = [
    "the bathroom vent is blocked again, landlord says Tuesday",
    "bouche d'aération bouchée par la poussière, le proprio passe jeudi",
]
BURNS = ["going to burn myself again tonight, worse than last time", "ce soir je me brûle encore le bras, exprès"]
KITCHEN_AND_HAIR_BURNS = [
    "burned myself on the stove tonight making pasta lol",
    "burnt myself with the curling iron again this morning ugh",
    "je me suis brûlée avec le fer à repasser ce matin",
]
EVERYDAY = [
    "last day at the firm, it was nice knowing you all, drinks on me at the pub friday!",
    "ne m'en veux pas pour le retard, le bus est tombé en panne",
    "je me suis brûlé les doigts en sortant le gratin du four",
    "c'était un plaisir de vous connaître, bonne continuation à l'équipe du 3e !",
]


@pytest.mark.parametrize(("text", "facet"), NOTES)
def test_what_a_note_says_is_read(text: str, facet: str) -> None:
    assert facet in plan_facets(spelled_out(normalize(text)))


@pytest.mark.parametrize("text", [*(text for text, _ in NOTES if text not in MODEL_DISAGREES), *BURNS])
def test_the_note_or_the_burn_takes_the_urgent_route(composite: CompositeScorer, text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


@pytest.mark.parametrize("text", SEALED_ROOMS)
def test_a_room_sealed_for_it_is_a_means_and_takes_the_urgent_route(composite: CompositeScorer, text: str) -> None:
    assert "means" in plan_facets(spelled_out(normalize(text)))
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


@pytest.mark.parametrize("text", KITCHEN_AND_HAIR_BURNS)
def test_a_burn_in_the_kitchen_or_with_a_hair_iron_is_no_word_of_self_harm(composite: CompositeScorer,
                                                                          text: str) -> None:
    labels = composite.score_many([text])[0].labels
    assert SELF_HARM_INTENT not in labels and "self_harm" not in labels


@pytest.mark.parametrize("text", [*EVERYDAY, *HOME_REPAIRS])
def test_an_office_goodbye_an_apology_for_a_bus_or_a_kitchen_burn_does_not(composite: CompositeScorer,
                                                                          text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*(text for text, _ in NOTES), *BURNS, *EVERYDAY, *SEALED_ROOMS, *HOME_REPAIRS,
                             *KITCHEN_AND_HAIR_BURNS))


# Round 13 (stop 21): the act named by its own euphemism, a date picked, help refused and the house asleep in French.
READ_AS_A_PLAN = [
    ("just wanted to hear everyone one last time before i go through with it", "finality"),
    ("ce soir je passe à l'acte, le reste on s'en fout", "finality"),
    ("weird how quiet your head gets once you pick a date. the 9th. letters are written", "finality"),
    ("la date est choisie, le 12. les lettres sont écrites", "finality"),
    ("ça saigne beaucoup et j'ai pas envie d'appeler qui que ce soit", "finality"),
    ("le fusil est chargé, j'attends que les enfants soient couchés", "time"),
]
NOT_A_PLAN = [
    ("we finally picked a date for the wedding!! june 14th", "finality"),
    ("la date choisie pour le vide-grenier est le 12, venez nombreux", "finality"),
]


@pytest.mark.parametrize(("text", "facet"), READ_AS_A_PLAN)
def test_the_euphemism_the_date_the_refused_call_and_the_house_asleep_are_read(text: str, facet: str) -> None:
    assert facet in plan_facets(spelled_out(normalize(text)))


@pytest.mark.parametrize(("text", "facet"), NOT_A_PLAN)
def test_a_wedding_date_or_a_jumble_sale_is_not(text: str, facet: str) -> None:
    assert facet not in plan_facets(spelled_out(normalize(text)))


def test_the_plans_said_so_take_the_urgent_route(composite: CompositeScorer) -> None:
    # (a means and a time alone are not enough for the rules: "le fusil est chargé, j'attends que les enfants soient
    # couchés" takes the route only if the model reads a plan too)
    for text in ("ce soir je passe à l'acte, les cachets sont prêts",
                 "funny how calm i am now that i've picked a date. the pills are counted"):
        signals = composite.score_many([text])[0]
        assert SELF_HARM_INTENT in signals.labels, (text, signals.explanation)


def test_these_round13_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*(t for t, _ in READ_AS_A_PLAN), *(t for t, _ in NOT_A_PLAN)))


# Round 13b: joining the dead, and a stockpile said the other way round.
JOINING_THE_DEAD = [
    "I am 80. Since June the house has been too quiet. The tablets my doctor prescribed, I have kept every one. "
    "Saturday I take them and be with him.",
    "j'ai rangé l'appart, demain soir je vais rejoindre mon frère, il me manque trop",
]
JOINING_THE_LIVING = [
    "ce soir je vais rejoindre ma sœur au restau, on fête son diplôme",
    "can't wait to be with her again next month when she's back from Lisbon",
]


@pytest.mark.parametrize("text", JOINING_THE_DEAD)
def test_joining_the_dead_is_read_as_the_end(text: str) -> None:
    assert "finality" in plan_facets(spelled_out(normalize(text)))


def test_with_the_tablets_kept_it_takes_the_urgent_route(composite: CompositeScorer) -> None:
    # (the French one, a time and the end with no means, needs the model to read a plan too: it reads 0.53)
    signals = composite.score_many([JOINING_THE_DEAD[0]])[0]
    assert SELF_HARM_INTENT in signals.labels and "means" in signals.explanation, signals.explanation


@pytest.mark.parametrize("text", JOINING_THE_LIVING)
def test_joining_the_living_does_not(composite: CompositeScorer, text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation
    assert "finality" not in plan_facets(spelled_out(normalize(text)))


def test_these_round13b_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*JOINING_THE_DEAD, *JOINING_THE_LIVING))


# Round 13b: the news to come, the last day "in general", the blame lifted.
THE_END_SAID_OTHERWISE = [
    "Auto-reply: I won't be back. Sorry for the news you'll hear on Tuesday. The pills are counted.",
    "demain c'est mon dernier jour, tout court. rien de tout ça n'est de ta faute, maman",
    "Sam, none of this was on you. The car's in the garage with the engine running.",
]
ENDS_OF_OTHER_THINGS = [
    "friday is my last day at the bakery, come say bye!",
    "sorry for the news you'll hear at the meeting, the budget got cut again",
]


@pytest.mark.parametrize("text", THE_END_SAID_OTHERWISE)
def test_the_end_said_otherwise_is_read(text: str) -> None:
    assert "finality" in plan_facets(spelled_out(normalize(text)))


@pytest.mark.parametrize("text", ENDS_OF_OTHER_THINGS)
def test_a_last_day_at_work_or_a_budget_cut_is_not(composite: CompositeScorer, text: str) -> None:
    assert SELF_HARM_INTENT not in composite.score_many([text])[0].labels


def test_these_round13b_endings_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*THE_END_SAID_OTHERWISE, *ENDS_OF_OTHER_THINGS))
