"""Content signals: what the text of a report or post says, computed offline, behind one scorer interface.

A platform can plug its own model: anything with ``name`` and ``score_many`` is a ``ContentScorer``, and
``load_scorer("package.module:attr")`` loads it from configuration.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from trustdesk.triage import language as language_id
from trustdesk.triage import lexicon, profanity

# Scoring cost grows with length; the tail of a 10,000-character report rarely changes its triage.
MAX_SCORED_CHARS = 5_000

# alt-profanity-check scores profanity, which on its own is weak evidence of abuse (see lexicon.LABEL_WEIGHT).
PROFANITY_MODEL_WEIGHT = lexicon.LABEL_WEIGHT["profanity"]
PROFANITY_LABEL_AT = 0.5  # model probability from which the text gets the "profanity" label


@dataclass(frozen=True)
class ContentSignals:
    """What one text says: its language (ISO 639-1), how abusive it looks (0..1), labels, and why."""

    language: str | None
    abuse: float
    labels: tuple[str, ...]
    explanation: str


@runtime_checkable
class ContentScorer(Protocol):
    """Anything that turns texts into content signals, one per text, in order."""

    name: str

    def score_many(self, texts: Sequence[str]) -> list[ContentSignals]: ...


def _quote(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return f"“{text if len(text) <= limit else text[: limit - 1] + '…'}”"


def combine(
    language: str | None, hits: Sequence[lexicon.LexiconHit], profane: float | None
) -> ContentSignals:
    """Signals from one text's lexicon hits and profanity probability (None: model not run)."""
    strongest: dict[str, lexicon.LexiconHit] = {}
    for hit in hits:  # keep the strongest hit per label: ten swear words are not ten times the evidence
        if hit.label not in strongest or hit.strength > strongest[hit.label].strength:
            strongest[hit.label] = hit
    strength = {label: hit.strength for label, hit in strongest.items()}
    if profane is not None:
        strength["profanity"] = max(strength.get("profanity", 0.0), profane * PROFANITY_MODEL_WEIGHT)
    # Noisy-OR across labels: independent kinds of evidence add up but never pass 1.
    clean = 1.0
    for value in strength.values():
        clean *= 1.0 - min(max(value, 0.0), 1.0)
    labels = [label for label in sorted(strength, key=lambda k: -strength[k]) if label in strongest]
    if profane is not None and profane >= PROFANITY_LABEL_AT and "profanity" not in labels:
        labels.append("profanity")
    parts = [language or "language unknown"]
    parts += [f"{label} {_quote(strongest[label].text)}" for label in labels[:3] if label in strongest]
    if profane is not None and profane >= 0.2:
        parts.append(f"profanity model {profane:.2f}")
    if len(parts) == 1:
        parts.append("no abuse signals")
    return ContentSignals(language, round(1.0 - clean, 4), tuple(labels), " · ".join(parts))


class CompositeScorer:
    """Language ID (lingua) + abuse lexicons (safetype and trustdesk rules) + English profanity model.

    Each part is optional: when its package is missing the scorer still works without it, and ``name`` says
    what is missing so the degradation is visible wherever the scorer's name is shown.
    """

    def __init__(
        self, *, language: bool = True, lexicon_rules: bool = True, profanity_model: bool = True
    ) -> None:
        parts: list[str] = []
        missing: list[str] = []
        for wanted, label, module in (
            (language, "lingua", language_id),
            (lexicon_rules, "safetype", lexicon),
            (profanity_model, "profanity-check", profanity),
        ):
            if not wanted:
                continue
            (parts if module.available() else missing).append(label)
        self._language = language and language_id.available()
        self._lexicon = lexicon_rules and lexicon.available()
        self._profanity = profanity_model and profanity.available()
        lacking = f"; missing: {', '.join(missing)}" if missing else ""
        self.name = f"composite({'+'.join(parts or ['nothing'])}{lacking})"

    def score_many(self, texts: Sequence[str]) -> list[ContentSignals]:
        texts = [text[:MAX_SCORED_CHARS] for text in texts]
        languages = language_id.detect_many(texts) if self._language else [None] * len(texts)
        hits = lexicon.scan_many(texts, languages) if self._lexicon else [[] for _ in texts]
        profane: list[float | None] = [None] * len(texts)
        if self._profanity:
            # The profanity model only knows English; unknown language gets it too, as English is most likely.
            english = [i for i, lang in enumerate(languages) if lang in (None, "en")]
            for i, p in zip(english, profanity.probabilities([texts[i] for i in english]), strict=True):
                profane[i] = p
        return [combine(*row) for row in zip(languages, hits, profane, strict=True)]
