"""Round 6: a plan said without a pronoun ("midnight. all the tablets ready. bye") is its writer's when the text names
no one else, the rules find a means in it and the seed model is sure; an evening, a shopping list or a goodbye to a
thing said the same way stays off the urgent route. Spoken and Québec forms of "je" ("chuis", "chu", "shuis") are
the writer speaking.

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.rules import normalize
from trustdesk.triage.selfharm import writer_speaks
from trustdesk.triage.signals import CompositeScorer

TELEGRAPHIC_PLANS = [
    "midnight. all the tablets ready. bye",
    "cette nuit. les comprimés sont prêts. adieu",
    "whole bottle down. goodbye",
    "toute la boîte avalée. adieu à tous",
]
TELEGRAPHIC_EVENINGS = [
    "sunday. roast ready. guests late.",
    "dimanche. gâteau prêt. invités en retard.",
    "saturday. rope swing ready. kids thrilled",
    "he said tonight. pills ready.",  # someone else's words, reported
    "razor, foam, aftershave. date night",  # a means, and a model not sure enough
    "last exam done. goodbye uni",  # a goodbye to a thing, no means
    "samedi. valise prête. adieu la grisaille",
    "ce soir. corde à sauter. adieu les kilos",  # a skipping rope is exercise
]
SPOKEN_FORMS = ["chuis crevée ce soir", "chu tanné de l'hiver", "shuis dehors là"]


@pytest.mark.parametrize("text", TELEGRAPHIC_PLANS)
def test_a_telegraphic_plan_takes_the_urgent_route_and_says_why(composite: CompositeScorer, text: str) -> None:
    [signals] = composite.score_many([text])
    assert SELF_HARM_INTENT in signals.labels, signals.explanation
    assert signals.explanation.startswith("self-harm intent")


@pytest.mark.parametrize("text", TELEGRAPHIC_EVENINGS)
def test_a_telegraphic_evening_or_a_reported_line_stays_off_it(composite: CompositeScorer, text: str) -> None:
    [signals] = composite.score_many([text])
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation
    assert not signals.explanation.startswith("self-harm intent")


@pytest.mark.parametrize("text", SPOKEN_FORMS)
def test_spoken_and_quebec_forms_of_je_are_the_writer(text: str) -> None:
    assert writer_speaks(text, normalize(text))


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*TELEGRAPHIC_PLANS, *TELEGRAPHIC_EVENINGS, *SPOKEN_FORMS))
