"""A tiny phrase-rule engine for the harm modules (selfharm, hate, scam, veiled_threats, context).

Texts are normalised once (lowercase, accents and apostrophes folded, whitespace collapsed) so one pattern
covers "j'en finis", "J’en finis" and "jen finis". Each module lists facets: named groups of regular
expressions; a text's facets are the names whose patterns match, with the first matching words kept as
evidence for the explanation.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

_APOSTROPHES = str.maketrans({"’": " ", "'": " ", "`": " ", "‘": " ", "-": " "})


def normalize(text: str) -> str:
    """Lowercase, accents folded, apostrophes and hyphens as spaces, whitespace collapsed."""
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(folded.translate(_APOSTROPHES).split())


@dataclass(frozen=True)
class Facets:
    """Facets found in one text: name -> the words that matched first."""

    found: Mapping[str, str]

    def __contains__(self, name: object) -> bool:
        return name in self.found

    def any(self, *names: str) -> bool:
        return any(name in self.found for name in names)

    def evidence(self, *names: str) -> str:
        return next((self.found[n] for n in names if n in self.found), "")


class FacetMatcher:
    """Compiled facet patterns: ``{facet: [regex, ...]}``, each regex matched on normalised text."""

    def __init__(self, facets: Mapping[str, Sequence[str]]) -> None:
        self._facets = {name: re.compile("|".join(f"(?:{p})" for p in patterns)) for name, patterns in
                        facets.items()}
        # A module asks about one text several times (intent, plan, blocked): scan it once.
        self.scan = functools.lru_cache(maxsize=64)(self._scan)

    def _scan(self, normalized: str) -> Facets:
        found: dict[str, str] = {}
        for name, pattern in self._facets.items():
            match = pattern.search(normalized)
            if match:
                found[name] = match.group(0)
        return Facets(found)


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
