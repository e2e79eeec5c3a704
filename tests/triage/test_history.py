"""The synthetic decision history: reproducible, bilingual, with both outcomes."""

from __future__ import annotations

import pytest

from trustdesk.triage import language
from trustdesk.triage.history import generate_decision_history


def test_the_same_seed_gives_the_same_history() -> None:
    assert generate_decision_history(300, seed=5) == generate_decision_history(300, seed=5)
    assert generate_decision_history(300, seed=5) != generate_decision_history(300, seed=6)


def test_the_history_is_in_french_and_english() -> None:
    texts = [text for text, _ in generate_decision_history(300, seed=1)]
    found = language.detect_many(texts)
    assert 0.25 < found.count("fr") / len(texts) < 0.55
    assert 0.4 < found.count("en") / len(texts) < 0.75


def test_the_history_has_both_outcomes_in_realistic_shares() -> None:
    history = generate_decision_history(1_000, seed=2)
    actioned = sum(1 for _, was in history if was) / len(history)
    assert 0.3 < actioned < 0.6


def test_sizes() -> None:
    assert generate_decision_history(0) == []
    with pytest.raises(ValueError):
        generate_decision_history(-1)
