"""Case priority: one explainable score (0..100) and the one line that says why.

The score is a sum of parts a moderator can read back:

- severity (up to 40): the worst category reported; threats, child safety and self-harm first.
- content (up to 15): how abusive the text looks to the content scorer, or how widely the same text was
  reported on other subjects (a spam or brigading campaign); the two add up, never past 15.
- reach (up to 20), reporters (up to 15), SLA (up to 10): the amplifiers. They are scaled by severity, so
  that a flood of spam reports on a big account does not outrank a threat: volume and exposure make a serious
  case more urgent, they do not make a trivial case serious.

Reporters count by trust weight (see ``reporter_weight``) and saturate logarithmically: the first independent
reporters matter most, the fiftieth hardly at all, and low-weight brigades add little. Unknown reach counts as
high, because an unknown account may be the biggest one on the platform.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

# Category value (see reports.Category) -> severity 0..1.
CATEGORY_SEVERITY: dict[str, float] = {
    "child_safety": 1.0,
    "threat": 0.95,
    "self_harm": 0.95,
    "terrorism": 0.9,
    "violence": 0.8,
    "hate": 0.7,
    "harassment": 0.6,
    "privacy": 0.55,  # doxxing puts people in danger
    "sexual_content": 0.5,
    "illegal_goods": 0.5,
    "impersonation": 0.45,
    "scam": 0.4,
    "misinformation": 0.35,
    "other": 0.3,
    "intellectual_property": 0.25,
    "spam": 0.1,
}
UNKNOWN_CATEGORY_SEVERITY = CATEGORY_SEVERITY["other"]
# Content label (triage.harms) -> the category whose severity it carries; self-harm intent tops every category.
CONTENT_CATEGORY = {"self_harm_intent": "self_harm", "possible_self_harm": "self_harm", "self_harm": "self_harm",
                    "hate": "hate", "scam": "scam", "threat": "threat"}
URGENT_CONTENT = frozenset({"self_harm_intent"})
# Content that sets the case's severity whatever category was reported. Possible self-harm (the seed model nearly
# sure, the rules not) weighs as violence does: above every "other", hate or harassment case, below a reported
# threat or self-harm, and without the urgent route's full reach and reporters.
CONTENT_SEVERITY = {"self_harm_intent": 1.0, "possible_self_harm": CATEGORY_SEVERITY["violence"]}

TIER_EXPOSURE = {"low": 0.0, "medium": 0.4, "high": 0.75, "critical": 1.0}
UNKNOWN_TIER_EXPOSURE = TIER_EXPOSURE["high"]  # a tier this module does not know is not assumed to be low

MAX_SEVERITY, MAX_CONTENT, MAX_REACH, MAX_REPORTERS, MAX_SLA = 40.0, 15.0, 20.0, 15.0, 10.0

REACH_FULL = 8.0  # log10 of the followers that count as full reach (100M)
UNKNOWN_REACH_LOG = 6.0  # unknown reach counts as 1M followers: high
REPORTERS_SATURATE = 25.0  # trust-weighted reporters at which the reporters part is full
AMPLIFIER_FLOOR = 0.35  # share of the amplifiers a severity-0 case still gets
MAX_LINE = 300  # characters; the line is stored next to the case


@dataclass(frozen=True)
class PriorityInputs:
    """What priority is computed from; every field comes from the case, its subject and its reports."""

    category: str
    categories: frozenset[str]
    unique_reporters: int
    trusted_flaggers: int
    reporter_weights: Sequence[float]  # one per unique reporter; empty: every reporter weighs 1
    abuse: float
    language: str | None
    followers: int | None
    tier: str
    age_seconds: float
    sla_seconds: float
    # What the reports' text says (triage.harms), whatever the category chosen: e.g. "self_harm_intent" with
    # facets ("means", "time"). Intent to self-harm is the most urgent thing a report can say and counts as the
    # highest severity; other findings are named in the line and weigh through abuse.
    content_label: str | None = None
    content_facets: tuple[str, ...] = ()
    # The same text reported on many subjects (triage.repeated_text): 0..1, and the words that say so
    # ("repeated text · 37 reports on 12 subjects in 1 h"). It weighs as content evidence, beside abuse.
    campaign: float = 0.0
    campaign_words: str = ""


@dataclass(frozen=True)
class Priority:
    score: float
    parts: tuple[tuple[str, float], ...]
    line: str


def _unit(value: float) -> float:
    """Clamp to 0..1; NaN counts as 0 so one bad signal cannot poison the queue order."""
    return 0.0 if value != value else min(max(value, 0.0), 1.0)


def reporter_weight(
    total_reports: int,
    dismissed: int,
    account_age_days: float | None,
    trusted_flagger: bool,
    muted: bool,
    burst: bool,
) -> float:
    """How much one reporter's report counts: 1 is an ordinary reporter, trusted flaggers above 1, muted 0.

    ``total_reports``/``dismissed``: the reporter's past reports and how many moderators dismissed. ``burst``:
    the report arrived in a burst of reports on the same subject (brigading looks like this).
    """
    if muted:
        return 0.0
    total = max(total_reports, 0)
    dismissed = min(max(dismissed, 0), total)
    # Shrunk toward 0 for short histories: two dismissals out of two is not yet a pattern.
    dismissed_rate = dismissed / (total + 3)
    track_record = 1.0 - 0.85 * dismissed_rate
    if trusted_flagger:
        # DSA Art. 22: trusted flaggers' notices come first; a poor record lowers them, never below ordinary.
        return round(1.0 + track_record, 4)
    age = 0.6 if account_age_days is None else 0.3 + 0.7 * _unit(account_age_days / 30.0)
    weight = track_record * age
    if burst:
        # New accounts piling on at once is what brigading looks like; established accounts in a burst may be
        # a post going viral, so they keep more.
        weight *= 0.25 if account_age_days is None or account_age_days < 30 else 0.6
    return round(weight, 4)


def format_reach(n: int | None) -> str:
    """Followers in short form: 512, 12.3k, 41.7M, 1.2B; "unknown reach" for None."""
    if n is None:
        return "unknown reach"
    n = max(int(n), 0)
    if n < 1000:
        return str(n)
    units = ((1e3, "k"), (1e6, "M"), (1e9, "B"))
    for i, (size, suffix) in enumerate(units):
        value = n / size
        text = f"{value:.0f}" if value >= 99.95 else f"{value:.1f}".removesuffix(".0")
        if float(text) < 1000 or i == len(units) - 1:  # 999,999 reads 1M, not 1000k
            return text + suffix
    raise AssertionError("unreachable")


def _severity(inputs: PriorityInputs) -> tuple[float, list[str]]:
    names = sorted(
        {inputs.category, *inputs.categories},
        key=lambda c: (-CATEGORY_SEVERITY.get(c, UNKNOWN_CATEGORY_SEVERITY), c != inputs.category, c),
    )
    return CATEGORY_SEVERITY.get(names[0], UNKNOWN_CATEGORY_SEVERITY), names


def _content_severity(inputs: PriorityInputs) -> float:
    """Only self-harm content changes severity; other findings weigh through abuse (content part), so a rule's
    false alarm on a benign text costs a few points, not a category's worth."""
    return CONTENT_SEVERITY.get(inputs.content_label or "", 0.0)


def _content_words(inputs: PriorityInputs) -> tuple[str, str]:
    """("self-harm intent", "means + time") for the line; ("", "") without a content finding."""
    if inputs.content_label not in CONTENT_CATEGORY:
        return "", ""
    name = inputs.content_label.replace("_", " ").replace("self harm", "self-harm")
    return name, " + ".join(inputs.content_facets)


def _exposure(followers: int | None, tier: str) -> float:
    reach_log = UNKNOWN_REACH_LOG if followers is None else math.log10(1 + max(followers, 0))
    return max(_unit(reach_log / REACH_FULL), TIER_EXPOSURE.get(tier, UNKNOWN_TIER_EXPOSURE))


def _weights(inputs: PriorityInputs) -> list[float]:
    if not inputs.reporter_weights:
        return [1.0] * max(inputs.unique_reporters, 0)
    if len(inputs.reporter_weights) != inputs.unique_reporters:
        count = len(inputs.reporter_weights)
        raise ValueError(f"reporter_weights has {count} entries for {inputs.unique_reporters} reporters")
    return [0.0 if w != w else max(w, 0.0) for w in inputs.reporter_weights]


def _reporters_text(inputs: PriorityInputs, weighted: float) -> str:
    n = inputs.unique_reporters
    if n <= 0:
        return "no user reports"
    noun = "reporter" if n == 1 else "reporters"
    trusted = inputs.trusted_flaggers
    if trusted > 0:
        return f"{n} {noun} incl. {trusted} trusted flagger{'s' if trusted > 1 else ''}"
    if weighted >= 0.8 * n:
        return f"{n} independent {noun}"
    if n == 1:
        return "1 low-trust reporter"
    return f"{n} {noun} ≈ {weighted:.1f} independent"


def compute_priority(inputs: PriorityInputs) -> Priority:
    """Priority of a case: score 0..100, its parts (summing to the score) and a one-line explanation."""
    if not inputs.sla_seconds > 0:
        raise ValueError("sla_seconds must be > 0")
    reported, categories = _severity(inputs)
    content = _content_severity(inputs)
    severity = max(reported, content)
    abuse = _unit(inputs.abuse)
    # Noisy-OR: a campaign of harmless-looking text is still worth a look, and abusive text in one more so.
    evidence = 1.0 - (1.0 - abuse) * (1.0 - _unit(inputs.campaign))
    exposure = _exposure(inputs.followers, inputs.tier)
    weighted = sum(_weights(inputs))
    corroboration = _unit(math.log1p(weighted) / math.log1p(REPORTERS_SATURATE))
    if inputs.content_label in URGENT_CONTENT:
        # A life may be at stake: one reporter on a small account is enough, so reach and reporters count in full.
        exposure = corroboration = 1.0
    sla_used = max(inputs.age_seconds, 0.0) / inputs.sla_seconds
    amplify = AMPLIFIER_FLOOR + (1.0 - AMPLIFIER_FLOOR) * severity
    parts = (
        ("severity", MAX_SEVERITY * severity),
        ("content", MAX_CONTENT * evidence),
        ("reach", MAX_REACH * exposure * amplify),
        ("reporters", MAX_REPORTERS * corroboration * amplify),
        ("sla", MAX_SLA * _unit(sla_used) * amplify),
    )
    score = round(sum(value for _, value in parts), 2)

    words = [", ".join(categories[:3]) + (f" +{len(categories) - 3}" if len(categories) > 3 else "")]
    finding, facets = _content_words(inputs)
    if finding and (content > reported or CONTENT_CATEGORY[inputs.content_label or ""] not in categories
                    and reported <= CATEGORY_SEVERITY["other"]):
        # The text says more than the category chosen: lead with it ("self-harm intent · FR · means + time").
        words = [finding, *([inputs.language.upper()] if inputs.language else []), *([facets] if facets else []),
                 f"reported as {words[0]}"]
    else:
        words += [inputs.language.upper()] if inputs.language else []
        if finding and CONTENT_CATEGORY[inputs.content_label or ""] not in categories:  # says what is not reported
            words.append(f"{finding} ({facets})" if facets else finding)
    if inputs.campaign_words:
        words.append(inputs.campaign_words)
    words.append(_reporters_text(inputs, weighted))
    words.append(format_reach(inputs.followers) + ("" if inputs.followers is None else " reach"))
    if inputs.tier in ("high", "critical"):
        words.append(f"{inputs.tier} tier")
    if abuse >= 0.3:
        words.append(f"abuse {abuse:.2f}")
    words.append(f"SLA breached ({sla_used:.0%})" if sla_used >= 1 else f"SLA {sla_used:.0%} used")
    line = " · ".join(words)
    if len(line) > MAX_LINE:
        line = line[: MAX_LINE - 1] + "…"
    return Priority(score, tuple((name, round(value, 2)) for name, value in parts), line)
