"""Round 10: affairs settled — a job resigned or retired from, things sold, a file put away — are what people do
before a planned death as much as before a new life. They explain a time or the seed model alone (a life event), but
no longer a means, a farewell or finality named beside them.

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.rules import normalize
from trustdesk.triage.selfharm import ordinary
from trustdesk.triage.signals import CompositeScorer

PLANS_BESIDE_SETTLED_AFFAIRS = [
    "Handed in my resignation on Monday. The revolver is in the glovebox and the letters are posted. Tonight.",
    "sold the boat and the truck this week. got the rope in the shed, won't be around by sunday",
    "Retraitée depuis l'hiver, j'ai vendu la maison. Les cachets sont prêts, ce soir je vous dis adieu.",
    "J'ai donné ma démission ce matin. La carabine est chargée dans le cellier, demain c'est fini pour de bon.",
]
LIFE_EVENTS_STILL_ORDINARY = [
    "Sold my old sofa today, the buyer was lovely and it's already gone.",
    "Handed in my resignation today!! New job starts in three weeks.",
    "J'ai vendu mon vélo ce matin, il partira chez un étudiant demain.",
    "Départ à la retraite vendredi après 32 ans à la Poste, on fête ça au bistrot.",
]


@pytest.mark.parametrize("text", PLANS_BESIDE_SETTLED_AFFAIRS)
def test_a_means_or_a_farewell_beside_settled_affairs_is_a_plan(composite: CompositeScorer, text: str) -> None:
    assert not ordinary(normalize(text))
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


@pytest.mark.parametrize("text", LIFE_EVENTS_STILL_ORDINARY)
def test_a_sale_a_resignation_or_a_retirement_alone_is_a_life_event(composite: CompositeScorer, text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


# Settled affairs beside arrangements for after (passwords left, a pet rehomed, nothing left to sort) explain nothing
# either: both are affairs put in order. A retirement with the cat minded during a trip is still a trip.
SETTLED_BESIDE_ARRANGEMENTS = [
    "Resigned on Friday, paid off every card, the dog is with my sister now. Nothing left to sort.",
    "Démission posée, dettes réglées, le chat est chez ma voisine. Tout est en ordre maintenant.",
]
RETIREMENTS_WITH_A_TRIP = [
    "Retired last week! The cat is with my sister while we tour Portugal for a month.",
    "Retraité depuis lundi, le chien est chez ma fille pendant qu'on part en croisière.",
]


@pytest.mark.parametrize("text", SETTLED_BESIDE_ARRANGEMENTS)
def test_settled_affairs_beside_arrangements_for_after_explain_nothing(text: str) -> None:
    assert not ordinary(normalize(text))


# Round 12's model (trained on the writers' sets as well) reads the resignation beside arrangements for after (no
# means, no time) at 0.74, off the urgent route: a loss weighed against the sets' gain in bench/results/README.md
# (round 12, probes read lower).


@pytest.mark.parametrize("text", RETIREMENTS_WITH_A_TRIP)
def test_a_retirement_with_a_pet_minded_during_a_trip_stays_off_it(composite: CompositeScorer, text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*PLANS_BESIDE_SETTLED_AFFAIRS, *LIFE_EVENTS_STILL_ORDINARY, *SETTLED_BESIDE_ARRANGEMENTS,
                             *RETIREMENTS_WITH_A_TRIP))
