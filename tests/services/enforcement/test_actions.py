"""Actions on ordinary subjects: one click, exact reversal, nothing lost."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.people import account, hire, platform, post, report
from trustdesk.domain.errors import InvalidInput, NotFound
from trustdesk.services.base import subjects
from trustdesk.services.enforcement import actions, reversals
from trustdesk.services.enforcement.scheduler import run_due
from trustdesk.storage.tables_platforms import DemoAccountRow, DemoPostRow


@pytest.fixture
def team(ctx):
    integration = platform(ctx)
    return integration, hire(ctx, "julie", "moderator"), hire(ctx, "senior1", "senior")


def _status(ctx, ref, who):
    return subjects.get_subject(ctx, actor=who.principal, ref=ref)


def test_warning_an_ordinary_account_takes_effect_at_once(ctx, team):
    integration, julie, _ = team
    ref = account(ctx, integration, "acc1")
    receipt = report(ctx, integration, ref)
    action = actions.propose_action(ctx, actor=julie.principal, ref=ref, type="warn", reason="first strike",
                                    case_id=receipt.case_id)
    assert action["state"] == "executed"
    from trustdesk.services.review.cases import get_case

    assert get_case(ctx, actor=julie.principal, case_id=receipt.case_id)["state"] == "actioned"


def test_dismissing_closes_the_case_and_a_new_report_opens_a_new_one(ctx, team):
    integration, julie, _ = team
    ref = account(ctx, integration, "acc1")
    first = report(ctx, integration, ref)
    actions.propose_action(ctx, actor=julie.principal, ref=ref, type="dismiss", reason="not abuse",
                           case_id=first.case_id)
    second = report(ctx, integration, ref)
    assert second.case_id != first.case_id


def test_reversing_a_suspension_returns_the_account_to_its_exact_prior_state(ctx, team):
    integration, julie, _ = team
    ref = account(ctx, integration, "acc1")
    actions.propose_action(ctx, actor=julie.principal, ref=ref, type="label", label="spam-risk", reason="pattern")
    actions.propose_action(ctx, actor=julie.principal, ref=ref, type="limit", reason="spam wave")
    before = _status(ctx, ref, julie)
    suspension = actions.propose_action(ctx, actor=julie.principal, ref=ref, type="suspend", duration_hours=24,
                                        reason="repeat spam")
    assert _status(ctx, ref, julie)["status"] == "suspended"
    reversals.reverse_action(ctx, actor=julie.principal, action_id=suspension["id"], reason="appeal upheld")
    after = _status(ctx, ref, julie)
    assert (after["status"], after["labels"], after["visibility"]) == ("limited", ["spam-risk"], "visible")
    assert (after["status"], after["labels"]) == (before["status"], before["labels"])


def test_deactivation_loses_nothing_of_the_account_on_the_platform(ctx, team):
    integration, julie, _ = team
    with ctx.db.transaction(ctx.clock) as tx:
        tx.session.add(DemoAccountRow(id="acc1", handle="acc1", followers=321, settings={"dm_open": False}))
        tx.session.flush()
        tx.session.add(DemoPostRow(id="acc1-p0", author_id="acc1", text="my post", created_at=tx.now))
    ref = account(ctx, integration, "acc1", followers=321)
    deactivation = actions.propose_action(ctx, actor=julie.principal, ref=ref, type="deactivate", reason="bot")
    assert deactivation["state"] == "executed"
    with ctx.db.read() as session:
        platform_account = session.get(DemoAccountRow, "acc1")
        assert platform_account.status == "deactivated"
        assert platform_account.followers == 321 and platform_account.settings == {"dm_open": False}
        assert session.execute(select(DemoPostRow).where(DemoPostRow.author_id == "acc1")).scalars().one()
    reversals.reverse_action(ctx, actor=julie.principal, action_id=deactivation["id"])
    with ctx.db.read() as session:
        assert session.get(DemoAccountRow, "acc1").status == "active"


def test_removing_a_post_hides_it_and_reversal_shows_it_again(ctx, team):
    integration, julie, _ = team
    account(ctx, integration, "author")
    ref = post(ctx, integration, "p1", "author", "spam link")
    removal = actions.propose_action(ctx, actor=julie.principal, ref=ref, type="remove", reason="spam")
    assert _status(ctx, ref, julie)["visibility"] == "removed"
    reversals.reverse_action(ctx, actor=julie.principal, action_id=removal["id"])
    assert _status(ctx, ref, julie)["visibility"] == "visible"


def test_restore_undoes_every_takedown_in_effect_in_one_call(ctx, team):
    integration, julie, _ = team
    ref = account(ctx, integration, "acc1")
    actions.propose_action(ctx, actor=julie.principal, ref=ref, type="limit", reason="a")
    actions.propose_action(ctx, actor=julie.principal, ref=ref, type="suspend", duration_hours=48, reason="b")
    actions.propose_action(ctx, actor=julie.principal, ref=ref, type="restore", reason="mistake")
    assert _status(ctx, ref, julie)["status"] == "active"


def test_reversing_an_earlier_action_lifts_only_its_own_restriction(ctx, team):
    integration, julie, _ = team
    ref = account(ctx, integration, "acc1")
    limit = actions.propose_action(ctx, actor=julie.principal, ref=ref, type="limit", reason="a")
    suspend = actions.propose_action(ctx, actor=julie.principal, ref=ref, type="suspend", duration_hours=2,
                                     reason="b")
    reversals.reverse_action(ctx, actor=julie.principal, action_id=limit["id"])
    assert _status(ctx, ref, julie)["status"] == "suspended"  # the later suspension still holds
    reversals.reverse_action(ctx, actor=julie.principal, action_id=suspend["id"])
    assert _status(ctx, ref, julie)["status"] == "active"


def test_a_timed_suspension_ends_by_itself_and_restores_the_prior_state(ctx, team, clock):
    integration, julie, _ = team
    ref = account(ctx, integration, "acc1")
    actions.propose_action(ctx, actor=julie.principal, ref=ref, type="suspend", duration_hours=24, reason="cool off")
    clock.advance(hours=23, minutes=59)
    run_due(ctx)
    assert _status(ctx, ref, julie)["status"] == "suspended"
    clock.advance(minutes=2)
    assert len(run_due(ctx).ended) == 1
    assert _status(ctx, ref, julie)["status"] == "active"


def test_suspend_without_a_duration_is_refused_naming_the_field(ctx, team):
    integration, julie, _ = team
    ref = account(ctx, integration, "acc1")
    with pytest.raises(InvalidInput) as error:
        actions.propose_action(ctx, actor=julie.principal, ref=ref, type="suspend", reason="x")
    assert error.value.field == "duration_hours"


def test_removing_an_account_is_refused_because_remove_is_for_posts(ctx, team):
    integration, julie, _ = team
    with pytest.raises(InvalidInput, match="does not apply"):
        actions.propose_action(ctx, actor=julie.principal, ref=account(ctx, integration, "a"), type="remove",
                               reason="x")


def test_acting_on_an_unknown_subject_is_not_found(ctx, team):
    _, julie, _ = team
    from trustdesk.domain.subjects import SubjectKind, SubjectRef

    with pytest.raises(NotFound):
        actions.propose_action(ctx, actor=julie.principal, ref=SubjectRef(SubjectKind.ACCOUNT, "ghost"),
                               type="warn", reason="x")
