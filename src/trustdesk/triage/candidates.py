"""The content scorer with parts switched off, to measure what each part adds:

    trustdesk triage eval bench/triage_heldout.tsv --scorer trustdesk.triage.candidates:rules_only

``baseline`` is the scorer before harm rules and the seed model (language, lexicons, profanity model).
"""

from __future__ import annotations

from trustdesk.triage.signals import CompositeScorer


def baseline() -> CompositeScorer:
    return CompositeScorer(harm_rules=False, seed=False)


def rules_only() -> CompositeScorer:
    """Baseline + harm rules and lowering context, no seed model."""
    return CompositeScorer(seed=False)


def seed_only() -> CompositeScorer:
    """Baseline + the seed model, no harm rules."""
    return CompositeScorer(harm_rules=False)


def full() -> CompositeScorer:
    return CompositeScorer()
