"""Answers about enforcement actions: one action, lists, bulk proposals, appeals."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from trustdesk.api.responses_common import DecisionView, Timestamp, View


class ActionSubject(View):
    kind: str
    id: str
    handle: str | None
    status: str
    visibility: str
    platform: str = Field(default="default", description="the platform the subject belongs to")


class ActionView(View):
    """An action as services/enforcement/action_views.py shows it."""

    id: str
    type: str = Field(description="the action carried out (the policy may steer it from the requested type)")
    requested_type: str
    state: str = Field(description="proposed, pending_approval, scheduled, executed, reversed, cancelled, "
                       "rejected or expired")
    reason: str
    label: str | None
    duration_hours: int | None
    subject: ActionSubject
    case_id: str | None
    proposed_by: str = Field(description="staff id of the proposer")
    proposed_at: Timestamp
    approvals_required: int
    delay_seconds: int
    execute_after: Timestamp | None
    executed_at: Timestamp | None
    ends_at: Timestamp | None
    prior_state: dict[str, Any] | None = Field(description="the subject's state before the action took effect")
    resulting_state: dict[str, Any] | None
    break_glass: bool
    automated_detection: bool = Field(description="whether automated means detected what this acts on "
                                      "(the rule: trustdesk/domain/automation.py)")
    automated_decision: str = Field(description="AUTOMATED_DECISION_FULLY, _PARTIALLY or _NOT_AUTOMATED, as the "
                                    "DSA Transparency Database takes it")
    ratify_by: Timestamp | None
    ratified_by: str | None
    closed_by: str | None
    closed_reason: str | None
    closed_at: Timestamp | None
    decision: DecisionView
    explanation: str | None = Field(description="what the safeguard policy requires, in plain words")


class Approval(View):
    by: str = Field(description="name of the staff member")
    verdict: str = Field(description="approve or reject")
    reason: str
    at: Timestamp


class ActionDetail(ActionView):
    """An action with the approvals and rejections it has collected."""

    approvals: list[Approval]
    reimposes: str | None = Field(default=None, description="reversing a restore: the restore whose lifted "
                                  "restrictions this new proposal re-imposes, decided by the policy like any other")
    proposals: list[str] | None = Field(default=None, description="reversing a restore: every new proposal made")


class ActionListItem(ActionView):
    proposed_by_name: str | None


class ActionList(View):
    items: list[ActionListItem]
    count: int


class BulkResult(View):
    selected: str = Field(description="what the caller selected: a case id or KIND/ID")
    subject: str | None
    case_id: str | None
    tier: str | None
    status: str = Field(description="the action's state, or denied / error")
    action_id: str | None = None
    code: str | None = Field(default=None, description="the error code when status is denied or error")
    explanation: str | None


class BulkAnswer(View):
    id: str
    type: str
    counts: dict[str, int] = Field(description="how many items ended in each status")
    warning: str | None = Field(description="set when high or critical tier subjects were selected")
    results: list[BulkResult]


class AppealView(View):
    id: str
    action_id: str
    appellant: str
    text: str
    state: str = Field(description="open, upheld or overturned")
    created_at: Timestamp
    decided_by: str | None
    decided_at: Timestamp | None
    decision_reason: str | None


class AppealList(View):
    items: list[AppealView]
