"""Round 13: what the new harassment and threat rules find ranks a report where a moderator looks first — above
everyday posts the seed model is unsure about — and an explicit threat with a weapon is a threat, not the writer's
own plan.

None of these sentences is in the seed corpus or in a bench set.
"""

from __future__ import annotations

from tests.triage.unseen import already_seen
from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.signals import CompositeScorer

CAMPAIGN = "she lives in block D, 5th floor, the one with the plants. who wants to send her a little visit 😉"
HOUNDING = "you blocked me again? made two new accounts, you'll never get rid of me"
THREAT = "tomorrow I'm coming to your office with my cousin's knife and you're dead"
ORDINARY = ["anyone know a good plumber near the station? ours flooded the kitchen",
            "quelqu'un a vu mon chat roux dans le quartier ? il s'appelle Biscuit"]


def test_a_campaign_or_hounding_found_by_the_rules_ranks_above_everyday_posts(composite: CompositeScorer) -> None:
    campaign, hounding, *ordinary = composite.score_many([CAMPAIGN, HOUNDING, *ORDINARY])
    assert min(campaign.abuse, hounding.abuse) > max(s.abuse for s in ordinary)
    assert "harassment" in campaign.labels and "harassment" in hounding.labels


def test_a_threat_with_a_weapon_against_someone_is_a_threat_not_the_writers_plan(composite: CompositeScorer) -> None:
    [threat] = composite.score_many([THREAT])
    assert "threat" in threat.labels
    assert SELF_HARM_INTENT not in threat.labels


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen([CAMPAIGN, HOUNDING, THREAT, *ORDINARY])
