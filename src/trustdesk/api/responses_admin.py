"""Answers about running trustdesk: health, staff, alerts, the audit log, the safeguard policy."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from trustdesk.api.responses_common import Timestamp, View


class Health(View):
    status: str
    database: str = Field(description="sqlite or postgresql")
    dependencies: dict[str, Any] = Field(default_factory=dict,
                                         description="each dependency's state; when one is down, why")


class NewStaff(View):
    id: str
    name: str
    token: str = Field(description="the new member's API token; shown once")


class StaffView(View):
    id: str
    name: str
    role: str = Field(description="triage, moderator, senior or admin")
    employment: str = Field(description="employee or contractor")
    access_start: Timestamp | None
    access_end: Timestamp | None
    active: bool


class StaffList(View):
    items: list[StaffView]


class AlertSubject(View):
    kind: str
    id: str
    platform: str
    handle: str | None


class AlertView(View):
    id: str
    kind: str
    message: str
    action_id: str | None
    subject: AlertSubject | None
    payload: dict[str, Any]
    created_at: Timestamp


class AlertList(View):
    items: list[AlertView]


class AuditEntry(View):
    seq: int
    id: str
    at: Timestamp
    actor: str | None
    verb: str = Field(description="e.g. action.proposed, case.claimed")
    verb_description: str = Field(description="the verb's one line from the catalogue (audit/verbs.py)")
    subject: str | None
    object_id: str | None
    summary: str
    payload: dict[str, Any]
    hash: str


class AuditPage(View):
    items: list[AuditEntry]
    next_before_seq: int | None = Field(description="pass as before_seq for the next page; null on the last page")


class AuditVerification(View):
    ok: bool
    message: str
    entries: int
    first_bad_seq: int | None
    signed_size: int


class TreeHead(View):
    size: int
    root: str
    at: Timestamp
    key_id: str
    signature: str


class InclusionProof(View):
    seq: int
    entry_hash: str
    leaf_index: int
    tree_head: TreeHead
    proof: list[str] = Field(description="hex sibling hashes, RFC 9162 inclusion proof")


class PublicKey(View):
    public_key: str = Field(description="PEM")
    key_id: str


class PolicyRule(View):
    id: str
    effect: str = Field(description="permit or forbid")
    reason: str
    approvals: int
    approver_roles: list[str]
    delay: str | None = Field(description='"tier" (the tier\'s delay), a number of minutes as text, or null')
    steer_to: str | None
    file: str = Field(description="the Cedar file the rule came from")


class PolicyDescription(View):
    origin: str
    digest: str
    settings: dict[str, dict[str, int]]
    rules: list[PolicyRule]


class DeskPermissionDecision(View):
    permission: str = Field(description="the desk permission's Cedar action, e.g. read-audit-log")
    description: str = Field(description='what it lets a member do, after "may": "read the audit log"')
    allowed: bool
    policy_ids: list[str] = Field(description="the @id of each rule that decided: the permits, or a refusing forbid")
    reasons: list[str] = Field(description="those rules' @reason, in the same order")
    roles_allowed: list[str] = Field(description="the roles the policy lets do this, the member's other facts the same")
    explanation: str = Field(description="the answer in plain words, as `trustdesk policy explain --desk` prints it")


class DeskExplanation(View):
    """What the safeguard policy says one member may do at the desk (GET /policy/explain?desk=…)."""

    who: str = Field(description="the member asked about: the caller, or the one named by `as`")
    role: str
    permissions: list[DeskPermissionDecision]
    policy_origin: str
    policy_digest: str
    explanation: str = Field(description="every answer in plain words, then the policy in force")


class PolicyVersion(View):
    id: str
    state: str = Field(description="pending_approval, active, superseded or rejected")
    digest: str
    reason: str
    approvals: int
    approvals_required: int
