"""Language identification with lingua, fully offline.

Building a lingua detector loads language models, so the process keeps one detector, built on first use and
shared by every scorer (lingua detectors are thread-safe).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from typing import Any

# ISO 639-1 codes the detector chooses between. Fewer candidates is faster and more accurate on short texts;
# these cover the languages trustdesk has abuse lexicons for, plus Italian and Dutch.
SUPPORTED_LANGUAGES = ("en", "fr", "es", "de", "pt", "it", "nl")

# Texts with fewer letters than this carry too little evidence ("ok", "lol", a bare URL): answer None.
MIN_LETTERS = 4
# Nor do texts of fewer words ("spam", "arnaque totale") or degenerate ones (4,000 times "L", "aaaaah !!!"):
# lingua would guess Portuguese for them, and a wrong language routes a case to the wrong queue.
MIN_WORDS = 3
MIN_DISTINCT_LETTERS = 4
_WORD = re.compile(r"[^\W\d_]{2,}")

# URLs, @mentions and #tags are not written in any language; left in, "https://x.io" reads as Portuguese.
_NOT_LANGUAGE = re.compile(
    r"(?:https?://|www\.)\S+|[@#]\w+|\S+\.(?:com|net|org|io|example|ly)\S*", re.IGNORECASE
)

_lock = threading.Lock()
_detector: Any = None
_missing: str | None = None
_loaded = False


def _build() -> Any:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in SUPPORTED_LANGUAGES]
    # High-accuracy mode, on purpose: reports are short, and lingua's low-accuracy mode (trigrams only)
    # reads "this is spam" as Portuguese and "tu es nul" as Italian; a wrong language routes a case to the
    # wrong queue. It still does ~20k short texts/s per core, far above what triage needs. Models load
    # lazily on first use. A small minimum distance turns near-ties into None (general queue) instead of
    # a confident wrong answer.
    builder = LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_minimum_relative_distance(0.05)
    return builder.build()


def detector() -> Any:
    """The shared lingua detector, or None when lingua is not installed."""
    global _detector, _missing, _loaded
    if _loaded:
        return _detector
    with _lock:
        if not _loaded:
            try:
                _detector = _build()
            except ImportError as exc:
                _missing = f"lingua-language-detector not installed ({exc.name})"
            _loaded = True
    return _detector


def available() -> bool:
    return detector() is not None


def missing_reason() -> str | None:
    """Why language ID is unavailable, or None when it works."""
    detector()
    return _missing


def _enough_letters(text: str) -> bool:
    """Enough evidence to name a language: letters, words of two letters or more, and some variety in both."""
    count = 0
    for ch in text:
        if ch.isalpha():
            count += 1
            if count >= MIN_LETTERS:
                break
    else:
        return False
    words = _WORD.findall(text[:2_000].lower())
    if len(words) < MIN_WORDS or len(set(words)) < min(MIN_WORDS, 2):
        return False
    return len({ch for word in words for ch in word}) >= MIN_DISTINCT_LETTERS


def detect_many(texts: Sequence[str]) -> list[str | None]:
    """ISO 639-1 code of each text, or None (shown as "unknown") when unsure, too short, degenerate, or lingua is
    missing."""
    found: list[str | None] = [None] * len(texts)
    lingua = detector()
    if lingua is None:
        return found
    cleaned = [_NOT_LANGUAGE.sub(" ", text) for text in texts]
    indexes = [i for i, text in enumerate(cleaned) if _enough_letters(text)]
    # The batch call runs in native threads outside the GIL; it is the fast path for many texts.
    languages = lingua.detect_languages_in_parallel_of([cleaned[i] for i in indexes])
    for i, language in zip(indexes, languages, strict=True):
        if language is not None:
            found[i] = language.iso_code_639_1.name.lower()
    return found


def detect(text: str) -> str | None:
    """ISO 639-1 code of one text, or None."""
    return detect_many([text])[0]
