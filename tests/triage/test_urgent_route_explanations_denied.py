"""An ordinary explanation explains a plan's words away only when it stands: a trip or a move the writer says it is
not ("je pars ce soir et pas en vacances"), a move that is what others were told ("told my team I'm moving to
Leeds"), and French "retirer" (to take out, to remove), which is not retiring, explain nothing.

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage.rules import normalize
from trustdesk.triage.selfharm import MATCHER, ordinary

DENIED_OR_COVER = [
    "je pars ce soir et pas en vacances, les clés sont chez Nadia",
    "leaving tonight, and not on holiday. the car keys are on the hook",
    "told my team I'm moving to Leeds so nobody asks questions",
    "Merci de retirer mon prénom de la liste des bénévoles, je ne serai plus là samedi.",
]
STILL_ORDINARY = [
    "je pars ce soir en vacances, les clés sont chez Nadia",
    "last day before I retire, cake in the break room at four",
    "moving to Leeds next month, the flat is full of boxes",
]


@pytest.mark.parametrize("text", DENIED_OR_COVER)
def test_a_denied_trip_a_cover_story_or_french_retirer_explains_nothing(text: str) -> None:
    assert not ordinary(normalize(text)), MATCHER.scan(normalize(text)).evidence("ordinary")


@pytest.mark.parametrize("text", STILL_ORDINARY)
def test_a_trip_a_move_or_retiring_said_plainly_still_does(text: str) -> None:
    assert ordinary(normalize(text))


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*DENIED_OR_COVER, *STILL_ORDINARY))
