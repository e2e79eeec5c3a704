"""The numbers of a transparency report (DSA Art. 15 and 24) over a period, computed from the work itself.

Counted in Python over plain reads so SQLite and PostgreSQL give the same answer to the same rows."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select

from trustdesk.domain.automation import is_automated
from trustdesk.domain.dsa import category_mapping
from trustdesk.domain.errors import InvalidInput
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal, require_staff
from trustdesk.storage.tables import ActionRow, AppealRow, CaseRow, ReportRow, SubjectRow
from trustdesk.storage.tables_people import StatementRow

NO_GROUND = "none"
SYSTEM_ACTOR = "trustdesk"
MAX_CHART_DAYS = 3660  # a longer period is charted from its first to its last day with activity
PLATFORM_METRICS = ("reports", "actions", "statements_of_reasons", "appeals", "appeals_overturned", "reversals")


@dataclass
class Transparency:
    start: datetime
    end: datetime
    reports: Counter = field(default_factory=Counter)  # (platform, category, source) -> count
    actions: Counter = field(default_factory=Counter)  # (type, ground) -> count
    platform_actions: Counter = field(default_factory=Counter)  # (platform, type, ground) -> count
    per_platform: dict[str, Counter] = field(default_factory=dict)  # platform -> PLATFORM_METRICS -> count
    statements: int = 0
    automated_detection: int = 0
    automated_decision: int = 0
    hours_to_action: list[float] = field(default_factory=list)
    appeals: Counter = field(default_factory=Counter)  # outcome -> count
    reversals: int = 0
    daily_reports: Counter = field(default_factory=Counter)  # date -> count
    daily_actions: Counter = field(default_factory=Counter)

    def count(self, platform: str, metric: str, amount: int = 1) -> None:
        self.per_platform.setdefault(platform, Counter())[metric] += amount

    def platform_rows(self) -> list[tuple[str, ...]]:
        """One row per platform with activity in the period (PLATFORM_METRICS in order), by name."""
        return [(name, *(str(self.per_platform[name].get(m, 0)) for m in PLATFORM_METRICS))
                for name in sorted(self.per_platform)]

    def platform_totals(self) -> tuple[int, ...]:
        """The per-platform numbers added up: the same as the report's own totals, by construction."""
        return tuple(sum(numbers.get(m, 0) for numbers in self.per_platform.values()) for m in PLATFORM_METRICS)

    def by(self, counter: Counter, position: int) -> dict[str, int]:
        totals: Counter = Counter()
        for key, count in counter.items():
            totals[key[position]] += count
        return dict(totals.most_common())

    @property
    def reports_total(self) -> int:
        return sum(self.reports.values())

    @property
    def actions_total(self) -> int:
        return sum(self.actions.values())

    def share(self, part: int) -> float:
        return part / self.statements if self.statements else 0.0

    @property
    def median_hours(self) -> float | None:
        return percentile(self.hours_to_action, 50)

    @property
    def p90_hours(self) -> float | None:
        return percentile(self.hours_to_action, 90)

    def days(self) -> list[date]:
        """Every day of the period that had activity or lies between two that did: a period asked for as
        "2020 to 2999" charts the days with data, not a thousand years of zeros."""
        active = sorted({*self.daily_reports, *self.daily_actions})
        first, last = self.start.date(), (self.end - timedelta(microseconds=1)).date()
        if (last - first).days > MAX_CHART_DAYS:
            if not active:
                return []
            first, last = max(first, active[0]), min(last, active[-1])
        return [first + timedelta(days=n) for n in range((last - first).days + 1)]

    def summary(self) -> list[tuple[str, object]]:
        def hours(value: float | None) -> object:
            return round(value, 2) if value is not None else ""

        return [
            ("period_start", self.start.isoformat()), ("period_end", self.end.isoformat()),
            ("reports", self.reports_total), ("actions", self.actions_total),
            ("statements_of_reasons", self.statements),
            ("share_detected_automated", round(self.share(self.automated_detection), 4)),
            ("share_decided_automated", round(self.share(self.automated_decision), 4)),
            ("median_hours_first_report_to_action", hours(self.median_hours)),
            ("p90_hours_first_report_to_action", hours(self.p90_hours)),
            ("appeals", sum(self.appeals.values())), ("appeals_upheld", self.appeals.get("upheld", 0)),
            ("appeals_overturned", self.appeals.get("overturned", 0)), ("appeals_open", self.appeals.get("open", 0)),
            ("reversals", self.reversals),
        ]


def percentile(values: list[float], p: int) -> float | None:
    """Nearest rank: the smallest value with at least p% of the values at or below it."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(math.ceil(p / 100 * len(ordered)) - 1, 0)]


def transparency(ctx: Context, *, actor: Principal | None, start: datetime, end: datetime) -> Transparency:
    """The period [start, end). The CLI runs it as the operator (actor None); in the console any staff member
    may, since the report is meant to be published."""
    if actor is not None:
        require_staff(actor)
    if end <= start:
        raise InvalidInput("the period must end after it starts", field="to")
    data = Transparency(start, end)
    with ctx.db.read() as session:
        # Every number is counted against the platform of the subject it concerns.
        for platform, category, source, at in session.execute(
            select(SubjectRow.platform, ReportRow.category, ReportRow.source, ReportRow.created_at)
            .join(SubjectRow, ReportRow.subject_id == SubjectRow.id)
            .where(ReportRow.created_at >= start, ReportRow.created_at < end)
        ):
            data.reports[(platform, category, source)] += 1
            data.count(platform, "reports")
            data.daily_reports[at.date()] += 1
        for action, platform, first_report, category in session.execute(
            select(ActionRow, SubjectRow.platform, CaseRow.first_report_at, CaseRow.category)
            .join(SubjectRow, ActionRow.subject_id == SubjectRow.id)
            .outerjoin(CaseRow, ActionRow.case_id == CaseRow.id)
            .where(ActionRow.executed_at >= start, ActionRow.executed_at < end)
        ):
            assert action.executed_at is not None  # the WHERE above bounds it
            ground = NO_GROUND if action.type in ("dismiss", "restore") else category_mapping(category).ground.value
            data.actions[(action.type, ground)] += 1
            data.platform_actions[(platform, action.type, ground)] += 1
            data.count(platform, "actions")
            data.daily_actions[action.executed_at.date()] += 1
            if first_report is not None and action.type != "dismiss":
                data.hours_to_action.append((action.executed_at - first_report).total_seconds() / 3600)
        for platform, detected, decided in session.execute(
            select(SubjectRow.platform, StatementRow.automated_detection, StatementRow.automated_decision)
            .join(SubjectRow, StatementRow.subject_id == SubjectRow.id)
            .where(StatementRow.created_at >= start, StatementRow.created_at < end)
        ):
            data.statements += 1
            data.count(platform, "statements_of_reasons")
            data.automated_detection += bool(detected)
            data.automated_decision += is_automated(decided)
        for platform, state in session.execute(
            select(SubjectRow.platform, AppealRow.state)
            .join(ActionRow, AppealRow.action_id == ActionRow.id)
            .join(SubjectRow, ActionRow.subject_id == SubjectRow.id)
            .where(AppealRow.created_at >= start, AppealRow.created_at < end)
        ):
            data.appeals[state] += 1
            data.count(platform, "appeals")
            if state == "overturned":
                data.count(platform, "appeals_overturned")
        # A timed restriction that ran its course is closed by trustdesk itself; that is no reversal.
        for (platform,) in session.execute(
            select(SubjectRow.platform).select_from(ActionRow).join(SubjectRow, ActionRow.subject_id == SubjectRow.id)
            .where(ActionRow.state == "reversed", ActionRow.closed_at >= start, ActionRow.closed_at < end,
                   ActionRow.closed_by != SYSTEM_ACTOR)
        ):
            data.reversals += 1
            data.count(platform, "reversals")
    return data
