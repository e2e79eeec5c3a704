"""The catalogue of audit verbs: every kind of entry the log holds, each said in one line.

Every append names a member (storage refuses any other verb), exports and the console print the line beside
the verb, and the stored strings never change: entries written before this catalogue still verify.
A new verb is a new member here plus its line in DESCRIPTIONS (tests/audit/test_verbs.py checks both).
"""

from __future__ import annotations

from enum import StrEnum


class AuditVerb(StrEnum):
    ACTION_PROPOSED = "action.proposed"
    ACTION_DENIED = "action.denied"
    ACTION_RATE_LIMITED = "action.rate_limited"
    ACTION_APPROVED = "action.approved"
    ACTION_APPROVAL_REFUSED = "action.approval_refused"
    ACTION_REJECTED = "action.rejected"
    ACTION_CANCELLED = "action.cancelled"
    ACTION_SCHEDULED = "action.scheduled"
    ACTION_EXECUTED = "action.executed"
    ACTION_FAILED = "action.failed"
    ACTION_DUE_FAILED = "action.due_failed"
    ACTION_EXPIRED = "action.expired"
    ACTION_REVERSED = "action.reversed"
    ACTION_REVERSAL_RATE_LIMITED = "action.reversal_rate_limited"
    ACTION_RATIFIED = "action.ratified"
    BULK_PROPOSED = "bulk.proposed"
    STATEMENT_ISSUED = "statement.issued"
    APPEAL_FILED = "appeal.filed"
    APPEAL_UPHELD = "appeal.upheld"
    APPEAL_OVERTURNED = "appeal.overturned"
    REPORT_FILED = "report.filed"
    CASE_CREATED = "case.created"
    CASE_CLAIMED = "case.claimed"
    CASE_RELEASED = "case.released"
    CASE_ACTIONED = "case.actioned"
    CASE_DISMISSED = "case.dismissed"
    NOTE_ADDED = "note.added"
    MESSAGE_SENT = "message.sent"
    MESSAGE_RECEIVED = "message.received"
    NOTICE_WARNING = "notice.warning"
    NOTICE_STATEMENT = "notice.statement"
    NOTICE_APPEAL_OUTCOME = "notice.appeal_outcome"
    NOTICE_REPORTER_RECEIPT = "notice.reporter_receipt"
    NOTICE_REPORTER_OUTCOME = "notice.reporter_outcome"
    REPORTER_MUTED = "reporter.muted"
    REPORTER_UNMUTED = "reporter.unmuted"
    REPORTER_TRUSTED_FLAGGER_GRANTED = "reporter.trusted_flagger_granted"
    REPORTER_TRUSTED_FLAGGER_REVOKED = "reporter.trusted_flagger_revoked"
    REPORTER_REPORTS_INVALIDATED = "reporter.reports_invalidated"
    SUBJECT_SYNCED = "subject.synced"
    SUBJECT_REACH_DROP_HELD = "subject.reach_drop_held"
    SUBJECT_REACH_HOLD_CLEARED = "subject.reach_hold_cleared"
    SUBJECT_REACH_DROP_CONFIRMED = "subject.reach_drop_confirmed"
    PROTECTION_PROPOSED = "protection.proposed"
    PROTECTION_DENIED = "protection.denied"
    PROTECTION_APPROVED = "protection.approved"
    PROTECTION_REJECTED = "protection.rejected"
    PROTECTION_APPLIED = "protection.applied"
    PROTECTION_CANCELLED = "protection.cancelled"
    PROTECTION_EXPIRED = "protection.expired"
    POLICY_PROPOSED = "policy.proposed"
    POLICY_DENIED = "policy.denied"
    POLICY_APPROVED = "policy.approved"
    POLICY_ACTIVATED = "policy.activated"
    POLICY_REJECTED = "policy.rejected"
    POLICY_CANCELLED = "policy.cancelled"
    POLICY_EXPIRED = "policy.expired"
    POLICY_IN_FORCE = "policy.in_force"
    POLICY_OVERRIDE_REFUSED = "policy.override_refused"
    STAFF_ADDED = "staff.added"
    STAFF_CHANGED = "staff.changed"
    STAFF_TOKEN_ISSUED = "staff.token_issued"
    STAFF_LANGUAGE_SET = "staff.language_set"
    STAFF_CHANGE_PROPOSED = "staff_change.proposed"
    STAFF_CHANGE_DENIED = "staff_change.denied"
    STAFF_CHANGE_APPROVED = "staff_change.approved"
    STAFF_CHANGE_REJECTED = "staff_change.rejected"
    STAFF_CHANGE_CANCELLED = "staff_change.cancelled"
    STAFF_CHANGE_EXPIRED = "staff_change.expired"
    STAFF_CHANGE_APPLIED = "staff_change.applied"
    TOKEN_REVOKED = "token.revoked"
    CONSOLE_SIGNED_IN = "console.signed_in"
    CONSOLE_SIGNED_OUT = "console.signed_out"
    INTEGRATION_ADDED = "integration.added"
    INTEGRATION_TOKEN_ISSUED = "integration.token_issued"
    INTEGRATION_TOKENS_REVOKED = "integration.tokens_revoked"
    CONNECTOR_ADDED = "connector.added"
    CONNECTOR_REMOVED = "connector.removed"
    WEBHOOK_REFUSED = "webhook.refused"
    ALERT_RAISED = "alert.raised"
    TRIAGE_MODEL_TRAINED = "triage.model_trained"
    DEMO_SEEDED = "demo.seeded"

    @property
    def description(self) -> str:
        """The one line shown beside the verb in exports and the console."""
        return DESCRIPTIONS[self]

    @classmethod
    def _missing_(cls, value: object) -> AuditVerb:
        # AuditVerb(f"action.{state}") with a state nobody catalogued: say which verb and where it goes.
        raise UnknownAuditVerb(_unknown(value, ""))


DESCRIPTIONS: dict[AuditVerb, str] = {
    AuditVerb.ACTION_PROPOSED: "someone proposed an action on a subject; the policy's decision is attached",
    AuditVerb.ACTION_DENIED: "the policy refused a proposed action; nothing was done",
    AuditVerb.ACTION_RATE_LIMITED: "a proposed action was refused for the proposer's hourly limit",
    AuditVerb.ACTION_APPROVED: "someone approved a pending action and their approval counted",
    AuditVerb.ACTION_APPROVAL_REFUSED: "someone tried to approve a pending action; the approval did not count",
    AuditVerb.ACTION_REJECTED: "a reviewer turned a pending action down; it will not run",
    AuditVerb.ACTION_CANCELLED: "a pending or scheduled action was stopped before it ran",
    AuditVerb.ACTION_SCHEDULED: "an approved action waits out its delay, during which anyone may cancel it",
    AuditVerb.ACTION_EXECUTED: "an action took effect on the subject (the platform is told through the outbox)",
    AuditVerb.ACTION_FAILED: "a due action did not run (e.g. its approvals no longer count)",
    AuditVerb.ACTION_DUE_FAILED: "the scheduler's work on a due action failed; it is retried",
    AuditVerb.ACTION_EXPIRED: "a pending action lapsed without enough approvals",
    AuditVerb.ACTION_REVERSED: "an executed action was undone",
    AuditVerb.ACTION_REVERSAL_RATE_LIMITED: "a reversal of someone else's action was refused for the hourly limit",
    AuditVerb.ACTION_RATIFIED: "another senior or admin confirmed a break-glass action",
    AuditVerb.BULK_PROPOSED: "one request proposed the same action on many cases",
    AuditVerb.STATEMENT_ISSUED: "a statement of reasons was issued for a decision (DSA Art. 17)",
    AuditVerb.APPEAL_FILED: "the person affected appealed a decision",
    AuditVerb.APPEAL_UPHELD: "an appeal was decided: the original decision stands",
    AuditVerb.APPEAL_OVERTURNED: "an appeal was decided: the original decision was lifted",
    AuditVerb.REPORT_FILED: "the platform sent a report about a subject",
    AuditVerb.CASE_CREATED: "a first report about a subject opened a case",
    AuditVerb.CASE_CLAIMED: "a moderator took a case to review it",
    AuditVerb.CASE_RELEASED: "a moderator gave a case back to the queue",
    AuditVerb.CASE_ACTIONED: "a case was closed by an executed action",
    AuditVerb.CASE_DISMISSED: "a case was closed with no action",
    AuditVerb.NOTE_ADDED: "a staff member added an internal note",
    AuditVerb.MESSAGE_SENT: "the desk sent a message to a person involved in a case",
    AuditVerb.MESSAGE_RECEIVED: "a person involved in a case sent the desk a message",
    AuditVerb.NOTICE_WARNING: "a warning was sent to the subject's owner",
    AuditVerb.NOTICE_STATEMENT: "a statement of reasons was sent to the subject's owner",
    AuditVerb.NOTICE_APPEAL_OUTCOME: "the appellant was told how their appeal was decided",
    AuditVerb.NOTICE_REPORTER_RECEIPT: "a reporter was told their report arrived",
    AuditVerb.NOTICE_REPORTER_OUTCOME: "a reporter was told what came of their report",
    AuditVerb.REPORTER_MUTED: "a bad-faith reporter was muted: their reports weigh nothing",
    AuditVerb.REPORTER_UNMUTED: "a muted reporter's reports count again",
    AuditVerb.REPORTER_TRUSTED_FLAGGER_GRANTED: "a reporter was made a trusted flagger (DSA Art. 22)",
    AuditVerb.REPORTER_TRUSTED_FLAGGER_REVOKED: "a reporter's trusted-flagger status was withdrawn",
    AuditVerb.REPORTER_REPORTS_INVALIDATED: "a reporter's reports on open cases were stripped of their weight",
    AuditVerb.SUBJECT_SYNCED: "the platform sent a subject's facts (handle, reach, verified, tags)",
    AuditVerb.SUBJECT_REACH_DROP_HELD: "a sync lowered a subject's reach; its tier holds until a senior confirms",
    AuditVerb.SUBJECT_REACH_HOLD_CLEARED: "a held reach drop was released: the subject is back in its tier",
    AuditVerb.SUBJECT_REACH_DROP_CONFIRMED: "a senior confirmed a held reach drop; the lower tier now counts",
    AuditVerb.PROTECTION_PROPOSED: "someone proposed a change to a subject's protective tags or tier",
    AuditVerb.PROTECTION_DENIED: "the policy refused a change to a subject's protection",
    AuditVerb.PROTECTION_APPROVED: "someone approved a pending protection change",
    AuditVerb.PROTECTION_REJECTED: "a reviewer turned a pending protection change down",
    AuditVerb.PROTECTION_APPLIED: "a subject's tags changed",
    AuditVerb.PROTECTION_CANCELLED: "the proposer withdrew a pending protection change",
    AuditVerb.PROTECTION_EXPIRED: "a pending protection change lapsed unapproved",
    AuditVerb.POLICY_PROPOSED: "an admin proposed a new version of the safeguard policy",
    AuditVerb.POLICY_DENIED: "the policy refused a proposed policy change",
    AuditVerb.POLICY_APPROVED: "someone approved a proposed policy version",
    AuditVerb.POLICY_ACTIVATED: "an approved policy version came into force",
    AuditVerb.POLICY_REJECTED: "a reviewer turned a proposed policy version down",
    AuditVerb.POLICY_CANCELLED: "the proposer withdrew a proposed policy version",
    AuditVerb.POLICY_EXPIRED: "a proposed policy version lapsed unapproved",
    AuditVerb.POLICY_IN_FORCE: "at start, the policy in force was noted by its digest (alerted when it changed)",
    AuditVerb.POLICY_OVERRIDE_REFUSED: "a policy file on disk that differs from the approved version was refused",
    AuditVerb.STAFF_ADDED: "a staff member was added",
    AuditVerb.STAFF_CHANGED: "a staff member's role or access changed",
    AuditVerb.STAFF_TOKEN_ISSUED: "an API token was issued to a staff member",
    AuditVerb.STAFF_LANGUAGE_SET: "a staff member's console language was chosen (or set back to the browser's)",
    AuditVerb.STAFF_CHANGE_PROPOSED: "an admin proposed a staff change that needs a second admin",
    AuditVerb.STAFF_CHANGE_DENIED: "the policy refused a proposed staff change",
    AuditVerb.STAFF_CHANGE_APPROVED: "a second admin approved a staff change",
    AuditVerb.STAFF_CHANGE_REJECTED: "an admin turned a proposed staff change down",
    AuditVerb.STAFF_CHANGE_CANCELLED: "the proposer withdrew a staff change",
    AuditVerb.STAFF_CHANGE_EXPIRED: "a proposed staff change lapsed unapproved",
    AuditVerb.STAFF_CHANGE_APPLIED: "an approved staff change took effect",
    AuditVerb.TOKEN_REVOKED: "an API token was revoked and stopped working",
    AuditVerb.CONSOLE_SIGNED_IN: "a staff member signed in to the console",
    AuditVerb.CONSOLE_SIGNED_OUT: "a staff member signed out of the console",
    AuditVerb.INTEGRATION_ADDED: "a platform integration was registered",
    AuditVerb.INTEGRATION_TOKEN_ISSUED: "a platform integration was given a token",
    AuditVerb.INTEGRATION_TOKENS_REVOKED: "a platform integration's tokens were revoked",
    AuditVerb.CONNECTOR_ADDED: "a platform connector was configured",
    AuditVerb.CONNECTOR_REMOVED: "a platform connector was removed",
    AuditVerb.WEBHOOK_REFUSED: "an inbound webhook was refused (bad signature, replay or malformed)",
    AuditVerb.ALERT_RAISED: "trustdesk raised an alert for people to look at",
    AuditVerb.TRIAGE_MODEL_TRAINED: "the triage scoring model was retrained from decided cases",
    AuditVerb.DEMO_SEEDED: "demo data was loaded into this database",
}


CATALOGUE = frozenset(verb.value for verb in AuditVerb)


class UnknownAuditVerb(ValueError):
    """An append named a verb the catalogue does not hold."""


def catalogued(verb: str, *, where: str = "") -> AuditVerb:
    """The member for `verb`; an unknown one is refused, saying which and where to add it."""
    if verb in CATALOGUE:
        return AuditVerb(verb)
    raise UnknownAuditVerb(_unknown(verb, where))


def describe(verb: str) -> str:
    """The one-line description of a stored verb; '' for one the catalogue does not hold (an old log's)."""
    return DESCRIPTIONS[AuditVerb(verb)] if verb in CATALOGUE else ""


def _unknown(verb: object, where: str) -> str:
    place = f" (appended {where})" if where else ""
    name = str(verb).upper().replace(".", "_")
    return (f"audit verb {verb!r}{place} is not in the catalogue: add `{name} = {str(verb)!r}` to AuditVerb in "
            f"src/trustdesk/audit/verbs.py, and its one-line description to DESCRIPTIONS there")
