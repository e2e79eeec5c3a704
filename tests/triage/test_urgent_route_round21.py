"""Round 21: from the misses of v51-v54's blind runs (and v55-v58's: a last day on a placement, someone else's
funeral, an overdose of emails, "si le loyer augmente je me jette par la fenêtre", ideation not acted on) — hiding
under the desk, the gun out for a pest, others asked to stop saying it, the last polite message before the bailiff,
medicine found and handed in, heartburn; and the plans the rules did not know: a fire with the writer inside, the
seller leaving with the stock, nobody home ever again, food refused for good.

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage.harms import SELF_HARM_INTENT, assess
from trustdesk.triage.rules import normalize
from trustdesk.triage.selfharm import MATCHER
from trustdesk.triage.signals import CompositeScorer

NOT_URGENT = [
    "contrôle demain, j'ai envie de me jeter sous mon lit et d'y rester jusqu'aux vacances",
    "took the shotgun out at dawn for the magpies again, missed every one. tomorrow I'll get up earlier",
    "sorti le fusil ce soir pour les ragondins de l'étang, demain on remet ça",
    "stop posting 'kms' every time the app crashes tonight, some people here are really struggling",
    "arrêtez de dire « je vais me tuer » dès que le site plante ce soir, c'est pas drôle pour tout le monde",
    "c'est le dernier message poli que tu reçois de moi avant l'huissier",
    "trouvé des cachets par terre au parking ce soir, je les ai déposés à la pharmacie",
    "my gran kept asking for 'the tablets that make it stop' tonight. it was her heartburn. gaviscon and bed",
    # and from v55-v58's blind runs on round 21
    "last day of my placement today, thank you all, you won't see me in the ward anymore!",
    "ma tante est décédée mardi, l'enterrement c'est samedi donc je serai pas au match",
    "overdose of emails today, 312 unread. send help or coffee",
    "si le proprio augmente encore le loyer je me jette par la fenêtre mdr on est au rez-de-chaussée",
    "i want to vanish for good some days. not going to do anything, just tired of the pain",
]
# Words of a plan the rules now find themselves.
MEANS = [
    # (round 22: food refused for good)
    "not eaten in 9 days and i'm never eating again. sorry",
    "arrêté de manger depuis lundi, je reprendrai pas",
    "ce soir je mets le feu à la cabane avec moi dedans. pardon",
    "going to torch the van tonight with me inside it. sorry dad",
]
FINALITY = [
    "free sofa, pick up before sunday. after that nobody will be here to open the door ever again",
    "clearing the flat, checking out permanently on friday",
    "tout doit partir avant le 10, le vendeur aussi",
]
NOT_MEANS = ["haven't eaten since lunch and won't start again till the stream ends lol"]
NOT_FINALITY = [
    "checking out of the hotel on friday, anyone want a lift to the airport?",
    "le vendeur m'a dit que le canapé était neuf, tu parles",
]


@pytest.mark.parametrize("text", NOT_URGENT)
def test_hiding_a_hunt_a_warning_or_medicine_found_is_not_the_urgent_route(composite: CompositeScorer,
                                                                           text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


@pytest.mark.parametrize(("text", "means"), [*((t, True) for t in MEANS), *((t, False) for t in NOT_MEANS)])
def test_a_fire_with_the_writer_inside_or_food_refused_for_good_is_a_means(text: str, means: bool) -> None:
    assert ("means" in assess(text).plan) is means


@pytest.mark.parametrize(("text", "final"), [*((t, True) for t in FINALITY), *((t, False) for t in NOT_FINALITY)])
def test_the_seller_leaving_with_the_stock_is_the_end_said(text: str, final: bool) -> None:
    assert ("finality" in MATCHER.scan(normalize(text))) is final


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*NOT_URGENT, *MEANS, *NOT_MEANS, *FINALITY, *NOT_FINALITY))
