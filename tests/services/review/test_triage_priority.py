"""Priority through intake: what a case's score and line say, and why one case comes before another."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.people import account, hire, platform, post, report
from trustdesk.domain.subjects import SubjectKind, SubjectRef
from trustdesk.services.enforcement import actions
from trustdesk.services.intake.reporters import set_trusted_flagger
from trustdesk.services.review import account_rollup as rollups
from trustdesk.services.review import cases
from trustdesk.services.review.case_priority import recompute_priorities
from trustdesk.storage.tables_triage import ReportSignalRow
from trustdesk.triage.signals import ContentSignals

FRENCH_THREAT = "Je vais te retrouver et te tuer, je sais où tu habites."


def _case(ctx, who, case_id: str) -> dict:
    return cases.get_case(ctx, actor=who.principal, case_id=case_id)


def test_a_french_threat_with_one_reporter_outranks_spam_with_fifty_new_account_reporters(ctx, clock):
    integration = platform(ctx)
    threat = report(ctx, integration, account(ctx, integration, "target", followers=800), category="threat",
                    reporter="marie", text=FRENCH_THREAT)
    spammed = account(ctx, integration, "big-brand", followers=50_000)
    for i in range(50):
        clock.advance(seconds=4)
        spam = report(ctx, integration, spammed, category="spam", reporter=f"fresh-{i}",
                      text="this account is spam, everyone report it")
    mod = hire(ctx, "mod", "moderator")
    threat_case, spam_case = _case(ctx, mod, threat.case_id), _case(ctx, mod, spam.case_id)
    assert threat_case["priority"] > spam_case["priority"]
    assert [c["id"] for c in cases.list_cases(ctx, actor=mod.principal)] == [threat.case_id, spam.case_id]
    assert threat_case["language"] == "fr" and threat_case["queue"] == "french"
    assert threat_case["priority_line"].startswith("threat · FR · 1 ")
    # The brigade is counted, and shown for what it is: fifty reporters worth far fewer independent ones.
    assert spam_case["unique_reporters"] == 50
    assert "50 reporters ≈" in spam_case["priority_line"]


def test_every_case_shows_its_priority_line_with_category_language_reporters_and_reach(ctx):
    integration = platform(ctx)
    head = account(ctx, integration, "head-of-state", followers=41_700_000, verified=True, tags=["public-interest"])
    for name in ("ann", "bob", "cyd"):
        receipt = report(ctx, integration, head, category="threat", reporter=name,
                         text="I am going to kill you, you will not see it coming")
    senior = hire(ctx, "sen", "senior")
    line = _case(ctx, senior, receipt.case_id)["priority_line"]
    assert line.startswith("threat · EN · 3 ")
    assert "41.7M reach" in line and "critical tier" in line


def test_reports_about_a_post_roll_up_to_its_authors_account_view(ctx):
    integration = platform(ctx)
    author = account(ctx, integration, "author", followers=2_000)
    first, second = post(ctx, integration, "p1", "author"), post(ctx, integration, "p2", "author")
    report(ctx, integration, first, category="harassment", reporter="a")
    report(ctx, integration, first, category="harassment", reporter="b")
    report(ctx, integration, second, category="hate", reporter="c")
    own = report(ctx, integration, author, category="spam", reporter="d")
    report(ctx, integration, post(ctx, integration, "elsewhere", "someone-else"), category="spam", reporter="e")
    mod = hire(ctx, "mod", "moderator")
    view = rollups.account_rollup(ctx, actor=mod.principal, ref=author)
    assert view["open_cases"] == 3 and view["open_cases_on_posts"] == 2 and view["open_reports"] == 4
    assert {c["subject"]["id"] for c in view["cases"]} == {"p1", "p2", "author"}
    assert own.case_id in {c["id"] for c in view["cases"]}


def test_a_trusted_flaggers_report_outranks_the_same_report_from_an_ordinary_reporter(ctx):
    integration = platform(ctx)
    admin = hire(ctx, "root", "admin")
    set_trusted_flagger(ctx, actor=admin.principal, reporter_id="hotline-ngo", reason="designated under DSA Art. 22")
    flagged = report(ctx, integration, account(ctx, integration, "a1"), category="hate", reporter="hotline-ngo")
    ordinary = report(ctx, integration, account(ctx, integration, "a2"), category="hate", reporter="someone")
    flagged_case, ordinary_case = _case(ctx, admin, flagged.case_id), _case(ctx, admin, ordinary.case_id)
    assert flagged_case["priority"] > ordinary_case["priority"]
    assert "1 trusted flagger" in flagged_case["priority_line"]


def test_reports_moderators_keep_dismissing_weigh_less_next_time(ctx):
    integration = platform(ctx)
    mod = hire(ctx, "mod", "moderator")
    for i in range(8):
        ref = account(ctx, integration, f"innocent{i}")
        receipt = report(ctx, integration, ref, category="harassment", reporter="cries-wolf")
        actions.propose_action(ctx, actor=mod.principal, ref=ref, type="dismiss", reason="no violation",
                               case_id=receipt.case_id)
    wolf = report(ctx, integration, account(ctx, integration, "x1"), category="harassment", reporter="cries-wolf")
    fresh = report(ctx, integration, account(ctx, integration, "x2"), category="harassment", reporter="newcomer")
    assert _case(ctx, mod, wolf.case_id)["priority"] < _case(ctx, mod, fresh.case_id)["priority"]


def test_recomputation_ages_open_cases_toward_and_past_their_sla(ctx, clock):
    integration = platform(ctx)
    receipt = report(ctx, integration, account(ctx, integration, "acc"), category="harassment", reporter="r")
    mod = hire(ctx, "mod", "moderator")
    before = _case(ctx, mod, receipt.case_id)
    clock.advance(hours=25)  # the general queue's SLA is a day
    outcome = recompute_priorities(ctx, batch=1)
    after = _case(ctx, mod, receipt.case_id)
    assert outcome.done and outcome.updated == 1
    assert after["priority"] > before["priority"]
    assert "SLA breached" in after["priority_line"] and after["sla_breached"] is True


def test_cases_are_routed_to_the_first_queue_that_matches(ctx):
    integration = platform(ctx)
    routed = {
        "protected": report(ctx, integration, account(ctx, integration, "vip", tags=["public-interest"]),
                            category="spam", text="spam spam spam everywhere"),
        "french": report(ctx, integration, account(ctx, integration, "fr"), category="spam",
                         text="ce compte envoie des publicités sans arrêt"),
        "safety": report(ctx, integration, account(ctx, integration, "t"), category="threat",
                         text="he said he would come to my house and hurt me"),
        "general": report(ctx, integration, account(ctx, integration, "g"), category="spam",
                          text="this account sends me ads all day long"),
    }
    admin = hire(ctx, "root", "admin")
    assert {q: _case(ctx, admin, r.case_id)["queue"] for q, r in routed.items()} == {q: q for q in routed}


class ConstantScorer:
    """A platform's own model, plugged in by TRUSTDESK_SCORER=module:attr."""

    name = "constant"

    def score_many(self, texts):
        return [ContentSignals("de", 0.99, ("custom",), "custom model") for _ in texts]


def test_a_platform_can_plug_its_own_scorer_or_switch_scoring_off(ctx, monkeypatch):
    integration = platform(ctx)
    monkeypatch.setenv("TRUSTDESK_SCORER", f"{__name__}:ConstantScorer")
    plugged = report(ctx, integration, account(ctx, integration, "a"), text="anything at all")
    monkeypatch.setenv("TRUSTDESK_SCORER", "none")
    unscored = report(ctx, integration, account(ctx, integration, "b"), text="anything at all")
    with ctx.db.read() as session:
        signals = {s.report_id: s for s in session.execute(select(ReportSignalRow)).scalars()}
    assert (signals[plugged.id].language, signals[plugged.id].abuse, signals[plugged.id].scorer) == (
        "de", 0.99, "constant")
    assert (signals[unscored.id].language, signals[unscored.id].abuse) == (None, 0.0)


class BrokenScorer:
    name = "broken"

    def score_many(self, texts):
        raise RuntimeError("model server fell over")


def test_a_broken_scorer_never_loses_a_report(ctx, monkeypatch):
    integration = platform(ctx)
    monkeypatch.setenv("TRUSTDESK_SCORER", f"{__name__}:BrokenScorer")
    receipt = report(ctx, integration, SubjectRef(SubjectKind.ACCOUNT, "a"), category="threat")
    mod = hire(ctx, "mod", "moderator")
    assert _case(ctx, mod, receipt.case_id)["report_count"] == 1


@pytest.mark.parametrize("batch", [1, 3, 500])
def test_recomputation_in_batches_covers_every_open_case_once(ctx, clock, batch):
    integration = platform(ctx)
    for i in range(7):
        report(ctx, integration, account(ctx, integration, f"acc{i}"), reporter=f"r{i}")
    clock.advance(hours=2)
    outcome = recompute_priorities(ctx, batch=batch)
    assert outcome.done and outcome.cases == 7 and outcome.updated == 7
    first = recompute_priorities(ctx, batch=batch, max_batches=1)
    assert first.cases == min(batch, 7) and first.done is (batch > 7)
