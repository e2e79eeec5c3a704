"""Round 8: the seed model's plan class alone routes a text only when it is sure (blend.INTENT_ALONE_WITHOUT_CUE)
or when the rules find some word of self-harm in it, even one too loose to make a plan (the writer's absence after,
a pain that ends, an apology for what comes, an end hastened, food refused for days). Everyday first-person posts
(a return, a bath, a playlist) read 0.7-0.8 on the plan class and carry no such word.

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage import blend, harms
from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.rules import normalize
from trustdesk.triage.seed_model import SeedPrediction
from trustdesk.triage.selfharm import cue
from trustdesk.triage.selfharm_texting import spelled_out
from trustdesk.triage.signals import CompositeScorer

# Everyday first-person posts with no word of self-harm. The model of round 8 read them between INTENT_ALONE and
# INTENT_ALONE_WITHOUT_CUE; round 12's (trained on the writers' sets too) reads them lower, so the guard is tested
# with a model reading set by hand in that band, and the shipped scorer must not route them either.
EVERYDAY_FIRST_PERSON = [
    "Returned the grey sofa, kept the beige one. Honestly it fits the room better.",
    "Once the twins are in bed I lock the bathroom door and vanish for an hour with a book.",
    "my wake playlist is all Queen and nobody can change my mind",
]

# Plans with no word the rules know: the model is sure, and they stay on the route.
SURE_PLANS_WITHOUT_CUE = [
    "my passwords are in the red notebook. give my bike to Tom. it's easier this way.",
    "j'ai laissé les clés chez la voisine et mes codes dans l'enveloppe. ce sera plus simple comme ça.",
]
# Round 12's model (trained on the writers' sets as well) reads "parked at the top of the quarry road with the
# handbrake off. nobody's around." at 0.74, off the urgent route: a loss weighed against the sets' gain in
# bench/results/README.md (round 12, probes read lower).

# A plan the model reads below INTENT_ALONE_WITHOUT_CUE, carried by a loose word of self-harm.
PLAN_WITH_A_LOOSE_CUE = "i haven't eaten in two weeks and i won't start again. this is my way out."

# Acts the rules now read: a cut on the arms or wrists (ideation), a medicine cupboard emptied (a means).
ACTS = [
    "jme suis ouvert les bras y a 5 min, ça saigne bcp, j'appelle personne",
    "took everything in the medicine cupboard an hour ago. feeling heavy. love you all",
]

LOOSE_CUES = [
    "demain soir je serai plus là, c'est mieux",
    "after tonight there'll be no more pain",
    "mum, forgive me for what i'm about to do",
    "stopped the chemo so it ends sooner",
    "ça fait neuf jours que je mange plus rien",
]
NO_CUE = [
    "Returned the grey sofa, kept the beige one.",
    "je rentre tard ce soir, gardez-moi une part",
]


@pytest.mark.parametrize("text", EVERYDAY_FIRST_PERSON)
def test_an_everyday_first_person_post_is_not_routed_on_the_model_alone(composite: CompositeScorer,
                                                                        text: str) -> None:
    plan = (blend.INTENT_ALONE + blend.INTENT_ALONE_WITHOUT_CUE) / 2
    in_the_band = SeedPrediction(harm=plan + 0.05, top_class="selfharm", top_probability=plan, selfharm=plan)
    assert SELF_HARM_INTENT not in blend.blend(0.0, (), "", harms.assess(text), in_the_band).labels
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


@pytest.mark.parametrize("text", [*SURE_PLANS_WITHOUT_CUE, PLAN_WITH_A_LOOSE_CUE, *ACTS])
def test_a_plan_the_model_is_sure_of_or_with_a_word_of_self_harm_takes_the_urgent_route(
        composite: CompositeScorer, text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


@pytest.mark.parametrize(("text", "expected"), [*((t, True) for t in LOOSE_CUES), *((t, False) for t in NO_CUE)])
def test_a_loose_word_of_self_harm_is_a_cue(text: str, expected: bool) -> None:
    assert cue(normalize(text)) is expected


@pytest.mark.parametrize("text", ACTS)
def test_a_cut_on_the_arms_or_a_cupboard_emptied_is_a_word_of_self_harm(text: str) -> None:
    assert cue(spelled_out(normalize(text)))


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*EVERYDAY_FIRST_PERSON, *SURE_PLANS_WITHOUT_CUE, PLAN_WITH_A_LOOSE_CUE, *ACTS,
                             *LOOSE_CUES,
                             *NO_CUE))
