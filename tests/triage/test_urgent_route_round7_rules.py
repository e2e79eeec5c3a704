"""Round 7 rules: plans typed in texting forms, said beside a laugh or read by the model as anger at others, and a
countdown to a means take the urgent route; endings in a life that goes on (a goodbye to a thing, a habit or a job
quit for good, the last night somewhere) stay off it.

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage import blend, harms
from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.rules import normalize
from trustdesk.triage.seed_model import SeedPrediction
from trustdesk.triage.selfharm_texting import spelled_out
from trustdesk.triage.signals import CompositeScorer

# Texting forms the rules could not read ("g", "cest", "tt", "dmn", "u", "tmrw") and methods said in everyday words.
TEXTED_PLANS = [
    "g avalé tte la plaquette y a 1h. cest presque fini, dsl",
    "jai tt pris avec la vodka. c bientot termine",
    "jsuis sur les voies derrière chez moi, le train arrive dans 10 min",
    "jviens davaler tout le flacon de ma mère, jcommence à plus sentir mes mains",
    "took the lot with rum an hour ago. it'll be over soon",
]
# A laugh or a game beside a farewell or the end said outright; anger at others beside a means and the end.
LAUGHED_OR_ANGRY_PLANS = [
    "haha ok. gave my bass to my little brother. won't be around for it anyway",
    "you all win. i'm gone. permanently. the tablets are on the desk",
    "said goodbye to my cat tonight. the pills are in my hand",
]
ORDINARY_ENDINGS = [
    "goodbye old sofa, goodbye noisy neighbours. moving day tomorrow",
    "adieu la vieille voiture, demain je récupère la nouvelle",
    "leaving berlin on sunday for good, the job in oslo starts monday",
    "je lâche facebook pour de bon ce soir, trop de pubs",
    "handed in my lanyard today, last shift done after 9 years",
    "j'ai rendu mon badge ce soir, fini la boîte après six ans",
    "quitting energy drinks for good tonight, wish me luck lol",
    "j'arrête la clope ce soir, dernière cigarette sur le balcon",
    "last weekend at the cabin before we sell it. gonna miss this lake",
    "ma dernière nuit dans cette coloc ce soir, les cartons sont prêts",
    "tonight is my last night in this dorm, bye bye room 204",
    "engine's running in the garage to defrost it, leaving in 5 min",
    "the bus comes in 10 min, i'm at the stop on the bridge",
    "won't be around for it, i'm at my sister's in york that weekend",
    "they're better off without me as treasurer, i'm stepping down in march",
    "said goodbye to my old school today, they're knocking it down next week",
    "farewell old laptop, you crashed one time too many",
    "adieu mon vieux canapé, les encombrants passent demain",
    "je serai plus là dès le 3, mutation à toulouse",
]


@pytest.mark.parametrize("text", TEXTED_PLANS + LAUGHED_OR_ANGRY_PLANS)
def test_these_plans_take_the_urgent_route(composite: CompositeScorer, text: str) -> None:
    [signals] = composite.score_many([text])
    assert SELF_HARM_INTENT in signals.labels, signals.explanation
    assert signals.explanation.startswith("self-harm intent")


@pytest.mark.parametrize("text", ORDINARY_ENDINGS)
def test_endings_in_a_life_that_goes_on_stay_off_the_urgent_route(composite: CompositeScorer, text: str) -> None:
    [signals] = composite.score_many([text])
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


ANGRY_PLAN = "ur all winners now. out for good. tablets on the desk"
ANGRY_THREAT = "ur all winners now. out for good. and i know where each of you lives"


def test_a_plan_the_model_reads_as_a_threat_is_still_the_writers_plan() -> None:
    """A model sure of "threat" (0.95) and unsure of a plan: a means and the end said outright make it the writer's,
    while the same anger with no means stays a threat."""
    threat = SeedPrediction(0.97, "threat", 0.95, selfharm=0.02)
    plan = blend.blend(0.0, [], "en", harms.assess(ANGRY_PLAN), threat)
    assert SELF_HARM_INTENT in plan.labels, plan.explanation
    other = blend.blend(0.0, [], "en", harms.assess(ANGRY_THREAT), threat)
    assert SELF_HARM_INTENT not in other.labels, other.explanation


@pytest.mark.parametrize(("typed", "read"), [
    ("g tt rangé, dmn cest le jour", "j ai tout range, demain c est le jour"),
    ("c mon dernier msg", "c est mon dernier message"),
    ("u wont see me tmrw", "you won t see me tomorrow"),
    ("vitamine c", "vitamine c"),  # a lone letter with nothing after it stays a letter
    # round 12: any "j" glued to a verb that starts with a consonant ("jviens", "jcommence"); "jk" stays
    ("jviens davaler tt le flacon", "je viens davaler tout le flacon"),
    ("jcommence a plus rien sentir, jk lol", "je commence a plus rien sentir, jk lol"),
])
def test_texting_forms_are_spelled_out_for_the_rules(typed: str, read: str) -> None:
    assert spelled_out(normalize(typed)) == read


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*TEXTED_PLANS, *LAUGHED_OR_ANGRY_PLANS, *ORDINARY_ENDINGS, ANGRY_PLAN, ANGRY_THREAT))
