"""Random interleavings of proposals, approvals, reversals, restores, appeals, break-glass, staff changes,
token issuance, reach drops, access ends, time, scheduler ticks and restarts: the promise holds after each."""

from __future__ import annotations

from hypothesis import HealthCheck, Phase
from hypothesis import settings as run_settings
from hypothesis.stateful import run_state_machine_as_test

from tests.conftest import T0
from tests.support.safeguards_model import machine_for


def test_no_interleaving_lets_one_person_take_down_an_account_that_matters(database, settings):
    machine = machine_for(database, settings, T0)
    run_state_machine_as_test(machine, settings=run_settings(
        max_examples=8, stateful_step_count=25, deadline=None, derandomize=True, database=None,
        phases=[Phase.explicit, Phase.generate],  # shrinking can take minutes; bench/ shrinks a counterexample
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))
    assert machine.stats.steps >= 60, machine.stats  # it really drove the services
