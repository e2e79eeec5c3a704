"""Triage content signals: language, abuse lexicons, profanity and a model trained on past decisions.

Heavy libraries (lingua, safetype, scikit-learn) load on first use, not at import.
"""

from trustdesk.triage.loading import load_scorer
from trustdesk.triage.signals import CompositeScorer, ContentScorer, ContentSignals

__all__ = ["CompositeScorer", "ContentScorer", "ContentSignals", "load_scorer"]
