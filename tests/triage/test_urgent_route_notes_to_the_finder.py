"""Round 10: a note to whoever finds it ("To whoever finds this: …", "À celle qui lira ce mot : …") and a message
asking someone to look after or tell one's mother ("Tell mum none of this was her fault", "Prenez soin de maman")
are the writer's own words for after, even with no pronoun; "none of this was her fault" and a closing "Cherchez
pas" are farewells; a viaduct is a bridge. A thing found ("to whoever finds this wallet") is not such a note.

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.signals import CompositeScorer

NOTES_FOR_AFTER = [
    "The pills are all gone now. Tell mum none of this was her fault.",
    "À celle qui lira ce mot : la corde est au grenier. Prenez soin de maman.",
    "Le viaduc de Millau cette nuit. Mes lettres sont sur la table. Cherchez pas.",
]
NOT_NOTES = [
    "To whoever finds this wallet: please hand it in at the front desk, there's a reward.",
    "Tell mum I'll be late, the bus broke down again.",
    "Le viaduc de Millau au coucher du soleil, magnifique, on y retourne cette nuit pour les étoiles.",
    "Vos clés ? Elles sont sur la table de l'entrée. Cherchez pas.",
]


@pytest.mark.parametrize("text", NOTES_FOR_AFTER)
def test_a_note_for_after_goes_on_the_urgent_route(composite: CompositeScorer, text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


@pytest.mark.parametrize("text", NOT_NOTES)
def test_a_thing_found_a_late_bus_or_keys_on_the_table_do_not(composite: CompositeScorer, text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*NOTES_FOR_AFTER, *NOT_NOTES))
