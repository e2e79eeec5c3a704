"""Round 8: a recovery counted in years, the number often spelled out, is looked back on; a diet given up is an
everyday ending. Neither is the urgent route on a time word ("today", "tonight") or the model's plan class, while
a turn to a plan now, or a means with a farewell, still is.

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.signals import CompositeScorer

RECOVERY_AND_DIETS = [
    # a recovery counted in years, spelled out or in digits
    "Eight years since my overdose in that motel room. Today I signed the papers for my own flat.",
    "Nine years since I tried to end it. Tonight I'm giving a talk at my old school about asking for help.",
    "Ça fait douze ans que j'ai fait ma TS. Ce soir je fête mes 40 ans avec ceux qui m'ont porté.",
    "Sept ans sans alcool aujourd'hui. Celui qui voulait tout arrêter à l'époque me paraît si loin.",
    "3 years sober today. the guy who wanted to disappear back then would not believe this.",
    # a diet given up, with the time it ends
    "done with the diet. six weeks of salad and tonight I'm breaking it with a double cheeseburger.",
    "fini le régime ! ce soir c'est raclette, et j'en ai rien à faire de la balance.",
    "Quitting keto today, I'm finishing the last of the cauliflower rice and never looking back.",
]

# Round 12's model (trained on the writers' sets as well) reads "eleven years since my first attempt. tonight I finish
# it, the pills are lined up on the sink." at 0.43, off the urgent route: a loss weighed against the sets' gain in
# bench/results/README.md (round 12, probes read lower).
PLANS_STILL_URGENT = [
    "ça fait six ans que je tiens. ce soir j'arrête, la corde est prête au grenier. pardon à tous.",
    "done with the diet and done with everything. the pills are counted, goodbye everyone.",
]


@pytest.mark.parametrize("text", RECOVERY_AND_DIETS)
def test_a_recovery_counted_in_years_or_a_diet_given_up_is_not_the_urgent_route(composite: CompositeScorer,
                                                                                 text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


@pytest.mark.parametrize("text", PLANS_STILL_URGENT)
def test_a_plan_after_the_years_or_beside_a_diet_still_takes_the_urgent_route(composite: CompositeScorer,
                                                                               text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*RECOVERY_AND_DIETS, *PLANS_STILL_URGENT))
