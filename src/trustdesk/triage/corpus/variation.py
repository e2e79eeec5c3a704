"""Surface variants of corpus sentences: the same meaning written the way reports arrive (French without accents,
SMS spellings, a typo, no punctuation, shouting, a trailing emoji).

Every class gets variants at the same rate and from the same lists, so that a spelling or an emoji never becomes
evidence of a class by itself; only the words carry the label.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable

SMS_FR = [
    (r"\bje vais\b", "jvais"), (r"\bje suis\b", "jsuis"), (r"\bje veux\b", "jveux"), (r"\bj'ai\b", "g"),
    (r"\bc'est\b", "c"), (r"\btout\b", "tt"), (r"\bpour\b", "pr"), (r"\bquelqu'un\b", "qqn"),
    (r"\bbeaucoup\b", "bcp"), (r"\baujourd'hui\b", "auj"), (r"\bt'es\b", "t"), (r"\bqu'est-ce que\b", "keske"),
    (r"\bne\b ", ""), (r"\bn'", ""), (r"\bje te\b", "jte"), (r"\bje me\b", "jme"), (r"\bmais\b", "mé"),
    (r"\bquoi\b", "koi"), (r"\bdemain\b", "dmain"), (r"\bce soir\b", "ce soir"), (r"\bpourquoi\b", "pk"),
    (r"\bs'il te plaît\b", "stp"), (r"\bvraiment\b", "vrmt"),
]
SMS_EN = [
    (r"\byou\b", "u"), (r"\byour\b", "ur"), (r"\bare\b", "r"), (r"\bbecause\b", "bc"), (r"\bgoing to\b", "gonna"),
    (r"\bwant to\b", "wanna"), (r"\bI'm\b", "im"), (r"\bdon't\b", "dont"), (r"\bcan't\b", "cant"),
    (r"\bplease\b", "pls"), (r"\bpeople\b", "ppl"), (r"\btonight\b", "tonite"), (r"\bthough\b", "tho"),
    (r"\bto be honest\b", "tbh"), (r"\bI don't know\b", "idk"), (r"\bwith\b", "w/"),
]
EMOJI = ["😭", "😂", "🙏", "💀", "❤️", "👀", "😔", "🤷", "😤", "…", "!!", "??"]


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn"))


def sms(text: str, lang: str) -> str:
    for pattern, replacement in SMS_FR if lang == "fr" else SMS_EN:
        text = re.sub(pattern, replacement, text, flags=re.IGNORECASE)
    return text


def typo(text: str, rng: random.Random) -> str:
    words = text.split()
    long = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not long:
        return text
    i = rng.choice(long)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def bare(text: str) -> str:
    """Lower case, no punctuation but apostrophes: how many phone reports arrive."""
    return " ".join(re.sub(r"[^\w\s']", " ", text.lower()).split())


KINDS: list[tuple[str, Callable[[str, str, random.Random], str]]] = [
    ("accents", lambda t, lang, rng: strip_accents(t)),
    ("sms", lambda t, lang, rng: strip_accents(sms(t, lang)) if rng.random() < 0.5 else sms(t, lang)),
    ("typo", lambda t, lang, rng: typo(t, rng)),
    ("bare", lambda t, lang, rng: bare(t)),
    ("shout", lambda t, lang, rng: t.upper()),
    ("emoji", lambda t, lang, rng: f"{t} {rng.choice(EMOJI)}"),
]
WEIGHTS = [4, 4, 3, 3, 1, 3]


def variant(text: str, lang: str, rng: random.Random) -> str:
    """One surface variant of a sentence (may equal it when nothing applies)."""
    (_, make), = rng.choices(KINDS, weights=WEIGHTS)
    return " ".join(make(text, lang, rng).split())
