"""Evidence kept at report time: what was reported survives the platform syncing an edited version, and the
content score is computed on the reported content, not on the reporter's words."""

from __future__ import annotations

from tests.people import hire, platform, post, report
from trustdesk.services.intake import platform_sync, reports
from trustdesk.services.review import cases
from trustdesk.services.review.case_priority import explain_case


def test_the_case_shows_what_was_reported_next_to_what_the_post_says_now(ctx):
    integration = platform(ctx)
    julie = hire(ctx, "julie", "moderator")
    ref = post(ctx, integration, "p1", "a1", content="I will kill you tonight")
    filed = report(ctx, integration, ref, category="threat", text="please look at this")
    # The author edits the post; the platform syncs the new text.
    platform_sync.sync_subject(ctx, actor=integration.principal, ref=ref, handle=None, followers=None,
                               verified=False, tags=[], author_id="a1", content="have a nice day")
    case = cases.get_case(ctx, actor=julie.principal, case_id=filed.case_id)
    [kept] = case["reports"]
    assert kept["reported"]["text"] == "I will kill you tonight"
    assert case["current"]["text"] == "have a nice day"
    assert kept["edited_since"] == ["text"]


def test_a_snapshot_sent_with_the_report_is_kept_as_sent(ctx):
    integration = platform(ctx)
    julie = hire(ctx, "julie", "moderator")
    ref = post(ctx, integration, "p2", "a1", content="edited already")
    snapshot = {"text": "original words", "handle": "author1", "links": ["https://x.example/a"],
                "media": [{"ref": "media/9.jpg", "sha256": "cd" * 32}]}
    filed = reports.file_report(ctx, actor=integration.principal, ref=ref, category="spam", text="spam",
                                reporter="u1", snapshot=snapshot)
    [kept] = cases.get_case(ctx, actor=julie.principal, case_id=filed.case_id)["reports"]
    assert kept["reported"] == snapshot
    assert kept["edited_since"] == ["text", "handle"]


def test_the_content_score_comes_from_the_reported_content_not_the_reporters_words(ctx):
    integration = platform(ctx)
    julie = hire(ctx, "julie", "moderator")
    threat = post(ctx, integration, "p3", "a1", content="I will kill you, I know where you live")
    calm = post(ctx, integration, "p4", "a1", content="lovely weather today")
    on_threat = report(ctx, integration, threat, category="threat", text="see this", reporter="r1")
    on_calm = report(ctx, integration, calm, category="threat", text="I will kill you, I know where you live",
                     reporter="r2")
    threat_signals = explain_case(ctx, actor=julie.principal, case_id=on_threat.case_id)
    calm_signals = explain_case(ctx, actor=julie.principal, case_id=on_calm.case_id)
    assert threat_signals["reports"][0]["abuse"] > calm_signals["reports"][0]["abuse"]
