"""Round 10: a ticket, one-way or not, explains a time, finality or the seed model alone (a trip, an emigration
"for good"), but not a means, a place or a farewell named beside it: "one way ticket to the coast, the pills are in
my bag" is a plan. The way home stays an ordinary plan beside a bridge (a commute far more often than a plan).

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.signals import CompositeScorer

TICKETS_BESIDE_A_MEANS = [
    "One way ticket to Dover. Tomorrow I walk off the top of the white cliffs, the letters are posted.",
    "Bought a one-way ticket to the coast, the pills are in my bag. Sorry everyone.",
    "Aller simple pour Biarritz. Dimanche à l'aube je saute des rochers, les lettres sont postées.",
    "Billet aller simple pour Marseille, les cachets sont dans mon sac. Pardon à tous.",
]
TRIPS_AND_COMMUTES = [
    "One way ticket to Lisbon booked, leaving for good on Friday. New life, here I come!",
    "Aller simple pour Québec acheté, je pars pour de bon en septembre, trop hâte.",
    "On my way home now, the bridge is shut so I'm taking the long way round. Dinner at 8?",
    "Billet de train pour Étretat pris, demain on marche le long des falaises avec les enfants.",
]


@pytest.mark.parametrize("text", TICKETS_BESIDE_A_MEANS)
def test_a_ticket_does_not_explain_a_means_or_a_farewell(composite: CompositeScorer, text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


@pytest.mark.parametrize("text", TRIPS_AND_COMMUTES)
def test_a_trip_an_emigration_or_a_commute_stays_off_the_route(composite: CompositeScorer, text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*TICKETS_BESIDE_A_MEANS, *TRIPS_AND_COMMUTES))
