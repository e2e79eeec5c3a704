"""Round 10: a blog, a newsletter or a channel closed after years, its last post a farewell to its readers ("Ten years
of this blog and I've run out of things to say about sourdough", "douze ans de ce blog"), is a farewell with a life
after it (round 8's "life after"): it leaves a farewell, a time or the seed model alone short of a plan, not a means.

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.rules import normalize
from trustdesk.triage.selfharm import plan_facets
from trustdesk.triage.signals import CompositeScorer

BLOGS_CLOSED = [
    "Last post on this page, thank you all. Eight years of this newsletter and I've run out of things to write about "
    "knitting.",
    "Dernier message ici, merci à tous. Douze ans de ce blog et plus rien à raconter sur le jardinage.",
]
PLANS_IN_A_LAST_POST = [
    "Last post on this page. Eight years of this blog. The pills are ready, goodbye everyone.",
    "Dernier message ici. Dix ans de ce blog. La corde est prête, adieu tout le monde.",
]


@pytest.mark.parametrize("text", BLOGS_CLOSED)
def test_a_blog_closed_after_years_is_a_farewell_with_a_life_after_it(composite: CompositeScorer, text: str) -> None:
    assert plan_facets(normalize(text)) == ()
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


@pytest.mark.parametrize("text", PLANS_IN_A_LAST_POST)
def test_a_means_in_such_a_last_post_is_still_a_plan(composite: CompositeScorer, text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*BLOGS_CLOSED, *PLANS_IN_A_LAST_POST))
