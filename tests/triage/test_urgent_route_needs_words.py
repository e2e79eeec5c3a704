"""The self-harm urgent route needs words the rules know, not a confident model alone."""

from __future__ import annotations

import pytest

from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.signals import CompositeScorer


@pytest.fixture(scope="module")
def scorer() -> CompositeScorer:
    return CompositeScorer()


@pytest.mark.parametrize("text", [
    "cant believe its already december",
    "on est deja en decembre, j'y crois pas",
    "can't believe the weekend is already over",
])
def test_small_talk_never_takes_the_urgent_route(scorer: CompositeScorer, text: str) -> None:
    assert SELF_HARM_INTENT not in scorer.score_many([text])[0].labels


@pytest.mark.parametrize("text", [
    "I'm going to kill myself tonight, I already have the pills",
    "je vais en finir ce soir, j'ai les cachets",
])
def test_a_plan_in_words_still_takes_it(scorer: CompositeScorer, text: str) -> None:
    assert SELF_HARM_INTENT in scorer.score_many([text])[0].labels


@pytest.mark.parametrize("text", [
    "gonna take everything in the medicine cabinet after my parents go to sleep",
    "combien de cachets faut il pour pas se réveiller ? c'est pour moi, avant samedi",
    "last post. the bridge at 3am. don't look for me",
])
def test_a_plan_without_the_usual_words_takes_it(scorer: CompositeScorer, text: str) -> None:
    assert SELF_HARM_INTENT in scorer.score_many([text])[0].labels


@pytest.mark.parametrize("text", [
    "je mets un réveil pour pas me réveiller en retard demain",
    "I hope I don't wake up with a hangover tomorrow",
    "ne me cherchez pas ce soir, je suis au cinéma",
    "dernier post de l'année, merci à tous et à demain !",
])
def test_their_everyday_lookalikes_do_not(scorer: CompositeScorer, text: str) -> None:
    assert SELF_HARM_INTENT not in scorer.score_many([text])[0].labels
