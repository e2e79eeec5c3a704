"""One proposal lifecycle: every kind walks the same table, and only through `transition`."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from trustdesk.domain.actions import ActionState
from trustdesk.domain.errors import Conflict, InvalidTransition
from trustdesk.domain.proposals import (
    STATES_OF,
    TRANSITIONS,
    ProposalKind,
    ProposalState,
    ensure_open_for_review,
    transition,
)

S = ProposalState
SERVICES = Path(__file__).parents[2] / "src" / "trustdesk" / "services"


def test_the_action_states_answered_over_http_keep_their_values():
    assert [state.value for state in ActionState if state in STATES_OF[ProposalKind.ACTION]] == [
        "proposed", "pending_approval", "scheduled", "executed", "reversed", "rejected", "cancelled", "expired",
        "failed"]


@pytest.mark.parametrize("kind", list(ProposalKind))
def test_every_kind_is_pending_then_decided_once_for_good(kind):
    in_effect = {S.EXECUTED, S.APPLIED, S.ACTIVE} & STATES_OF[kind]
    assert len(in_effect) == 1
    for closed in (S.REJECTED, S.CANCELLED, S.EXPIRED):
        assert transition(kind, "pending_approval", closed) == closed.value
        for target in ProposalState:
            with pytest.raises(InvalidTransition):
                transition(kind, closed.value, target)


@pytest.mark.parametrize(("kind", "current", "target"), [
    (ProposalKind.TAG_CHANGE, "pending_approval", S.EXECUTED),  # a tag change is applied, never executed
    (ProposalKind.STAFF_CHANGE, "pending_approval", S.SCHEDULED),  # only actions wait out a delay window
    (ProposalKind.POLICY_VERSION, "pending_approval", S.APPLIED),
    (ProposalKind.ACTION, "pending_approval", S.ACTIVE),
    (ProposalKind.ACTION, "executed", S.CANCELLED),  # an action in force is reversed, not cancelled
    (ProposalKind.ACTION, "pending_approval", S.FAILED),  # only a scheduled action fails at execution
    (ProposalKind.POLICY_VERSION, "pending_approval", S.SUPERSEDED),
    (ProposalKind.TAG_CHANGE, "applied", S.REVERSED),
])
def test_a_kind_cannot_take_a_step_its_lifecycle_lacks(kind, current, target):
    with pytest.raises(InvalidTransition, match=f"that is {current} cannot become {target.value}"):
        transition(kind, current, target)


def test_the_steps_only_actions_and_policies_take():
    assert transition(ProposalKind.ACTION, "scheduled", S.FAILED) == "failed"
    assert transition(ProposalKind.ACTION, "executed", S.REVERSED) == "reversed"
    assert transition(ProposalKind.POLICY_VERSION, "active", S.SUPERSEDED) == "superseded"


def test_the_table_names_every_state():
    assert set(TRANSITIONS) == set(ProposalState)
    for kind, states in STATES_OF.items():
        assert S.PENDING_APPROVAL in states, kind


@pytest.mark.parametrize("state", [s.value for s in ProposalState if s is not S.PENDING_APPROVAL])
def test_only_a_pending_proposal_takes_approvals_or_rejections(state):
    with pytest.raises(Conflict, match=f"tag change pch_1 is {state}"):
        ensure_open_for_review(ProposalKind.TAG_CHANGE, "pch_1", state)
    ensure_open_for_review(ProposalKind.TAG_CHANGE, "pch_1", "pending_approval")


PROPOSAL_MODULES = ["enforcement/actions.py", "enforcement/execution.py", "enforcement/scheduler.py",
                    "safeguards/protection.py", "safeguards/policy_versions.py", "safeguards/staff_changes.py"]


@pytest.mark.parametrize("module", PROPOSAL_MODULES)
def test_no_service_sets_a_proposal_state_without_the_transition_check(module):
    """A state written directly (as the scheduler once wrote failed and expired) would skip the table."""
    tree = ast.parse((SERVICES / module).read_text())
    checked_names = {target.id for node in ast.walk(tree) if isinstance(node, ast.Assign) and _is_transition(node.value)
                     for target in node.targets if isinstance(target, ast.Name)}
    unchecked = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Assign):
            continue
        for target in node.targets:
            names = target.elts if isinstance(target, ast.Tuple) else [target]
            values = node.value.elts if isinstance(node.value, ast.Tuple) else [node.value] * len(names)
            for name, value in zip(names, values, strict=True):
                if isinstance(name, ast.Attribute) and name.attr == "state":
                    checked_earlier = isinstance(value, ast.Name) and value.id in checked_names
                    if not (_is_transition(value) or checked_earlier):
                        unchecked.append(f"{module}:{node.lineno}")
    assert unchecked == []


def _is_transition(value: ast.expr) -> bool:
    return isinstance(value, ast.Call) and getattr(value.func, "id", "") == "transition"
