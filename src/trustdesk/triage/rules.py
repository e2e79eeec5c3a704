"""A tiny phrase-rule engine for the harm modules (selfharm, hate, scam, veiled_threats, context).

Texts are normalised once (lowercase, accents and apostrophes folded, whitespace collapsed) so one pattern
covers "j'en finis", "J’en finis" and "jen finis". Each module lists facets: named groups of regular
expressions; a text's facets are the names whose patterns match, with the first matching words kept as
evidence for the explanation. A facet none of whose phrases can begin anywhere in the text is not searched at all
(match_starts.py).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from trustdesk.triage.match_starts import required_starts, text_starts

_APOSTROPHES = str.maketrans({"’": " ", "'": " ", "`": " ", "‘": " ", "-": " "})


def normalize(text: str) -> str:
    """Lowercase, accents folded, apostrophes and hyphens as spaces, whitespace collapsed."""
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(folded.translate(_APOSTROPHES).split())


class Facets:
    """Facets of one text, each searched for only when first asked about (most texts stop at the first facet a
    module requires), then remembered with the words that matched first."""

    def __init__(self, matcher: FacetMatcher, normalized: str) -> None:
        self._matcher = matcher
        self._text = normalized
        self._text_starts = text_starts(normalized)
        self._found: dict[str, str | None] = {}

    def _get(self, name: str) -> str | None:
        if name not in self._found:
            starts = self._matcher.starts[name]
            if starts is not None and starts.isdisjoint(self._text_starts):
                self._found[name] = None  # no phrase of this facet can begin anywhere in the text
            else:
                match = self._matcher.patterns[name].search(self._text)
                self._found[name] = match.group(0) if match else None
        return self._found[name]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self._get(name) is not None

    def any(self, *names: str) -> bool:
        return any(name in self for name in names)

    def evidence(self, *names: str) -> str:
        return next((found for n in names if (found := self._get(n)) is not None), "")


class FacetMatcher:
    """Compiled facet patterns: ``{facet: [regex, ...]}``, each regex matched on normalised text."""

    def __init__(self, facets: Mapping[str, Sequence[str]]) -> None:
        self.patterns = {name: re.compile("|".join(f"(?:{p})" for p in patterns)) for name, patterns in
                         facets.items()}
        self.starts = {name: required_starts(pattern) for name, pattern in self.patterns.items()}
        # A module asks about one text several times (intent, plan, blocked): scan it once.
        self.scan = functools.lru_cache(maxsize=64)(self._scan)

    def _scan(self, normalized: str) -> Facets:
        return Facets(self, normalized)


@dataclass(frozen=True)
class HarmFinding:
    """What one harm module found in a text: its label, strength 0..1, and the facets that explain it."""

    label: str  # self_harm_intent, self_harm, hate, scam, threat
    strength: float
    facets: tuple[str, ...]
    evidence: str

    def describe(self) -> str:
        """E.g. "self-harm intent · means + time"."""
        name = self.label.replace("_", " ").replace("self harm", "self-harm")
        return f"{name} · {' + '.join(self.facets)}" if self.facets else name
