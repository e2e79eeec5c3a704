"""Round 10, more explanations that do not stand: what others were told and then denied ("told her it was a
holiday. There's no holiday", "en lui disant que je partais en vacances. Je pars pas", "c'est pas des vacances");
and the end announced in a formal letter or a scheduled message in the future perfect ("by the time you read this I
will have ended things", "lorsque vous lirez ce courrier j'aurai mis un terme à tout").

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.rules import normalize
from trustdesk.triage.selfharm import MATCHER
from trustdesk.triage.signals import CompositeScorer

DENIED_EXPLANATIONS = [
    "Left the dog with my aunt, told her it was a holiday. There's no holiday. The pills are saved up for tonight.",
    "Dropped the rabbit at my brother's, said it's just for the weekend. It's not a holiday. The rope is in the loft, "
    "goodbye.",
    "J'ai laissé le chat à ma mère en lui disant que je partais en vacances. Je pars pas. Les cachets sont prêts pour "
    "ce soir.",
    "J'ai confié le chien au voisin, c'est pas des vacances. La corde est au grenier, samedi soir.",
]
FORMAL_LETTERS = [
    "Dear Ms Okafor, by the time you read this I will have ended it. Please remove me from the rota.",
    "Madame, lorsque vous lirez ce courrier j'aurai mis un terme à tout. Merci de rayer mon nom du planning.",
]
NOT_PLANS = [
    "By the time you read this I'll have ended things with Jake, wish me luck.",
    "Quand tu liras ça j'aurai fini mon mémoire, enfin !",
    "Not a holiday, a work trip: three days in Porto, hotel right by the bridge. Flight tonight.",
    "Je pars pas en vacances, c'est pour le boulot, trois jours à Lyon, l'hôtel est près du pont. Train ce soir.",
]


@pytest.mark.parametrize("text", DENIED_EXPLANATIONS)
def test_an_explanation_given_and_denied_explains_nothing(composite: CompositeScorer, text: str) -> None:
    assert "cover" in MATCHER.scan(normalize(text))
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


@pytest.mark.parametrize("text", FORMAL_LETTERS)
def test_the_end_announced_in_a_letter_in_the_future_perfect_is_declared(composite: CompositeScorer,
                                                                         text: str) -> None:
    assert "declared" in MATCHER.scan(normalize(text))
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


@pytest.mark.parametrize("text", NOT_PLANS)
def test_a_break_up_a_thesis_or_a_work_trip_is_not_the_urgent_route(composite: CompositeScorer, text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*DENIED_EXPLANATIONS, *FORMAL_LETTERS, *NOT_PLANS))
