"""Real answers carry the fields the OpenAPI document promises, and nothing the service returned goes missing.

Every answer here also passes the `client` fixture's check that its route's model declares each key it has.
"""

from __future__ import annotations

from tests.people import account, hire, platform, post
from trustdesk.api.responses_actions import ActionDetail, ActionList, ActionView
from trustdesk.api.responses_admin import (
    AuditPage,
    AuditVerification,
    InclusionProof,
    PolicyDescription,
    PolicyVersion,
    StaffList,
)
from trustdesk.api.responses_cases import CaseSummary
from trustdesk.api.responses_common import DecisionView, ErrorResponse
from trustdesk.api.responses_subjects import ReportReceipt, SubjectView, TagChangeView
from trustdesk.policy import SafeguardPolicy

API = "/api/v1"
PROTECTED = {"followers": 41_700_000, "verified": True, "tags": ["public-interest"]}


def _action(subject_id: str, type_: str = "warn", **extra) -> dict:
    return {"subject": {"kind": "account", "id": subject_id}, "type": type_, "reason": "spam", **extra}


def test_a_proposed_action_answers_its_id_state_and_the_policys_explanation(ctx, client):
    integration, julie = platform(ctx), hire(ctx, "julie", "moderator")
    account(ctx, integration, "a1", followers=50)
    answer = client.post(f"{API}/actions", headers=julie.headers, json=_action("a1", "limit"))
    assert answer.status_code == 201
    action = ActionView.model_validate(answer.json())
    assert action.id.startswith("act") and action.state == "executed"
    assert action.explanation and action.explanation == action.decision.explanation
    assert action.subject.status == "limited" and action.decision.allowed

    detail = ActionDetail.model_validate(client.get(f"{API}/actions/{action.id}", headers=julie.headers).json())
    assert (detail.id, detail.approvals) == (action.id, [])
    listed = ActionList.model_validate(client.get(f"{API}/actions", headers=julie.headers,
                                                  params={"state": "executed"}).json())
    assert listed.count == 1 and listed.items[0].proposed_by_name == "julie"


def test_a_rejected_action_answers_who_rejected_it_and_why(ctx, client):
    integration = platform(ctx)
    julie, senior = hire(ctx, "julie", "moderator"), hire(ctx, "senior1", "senior")
    account(ctx, integration, "hos", **PROTECTED)
    proposed = client.post(f"{API}/actions", headers=julie.headers, json=_action("hos", "deactivate")).json()
    assert proposed["state"] == "pending_approval" and proposed["approvals_required"] == 2
    rejected = client.post(f"{API}/actions/{proposed['id']}/reject", headers=senior.headers,
                           json={"reason": "newsworthy"})
    detail = ActionDetail.model_validate(rejected.json())
    assert (detail.state, detail.closed_reason) == ("rejected", "newsworthy")
    assert [(a.by, a.verdict, a.reason) for a in detail.approvals] == [("senior1", "reject", "newsworthy")]


def test_a_break_glass_action_answers_its_ratification_deadline_and_then_who_ratified(ctx, client):
    integration = platform(ctx)
    admin, senior = hire(ctx, "admin", "admin"), hire(ctx, "senior1", "senior")
    account(ctx, integration, "hos", **PROTECTED)
    emergency = ActionView.model_validate(client.post(
        f"{API}/actions", headers=admin.headers,
        json=_action("hos", "suspend", duration_hours=2, break_glass=True)).json())
    assert emergency.state == "executed" and emergency.break_glass and emergency.ratify_by
    ratified = client.post(f"{API}/actions/{emergency.id}/ratify", headers=senior.headers, json={"reason": "real"})
    assert ActionDetail.model_validate(ratified.json()).ratified_by == senior.id


def test_a_refused_action_answers_the_error_envelope_with_the_policys_decision(ctx, client):
    integration, triage = platform(ctx), hire(ctx, "ana", "triage")
    account(ctx, integration, "hos", **PROTECTED)
    refused = client.post(f"{API}/actions", headers=triage.headers, json=_action("hos", "deactivate"))
    assert refused.status_code == 403
    error = ErrorResponse.model_validate(refused.json()).error
    assert error.code == "not_permitted" and error.message
    assert error.decision is not None and DecisionView.model_validate(error.decision).allowed is False


def test_subject_answers_keep_post_fields_on_posts_only(ctx, client):
    integration, julie = platform(ctx), hire(ctx, "julie", "moderator")
    account(ctx, integration, "a1")
    post(ctx, integration, "p1", "a1", "some words")
    account_view = client.get(f"{API}/subjects/account/a1", headers=julie.headers).json()
    post_view = client.get(f"{API}/subjects/post/p1", headers=julie.headers).json()
    assert "author_id" not in account_view and "content" not in account_view
    assert (post_view["author_id"], post_view["content"]) == ("a1", "some words")
    assert SubjectView.model_validate(account_view).tier == account_view["tier"]


def test_a_retried_report_answers_200_with_the_same_receipt(ctx, client):
    integration = platform(ctx)
    body = {"subject": {"kind": "account", "id": "a1"}, "category": "spam", "idempotency_key": "k1"}
    first = client.post(f"{API}/reports", headers=integration.headers, json=body)
    again = client.post(f"{API}/reports", headers=integration.headers, json=body)
    assert (first.status_code, again.status_code) == (201, 200)
    receipt = ReportReceipt.model_validate(again.json())
    assert (receipt.id, receipt.duplicate) == (first.json()["id"], True)


def test_a_released_case_answers_open_and_unclaimed(ctx, client):
    integration, julie = platform(ctx), hire(ctx, "julie", "moderator")
    filed = client.post(f"{API}/reports", headers=integration.headers,
                        json={"subject": {"kind": "account", "id": "a1"}, "category": "spam"}).json()
    client.post(f"{API}/cases/{filed['case_id']}/claim", headers=julie.headers)
    released = CaseSummary.model_validate(
        client.post(f"{API}/cases/{filed['case_id']}/release", headers=julie.headers).json())
    assert (released.state, released.claimed_by, released.lease_expires_at) == ("open", None, None)
    assert released.sla_due_at and released.sla_breached is False


def test_tag_changes_answer_their_state_approvals_and_decision(ctx, client):
    integration = platform(ctx)
    admin, admin2 = hire(ctx, "admin", "admin"), hire(ctx, "admin2", "admin")
    account(ctx, integration, "hos", **PROTECTED)
    strip = client.post(f"{API}/subjects/account/hos/tags", headers=admin.headers,
                        json={"tags": [], "reason": "no longer in office"})
    change = TagChangeView.model_validate(strip.json())
    assert (change.state, change.approvals, change.old_tags) == ("pending_approval", 0, ["public-interest"])
    assert change.approvals_required == change.decision.approvals_required >= 1
    applied = TagChangeView.model_validate(
        client.post(f"{API}/tag-changes/{change.id}/approve", headers=admin2.headers).json())
    assert (applied.state, applied.approvals) == ("applied", 1)
    again = client.post(f"{API}/subjects/account/hos/tags", headers=admin.headers,
                        json={"tags": ["public-interest"], "reason": "back in office"}).json()
    own_reject = client.post(f"{API}/tag-changes/{again['id']}/reject", headers=admin.headers)
    assert own_reject.status_code == 403 and "withdraw" in own_reject.json()["error"]["message"]
    rejected = client.post(f"{API}/tag-changes/{again['id']}/reject", headers=admin2.headers).json()
    assert TagChangeView.model_validate(rejected).state == "rejected"
    third = client.post(f"{API}/subjects/account/hos/tags", headers=admin.headers,
                        json={"tags": ["public-interest"], "reason": "back in office"}).json()
    withdrawn = client.post(f"{API}/tag-changes/{third['id']}/cancel", headers=admin.headers).json()
    assert TagChangeView.model_validate(withdrawn).state == "cancelled"


def test_staff_list_answers_roles_and_access_windows(ctx, client):
    admin = hire(ctx, "admin", "admin")
    hire(ctx, "julie", "moderator", contractor=True)
    staff = StaffList.model_validate(client.get(f"{API}/staff", headers=admin.headers).json()).items
    assert [(s.name, s.role, s.employment, s.active) for s in staff] == [
        ("admin", "admin", "employee", True), ("julie", "moderator", "contractor", True)]


def _lenient_policy_text() -> str:
    return SafeguardPolicy.default().source_text.replace('@approvals("2")', '@approvals("1")', 1)


def test_policy_answers_describe_the_decision_the_rules_and_new_versions(ctx, client):
    integration = platform(ctx)
    admin, senior, julie = hire(ctx, "admin", "admin"), hire(ctx, "senior1", "senior"), hire(ctx, "julie", "moderator")
    account(ctx, integration, "hos", **PROTECTED)
    explained = client.get(f"{API}/policy/explain", headers=julie.headers,
                           params={"type": "deactivate", "subject_kind": "account", "subject_id": "hos"})
    decision = DecisionView.model_validate(explained.json())
    assert decision.tier == "critical" and decision.approvals_required == 2 and decision.explanation
    described = PolicyDescription.model_validate(client.get(f"{API}/policy", headers=julie.headers).json())
    assert described.digest == ctx.policy.digest and described.rules
    proposed = client.post(f"{API}/policy/versions", headers=admin.headers,
                           json={"cedar": _lenient_policy_text(), "reason": "one senior is enough"})
    version = PolicyVersion.model_validate(proposed.json())
    assert proposed.status_code == 201 and version.state == "pending_approval"
    approved = client.post(f"{API}/policy/versions/{version.id}/approve", headers=senior.headers).json()
    assert PolicyVersion.model_validate(approved).state == "active"
    for closing, by, state in (("reject", senior, "rejected"), ("cancel", admin, "cancelled")):
        again = client.post(f"{API}/policy/versions", headers=admin.headers,
                            json={"cedar": _lenient_policy_text(), "reason": "again"}).json()
        closed = client.post(f"{API}/policy/versions/{again['id']}/{closing}", headers=by.headers).json()
        assert PolicyVersion.model_validate(closed).state == state


def test_audit_answers_entries_verification_and_inclusion_proofs(ctx, client):
    integration, senior = platform(ctx), hire(ctx, "senior1", "senior")
    account(ctx, integration, "a1")
    page = AuditPage.model_validate(client.get(f"{API}/audit", headers=senior.headers, params={"limit": 1}).json())
    assert len(page.items) == 1 and page.next_before_seq == page.items[0].seq
    assert page.items[0].hash and page.items[0].verb
    verified = AuditVerification.model_validate(client.get(f"{API}/audit/verify", headers=senior.headers).json())
    assert verified.ok and verified.first_bad_seq is None and verified.entries >= 1
    proof = InclusionProof.model_validate(client.get(f"{API}/audit/proof/1", headers=senior.headers).json())
    assert (proof.seq, proof.leaf_index) == (1, 0) and proof.tree_head.size >= 1
    key = client.get(f"{API}/audit/public-key").json()
    assert key["public_key"].startswith("-----BEGIN PUBLIC KEY") and key["key_id"]
