from __future__ import annotations

import threading

import pytest

from tests.people import account, hire, platform, report
from trustdesk.domain.errors import Conflict, NotFound
from trustdesk.services.review import cases


def test_claiming_a_case_takes_a_lease_that_keeps_others_out(ctx):
    integration = platform(ctx)
    receipt = report(ctx, integration, account(ctx, integration, "acc1"))
    julie, karim = hire(ctx, "julie", "moderator"), hire(ctx, "karim", "moderator")
    claimed = cases.claim_case(ctx, actor=julie.principal, case_id=receipt.case_id)
    assert claimed["state"] == "in_review"
    assert claimed["claimed_by"] == julie.id
    with pytest.raises(Conflict, match="claimed by julie"):
        cases.claim_case(ctx, actor=karim.principal, case_id=receipt.case_id)


def test_an_expired_lease_lets_another_moderator_claim(ctx, clock):
    integration = platform(ctx)
    receipt = report(ctx, integration, account(ctx, integration, "acc1"))
    julie, karim = hire(ctx, "julie", "moderator"), hire(ctx, "karim", "moderator")
    cases.claim_case(ctx, actor=julie.principal, case_id=receipt.case_id)
    clock.advance(minutes=ctx.settings.lease_minutes, seconds=1)
    assert cases.claim_case(ctx, actor=karim.principal, case_id=receipt.case_id)["claimed_by"] == karim.id


def test_releasing_a_case_puts_it_back_in_the_open_queue(ctx):
    integration = platform(ctx)
    receipt = report(ctx, integration, account(ctx, integration, "acc1"))
    julie = hire(ctx, "julie", "moderator")
    cases.claim_case(ctx, actor=julie.principal, case_id=receipt.case_id)
    released = cases.release_case(ctx, actor=julie.principal, case_id=receipt.case_id)
    assert released["state"] == "open" and released["claimed_by"] is None


def test_two_moderators_claiming_at_once_never_both_hold_the_case(ctx):
    integration = platform(ctx)
    receipt = report(ctx, integration, account(ctx, integration, "acc1"))
    people = [hire(ctx, f"mod{i}", "moderator") for i in range(6)]
    winners, losers = [], []

    def claim(person) -> None:
        try:
            winners.append(cases.claim_case(ctx, actor=person.principal, case_id=receipt.case_id)["claimed_by"])
        except Conflict:
            losers.append(person.id)

    threads = [threading.Thread(target=claim, args=(p,)) for p in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(winners) == 1 and len(losers) == 5


def test_cases_list_filters_by_category_and_subject_and_orders_by_priority(ctx):
    integration = platform(ctx)
    spam = report(ctx, integration, account(ctx, integration, "spammer"), category="spam")
    threat = report(ctx, integration, account(ctx, integration, "threatener"), category="threat")
    mod = hire(ctx, "mod", "moderator")
    listed = cases.list_cases(ctx, actor=mod.principal)
    assert [c["id"] for c in listed] == [threat.case_id, spam.case_id]
    assert [c["id"] for c in cases.list_cases(ctx, actor=mod.principal, category="spam")] == [spam.case_id]
    by_subject = cases.list_cases(ctx, actor=mod.principal, subject=account(ctx, integration, "threatener"))
    assert [c["id"] for c in by_subject] == [threat.case_id]


def test_viewing_an_unknown_case_is_not_found(ctx):
    mod = hire(ctx, "mod", "moderator")
    with pytest.raises(NotFound):
        cases.get_case(ctx, actor=mod.principal, case_id="case_nope")
