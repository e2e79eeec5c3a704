"""The self-harm urgent route, as a moderator sees it: someone announcing their death goes to the top of the queue
however they word it (French or English, first person or a friend's report, means, time, farewell, SMS spelling),
and the texts that merely share its words (support, news, fiction, banter, an ordinary plan) do not.

None of these sentences is in the seed corpus: they check that the route generalises, not that it remembers.
"""

from __future__ import annotations

import pytest

from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.seed_model import read_corpus
from trustdesk.triage.signals import CompositeScorer

URGENT = [
    # declared, no means or time needed
    "je vais en finir, je vous le dis maintenant",
    "j'ai plus envie de vivre depuis des mois",
    "I'm going to kill myself, I can't keep pretending",
    "I don't want to live anymore, please don't call anyone",
    # farewell, means, time
    "I've written my goodbye letters and put them on the kitchen table",
    "j'ai rédigé mes lettres d'adieu, elles sont sous mon oreiller",
    "the pills are counted out, I take them at 3am",
    "les médicaments sont prêts, je les prends à 3h du matin",
    "by friday I won't be here anymore, I've got everything I need",
    # spelling as it arrives
    "jvais en finir ce soir jte jure",
    "j ai plus envie de vivre, g les cachets",
    "JE VAIS EN FINIR",
    "im gonna end my life tmrw, got the rope",
    # a friend's report of someone else's plan
    "my cousin just posted that she's going to kill herself tonight, she has pills",
    "mon coloc a écrit qu'il allait se suicider ce week-end, il a le fusil de son père",
]

NOT_URGENT = [
    "je vais en finir avec ce rapport avant minuit",
    "I'm going to end it with my girlfriend tomorrow, it's over",
    "I've written my cover letters, applying to five jobs tonight",
    "j'ai écrit mes lettres de motivation pour les stages, envoi demain",
    "if you're in a dark place tonight, call 988, someone will answer",
    "si tu n'as plus envie de vivre, appelle le 3114, quelqu'un t'écoutera",
    "a teenager took his own life after months of bullying, the article says",
    "selon l'article, une étudiante s'est suicidée après le harcèlement",
    "in the series finale the character writes goodbye letters, I sobbed",
    "if they cancel the tour I'll kill myself 😂",
    "on a perdu 6-1 ce soir, je vais me tuer mdr",
    "packed the rope and the tent, off to the woods tomorrow morning",
    "c'est décidé, je démissionne vendredi, adieu l'open space",
    "my friend said she wants to die, how do I help her?",
]


@pytest.fixture(scope="module")
def corpus_texts() -> set[str]:
    return {text for text, _, _ in read_corpus()}


def test_none_of_these_sentences_is_in_the_training_corpus(corpus_texts: set[str]) -> None:
    assert not (set(URGENT) | set(NOT_URGENT)) & corpus_texts


@pytest.mark.parametrize("text", URGENT)
def test_an_announced_death_takes_the_urgent_route(composite: CompositeScorer, text: str) -> None:
    [signals] = composite.score_many([text])
    assert SELF_HARM_INTENT in signals.labels, signals.explanation
    assert signals.explanation.startswith("self-harm intent")


@pytest.mark.parametrize("text", NOT_URGENT)
def test_support_news_fiction_banter_and_ordinary_plans_do_not(composite: CompositeScorer, text: str) -> None:
    [signals] = composite.score_many([text])
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


@pytest.mark.parametrize(("urgent", "lookalike"), [
    ("je vais en finir ce soir", "je vais en finir avec ce dossier ce soir"),
    ("I've written my goodbye letters", "I've written my cover letters"),
    ("plus envie de vivre, j'ai les cachets", "si tu as plus envie de vivre, appelle le 3114"),
    ("I'm ending it tonight, the rope is ready", "I'm ending it with him tonight, wish me luck"),
])
def test_the_plan_ranks_above_its_lookalike(composite: CompositeScorer, urgent: str, lookalike: str) -> None:
    plan, other = composite.score_many([urgent, lookalike])
    assert SELF_HARM_INTENT in plan.labels and SELF_HARM_INTENT not in other.labels
    assert plan.abuse > other.abuse
