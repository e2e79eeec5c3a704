"""One process at a time leads the background work; a leader that stops renewing is replaced."""

from __future__ import annotations

from datetime import timedelta

from trustdesk.services.base.leadership import Leadership, current_leader

LEASE = timedelta(seconds=10)


def test_only_one_of_two_processes_leads_until_its_lease_runs_out(ctx, clock):
    first, second = Leadership(ctx, lease=LEASE, holder="a:1"), Leadership(ctx, lease=LEASE, holder="b:2")
    assert first.try_lead() and first.leads()
    assert not second.try_lead() and not second.leads()
    clock.advance(seconds=5)
    assert first.try_lead()  # renewed: good for another 10 s from here
    clock.advance(seconds=9)
    assert not second.try_lead()
    assert current_leader(ctx)[0] == "a:1"
    # The leader is killed: it renews no more. Once its lease has expired the other takes over...
    clock.advance(seconds=1)
    assert second.try_lead() and current_leader(ctx)[0] == "b:2"
    # ...and the old leader, should it wake up, neither believes it still leads nor takes the lease back.
    assert not first.leads()
    assert not first.try_lead()
    assert second.leads()


def test_a_leader_stops_acting_before_its_lease_could_pass_to_another(ctx, clock):
    leader = Leadership(ctx, lease=LEASE, holder="a:1")
    assert leader.try_lead()
    clock.advance(seconds=9)  # frozen without renewing: inside the safety margin
    assert not leader.leads()


def test_a_clean_stop_hands_the_lease_over_at_once(ctx, clock):
    first, second = Leadership(ctx, lease=LEASE, holder="a:1"), Leadership(ctx, lease=LEASE, holder="b:2")
    assert first.try_lead()
    first.release()
    assert not first.leads()
    assert second.try_lead()


def test_many_contenders_in_one_round_make_exactly_one_leader(ctx):
    contenders = [Leadership(ctx, lease=LEASE, holder=f"p:{i}") for i in range(8)]
    assert sum(c.try_lead() for c in contenders) == 1
    assert sum(c.try_lead() for c in contenders) == 1
