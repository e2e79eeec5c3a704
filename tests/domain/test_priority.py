"""Priority: severity first, then content, reach, trust-weighted reporters and SLA; always explained."""

from __future__ import annotations

import ast
import math
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from trustdesk.domain import priority as priority_module
from trustdesk.domain.priority import (
    CATEGORY_SEVERITY,
    PriorityInputs,
    compute_priority,
    format_reach,
    reporter_weight,
)
from trustdesk.domain.reports import Category


def weight(
    *, total: int = 5, dismissed: int = 0, age: float | None = 400.0, trusted: bool = False,
    muted: bool = False, burst: bool = False,
) -> float:
    return reporter_weight(
        total_reports=total, dismissed=dismissed, account_age_days=age, trusted_flagger=trusted, muted=muted,
        burst=burst,
    )


ORDINARY = weight()
NEW_ACCOUNT_IN_BURST = weight(total=0, age=1, burst=True)


def case(**changes: object) -> PriorityInputs:
    base = PriorityInputs(
        category="threat", categories=frozenset({"threat"}), unique_reporters=1, trusted_flaggers=0,
        reporter_weights=(ORDINARY,), abuse=0.6, language="fr", followers=1_200, tier="low",
        age_seconds=600, sla_seconds=3_600,
    )
    return replace(base, **changes)


def spam_with_fifty_new_accounts(**changes: object) -> PriorityInputs:
    spam = case(category="spam", categories=frozenset({"spam"}), unique_reporters=50,
                reporter_weights=(NEW_ACCOUNT_IN_BURST,) * 50, abuse=0.1, language="en")
    return replace(spam, **changes)


def score(inputs: PriorityInputs) -> float:
    return compute_priority(inputs).score


def test_a_french_threat_with_one_reporter_outranks_spam_with_fifty_new_account_reporters() -> None:
    threat = compute_priority(case())
    spam = compute_priority(spam_with_fifty_new_accounts())
    assert threat.score > spam.score + 20
    assert "50 reporters ≈" in spam.line  # the line shows the brigade counts for little


def test_even_the_loudest_spam_case_stays_below_a_threat_nobody_else_noticed() -> None:
    loudest_spam = spam_with_fifty_new_accounts(
        reporter_weights=(ORDINARY,) * 50, abuse=1.0, followers=None, tier="critical", age_seconds=10**6
    )
    quiet_threat = case(abuse=0.0, followers=0, reporter_weights=(NEW_ACCOUNT_IN_BURST,))
    assert score(quiet_threat) > score(loudest_spam)


def test_unknown_reach_is_treated_as_high() -> None:
    unknown = score(case(followers=None))
    assert unknown > score(case(followers=50_000))
    assert unknown == pytest.approx(score(case(followers=999_999)), abs=0.05)
    assert "unknown reach" in compute_priority(case(followers=None)).line


def test_more_reach_raises_priority() -> None:
    assert score(case(followers=41_700_000)) > score(case(followers=10_000)) > score(case(followers=10))


def test_a_high_risk_tier_counts_as_reach_even_with_few_followers() -> None:
    assert score(case(followers=10, tier="critical")) > score(case(followers=10, tier="low"))


def test_an_unknown_tier_is_not_assumed_to_be_low() -> None:
    assert score(case(followers=10, tier="mystery")) > score(case(followers=10, tier="low"))


def test_trusted_flagger_weighs_more_than_an_ordinary_reporter() -> None:
    trusted = weight(trusted=True)
    assert trusted > 1 >= ORDINARY
    flagged = compute_priority(case(reporter_weights=(trusted,), trusted_flaggers=1))
    assert flagged.score > score(case())
    assert "1 reporter incl. 1 trusted flagger" in flagged.line


def test_a_muted_reporter_weighs_nothing() -> None:
    assert weight(total=40, dismissed=1, age=900, muted=True) == 0.0


def test_reporters_whose_reports_are_mostly_dismissed_weigh_less() -> None:
    mostly_dismissed = weight(total=30, dismissed=27)
    assert mostly_dismissed < 0.4 * ORDINARY


def test_an_unknown_account_age_counts_less_than_an_old_account_and_more_than_a_new_one() -> None:
    assert weight(age=1) < weight(age=None) < weight(age=400)


def test_two_dismissals_out_of_two_are_not_yet_a_pattern() -> None:
    unlucky = weight(total=2, dismissed=2)
    assert 0.6 < unlucky < ORDINARY


def test_new_accounts_in_a_burst_count_little() -> None:
    assert NEW_ACCOUNT_IN_BURST < 0.15
    established_in_burst = weight(burst=True)
    assert NEW_ACCOUNT_IN_BURST < established_in_burst < ORDINARY


def test_a_brigade_lifts_priority_less_than_the_same_number_of_independent_reporters() -> None:
    brigade = spam_with_fifty_new_accounts()
    independent = spam_with_fifty_new_accounts(reporter_weights=(ORDINARY,) * 50)
    assert score(independent) > score(brigade)


def test_reporter_contribution_saturates() -> None:
    def reporters_part(n: int) -> float:
        parts = dict(compute_priority(case(unique_reporters=n, reporter_weights=(ORDINARY,) * n)).parts)
        return parts["reporters"]

    first_extra = reporters_part(2) - reporters_part(1)
    far_extra = reporters_part(50) - reporters_part(25)
    assert first_extra > 0
    assert far_extra == pytest.approx(0.0, abs=1e-9)  # past saturation, more of the same adds nothing
    assert reporters_part(5000) <= priority_module.MAX_REPORTERS


def test_the_worst_of_several_categories_sets_the_severity() -> None:
    mixed = compute_priority(case(category="spam", categories=frozenset({"spam", "child_safety"})))
    assert mixed.score > score(case(category="spam", categories=frozenset({"spam"})))
    assert mixed.line.startswith("child_safety, spam")


def test_threats_child_safety_and_self_harm_are_the_most_severe_and_spam_the_least() -> None:
    top = {"child_safety", "threat", "self_harm"}
    others = [value for category, value in CATEGORY_SEVERITY.items() if category not in top]
    assert min(CATEGORY_SEVERITY[c] for c in top) > max(others)
    assert CATEGORY_SEVERITY["spam"] == min(CATEGORY_SEVERITY.values())


def test_every_report_category_has_a_severity() -> None:
    assert {c.value for c in Category} == set(CATEGORY_SEVERITY)


def test_the_line_says_why_in_one_line() -> None:
    result = compute_priority(case(unique_reporters=3, reporter_weights=(ORDINARY,) * 3, followers=41_700_000,
                                   age_seconds=2_880))
    assert result.line == "threat · FR · 3 independent reporters · 41.7M reach · abuse 0.60 · SLA 80% used"
    assert "\n" not in result.line


def test_an_sla_breach_is_flagged_and_raises_priority() -> None:
    late = compute_priority(case(age_seconds=7_200))
    assert "SLA breached (200%)" in late.line
    assert late.score > score(case(age_seconds=60))


def test_parts_add_up_to_the_score_and_stay_within_0_and_100() -> None:
    extremes = [
        case(),
        spam_with_fifty_new_accounts(),
        case(category="child_safety", abuse=1.0, followers=10**10, tier="critical", unique_reporters=500,
             reporter_weights=(2.0,) * 500, age_seconds=10**9),
        case(category="nonsense", abuse=-3.0, followers=-5, unique_reporters=0, reporter_weights=(),
             age_seconds=-60),
        case(abuse=math.nan, reporter_weights=(math.nan,)),
    ]
    for inputs in extremes:
        result = compute_priority(inputs)
        assert 0.0 <= result.score <= 100.0
        assert sum(value for _, value in result.parts) == pytest.approx(result.score, abs=0.05)
        assert [name for name, _ in result.parts] == ["severity", "content", "reach", "reporters", "sla"]


def test_without_trust_data_every_reporter_counts_as_one() -> None:
    assert score(case(unique_reporters=3, reporter_weights=())) == score(case(unique_reporters=3,
                                                                            reporter_weights=(1.0,) * 3))


def test_reporter_weights_must_match_the_reporters() -> None:
    with pytest.raises(ValueError, match="reporter_weights"):
        compute_priority(case(unique_reporters=3, reporter_weights=(1.0,)))


def test_an_sla_must_be_positive() -> None:
    with pytest.raises(ValueError, match="sla_seconds"):
        compute_priority(case(sla_seconds=0))


@pytest.mark.parametrize(
    ("followers", "text"),
    [(None, "unknown reach"), (0, "0"), (999, "999"), (1_000, "1k"), (12_345, "12.3k"), (99_960, "100k"),
     (999_999, "1M"), (41_700_000, "41.7M"), (2_500_000_000, "2.5B")],
)
def test_format_reach(followers: int | None, text: str) -> None:
    assert format_reach(followers) == text


def test_priority_is_pure_python() -> None:
    tree = ast.parse(Path(priority_module.__file__).read_text(encoding="utf-8"))
    imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names}
    imported |= {node.module.split(".")[0] for node in ast.walk(tree)
                 if isinstance(node, ast.ImportFrom) and node.module}
    assert imported <= set(sys.stdlib_module_names) | {"trustdesk"}, imported


def test_possible_self_harm_outranks_ordinary_abuse_but_not_intent_nor_a_reported_threat() -> None:
    def other(**changes: object) -> PriorityInputs:
        return case(category="other", categories=frozenset({"other"}), **changes)

    possible = compute_priority(other(abuse=0.6, content_label="possible_self_harm", content_facets=("seed model",)))
    assert possible.score > score(other(abuse=1.0, content_label="hate", unique_reporters=5,
                                        reporter_weights=(ORDINARY,) * 5))
    assert possible.score < score(other(abuse=0.6, content_label="self_harm_intent"))
    assert possible.score < score(case(abuse=0.6))  # reported as a threat by its reporter
    assert possible.line.startswith("possible self-harm · FR · seed model · reported as other")
