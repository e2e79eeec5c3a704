"""Round 10: words that lower a plan in one sense and mean something else in another — "partie" (a game, or "je
suis partie": I left), "half" (of a match, or "my half of the rent"), "team" (a side, or the team one works with),
consoles given away in French slang ("j'ai filé mes jeux"), "jeune" (the fast, once accents go, or young: "jeune
papa"), "adieu les gars" (a farewell to people, not a goodbye to a thing). In the second sense they explain nothing.

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage import context
from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.rules import normalize
from trustdesk.triage.selfharm import ordinary, plan_facets
from trustdesk.triage.selfharm_texting import spelled_out
from trustdesk.triage.signals import CompositeScorer

PLANS_WITH_WORDS_IN_ANOTHER_SENSE = [
    "Paid my half of the mortgage up to March. The shotgun is in the truck, tomorrow at first light. Sorry Dad.",
    "Sorry to my team for the mess on Monday. The pills are saved up and tonight is the night.",
    "Je suis partie au bord de la rivière avec les cachets de ma mère. Ne me cherchez pas.",
    "Les vaches sont parties à l'abattoir ce matin. La corde est prête dans l'étable, ce soir c'est fini.",
    "j'ai filé ma manette et tous mes jeux à mon cousin, j'en aurai plus besoin après vendredi",
    "Jeune papa et je tiens plus. La corde est dans le cellier, ce sera dimanche.",
    "Adieu les gars, j'ai avalé toute la boîte de somnifères, merci pour tout.",
]
GAMES_AND_FASTS_STILL_LOWER = [
    "on se refait une partie de Mario Kart ce soir ? je vais tous vous tuer",
    "second half starts now and honestly I want to die, we're getting destroyed",
    "my team lost again, kill me now",
    "Premier jour de jeûne, ce soir je prends mes cachets au coucher du soleil.",
    "Last day of the fast, tonight I take my pills with the first meal.",
]


@pytest.mark.parametrize("text", PLANS_WITH_WORDS_IN_ANOTHER_SENSE)
def test_a_word_in_another_sense_does_not_explain_a_plan(composite: CompositeScorer, text: str) -> None:
    normalized = normalize(text)
    assert "game or sport" not in context.lowering(normalized)[1]
    assert not ordinary(normalized)
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


@pytest.mark.parametrize("text", GAMES_AND_FASTS_STILL_LOWER)
def test_a_game_or_a_fast_still_does(composite: CompositeScorer, text: str) -> None:
    normalized = normalize(text)
    assert "game or sport" in context.lowering(normalized)[1] or ordinary(normalized)
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


# Round 12: a tool or a toy called a gun is not a means ("she bought me the glue gun", "un pistolet à colle"); a gun
# still is.
TOOLS_CALLED_GUNS = [
    "told my dad it was for the art project, he got me a glue gun lol",
    "finished the shelves tonight, the nail gun did all the work",
    "j'ai dit à ma mère que c'était pour l'école, elle m'a acheté un pistolet à colle mdr",
    "ce soir bataille de pistolets à eau avec les petits",
]
GUNS = ["my dad's gun is in the hall cupboard", "le pistolet de mon père est dans le tiroir"]


@pytest.mark.parametrize("text", TOOLS_CALLED_GUNS)
def test_a_tool_or_a_toy_called_a_gun_is_not_a_means(text: str) -> None:
    assert "means" not in plan_facets(spelled_out(normalize(text)))


@pytest.mark.parametrize("text", GUNS)
def test_a_gun_is(text: str) -> None:
    assert "means" in plan_facets(spelled_out(normalize(text)))


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*PLANS_WITH_WORDS_IN_ANOTHER_SENSE, *GAMES_AND_FASTS_STILL_LOWER, *TOOLS_CALLED_GUNS,
                             *GUNS))
