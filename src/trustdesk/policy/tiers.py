"""Risk tiers: how much harm a wrong action on a subject would do, in four steps.

The tier comes from facts about the subject alone (protective tags, reach, verified), never from
who is acting, so that everyone sees the same tier and the policy can key on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from trustdesk.domain.subjects import SubjectFacts, SubjectKind


class RiskTier(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return _RANKS[self]


_RANKS = {RiskTier.LOW: 0, RiskTier.MEDIUM: 1, RiskTier.HIGH: 2, RiskTier.CRITICAL: 3}


@dataclass(frozen=True)
class TierThresholds:
    """Follower counts at or above which a subject enters a tier."""

    high: int = 100_000
    critical: int = 1_000_000
    medium: int = 10_000

    def __post_init__(self) -> None:
        if not 0 < self.medium <= self.high <= self.critical:
            raise ValueError(
                f"tier thresholds must satisfy 0 < medium <= high <= critical, got "
                f"medium={self.medium}, high={self.high}, critical={self.critical}"
            )


def format_followers(count: int) -> str:
    """41_700_000 -> '41.7M followers'; 1 -> '1 follower'."""
    if count >= 1_000_000:
        number = f"{count / 1_000_000:.1f}".removesuffix(".0") + "M"
    elif count >= 10_000:
        number = f"{count / 1_000:.1f}".removesuffix(".0") + "k"
    else:
        number = f"{count:,}"
    return f"{number} follower{'' if count == 1 else 's'}"


def reach_of(subject: SubjectFacts) -> int | None:
    """Followers who would notice: a post reaches its author's audience."""
    if subject.ref.kind is SubjectKind.POST:
        known = [n for n in (subject.followers, subject.author_followers) if n is not None]
        return max(known) if known else None
    return subject.followers


def risk_tier(
    subject: SubjectFacts, thresholds: TierThresholds | None = None
) -> tuple[RiskTier, tuple[str, ...]]:
    """The subject's tier and the plain-words facts that put it there."""
    thresholds = thresholds or TierThresholds()
    tier = RiskTier.LOW
    reasons: list[str] = []

    def raise_to(level: RiskTier, reason: str) -> None:
        nonlocal tier
        reasons.append(reason)
        if level.rank > tier.rank:
            tier = level

    for tag in sorted(subject.tags & subject.protective_tags):
        raise_to(RiskTier.CRITICAL, f"tagged {tag}")
    for tag in sorted((subject.author_tags & subject.protective_tags) - subject.tags):
        raise_to(RiskTier.CRITICAL, f"author tagged {tag}")

    reach = reach_of(subject)
    if reach is None:
        # Unknown reach is never low: the account we know nothing about may be the one that matters.
        raise_to(RiskTier.HIGH, "reach unknown")
    elif reach >= thresholds.critical:
        raise_to(RiskTier.CRITICAL, format_followers(reach))
    elif reach >= thresholds.high:
        raise_to(RiskTier.HIGH, format_followers(reach))
    elif reach >= thresholds.medium:
        raise_to(RiskTier.MEDIUM, format_followers(reach))

    if subject.verified:
        raise_to(RiskTier.HIGH, "verified")
    if not reasons:
        reasons.append(format_followers(reach or 0))
    return tier, tuple(reasons)
