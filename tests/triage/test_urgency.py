"""The hint that puts a report first in line for triage during a flood: broad, cheap, in both languages."""

from __future__ import annotations

import pytest

from trustdesk.triage.urgency import looks_urgent


@pytest.mark.parametrize("text", [
    "I already have the pills, I'm ending it tonight",
    "this is my last post, goodbye everyone",
    "won't be around tomorrow, sorry mum",
    "J'ai gardé mes cachets, ce soir j'en finis. Adieu",
    "je vais mettre fin à mes jours",
    "demain je serai plus là",
    "i'm going to kill you when you get home",
    "je vais te planter à la sortie",
])
def test_words_of_self_harm_or_of_a_threat_to_life_put_a_report_first(text):
    assert looks_urgent("other", text)


@pytest.mark.parametrize("text", [
    "buy cheap followers here, link in bio",
    "this account keeps posting spoilers for the finale",
    "arnaque au faux colis, ne cliquez pas",
    "great recipe, thanks for sharing",
    "il m'insulte dans les commentaires depuis une semaine",
])
def test_ordinary_reports_wait_their_turn(text):
    assert not looks_urgent("spam", text)


def test_a_category_urgent_by_itself_and_the_reported_content_count_too():
    assert looks_urgent("self_harm", "") and looks_urgent("child_safety", "see post")
    assert looks_urgent("other", "please look at this post", "tonight I end it, the rope is ready")
    assert not looks_urgent("other", "please look at this post", None)
