"""Round 16: with v27-v32 and three more self-harm sets in the seed model, an act taken with the time since ("took
them all an hour ago") and a means laid out ready for a time ("the pills are ready for tonight") are plans the rules
say, and medicine waiting at the pharmacy counter is ordinary medicine.

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.signals import CompositeScorer

PLANS = [
    "took them all an hour ago. don't call anyone",
    "je les ai toutes prises il y a 20 min. laissez-moi",
    "les cachets sont prêts pour ce soir. je suis désolée",
    "my pills are lined up on the desk for tonight. sorry mum",
]
ORDINARY = [
    "my meds are ready for pickup tonight, the pharmacy texted",
    "my tablets are ready at the chemist, collecting them tomorrow morning",
    "mes cachets sont prêts à la pharmacie, je passe les prendre ce soir",
    "took them to school an hour ago and now i finally have coffee",
    "pills are lined up in my pill organiser for the week, tonight's dose done",
]


@pytest.mark.parametrize("text", PLANS)
def test_an_act_taken_or_a_means_laid_out_for_a_time_takes_the_urgent_route(composite: CompositeScorer,
                                                                             text: str) -> None:
    [signals] = composite.score_many([text])
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


@pytest.mark.parametrize("text", ORDINARY)
def test_medicine_at_the_counter_stays_off_the_urgent_route(composite: CompositeScorer, text: str) -> None:
    [signals] = composite.score_many([text])
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*PLANS, *ORDINARY))
