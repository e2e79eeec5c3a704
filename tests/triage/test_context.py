"""Context that lowers risk must be the context it names: a console given away is not gaming banter."""

from __future__ import annotations

import pytest

from trustdesk.triage.context import lowering
from trustdesk.triage.rules import normalize


@pytest.mark.parametrize("text", [
    "selling my xbox and every game I own, won't be needing them after sunday",
    "qui veut ma manette et mes jeux ? j'en aurai plus besoin la semaine prochaine",
    "parked on the top level of the car park, nobody comes up here at night",
    "assis pres du passage a niveau depuis une heure",
])
def test_gear_given_away_and_a_bare_level_are_not_a_game(text):
    assert "game or sport" not in lowering(normalize(text))[1]


@pytest.mark.parametrize("text", [
    "gg, I'm going to destroy you on the xbox tonight",
    "je vais te tuer a la manette ce soir mdr",
    "stuck on level 12 again, this boss is killing me",
    "on a perdu le match, l'arbitre était nul",
    "that game was brutal, we got slaughtered",
])
def test_games_played_still_lower_the_words_around_them(text):
    assert "game or sport" in lowering(normalize(text))[1]
