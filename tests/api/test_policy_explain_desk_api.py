"""`GET /policy/explain?desk=…` answers desk permissions as `trustdesk policy explain --desk` does: yes or no,
the deciding rule by its @id, and the roles that may; for the caller, or `as` a named member."""

from __future__ import annotations

from tests.people import account, hire, platform
from trustdesk.api.responses_admin import DeskExplanation
from trustdesk.api.responses_common import DecisionView
from trustdesk.domain.permissions import DeskPermission

API = "/api/v1"


def _explain(client, person, **params):
    return client.get(f"{API}/policy/explain", headers=person.headers, params=params)


def test_a_senior_is_told_which_rule_lets_them_read_the_audit_log(ctx, client):
    sam = hire(ctx, "sam", "senior")
    answer = _explain(client, sam, desk="read_audit_log")
    assert answer.status_code == 200, answer.text
    explained = DeskExplanation.model_validate(answer.json())
    assert (explained.who, explained.role) == ("sam", "senior")
    (decision,) = explained.permissions
    assert decision.permission == "read-audit-log" and decision.allowed
    assert decision.policy_ids == ["read-audit-log"]
    assert decision.reasons == ["seniors and admins read the audit log"]
    assert decision.roles_allowed == ["senior", "admin"]
    assert explained.policy_digest == ctx.policy.digest
    first_line = explained.explanation.splitlines()[0]
    assert first_line == "sam (senior) may read the audit log (desk permission read-audit-log)"


def test_explaining_as_a_moderator_says_what_trusted_flaggers_need(ctx, client):
    sam = hire(ctx, "sam", "senior")
    hire(ctx, "julie", "moderator")
    answer = _explain(client, sam, desk="grant-trusted-flagger", **{"as": "julie"})
    assert answer.status_code == 200, answer.text
    explained = DeskExplanation.model_validate(answer.json())
    (decision,) = explained.permissions
    assert explained.who == "julie" and not decision.allowed and decision.policy_ids == []
    assert decision.roles_allowed == ["admin"]
    assert "no policy allows it; this needs the admin role or higher" in decision.explanation


def test_desk_all_lists_every_permission_with_the_same_words_as_the_cli(ctx, client):
    julie = hire(ctx, "julie", "moderator")
    explained = DeskExplanation.model_validate(_explain(client, julie, desk="all").json())
    assert [d.permission for d in explained.permissions] == [p.value for p in DeskPermission]
    assert explained.explanation.count("(desk permission ") == len(DeskPermission)
    allowed = {d.permission for d in explained.permissions if d.allowed}
    assert "read-policy" in allowed and "manage-staff" not in allowed


def test_an_unknown_permission_or_member_is_a_422_json_error(ctx, client):
    sam = hire(ctx, "sam", "senior")
    unknown = _explain(client, sam, desk="launch-rockets")
    assert unknown.status_code == 422
    assert unknown.json()["error"]["code"] == "invalid_input"
    assert "unknown desk permission 'launch-rockets'" in unknown.json()["error"]["message"]
    nobody = _explain(client, sam, desk="read-audit-log", **{"as": "nobody"})
    assert nobody.status_code == 422
    assert nobody.json()["error"] == {"code": "invalid_input", "message": "no staff member 'nobody'",
                                      "field": "as"}


def test_reading_the_policy_is_needed_and_another_members_permissions_need_the_staff_list(ctx, client):
    trix = hire(ctx, "trix", "triage")
    refused = _explain(client, trix, desk="read-audit-log")
    assert refused.status_code == 403
    assert refused.json()["error"]["message"] == "this needs the moderator role or higher"
    julie = hire(ctx, "julie", "moderator")
    assert _explain(client, julie, desk="see-staff", **{"as": "julie"}).status_code == 200
    # A moderator may not see the staff list, so may not learn a colleague's role (or whether a name exists).
    for name in ("trix", "nobody"):
        other = _explain(client, julie, desk="see-staff", **{"as": name})
        assert other.status_code == 403, other.text
        assert other.json()["error"]["message"] == "this needs the senior role or higher"


def test_the_action_explanation_is_unchanged_and_ambiguous_questions_are_refused(ctx, client):
    integration, julie = platform(ctx), hire(ctx, "julie", "moderator")
    account(ctx, integration, "a1", followers=50)
    action = _explain(client, julie, type="warn", subject_kind="account", subject_id="a1")
    assert action.status_code == 200 and DecisionView.model_validate(action.json()).allowed
    for params in ({}, {"type": "warn"}, {"desk": "read-policy", "type": "warn"},
                   {"type": "warn", "subject_kind": "account", "subject_id": "a1", "as": "julie"}):
        answer = _explain(client, julie, **params)
        assert answer.status_code == 422, (params, answer.text)
        assert answer.json()["error"]["code"] == "invalid_input"
