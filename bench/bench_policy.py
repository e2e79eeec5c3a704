"""How fast the safeguard policy decides: decisions per second for typical requests.

    .venv/bin/python bench/bench_policy.py [--seconds 1.0]

Each row runs one kind of request in a loop for about --seconds and prints decisions/s and the
mean time per decision. Every decision is one Cedar evaluation with schema-checked entities
(a rate-limited one is two); loading the policy is timed separately.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from trustdesk.domain.actions import ActionType
from trustdesk.domain.staff import EmploymentKind, Role, StaffFacts
from trustdesk.domain.subjects import SubjectFacts, SubjectKind, SubjectRef
from trustdesk.policy import SafeguardPolicy

NOW = datetime(2017, 11, 2, 18, 45, tzinfo=UTC)


def _staff(name: str, role: Role, contractor: bool = False, end: datetime | None = None) -> StaffFacts:
    kind = EmploymentKind.CONTRACTOR if contractor else EmploymentKind.EMPLOYEE
    return StaffFacts(f"s-{name}", name, role, kind, None, end)


def _account(handle: str, followers: int | None, tags: frozenset[str] = frozenset()) -> SubjectFacts:
    return SubjectFacts(SubjectRef(SubjectKind.ACCOUNT, handle), handle, followers, False, tags)


def scenarios(policy: SafeguardPolicy) -> list[tuple[str, Callable[[], object]]]:
    mod, senior = _staff("mo", Role.MODERATOR), _staff("sen", Role.SENIOR)
    admin = _staff("ada", Role.ADMIN)
    last_day = _staff("bk", Role.MODERATOR, contractor=True, end=NOW + timedelta(hours=3))
    ordinary, potus = _account("alice", 120), _account("potus", 41_700_000, frozenset({"public-interest"}))
    critical = policy.decide(action=ActionType.DEACTIVATE, subject=potus, actor=mod, now=NOW)
    return [
        ("warn ordinary account (one click)",
         lambda: policy.decide(action=ActionType.WARN, subject=ordinary, actor=mod, now=NOW)),
        ("deactivate critical account (2 approvals)",
         lambda: policy.decide(action=ActionType.DEACTIVATE, subject=potus, actor=mod, now=NOW)),
        ("2017 replay: contractor, last day (denied)",
         lambda: policy.decide(action=ActionType.DEACTIVATE, subject=potus, actor=last_day, now=NOW)),
        ("suspend past hourly limit (rate limited)",
         lambda: policy.decide(action=ActionType.SUSPEND, subject=ordinary, actor=mod, now=NOW,
                               recent_high_impact_count=10)),
        ("protection change by admin",
         lambda: policy.decide_protection_change(actor=admin, subject=potus, old_tags={"public-interest"},
                                                 new_tags=set(), now=NOW)),
        ("may_cancel", lambda: policy.may_cancel(actor=mod, now=NOW)),
        ("approvals_met (pure Python)",
         lambda: policy.approvals_met(decision=critical, approvers=[senior, admin], proposer_id=mod.id, now=NOW)),
    ]


def measure(run: Callable[[], object], seconds: float) -> tuple[int, float]:
    for _ in range(200):  # warm up
        run()
    count, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        for _ in range(500):
            run()
        count += 500
    return count, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=1.0, help="time per row")
    args = parser.parse_args()

    start = time.perf_counter()
    policy = SafeguardPolicy.default()
    load_ms = (time.perf_counter() - start) * 1000
    print(f"policy: {policy.origin} ({len(policy.rules)} Cedar policies), loaded and validated in {load_ms:.1f} ms")
    print(f"{'request':<46} {'decisions/s':>12} {'µs each':>9}")
    print("-" * 69)
    for name, run in scenarios(policy):
        count, elapsed = measure(run, args.seconds)
        print(f"{name:<46} {count / elapsed:>12,.0f} {elapsed / count * 1e6:>9.1f}")


if __name__ == "__main__":
    main()
