"""Statements of reasons (DSA Art. 17): written and sent when a restrictive action takes effect.

What the person reads and what the Transparency Database receives are made from the same facts, at the
same moment, in the transaction that makes the action take effect."""

from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import select

from trustdesk.audit.verbs import AuditVerb
from trustdesk.domain.actions import ActionType
from trustdesk.domain.dsa import (
    CONTENT_TYPES,
    END_DATE_FIELD,
    GROUNDS,
    Ground,
    category_mapping,
    restriction_for,
    source_type,
)
from trustdesk.domain.dsa_rules import allowed
from trustdesk.domain.errors import NotFound
from trustdesk.domain.ids import new_id
from trustdesk.domain.reports import ReportSource
from trustdesk.domain.subjects import SubjectKind
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal
from trustdesk.services.oversight.notices import language_of, recipient_of, render_notice, send_notice
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import ActionRow, CaseRow, ReportRow, SubjectRow
from trustdesk.storage.tables_people import StatementRow

MAX_FACTS = 5000
MAX_EXPLANATION = 2000
# The Transparency Database must receive no personal data (DSA Art. 24(5)): handles in a moderator's words go.
_HANDLE = re.compile(r"@[\w.\-]+")


def without_handles(text: str) -> str:
    return _HANDLE.sub("@[account]", text)


def tell_the_person(ctx: Context, tx: Transaction, action: ActionRow, subject: SubjectRow) -> None:
    """A restriction gets a statement of reasons, a warning gets a warning notice; nothing else is sent."""
    if action.type == ActionType.WARN.value:
        issue_warning(ctx, tx, action, subject)
    else:
        issue_statement(ctx, tx, action, subject)


def _case(tx: Transaction, action: ActionRow) -> CaseRow | None:
    return tx.session.get(CaseRow, action.case_id) if action.case_id else None


def issue_warning(ctx: Context, tx: Transaction, action: ActionRow, subject: SubjectRow) -> None:
    case = _case(tx, action)
    language = language_of(case)
    mapping = category_mapping(case.category if case else None)
    notice_id = new_id("ntc")
    text = render_notice(ctx, "warning", language, notice_id=notice_id, subject_kind=subject.kind,
                         facts=action.reason, ground_reference=mapping.ground_reference)
    send_notice(tx, kind="warning", delivery="platform.notice", subject=subject, text=text, language=language,
                action_id=action.id, case_id=action.case_id, notice_id=notice_id)


def issue_statement(ctx: Context, tx: Transaction, action: ActionRow, subject: SubjectRow) -> StatementRow | None:
    restriction = restriction_for(ActionType(action.type), SubjectKind(subject.kind))
    if restriction is None:
        return None
    case = _case(tx, action)
    sources = _sources(tx, case)
    mapping = category_mapping(case.category if case else None)
    language = language_of(case)
    # Fixed when the action was proposed (domain/automation.py says how).
    automated_detection, automated_decision = action.automated_detection, action.automated_decision
    statement_id = new_id("sor")
    applied_at = action.executed_at or tx.now
    text = render_notice(
        ctx, "statement", language, statement_id=statement_id, subject_kind=subject.kind,
        restriction=restriction.value, restriction_kind=restriction.kind,
        ends_at=_minute(action.ends_at), applied_at=_minute(applied_at), facts=action.reason,
        automated_detection=automated_detection, automated_decision=automated_decision,
        ground=mapping.ground.value, ground_reference=mapping.ground_reference,
        appeal_until=_minute(applied_at + timedelta(days=ctx.settings.appeal_window_days)),
    )
    statement = StatementRow(
        id=statement_id, action_id=action.id, subject_id=subject.id, case_id=action.case_id,
        recipient=recipient_of(subject), language=language, category=case.category if case else "other",
        restriction=restriction.value, ground=mapping.ground.value, ground_reference=mapping.ground_reference,
        facts=action.reason, automated_detection=automated_detection, automated_decision=automated_decision,
        ends_at=action.ends_at, text=text, created_at=tx.now,
    )
    statement.dsa = _dsa_fields(statement, action, subject, case, sources)
    tx.session.add(statement)
    tx.record(actor="trustdesk", verb=AuditVerb.STATEMENT_ISSUED, subject=f"{subject.kind}/{subject.external_id}",
              object_id=statement.id, summary=f"statement of reasons for {action.type} ({action.id}) written "
              f"in {language}: {restriction.value}, {mapping.ground.value}",
              payload={"action_id": action.id, "restriction": restriction.value, "ground": mapping.ground.value,
                       "category": mapping.category})
    send_notice(tx, kind="statement", delivery="platform.statement", subject=subject, text=text, language=language,
                action_id=action.id, case_id=action.case_id, extra={"statement_id": statement.id})
    return statement


def _sources(tx: Transaction, case: CaseRow | None) -> set[ReportSource]:
    if case is None:
        return set()
    values = tx.session.execute(select(ReportRow.source).where(ReportRow.case_id == case.id).distinct()).scalars()
    return {ReportSource(value) for value in values}


def _minute(instant) -> str | None:
    return instant.strftime("%Y-%m-%d %H:%M") if instant else None


def _dsa_fields(statement: StatementRow, action: ActionRow, subject: SubjectRow, case: CaseRow | None,
                sources: set[ReportSource]) -> dict:
    """The statement in the Transparency Database's field names. No personal data: no handles, no ids of people."""
    restriction = restriction_for(ActionType(action.type), SubjectKind(subject.kind))
    assert restriction is not None
    mapping = category_mapping(statement.category)
    content_types, content_other = CONTENT_TYPES[SubjectKind(subject.kind)]
    fields: dict = {"puid": statement.id}
    if restriction.kind == "visibility":
        fields["decision_visibility"] = [restriction.value]
        if restriction.other:
            fields["decision_visibility_other"] = restriction.other
    else:
        fields[f"decision_{restriction.kind}"] = restriction.value
    if action.ends_at:
        fields[END_DATE_FIELD[restriction.kind]] = action.ends_at.date().isoformat()
    fields["decision_ground"] = GROUNDS[mapping.ground]
    explanation = without_handles(action.reason)[:MAX_EXPLANATION]
    if mapping.ground is Ground.ILLEGAL:
        fields["illegal_content_legal_ground"] = mapping.ground_reference
        fields["illegal_content_explanation"] = explanation
    else:
        fields["incompatible_content_ground"] = mapping.ground_reference
        fields["incompatible_content_explanation"] = explanation
        fields["incompatible_content_illegal"] = "Yes" if mapping.illegal_too else "No"
    fields["content_type"] = content_types
    if content_other:
        fields["content_type_other"] = content_other
    fields["category"] = mapping.category
    if mapping.keyword:
        fields["category_specification"] = [mapping.keyword]
    language = (case.language or "").upper() if case else ""
    if language in allowed("content_language"):
        fields["content_language"] = language
    fields["content_date"] = subject.created_at.date().isoformat()
    fields["application_date"] = (action.executed_at or statement.created_at).date().isoformat()
    fields["decision_facts"] = without_handles(action.reason)[:MAX_FACTS]
    fields["source_type"] = source_type(sources)
    fields["automated_detection"] = "Yes" if statement.automated_detection else "No"
    fields["automated_decision"] = statement.automated_decision
    return fields


def get_statement(ctx: Context, *, actor: Principal, action_id: str) -> dict:
    """Staff and the platform's integration (which shows it to its user) may read it."""
    with ctx.db.read() as session:
        action = session.get(ActionRow, action_id)
        if action is None:
            raise NotFound(f"no action {action_id}")
        statement = session.execute(
            select(StatementRow).where(StatementRow.action_id == action_id)
        ).scalar_one_or_none()
        if statement is None:
            why = (f"it is {action.state} and has not taken effect" if action.executed_at is None
                   else f"{action.type} restricts nothing, so it has no statement of reasons")
            raise NotFound(f"action {action_id} has no statement of reasons: {why}")
        subject = session.get(SubjectRow, statement.subject_id)
        assert subject is not None
        return statement_view(statement, action, subject)


def statement_view(statement: StatementRow, action: ActionRow, subject: SubjectRow) -> dict:
    return {
        "id": statement.id, "action_id": action.id, "action_type": action.type, "action_state": action.state,
        "subject": {"kind": subject.kind, "id": subject.external_id}, "case_id": statement.case_id,
        "recipient": statement.recipient, "language": statement.language, "category": statement.category,
        "restriction": statement.restriction, "ground": statement.ground,
        "ground_reference": statement.ground_reference, "facts": statement.facts,
        "automated_detection": statement.automated_detection, "automated_decision": statement.automated_decision,
        "ends_at": statement.ends_at.isoformat() if statement.ends_at else None, "text": statement.text,
        "created_at": statement.created_at.isoformat(), "dsa": statement.dsa,
    }
