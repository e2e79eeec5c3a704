"""Queues: who sees what, claim-next under concurrency, leases and SLAs."""

from __future__ import annotations

import threading

import pytest

from tests.people import account, hire, platform, report
from trustdesk.domain.errors import NotFound, NotPermitted
from trustdesk.services.review import cases, queues


def _protected_case(ctx, integration):
    vip = account(ctx, integration, "head-of-state", followers=41_700_000, tags=["public-interest"])
    return report(ctx, integration, vip, category="threat", reporter="angry", text="you will pay for this")


def test_a_moderator_never_sees_or_claims_from_the_senior_only_queue(ctx):
    integration = platform(ctx)
    protected = _protected_case(ctx, integration)
    ordinary = report(ctx, integration, account(ctx, integration, "someone"), category="spam")
    mod, senior = hire(ctx, "mod", "moderator"), hire(ctx, "sen", "senior")
    assert "protected" not in [q["name"] for q in queues.list_queues(ctx, actor=mod.principal)]
    assert [c["id"] for c in cases.list_cases(ctx, actor=mod.principal)] == [ordinary.case_id]
    with pytest.raises(NotFound):
        cases.get_case(ctx, actor=mod.principal, case_id=protected.case_id)
    with pytest.raises(NotFound):
        cases.claim_case(ctx, actor=mod.principal, case_id=protected.case_id)
    with pytest.raises(NotPermitted, match="senior"):
        queues.claim_next(ctx, actor=mod.principal, queue="protected")
    # claim-next over every queue the moderator sees skips the more urgent protected case
    assert queues.claim_next(ctx, actor=mod.principal)["id"] == ordinary.case_id
    assert queues.claim_next(ctx, actor=mod.principal) is None
    assert queues.claim_next(ctx, actor=senior.principal)["id"] == protected.case_id


def test_claim_next_hands_the_highest_priority_case_and_never_the_same_one_twice(ctx):
    integration = platform(ctx)
    receipts = [report(ctx, integration, account(ctx, integration, f"acc{i}", followers=10 ** (i % 6)),
                       category=("threat", "harassment", "spam")[i % 3], reporter=f"r{i}",
                       text="I will hurt you" if i % 3 == 0 else "annoying posts")
                for i in range(12)]
    people = [hire(ctx, f"mod{i}", "moderator") for i in range(8)]
    claimed, failures = [], []

    def claim(person) -> None:
        try:
            case = queues.claim_next(ctx, actor=person.principal)
            claimed.append(case["id"] if case else None)
        except Exception as error:  # noqa: BLE001 - asserted below
            failures.append(error)

    threads = [threading.Thread(target=claim, args=(p,)) for p in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert None not in claimed and len(set(claimed)) == len(claimed) == 8
    by_priority = cases.list_cases(ctx, actor=people[0].principal, limit=50)  # open and in review, highest first
    assert set(claimed) == {c["id"] for c in by_priority[:8]}
    assert len({r.case_id for r in receipts}) == 12
    # in order, one after another, claim-next hands the remaining cases highest first
    rest = [queues.claim_next(ctx, actor=people[0].principal) for _ in range(4)]
    assert [c["priority"] for c in rest] == sorted((c["priority"] for c in rest), reverse=True)
    assert queues.claim_next(ctx, actor=people[0].principal) is None


def test_an_expired_lease_returns_the_case_to_claim_next(ctx, clock):
    integration = platform(ctx)
    receipt = report(ctx, integration, account(ctx, integration, "acc"))
    julie, karim = hire(ctx, "julie", "moderator"), hire(ctx, "karim", "moderator")
    assert queues.claim_next(ctx, actor=julie.principal)["id"] == receipt.case_id
    assert queues.claim_next(ctx, actor=karim.principal) is None
    clock.advance(minutes=ctx.settings.lease_minutes - 1)
    assert queues.claim_next(ctx, actor=karim.principal) is None
    clock.advance(minutes=1)
    taken = queues.claim_next(ctx, actor=karim.principal)
    assert taken["id"] == receipt.case_id and taken["claimed_by"] == karim.id


def test_sla_breach_is_flagged_after_the_sla_passes(ctx, clock):
    integration = platform(ctx)
    receipt = report(ctx, integration, account(ctx, integration, "acc"), category="threat",
                     text="I know where you live and I will hurt you")
    mod = hire(ctx, "mod", "moderator")
    view = cases.get_case(ctx, actor=mod.principal, case_id=receipt.case_id)
    assert view["queue"] == "safety" and view["sla_breached"] is False
    assert view["sla_due_at"] == "2026-11-23T13:00:00+00:00"  # an hour after the first report
    clock.advance(minutes=59)
    assert cases.get_case(ctx, actor=mod.principal, case_id=receipt.case_id)["sla_breached"] is False
    clock.advance(minutes=1)
    assert cases.get_case(ctx, actor=mod.principal, case_id=receipt.case_id)["sla_breached"] is True
    safety = next(q for q in queues.list_queues(ctx, actor=mod.principal) if q["name"] == "safety")
    assert safety["sla_breached"] == 1 and safety["oldest_age_seconds"] == 3600


def test_queue_listing_shows_depth_claimable_and_oldest_case(ctx, clock):
    integration = platform(ctx)
    for i in range(3):
        report(ctx, integration, account(ctx, integration, f"acc{i}"), category="spam", text="ads all day long")
        clock.advance(minutes=10)
    triage = hire(ctx, "tri", "triage")
    queues.claim_next(ctx, actor=triage.principal)
    listed = queues.list_queues(ctx, actor=triage.principal)
    assert [q["name"] for q in listed] == ["general"]  # triage sees only the queue open to triage
    assert (listed[0]["depth"], listed[0]["claimable"], listed[0]["oldest_age_seconds"]) == (3, 2, 1800)


def test_an_operator_queue_file_replaces_the_default(ctx, tmp_path, monkeypatch):
    queue_file = tmp_path / "queues.toml"
    queue_file.write_text(
        '[[queues]]\nname = "scams"\ntitle = "Scams"\ncategories = ["scam"]\nmin_role = "senior"\nsla_minutes = 30\n'
        '[[queues]]\nname = "rest"\nsla_minutes = 600\n', encoding="utf-8")
    monkeypatch.setenv("TRUSTDESK_QUEUES", str(queue_file))
    integration = platform(ctx)
    scam = report(ctx, integration, account(ctx, integration, "a"), category="scam", text="send me bitcoin")
    mod = hire(ctx, "mod", "moderator")
    assert [q["name"] for q in queues.list_queues(ctx, actor=mod.principal)] == ["rest"]
    with pytest.raises(NotFound):
        cases.get_case(ctx, actor=mod.principal, case_id=scam.case_id)
    with pytest.raises(NotFound, match="no queue 'french'"):
        queues.claim_next(ctx, actor=mod.principal, queue="french")
