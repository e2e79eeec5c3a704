"""Whether a report looks urgent before it is scored: the cheap hint that puts it first in line for triage when a
flood has thousands of reports waiting to be settled (services/intake/report_journal.py).

Only an order, never a verdict: a report hinted urgent is scored and routed like any other, just sooner; one not
hinted waits its turn, as every report did. So the hint can be broad, and must be cheap (it runs on every
report as it is acknowledged, ~10 µs): a category that is urgent by itself, or a word of self-harm or of a threat
to life in English or French, found in the text folded as the rules fold it."""

from __future__ import annotations

import re

from trustdesk.triage.rules import normalize

URGENT_CATEGORIES = frozenset({"self_harm", "child_safety", "threat", "terrorism", "violence"})

_URGENT_WORDS = re.compile(
    r"\b(?:suicid\w*|kill(?:ing)? my ?self|kms|unalive|end(?:ing)? (?:it|my life|things)|take my (?:own )?life|"
    r"overdose|od ing|pills?|slit|hang(?:ing)? my ?self|noose|rope|jump(?:ing)? (?:off|from)|bridge|"
    r"(?:not|won t|wont) (?:be )?(?:here|around|alive)|goodbye|farewell|last (?:post|message|night)|"
    r"me tuer|me suicider|en finir|mettre fin|fin a mes jours|me pendre|sauter (?:du|d un|de la)|cachets|"
    r"medicaments|comprimes|adieu|plus (?:la|de ce monde)|derni(?:er|ere) (?:message|post|nuit)|"
    r"(?:kill|shoot|stab|bomb) (?:you|him|her|them|everyone)|(?:te|le|la|les) (?:tuer|buter|planter))\b")


def looks_urgent(category: str, *texts: str | None) -> bool:
    """A category urgent by itself, or a word of self-harm or of a threat to life in one of the texts."""
    if category in URGENT_CATEGORIES:
        return True
    return any(text and _URGENT_WORDS.search(normalize(text[:2_000])) for text in texts)
