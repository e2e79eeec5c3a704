"""`trustdesk report transparency`: every number in the HTML and CSV files is the one the data gives."""

from __future__ import annotations

import csv
import re

import pytest
from typer.testing import CliRunner

from tests.people import account, hire, platform, post
from trustdesk.cli.app import app
from trustdesk.services.enforcement import actions, appeals
from trustdesk.services.intake import reports

runner = CliRunner()


def _env(ctx, tmp_path):
    return {"TRUSTDESK_DATABASE_URL": ctx.db.url, "TRUSTDESK_DATA_DIR": str(tmp_path / "data")}


def _file(ctx, integration, ref, category, source):
    return reports.file_report(ctx, actor=integration.principal, ref=ref, category=category, text="see this",
                               reporter="r1", source=source)


@pytest.fixture
def one_day(ctx, clock):
    """On 23 November: four reports, three decisions 4 h, 2 h and 10 h after their first report, one appeal
    that overturns the suspension. On 24 November: one more report and decision, outside the period."""
    integration = platform(ctx, "demo-social")
    julie, karim = hire(ctx, "julie", "moderator"), hire(ctx, "karim", "moderator")
    a1, a3 = account(ctx, integration, "a1"), account(ctx, integration, "a3")
    account(ctx, integration, "a2")
    p1 = post(ctx, integration, "p1", "a2")
    harassment = _file(ctx, integration, a1, "harassment", "user")  # 12:00
    spam = _file(ctx, integration, a3, "spam", "user")
    clock.advance(hours=1)
    _file(ctx, integration, a1, "harassment", "automated")
    clock.advance(hours=1)
    scam = _file(ctx, integration, p1, "scam", "trusted_flagger")  # 14:00
    clock.advance(hours=2)  # 16:00
    suspension = actions.propose_action(ctx, actor=julie.principal, ref=a1, type="suspend", duration_hours=24,
                                        reason="insults", case_id=harassment.case_id)
    actions.propose_action(ctx, actor=julie.principal, ref=p1, type="remove", reason="phishing",
                           case_id=scam.case_id)
    clock.advance(hours=6)  # 22:00
    actions.propose_action(ctx, actor=julie.principal, ref=a3, type="warn", reason="spam", case_id=spam.case_id)
    appeal = appeals.file_appeal(ctx, actor=karim.principal, action_id=suspension["id"], appellant="a1",
                                 text="I was provoked")
    appeals.decide_appeal(ctx, actor=karim.principal, appeal_id=appeal["id"], overturn=True, reason="provoked")
    clock.advance(hours=14)  # 24 November, 12:00
    late = _file(ctx, integration, a3, "spam", "user")
    actions.propose_action(ctx, actor=julie.principal, ref=a3, type="limit", reason="again", case_id=late.case_id)


def _csv(path):
    with path.open(encoding="utf-8") as handle:
        return list(csv.reader(handle))


def test_the_report_counts_what_happened_in_the_period(ctx, tmp_path, one_day):
    out = tmp_path / "report"
    result = runner.invoke(app, ["report", "transparency", "--from", "2026-11-23", "--to", "2026-11-23",
                                 "--out", str(out)], env=_env(ctx, tmp_path))
    assert result.exit_code == 0, result.output
    summary = dict(_csv(out / "summary.csv")[1:])
    assert summary["reports"] == "4" and summary["actions"] == "3" and summary["statements_of_reasons"] == "2"
    assert summary["median_hours_first_report_to_action"] == "4.0"  # of 2, 4 and 10 hours
    assert summary["p90_hours_first_report_to_action"] == "10.0"
    assert summary["share_detected_automated"] == "0.5"  # the suspension's case had an automated report
    # A person decided it, on a case an automated report brought (domain/automation.py: partially).
    assert summary["share_decided_automated"] == "0.5"
    assert summary["appeals"] == "1" and summary["appeals_overturned"] == "1" and summary["reversals"] == "1"
    assert sorted(_csv(out / "reports.csv")[1:]) == [
        ["demo-social", "harassment", "automated", "1"], ["demo-social", "harassment", "user", "1"],
        ["demo-social", "scam", "trusted_flagger", "1"], ["demo-social", "spam", "user", "1"]]
    assert sorted(_csv(out / "actions.csv")[1:]) == [
        ["remove", "incompatible_with_terms", "1"], ["suspend", "incompatible_with_terms", "1"],
        ["warn", "incompatible_with_terms", "1"]]
    assert _csv(out / "daily.csv")[1:] == [["2026-11-23", "4", "3"]]
    page = (out / "index.html").read_text()
    assert re.search(r'id="kpi-reports">4<', page) and re.search(r'id="kpi-median">4.0 h<', page)
    assert re.search(r'id="kpi-overturned">1<', page) and "<svg" in page
    assert "<script" not in page and "http://" not in page and "https://" not in page  # self-contained


def test_a_period_that_ends_before_it_starts_is_refused(ctx, tmp_path):
    result = runner.invoke(app, ["report", "transparency", "--from", "2026-11-23", "--to", "2026-11-01",
                                 "--out", str(tmp_path / "r")], env=_env(ctx, tmp_path))
    assert result.exit_code == 2 and "must end after it starts" in result.output


def test_a_period_of_a_thousand_years_charts_only_the_days_with_activity(ctx, tmp_path, one_day):
    out = tmp_path / "report"
    result = runner.invoke(app, ["report", "transparency", "--from", "2020-01-01", "--to", "2999-01-01",
                                 "--out", str(out)], env=_env(ctx, tmp_path))
    assert result.exit_code == 0, result.output
    assert dict(_csv(out / "summary.csv")[1:])["reports"] == "5"  # the day's four and the late one
    daily = _csv(out / "daily.csv")[1:]
    assert daily[0][0] == "2026-11-23" and daily[-1][1:] != ["0", "0"] and len(daily) < 10
