"""Priority of a case whose text was reported on many subjects: raised through the content part, never past it,
and named in the line after the language."""

from __future__ import annotations

from dataclasses import replace

from trustdesk.domain.priority import MAX_CONTENT, PriorityInputs, compute_priority

ONE_REPORT = PriorityInputs(
    category="other", categories=frozenset({"other"}), unique_reporters=1, trusted_flaggers=0,
    reporter_weights=(0.6,), abuse=0.05, language="en", followers=100, tier="low", age_seconds=0,
    sla_seconds=86_400,
)
WORDS = "repeated text · 37 reports on 12 subjects in 1 h"


def test_a_campaign_raises_the_content_part_and_says_so_after_the_language():
    alone = compute_priority(ONE_REPORT)
    campaign = compute_priority(replace(ONE_REPORT, campaign=0.75, campaign_words=WORDS))
    assert campaign.score > alone.score + 10
    assert campaign.line.startswith(f"other · EN · {WORDS} · 1 low-trust reporter")
    assert WORDS not in alone.line


def test_campaign_and_abuse_add_up_but_never_past_the_content_part():
    parts = dict(compute_priority(replace(ONE_REPORT, abuse=0.9, campaign=0.9, campaign_words=WORDS)).parts)
    assert MAX_CONTENT * 0.9 < parts["content"] <= MAX_CONTENT
    assert sum(parts.values()) <= 100
