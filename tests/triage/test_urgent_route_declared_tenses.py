"""A decision to end one's life said in the present or a future tense is declared intent, as its "je vais …" form
is ("je mettrai fin à mes jours …", "quand tu liras ça j'aurai mis fin à ma vie", "by the time this is read I will
have ended my life"); the same verb about a subscription, or said of someone else, is not.

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.rules import normalize
from trustdesk.triage.selfharm import assess
from trustdesk.triage.signals import CompositeScorer

DECIDED = [
    "Je mettrai fin à mes jours quand la maison sera vendue.",
    "je mets fin à ma vie ce soir, pardon à tous",
    "Quand tu liras ce message j'aurai mis fin à ma vie, ne t'en veux pas.",
    "When my sister opens this I will have ended my life. The dog goes to her.",
]
NOT_ONES_OWN_LIFE = [
    "je mets fin à mon abonnement ce soir, trop cher pour ce que c'est",
    "il a mis fin à ses jours en 1998 et on pense encore à lui chaque hiver",
]


@pytest.mark.parametrize("text", DECIDED)
def test_ending_ones_life_said_in_the_present_or_future_is_declared_intent_to_the_rules(text: str) -> None:
    # The rules, not the seed model: the model happens to route these, and it changes when it is retrained.
    finding = assess(normalize(text))
    assert finding is not None and finding.label == SELF_HARM_INTENT and "declared" in finding.facets, finding


@pytest.mark.parametrize("text", DECIDED)
def test_it_takes_the_urgent_route(composite: CompositeScorer, text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


@pytest.mark.parametrize("text", NOT_ONES_OWN_LIFE)
def test_the_same_verb_about_a_subscription_or_someone_else_stays_off(composite: CompositeScorer, text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*DECIDED, *NOT_ONES_OWN_LIFE))
