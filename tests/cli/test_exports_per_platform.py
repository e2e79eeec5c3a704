"""Exports name the platform: each platform submits to the DSA Transparency Database under its own account (puid
unique per platform), and the transparency report breaks its numbers down per platform with correct totals."""

from __future__ import annotations

import csv
import json
import re

import pytest
from typer.testing import CliRunner

from tests.people import account, hire, platform, post, report
from trustdesk.cli.app import app
from trustdesk.domain.dsa_rules import validate_batch
from trustdesk.services.enforcement import actions, appeals

runner = CliRunner()


def _env(ctx, tmp_path):
    return {"TRUSTDESK_DATABASE_URL": ctx.db.url, "TRUSTDESK_DATA_DIR": str(tmp_path / "data")}


@pytest.fixture
def two_platforms(ctx, clock):
    """On 23 November: "alpha" (the default platform, registered first) suspends one account; "beta" suspends
    one account, removes one post and warns a third account, and one of its decisions is appealed and overturned."""
    alpha, beta = platform(ctx, "alpha"), platform(ctx, "beta")
    julie, karim = hire(ctx, "julie", "moderator"), hire(ctx, "karim", "moderator")
    a1 = account(ctx, alpha, "u1")
    filed = report(ctx, alpha, a1, category="harassment")
    actions.propose_action(ctx, actor=julie.principal, ref=a1, type="suspend", duration_hours=24, reason="insults",
                           case_id=filed.case_id)
    clock.advance(hours=1)
    # The same account id on the other platform is another person.
    b1 = account(ctx, beta, "u1")
    filed = report(ctx, beta, b1, category="spam")
    suspension = actions.propose_action(ctx, actor=julie.principal, ref=b1, type="suspend", duration_hours=24,
                                        reason="spam", case_id=filed.case_id)
    account(ctx, beta, "u2")
    p1 = post(ctx, beta, "p1", "u2").on("beta")
    filed = report(ctx, beta, p1, category="scam")
    report(ctx, beta, p1, category="scam", reporter="another")
    actions.propose_action(ctx, actor=julie.principal, ref=p1, type="remove", reason="phishing",
                           case_id=filed.case_id)
    b3 = account(ctx, beta, "u3")
    actions.propose_action(ctx, actor=julie.principal, ref=b3, type="warn", reason="rude")
    appeal = appeals.file_appeal(ctx, actor=karim.principal, action_id=suspension["id"], appellant="u1",
                                 text="not spam")
    appeals.decide_appeal(ctx, actor=karim.principal, appeal_id=appeal["id"], overturn=True, reason="not spam")


def test_dsa_export_without_a_platform_writes_one_file_per_platform(ctx, tmp_path, two_platforms):
    out = tmp_path / "dsa.json"
    result = runner.invoke(app, ["export", "dsa", "--out", str(out)], env=_env(ctx, tmp_path))
    assert result.exit_code == 0, result.output
    alpha = json.loads(out.read_text())  # the default platform's statements, as for a single platform
    beta = json.loads((tmp_path / "dsa.beta.json").read_text())
    assert [s["decision_account"] for s in alpha] == ["DECISION_ACCOUNT_SUSPENDED"]
    assert [s.get("decision_account") or s.get("decision_visibility") for s in beta] == [
        "DECISION_ACCOUNT_SUSPENDED", ["DECISION_VISIBILITY_CONTENT_REMOVED"]]
    assert "1 statements of platform alpha written to" in result.output
    assert "2 statements of platform beta written to" in result.output and "dsa.beta.json" in result.output
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".json") == ["dsa.beta.json", "dsa.json"]


def test_dsa_export_of_one_platform_holds_only_its_statements_in_the_databases_own_fields(ctx, tmp_path,
                                                                                         two_platforms):
    out = tmp_path / "beta.json"
    result = runner.invoke(app, ["export", "dsa", "--platform", "beta", "--out", str(out),
                                 "--batches", str(tmp_path / "batches")], env=_env(ctx, tmp_path))
    assert result.exit_code == 0, result.output
    statements = json.loads(out.read_text())
    assert len(statements) == 2 and validate_batch(statements) == []
    assert len({s["puid"] for s in statements}) == 2
    # No invented field names the platform: the database would drop it; the file and batches name it instead.
    assert not any("platform" in key for s in statements for key in s)
    assert "beta" not in json.dumps(statements)
    assert [p.name for p in sorted((tmp_path / "batches").iterdir())] == ["batch-beta-0001.json"]
    assert json.loads((tmp_path / "batches" / "batch-beta-0001.json").read_text()) == {"statements": statements}
    assert "2 statements of platform beta written to" in result.output


def test_dsa_export_of_an_unknown_platform_is_refused(ctx, tmp_path, two_platforms):
    result = runner.invoke(app, ["export", "dsa", "--platform", "gamma", "--out", str(tmp_path / "x.json")],
                           env=_env(ctx, tmp_path))
    assert result.exit_code == 2 and "no platform named 'gamma'" in result.output
    assert "alpha" in result.output and "beta" in result.output


def _csv(path):
    with path.open(encoding="utf-8") as handle:
        return list(csv.reader(handle))


def test_the_transparency_report_breaks_its_numbers_down_per_platform(ctx, tmp_path, two_platforms):
    out = tmp_path / "report"
    result = runner.invoke(app, ["report", "transparency", "--from", "2026-11-23", "--to", "2026-11-23",
                                 "--out", str(out)], env=_env(ctx, tmp_path))
    assert result.exit_code == 0, result.output
    header, *rows = _csv(out / "platforms.csv")
    assert header == ["platform", "reports", "actions", "statements_of_reasons", "appeals", "appeals_overturned",
                      "reversals"]
    assert sorted(rows) == [["alpha", "1", "1", "1", "0", "0", "0"], ["beta", "3", "3", "2", "1", "1", "1"]]
    summary = dict(_csv(out / "summary.csv")[1:])
    assert summary["reports"] == "4" and summary["actions"] == "4" and summary["statements_of_reasons"] == "3"
    assert summary["appeals"] == "1" and summary["reversals"] == "1"
    # reports.csv and platform_actions.csv name the subject's platform on every row.
    assert sorted(_csv(out / "reports.csv")[1:]) == [
        ["alpha", "harassment", "user", "1"], ["beta", "scam", "user", "2"], ["beta", "spam", "user", "1"]]
    assert sorted(_csv(out / "platform_actions.csv")[1:]) == [
        ["alpha", "suspend", "incompatible_with_terms", "1"], ["beta", "remove", "incompatible_with_terms", "1"],
        ["beta", "suspend", "incompatible_with_terms", "1"], ["beta", "warn", "incompatible_with_terms", "1"]]
    assert sorted(_csv(out / "actions.csv")[1:]) == [  # the totals, as before
        ["remove", "incompatible_with_terms", "1"], ["suspend", "incompatible_with_terms", "2"],
        ["warn", "incompatible_with_terms", "1"]]
    page = (out / "index.html").read_text()
    section = page[page.index('id="table-platforms"'):]
    section = section[:section.index("</table>")]
    cells = [re.sub(r"<[^>]+>", "", cell) for cell in re.findall(r"<td[^>]*>(.*?)</td>", section)]
    assert cells == ["alpha", "1", "1", "1", "0", "0", "0", "beta", "3", "3", "2", "1", "1", "1",
                     "All platforms", "4", "4", "3", "1", "1", "1"]
