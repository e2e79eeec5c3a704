"""Dashboard numbers, computed from what happened: cases opened and resolved, actions and reversals."""

from __future__ import annotations

from datetime import timedelta

from tests.people import account, hire, platform, report
from trustdesk.services.enforcement import actions, reversals
from trustdesk.services.oversight import dashboard


def test_queue_depth_counts_the_cases_open_at_each_instant(ctx, clock):
    integration, julie = platform(ctx), hire(ctx, "julie", "moderator")
    start = clock.now()
    first = report(ctx, integration, account(ctx, integration, "a1"))
    clock.advance(hours=1)
    report(ctx, integration, account(ctx, integration, "a2"))
    clock.advance(hours=1)
    actions.propose_action(ctx, actor=julie.principal, ref=account(ctx, integration, "a1"), type="dismiss",
                           reason="fine", case_id=first.case_id)
    clock.advance(hours=1)
    with ctx.db.read() as session:
        series = dashboard.queue_depth(session, start, clock.now(), points=4)
    assert [depth for _, depth in series] == [1, 2, 1, 1]


def test_time_to_first_action_and_reversal_rate_come_from_the_actions_taken(ctx, clock):
    integration, julie = platform(ctx), hire(ctx, "julie", "moderator")
    waits = [timedelta(minutes=5), timedelta(minutes=30), timedelta(hours=2)]
    for i, wait in enumerate(waits):
        ref = account(ctx, integration, f"acc{i}")
        receipt = report(ctx, integration, ref)
        clock.advance(seconds=wait.total_seconds())
        action = actions.propose_action(ctx, actor=julie.principal, ref=ref, type="limit", reason="spam",
                                        case_id=receipt.case_id)
        if i == 0:
            reversals.reverse_action(ctx, actor=julie.principal, action_id=action["id"], reason="too harsh")
    data = dashboard.overview(ctx, actor=julie.principal)
    ttfa = data["time_to_first_action"]
    assert ttfa["cases"] == 3 and ttfa["median_seconds"] == 30 * 60
    assert dict(ttfa["buckets"]) == {"< 15 min": 1, "15–60 min": 1, "1–4 h": 1, "4–24 h": 0, "> 1 day": 0}
    assert data["rates"]["took_effect"] == 3 and data["rates"]["reversed"] == 1
    assert round(data["rates"]["reversal_rate"], 3) == 0.333
    assert data["actions_by_type"] == [{"type": "limit", "took_effect": 3, "waiting": 0, "stopped": 0}]
    assert data["totals"]["open_cases"] == 0


def test_the_appeal_rate_counts_appeals_against_enforcement_that_took_effect(ctx):
    from tests.people import account, platform
    from trustdesk.services.enforcement import actions, appeals

    integration, julie = platform(ctx), hire(ctx, "julie", "moderator")
    executed = [actions.propose_action(ctx, actor=julie.principal, ref=account(ctx, integration, f"a{i}"),
                                       type="limit", reason="spam") for i in range(4)]
    assert dashboard.overview(ctx, actor=julie.principal)["rates"]["appeal_rate"] == 0.0
    appeals.file_appeal(ctx, actor=julie.principal, action_id=executed[0]["id"], appellant="a0", text="not spam")
    rates = dashboard.overview(ctx, actor=julie.principal)["rates"]
    assert rates["appeals"] == 1 and rates["appeal_rate"] == 0.25
