"""Shadow mode: what a new policy would have decided differently on past requests."""

from datetime import timedelta

from tests.policy.conftest import NOW, ORDINARY, POTUS, account, staff
from trustdesk.domain.actions import ActionType
from trustdesk.policy import SafeguardPolicy
from trustdesk.policy.diff import Change, ReplayCase, compare, summarize
from trustdesk.policy.loader import DEFAULT_DIR

DEFAULT_CEDAR = (DEFAULT_DIR / "safeguards.cedar").read_text()
CASES = [
    ReplayCase(ActionType.WARN, ORDINARY, staff("Mo"), NOW, label="act-1"),
    ReplayCase(ActionType.DEACTIVATE, POTUS, staff("Mo"), NOW, label="act-2"),
    ReplayCase(ActionType.DEACTIVATE, POTUS, staff("Bahtiyar", contractor=True), NOW - timedelta(hours=1)),
    ReplayCase(ActionType.SUSPEND, account("m", 50_000), staff("Mo"), NOW),
]


def test_a_longer_critical_delay_shows_up_as_stricter_only_where_it_applies(policy: SafeguardPolicy):
    slower = SafeguardPolicy.from_text(DEFAULT_CEDAR, {"delay_minutes": {"critical": 30}})
    rows = compare(policy, slower, CASES)
    assert [row.change for row in rows] == [Change.SAME, Change.STRICTER, Change.SAME, Change.SAME]
    assert rows[1].describe() == (
        "act-2: deactivate on @realDonaldTrump by Mo: 2 approvals from senior or admin + 10 min delay"
        " -> 2 approvals from senior or admin + 30 min delay (critical-takedown)"
    )
    assert summarize(rows) == {"same": 3, "stricter": 1, "looser": 0, "different": 0}


def test_dropping_a_refusal_shows_up_as_looser(policy: SafeguardPolicy):
    start = DEFAULT_CEDAR.index('@id("contractor-critical-takedown")')
    end = DEFAULT_CEDAR.index(";", start) + 1
    lenient = SafeguardPolicy.from_text(DEFAULT_CEDAR[:start] + DEFAULT_CEDAR[end:])
    rows = compare(policy, lenient, CASES)
    assert [row.changed for row in rows] == [False, False, True, False]
    assert rows[2].change is Change.LOOSER
    assert "denied -> 2 approvals from senior or admin + 10 min delay" in rows[2].describe()


def test_requiring_seniors_instead_of_moderators_is_stricter(policy: SafeguardPolicy):
    stricter = SafeguardPolicy.from_text(DEFAULT_CEDAR.replace(
        '@approver_roles("moderator,senior,admin")\npermit (principal in Role::"moderator", '
        'action in Action::"high-impact"',
        '@approver_roles("senior,admin")\npermit (principal in Role::"moderator", action in Action::"high-impact"',
    ))
    rows = compare(policy, stricter, CASES)
    assert rows[3].change is Change.STRICTER
