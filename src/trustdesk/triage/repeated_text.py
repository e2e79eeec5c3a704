"""Repeated text across reports: the same words reported on many subjects is what a spam or brigading campaign
looks like, whatever the words say.

Pure functions only: ``text_print`` turns a text into a fingerprint that ignores what campaigns vary between
copies (case, accents, whitespace, punctuation and emoji, links, @mentions, digits), and ``RepeatedText`` says
what a count of reports sharing one fingerprint means. Counting lives in ``services.intake.repeated_text``.
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from dataclasses import dataclass

# A text shorter than this says too little to tell a campaign from a common phrase ("this is spam", "ok").
MIN_WORDS = 4
MIN_CHARS = 20
# A campaign: the same text on at least this many subjects, from at least this many reporters (one reporter
# pasting one sentence on many subjects is their habit, not a campaign; flood control handles one subject).
MIN_SUBJECTS = 3
MIN_VOICES = 2

_DIGITS = re.compile(r"\d+")
_NOT_WORD = re.compile(r"[\W_]+")
_WORD = re.compile(r"[^\W\d_]{2,}")
_EDGES = ".,;:!?()[]{}<>\"'«»“”‘’"


def _is_link(token: str) -> bool:
    """A URL, a bare domain with or without a path (bit.ly/x, paypa1.com) or an e-mail address. String tests, not
    a regular expression: they stay linear on a 10,000-character token ("a.a.a.…")."""
    if "://" in token or token.startswith("www.") or "@" in token:
        return True
    host = token.split("/", 1)[0].strip(_EDGES)
    if "." not in host or not host[:1].isalnum():
        return False
    tld = host.rsplit(".", 1)[1]
    return len(tld) >= 2 and tld.isalpha() and all(ch.isalnum() or ch in ".-_" for ch in host)


def normalise(text: str) -> str:
    """The text as a campaign's copies share it: lower case without accents, links as "url", no @mentions, any
    run of digits as "0", and only words and single spaces left. Linear in the text's length."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold()
    tokens = []
    for token in text.split():
        if token.lstrip(_EDGES).startswith("@"):
            continue  # a mention: campaigns address each copy to someone else
        tokens.append("url" if _is_link(token) else token)
    text = _DIGITS.sub("0", " ".join(tokens))
    return " ".join(_NOT_WORD.sub(" ", text).split())


def text_print(text: str) -> str | None:
    """A 128-bit fingerprint of the normalised text (hex), or None when the text is too short to be telling."""
    normal = normalise(text)
    if len(normal) < MIN_CHARS or len(_WORD.findall(normal)) < MIN_WORDS:
        return None
    return hashlib.blake2b(normal.encode("utf-8"), digest_size=16).hexdigest()


def _span_words(seconds: float) -> str:
    minutes = max(1, math.ceil(seconds / 60))
    if minutes < 60:
        return f"{minutes} min"
    hours = minutes / 60
    return f"{hours:.0f} h" if hours < 48 else f"{hours / 24:.0f} d"


@dataclass(frozen=True)
class RepeatedText:
    """Reports sharing one fingerprint within the window: how many, on how many subjects, from how many voices
    (a named reporter, or each anonymous report on its own), and the seconds between the first and the last."""

    reports: int
    subjects: int
    voices: int
    span_seconds: float

    @property
    def campaign(self) -> bool:
        return self.subjects >= MIN_SUBJECTS and self.voices >= MIN_VOICES

    @property
    def strength(self) -> float:
        """0 without a campaign; from 0.5 at MIN_SUBJECTS subjects towards 1, halving the gap at each fourfold."""
        if not self.campaign:
            return 0.0
        return round(1.0 - 0.5 * math.sqrt(MIN_SUBJECTS / self.subjects), 4)

    def describe(self) -> str:
        """"repeated text · 37 reports on 12 subjects in 1 h"; "" without a campaign."""
        if not self.campaign:
            return ""
        return f"repeated text · {self.reports} reports on {self.subjects} subjects in {_span_words(self.span_seconds)}"
