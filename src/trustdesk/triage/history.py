"""A synthetic, bilingual (EN+FR) history of moderator decisions, for tests, benchmarks and the demo.

Texts come from templates shipped in ``data/decision_templates.json`` (threats, self-harm incitement,
harassment, hate, spam, scams, disagreement, benign and harmless-but-profane posts). Each kind has the share
of reports moderators actioned, so labels are noisy the way real decisions are: some threats get dismissed,
some benign posts get actioned.
"""

from __future__ import annotations

import json
import random
import string
from functools import cache
from importlib import resources
from typing import Any

TEMPLATES = "data/decision_templates.json"


@cache
def templates() -> dict[str, Any]:
    """The shipped templates (parsed once)."""
    raw = resources.files("trustdesk.triage").joinpath(TEMPLATES).read_text(encoding="utf-8")
    return json.loads(raw)


def _fill(template: str, slots: dict[str, list[str]], rng: random.Random) -> str:
    names = [name for _, name, _, _ in string.Formatter().parse(template) if name]
    return template.format(**{name: rng.choice(slots[name]) for name in names})


def _typo(text: str, rng: random.Random) -> str:
    letters = [i for i, ch in enumerate(text) if ch.isalpha()]
    if not letters:
        return text
    i = rng.choice(letters)
    return text[: i + 1] + text[i] + text[i + 1 :]  # a doubled letter, the commonest slip on a phone


def _vary(text: str, rng: random.Random, names: list[str]) -> str:
    """Surface noise real posts have: mentions, casing, missing or extra punctuation, typos."""
    if rng.random() < 0.2:
        text = f"@{rng.choice(names)} {text}"
    roll = rng.random()
    if roll < 0.25:
        text = text.lower()
    elif roll < 0.3:
        text = text.upper()
    if rng.random() < 0.2:
        text = text.rstrip(".!?") + rng.choice(["!!", "...", " ?!", ""])
    if rng.random() < 0.3:
        text = _typo(text, rng)
    return text


def generate_decision_history(n: int, seed: int = 0, *, french_share: float = 0.4) -> list[tuple[str, bool]]:
    """n (text, was_actioned) decisions, reproducible for a given seed."""
    if n < 0:
        raise ValueError("n must be >= 0")
    rng = random.Random(seed)
    data = templates()
    kinds = list(data["kinds"].items())
    weights = [kind["weight"] for _, kind in kinds]
    history: list[tuple[str, bool]] = []
    for _ in range(n):
        _, kind = rng.choices(kinds, weights)[0]
        language = "fr" if rng.random() < french_share else "en"
        slots = data["slots"][language]
        text = _vary(_fill(rng.choice(kind[language]), slots, rng), rng, slots["name"])
        history.append((text, rng.random() < kind["actioned"]))
    return history
