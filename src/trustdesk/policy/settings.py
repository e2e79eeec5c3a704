"""The numbers the safeguard rules use (settings.toml): tier thresholds, delays, limits, windows.

An operator's settings.toml only needs the keys it changes; the rest come from the shipped default.
Unknown keys are errors, so a typo ("delay_minuts") cannot silently leave a default in force.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from trustdesk.policy.errors import PolicyError
from trustdesk.policy.tiers import RiskTier, TierThresholds

# section -> key -> (lowest allowed, highest allowed)
_SCHEMA: dict[str, dict[str, tuple[int, int]]] = {
    "tiers": {
        "medium_followers": (1, 10**12),
        "high_followers": (1, 10**12),
        "critical_followers": (1, 10**12),
    },
    "delay_minutes": {tier.value: (0, 7 * 24 * 60) for tier in RiskTier},
    "rate_limits": {"high_impact_per_hour": (0, 100_000), "reversals_of_others_per_hour": (0, 100_000)},
    "access": {"last_hours_window": (0, 24 * 365)},
    "break_glass": {"ratify_within_minutes": (1, 7 * 24 * 60)},
    "independence": {"window_days": (0, 3650), "seasoning_hours": (0, 24 * 365)},
}


@dataclass(frozen=True)
class PolicySettings:
    thresholds: TierThresholds
    delay_minutes: dict[RiskTier, int] = field(hash=False)
    high_impact_per_hour: int
    last_hours_window: timedelta
    ratify_within: timedelta
    independence_window: timedelta = timedelta(days=30)
    seasoning: timedelta = timedelta(hours=72)
    reversals_of_others_per_hour: int = 20

    def delay_for(self, tier: RiskTier) -> timedelta:
        return timedelta(minutes=self.delay_minutes[tier])


def parse_settings_text(text: str, origin: str) -> dict[str, dict[str, int]]:
    """Parse and check one settings file; the result may be partial."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"{origin}: not valid TOML: {exc}") from None
    for section, values in data.items():
        if section not in _SCHEMA:
            raise PolicyError(f"{origin}: unknown section [{section}]; known: {', '.join(_SCHEMA)}")
        if not isinstance(values, dict):
            raise PolicyError(f"{origin}: {section} must be a [{section}] table")
        for key, value in values.items():
            _check_value(origin, section, key, value)
    return data


def _check_value(origin: str, section: str, key: str, value: Any) -> None:
    known = _SCHEMA[section]
    if key not in known:
        raise PolicyError(f"{origin}: unknown key {key!r} in [{section}]; known: {', '.join(known)}")
    low, high = known[key]
    # bool is an int in Python; `delay = true` is a mistake, not 1 minute.
    if isinstance(value, bool) or not isinstance(value, int):
        raise PolicyError(f"{origin}: [{section}] {key} must be a whole number, got {value!r}")
    if not low <= value <= high:
        raise PolicyError(f"{origin}: [{section}] {key} must be between {low} and {high}, got {value}")


def merge(base: dict[str, dict[str, int]], override: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    merged = {section: dict(values) for section, values in base.items()}
    for section, values in override.items():
        merged.setdefault(section, {}).update(values)
    return merged


def build_settings(data: dict[str, dict[str, int]], origin: str) -> PolicySettings:
    """Turn complete, checked settings into PolicySettings."""
    missing = [f"[{s}] {k}" for s, keys in _SCHEMA.items() for k in keys if k not in data.get(s, {})]
    if missing:
        raise PolicyError(f"{origin}: missing settings: {', '.join(missing)}")
    tiers = data["tiers"]
    try:
        thresholds = TierThresholds(
            high=tiers["high_followers"],
            critical=tiers["critical_followers"],
            medium=tiers["medium_followers"],
        )
    except ValueError as exc:
        raise PolicyError(f"{origin}: [tiers] {exc}") from None
    return PolicySettings(
        thresholds=thresholds,
        delay_minutes={tier: data["delay_minutes"][tier.value] for tier in RiskTier},
        high_impact_per_hour=data["rate_limits"]["high_impact_per_hour"],
        last_hours_window=timedelta(hours=data["access"]["last_hours_window"]),
        ratify_within=timedelta(minutes=data["break_glass"]["ratify_within_minutes"]),
        reversals_of_others_per_hour=data["rate_limits"]["reversals_of_others_per_hour"],
        independence_window=timedelta(days=data["independence"]["window_days"]),
        seasoning=timedelta(hours=data["independence"]["seasoning_hours"]),
    )


def settings_to_dict(settings: PolicySettings) -> dict[str, dict[str, int]]:
    """The settings as they would be written in settings.toml (for digests and `policy show`)."""
    return {
        "tiers": {
            "medium_followers": settings.thresholds.medium,
            "high_followers": settings.thresholds.high,
            "critical_followers": settings.thresholds.critical,
        },
        "delay_minutes": {tier.value: settings.delay_minutes[tier] for tier in RiskTier},
        "rate_limits": {"high_impact_per_hour": settings.high_impact_per_hour,
                        "reversals_of_others_per_hour": settings.reversals_of_others_per_hour},
        "access": {"last_hours_window": int(settings.last_hours_window.total_seconds() // 3600)},
        "break_glass": {"ratify_within_minutes": int(settings.ratify_within.total_seconds() // 60)},
        "independence": {"window_days": settings.independence_window.days,
                         "seasoning_hours": int(settings.seasoning.total_seconds() // 3600)},
    }
