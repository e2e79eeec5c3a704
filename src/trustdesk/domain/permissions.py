"""Desk permissions: what a staff member may do besides acting on a subject.

Each member names a Cedar action of the same name in the safeguard policy (section 8 of
policy/default/safeguards.cedar); the policy in force, not this code, says which roles hold it.
"""

from __future__ import annotations

from enum import StrEnum


class DeskPermission(StrEnum):
    READ_AUDIT_LOG = "read-audit-log"
    SEE_ALERTS = "see-alerts"
    READ_POLICY = "read-policy"
    DECIDE_APPEALS = "decide-appeals"
    REJECT_ACTIONS = "reject-actions"
    RATIFY_BREAK_GLASS = "ratify-break-glass"
    CONFIRM_REACH_DROP = "confirm-reach-drop"
    MUTE_REPORTERS = "mute-reporters"
    INVALIDATE_REPORTS = "invalidate-reports"
    GRANT_TRUSTED_FLAGGER = "grant-trusted-flagger"
    SEE_STAFF = "see-staff"
    MANAGE_STAFF = "manage-staff"
    MANAGE_TOKENS = "manage-tokens"
    APPROVE_STAFF_CHANGES = "approve-staff-change"

    @property
    def description(self) -> str:
        """What the person does, in words that follow "may …" ("read the audit log")."""
        return _DESCRIPTIONS[self]

    @classmethod
    def parse(cls, text: str) -> DeskPermission:
        """By Cedar name or enum name, any case, '_' or '-': read-audit-log, read_audit_log, READ_AUDIT_LOG."""
        wanted = text.strip().lower().replace("_", "-")
        for permission in cls:
            if wanted in (permission.value, permission.name.lower().replace("_", "-")):
                return permission
        raise ValueError(f"unknown desk permission {text!r}; known: {', '.join(cls)}")


_DESCRIPTIONS = {
    DeskPermission.READ_AUDIT_LOG: "read the audit log",
    DeskPermission.SEE_ALERTS: "see the alerts",
    DeskPermission.READ_POLICY: "read the safeguard policy in force",
    DeskPermission.DECIDE_APPEALS: "see and decide appeals",
    DeskPermission.REJECT_ACTIONS: "turn down an action someone else proposed",
    DeskPermission.RATIFY_BREAK_GLASS: "ratify another admin's break-glass action",
    DeskPermission.CONFIRM_REACH_DROP: "confirm that a subject's reach really dropped",
    DeskPermission.MUTE_REPORTERS: "mute or unmute a bad-faith reporter",
    DeskPermission.INVALIDATE_REPORTS: "take the weight off a reporter's reports on open cases",
    DeskPermission.GRANT_TRUSTED_FLAGGER: "grant or revoke trusted-flagger status",
    DeskPermission.SEE_STAFF: "see the staff list",
    DeskPermission.MANAGE_STAFF: "add members, change roles and access, and issue tokens for others",
    DeskPermission.MANAGE_TOKENS: "list and revoke other people's tokens",
    DeskPermission.APPROVE_STAFF_CHANGES: "review, approve and reject proposed staff changes",
}
