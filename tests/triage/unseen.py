"""The texts a triage test may not borrow: the seed corpus and every bench set, normalised as the rules read them."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

from trustdesk.triage.evaluation import read_examples
from trustdesk.triage.rules import normalize
from trustdesk.triage.seed_model import read_corpus

BENCH = Path(__file__).resolve().parents[2] / "bench"


@cache
def _known() -> frozenset[str]:
    known = {normalize(text) for text, _, _ in read_corpus()}
    known |= {normalize(e.text) for path in BENCH.glob("triage_*.tsv") for e in read_examples(path)}
    return frozenset(known)


def already_seen(texts: Iterable[str]) -> set[str]:
    """Those of ``texts`` that are in the corpus or a bench set (a test's sentences must be new to the model)."""
    return {text for text in texts if normalize(text) in _known()}
