"""The facet prefilter (triage/match_starts.py) may only skip a regex that could not have matched: every facet of
every harm module must find exactly what a plain search finds, on real texts and on generated ones."""

from __future__ import annotations

import gc
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trustdesk.triage import harms, rules
from trustdesk.triage.match_starts import required_starts, text_starts
from trustdesk.triage.seed_model import read_corpus
from trustdesk.triage.selfharm_texting import spelled_out

BENCH = Path(__file__).resolve().parents[2] / "bench"
ANYWHERE = "\x00"


def _matchers() -> list[rules.FacetMatcher]:
    assert harms.assess("import every harm module") is not None
    return [found for found in gc.get_objects() if isinstance(found, rules.FacetMatcher)]


def _mismatches(text: str) -> list[str]:
    """Facets whose prefiltered answer differs from a plain regex search, on both forms the rules read."""
    wrong = []
    normalized = rules.normalize(text)
    for form in {normalized, spelled_out(normalized)}:
        facets_by_matcher = [(matcher, rules.Facets(matcher, form)) for matcher in _MATCHERS]
        for matcher, facets in facets_by_matcher:
            for name, pattern in matcher.patterns.items():
                plain = pattern.search(form)
                if facets.evidence(name) != (plain.group(0) if plain else ""):
                    wrong.append(f"{name}: {form!r}")
    return wrong


_MATCHERS = _matchers()


@pytest.mark.parametrize(("pattern", "starts"), [
    (r"\bpills?\b", {"pill"}),
    (r"\b(?:i ll|i will)\b", {"i ll", "i wi"}),
    (r"\b(?:the )?only\b", {"the ", "only"}),
    (r"\bon?\b", {"o", "on"}),
    # A repeated part may come again before the rest: "ababc" has no "abc" at its start.
    (r"\b(?:ab)+c", {"ab"}),
    (r"(?<!not )\bpont\b", {"pont"}),
    (r"@\w", {ANYWHERE + "@"}),
    (r"\d+ ?€", {ANYWHERE + "\\d"}),
    (r"[«“\"].{3,}[»”\"]", {ANYWHERE + "«", ANYWHERE + "“", ANYWHERE + '"'}),
    (r"\Bfoo", {ANYWHERE + "f"}),
])
def test_starts_are_what_every_match_begins_with(pattern: str, starts: set[str]) -> None:
    assert required_starts(re.compile(pattern)) == starts


@pytest.mark.parametrize("pattern", [r".{3}x", r"\w+ly", r"[^a]bc", r"(?i:abc)", r"\bx?", r"(?i)abc"])
def test_a_pattern_it_cannot_bound_is_always_searched(pattern: str) -> None:
    assert required_starts(re.compile(pattern)) is None


def test_text_starts_hold_word_beginnings_and_every_character() -> None:
    starts = text_starts("i m done. 3 pills")
    assert {"i", "i m", "i m ", "d", "done", "pill", "3", ANYWHERE + ".", ANYWHERE + "\\d"} <= starts
    assert "one" not in starts and "ills" not in starts


def test_most_facets_are_bounded() -> None:
    bounded = [starts is not None for matcher in _MATCHERS for starts in matcher.starts.values()]
    assert len(bounded) > 80 and sum(bounded) >= len(bounded) - 3


def test_every_facet_finds_what_a_plain_search_finds_on_the_written_sets() -> None:
    texts = [text for path in sorted(BENCH.glob("triage_*.tsv")) for text, _, _ in read_corpus(path)]
    sample = texts[::4]
    assert len(sample) > 3_000
    assert [wrong for text in sample for wrong in _mismatches(text)] == []


_WORDS = sorted({word for text, _, _ in read_corpus(BENCH / "triage_dev.tsv") for word in text.split()})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_WORDS), st.text(max_size=4)), max_size=14),
       st.sampled_from([" ", "", "-", "'", ". ", "\u2019", "\u00a0"]))
def test_every_facet_finds_what_a_plain_search_finds_on_generated_texts(words: list[str], glue: str) -> None:
    assert _mismatches(glue.join(words)) == []
