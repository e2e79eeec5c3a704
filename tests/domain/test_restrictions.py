"""Restrictions combine as holds: lifting one never lifts or re-imposes another."""

from trustdesk.domain.actions import ActionType
from trustdesk.domain.restrictions import Hold, combined_state, restricts_more
from trustdesk.domain.subjects import SubjectState, SubjectStatus, Visibility


def test_no_holds_is_an_active_visible_subject():
    assert combined_state([]) == SubjectState()


def test_the_strictest_status_wins_whatever_the_order():
    holds = [Hold("a", ActionType.DEACTIVATE), Hold("b", ActionType.SUSPEND), Hold("c", ActionType.LIMIT)]
    assert combined_state(holds).status is SubjectStatus.DEACTIVATED
    assert combined_state(reversed(holds)).status is SubjectStatus.DEACTIVATED


def test_lifting_the_suspension_leaves_a_later_label_and_an_earlier_limit():
    limit, suspend = Hold("a", ActionType.LIMIT), Hold("b", ActionType.SUSPEND)
    label = Hold("c", ActionType.LABEL, "spam")
    state = combined_state([limit, label])
    assert state.status is SubjectStatus.LIMITED and state.labels == ("spam",)
    assert combined_state([limit, suspend, label]).status is SubjectStatus.SUSPENDED


def test_visibility_and_labels_combine_independently_of_status():
    state = combined_state([Hold("a", ActionType.INTERSTITIAL), Hold("b", ActionType.REMOVE),
                            Hold("c", ActionType.LABEL, "x"), Hold("d", ActionType.LABEL, "x")])
    assert state.visibility is Visibility.REMOVED and state.labels == ("x",)


def test_restricts_more_sees_any_added_restriction_and_not_a_lifted_one():
    active, suspended = SubjectState(), SubjectState(status=SubjectStatus.SUSPENDED)
    assert restricts_more(suspended, active) and not restricts_more(active, suspended)
    assert restricts_more(SubjectState(labels=("x",)), active)
