"""Enforcement actions: propose, approve, reject, cancel, ratify; every safeguard holds here (undoing: reversals.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from trustdesk.audit.verbs import AuditVerb
from trustdesk.domain.actions import (
    MAX_REASON,
    ActionState,
    ActionType,
    validate_action,
)
from trustdesk.domain.errors import Conflict, InvalidInput, NotFound, NotPermitted, RateLimited
from trustdesk.domain.ids import new_id
from trustdesk.domain.permissions import DeskPermission
from trustdesk.domain.proposals import ProposalKind, transition
from trustdesk.domain.subjects import SubjectRef
from trustdesk.services.base.alerting import raise_alert
from trustdesk.services.base.authorization import authorize_desk
from trustdesk.services.base.context import Context
from trustdesk.services.base.platforms import subject_label
from trustdesk.services.base.principals import Principal, require_staff
from trustdesk.services.base.subjects import find_subject, lock_subject, subject_facts
from trustdesk.services.enforcement.action_requirements import (
    as_proposal,
    recent_high_impact_count,
)
from trustdesk.services.enforcement.action_views import action_view
from trustdesk.services.enforcement.automation_facts import automation_of
from trustdesk.services.enforcement.execution import execute_action
from trustdesk.services.enforcement.platform_limits import ensure_platform_can, platform_limits
from trustdesk.services.safeguards import proposals
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import ActionRow, CaseRow, SubjectRow


def parse_action_type(value: str) -> ActionType:
    try:
        return ActionType(value)
    except ValueError:
        known = ", ".join(t.value for t in ActionType)
        raise InvalidInput(f"unknown action type {value!r}; known: {known}", field="type") from None


def _check_reason(reason: str) -> str:
    reason = reason.strip()
    if not reason:
        raise InvalidInput("a reason is required", field="reason")
    if len(reason) > MAX_REASON:
        raise InvalidInput(f"reason is over {MAX_REASON} characters", field="reason")
    return reason


def propose_action(
    ctx: Context,
    *,
    actor: Principal,
    ref: SubjectRef,
    type: str,
    reason: str,
    case_id: str | None = None,
    duration_hours: int | None = None,
    label: str | None = None,
    break_glass: bool = False,
) -> dict:
    """Ask for an action; the safeguard policy decides whether it runs now, waits for approvals, or is denied."""
    staff = require_staff(actor)
    action_type = parse_action_type(type)
    reason = _check_reason(reason)
    validate_action(action_type, ref.kind, duration_hours, label)
    if action_type is ActionType.DISMISS and case_id is None:
        raise InvalidInput("dismiss needs the case_id it dismisses", field="case_id")
    refusal: NotPermitted | RateLimited | None = None
    with ctx.db.transaction(ctx.clock) as tx:
        subject_row = find_subject(tx.session, ref)
        if subject_row is None:
            raise NotFound(f"no subject {ref}")
        subject = lock_subject(tx, subject_row.id)
        ensure_platform_can(tx.session, subject, action_type)
        if case_id is not None:
            case = tx.session.get(CaseRow, case_id)
            if case is None:
                raise NotFound(f"no case {case_id}")
            if case.subject_id != subject.id:
                raise InvalidInput(f"case {case_id} is about another subject", field="case_id")
        facts = subject_facts(tx.session, subject)
        recent = recent_high_impact_count(tx, staff.id)
        decision = _decide(ctx, action_type, facts, staff, tx.now, recent, break_glass, reason)
        decision = platform_limits(ctx, tx.session, subject, decision)
        if not decision.allowed or decision.rate_limited:
            refusal = _refuse(tx, actor, facts, action_type, decision, reason)
        else:
            action = _create(tx, actor, staff.id, subject, case_id, action_type, decision, reason,
                             duration_hours, label, break_glass)
            _advance(ctx, tx, action, by=actor.label)
            view = action_view(action, subject, decision=decision.to_dict())
    if refusal is not None:
        raise refusal  # raised after commit, so the refused attempt stays on the record
    return view


def _decide(ctx, action_type, facts, staff, now, recent, break_glass, reason):
    """The policy's decision; an action it steers (remove -> interstitial) is decided again as the steered one."""
    decision = ctx.policy.decide(action=action_type, subject=facts, actor=staff, now=now,
                                 recent_high_impact_count=recent, break_glass=break_glass,
                                 break_glass_reason=reason if break_glass else "")
    if decision.allowed or decision.rate_limited or decision.steer_to is None:
        return decision
    steered = ctx.policy.decide(action=decision.steer_to, subject=facts, actor=staff, now=now,
                                recent_high_impact_count=recent, break_glass=break_glass,
                                break_glass_reason=reason if break_glass else "")
    if not steered.allowed:
        return steered
    return replace(steered, steer_to=decision.steer_to, reasons=decision.reasons + steered.reasons,
                   policy_ids=decision.policy_ids + steered.policy_ids)


def _refuse(tx: Transaction, actor: Principal, facts, action_type: ActionType, decision, reason: str):
    explanation = decision.explain()
    verb = AuditVerb.ACTION_RATE_LIMITED if decision.rate_limited else AuditVerb.ACTION_DENIED
    tx.record(actor=actor.label, verb=verb, subject=str(facts.ref),
              summary=f"{actor.label} was refused {action_type.value} of {facts.ref}: {explanation}",
              payload={"type": action_type.value, "reason": reason, "decision": decision.to_dict(),
                       "via": actor.via})
    subject_row = find_subject(tx.session, facts.ref)
    if decision.rate_limited or decision.tier.value == "critical":
        raise_alert(tx, kind="rate_limited" if decision.rate_limited else "denied_attempt", subject=subject_row,
                    message=f"{actor.label} tried {action_type.value} on {facts.ref}: {explanation}",
                    payload={"actor": actor.label, "type": action_type.value, "reason": reason})
    error_type = RateLimited if decision.rate_limited else NotPermitted
    return error_type(explanation, details={"decision": decision.to_dict()})


def _create(tx, actor, proposer_id, subject, case_id, action_type, decision, reason, duration_hours, label,
            break_glass) -> ActionRow:
    effective = decision.steer_to or action_type
    detected, automation = automation_of(tx, case_id, tx.now)
    action = ActionRow(
        id=new_id("act"), subject_id=subject.id, case_id=case_id, type=effective.value,
        requested_type=action_type.value, state=ActionState.PROPOSED.value, reason=reason, label=label,
        duration_hours=duration_hours, proposed_by=proposer_id, proposed_at=tx.now, decision=decision.to_dict(),
        approvals_required=decision.approvals_required, delay_seconds=int(decision.delay.total_seconds()),
        break_glass=break_glass, automated_detection=detected, automated_decision=automation.value,
        updated_at=tx.now,
    )
    tx.session.add(action)
    tx.session.flush()
    steered = f" (steered from {action_type.value})" if decision.steer_to else ""
    tx.record(actor=actor.label, verb=AuditVerb.ACTION_PROPOSED, subject=subject_label(tx.session, subject),
              object_id=action.id,
              summary=f"{actor.label} proposed {effective.value}{steered}"
              f"{f' (case {case_id})' if case_id else ''}: {reason} — {decision.explain()}",
              payload={"via": actor.via, "type": effective.value, "requested_type": action_type.value,
                       "reason": reason,
                       "case_id": case_id, "decision": decision.to_dict(), "break_glass": break_glass,
                       "automated_detection": detected, "automated_decision": automation.value})
    return action


def _advance(ctx: Context, tx: Transaction, action: ActionRow, *, by: str) -> None:
    """Move a proposed or approved action on: wait for approvals, wait out the delay, or execute now."""
    if action.break_glass:
        transition(ProposalKind.ACTION, action.state, ActionState.EXECUTED)
        action.ratify_by = ctx.policy.break_glass_rules.deadline(tx.now)
        execute_action(ctx, tx, action, by=by)
        return
    if not proposals.approvals_met(ctx, tx, as_proposal(action)):
        if action.state != ActionState.PENDING_APPROVAL.value:
            action.state = transition(ProposalKind.ACTION, action.state, ActionState.PENDING_APPROVAL)
        return
    if action.delay_seconds > 0:
        action.state = transition(ProposalKind.ACTION, action.state, ActionState.SCHEDULED)
        action.updated_at = tx.now
        action.execute_after = tx.now + timedelta(seconds=action.delay_seconds)
        tx.record(actor=by, verb=AuditVerb.ACTION_SCHEDULED, object_id=action.id, subject=_subject_label(tx, action),
                  summary=f"{_what(tx, action)} scheduled for {action.execute_after.isoformat()}; "
                  "any reviewer can cancel until then",
                  payload={"execute_after": action.execute_after.isoformat()})
        return
    execute_action(ctx, tx, action, by=by)


def _what(tx: Transaction, action: ActionRow) -> str:
    """'deactivate of @handle (case case_…)': the object of an audit sentence."""
    subject = tx.session.get(SubjectRow, action.subject_id)
    name = f"@{subject.handle}" if subject and subject.handle else (
        subject_label(tx.session, subject) if subject else "?")
    return f"{action.type} of {name}" + (f" (case {action.case_id})" if action.case_id else "")


def _subject_label(tx: Transaction, action: ActionRow) -> str | None:
    subject = tx.session.get(SubjectRow, action.subject_id)
    return subject_label(tx.session, subject) if subject else None


def _load_action(tx: Transaction, action_id: str) -> ActionRow:
    action = tx.session.execute(
        select(ActionRow).where(ActionRow.id == action_id).with_for_update()
    ).scalar_one_or_none()
    if action is None:
        raise NotFound(f"no action {action_id}")
    return action


def approve_action(ctx: Context, *, actor: Principal, action_id: str, reason: str = "") -> dict:
    """Count an independent approval; the last one needed schedules or executes the action."""
    staff = require_staff(actor)
    with ctx.db.transaction(ctx.clock) as tx:
        action = _load_action(tx, action_id)
        refusal: NotPermitted | None = None
        try:
            tally = proposals.approve(ctx, tx, as_proposal(action), staff, reason=reason)
        except proposals.ApprovalRefused as refused:
            why = refused.message
            tx.record(actor=actor.label, verb=AuditVerb.ACTION_APPROVAL_REFUSED, object_id=action.id,
                      subject=_subject_label(tx, action),
                      summary=f"{actor.label}'s approval of {_what(tx, action)} was refused: {why}",
                      payload={"why": why, "via": actor.via})
            refusal = NotPermitted(why)
        else:
            count = tally.approvals
            tx.record(actor=actor.label, verb=AuditVerb.ACTION_APPROVED, object_id=action.id,
                      subject=_subject_label(tx, action),
                      summary=f"{actor.label} approved {_what(tx, action)}, {count} of {action.approvals_required}"
                      + (f": {reason}" if reason else ""),
                      payload={"reason": reason, "approvals": count, "via": actor.via})
            action.updated_at = tx.now
            _advance(ctx, tx, action, by=actor.label)
        view = _view(tx.session, action)
    if refusal is not None:
        raise refusal  # after commit, so the refused approval stays on the record
    return view


def reject_action(ctx: Context, *, actor: Principal, action_id: str, reason: str) -> dict:
    staff = authorize_desk(ctx, actor, DeskPermission.REJECT_ACTIONS)
    reason = _check_reason(reason)
    with ctx.db.transaction(ctx.clock) as tx:
        action = _load_action(tx, action_id)
        proposals.reject(ctx, tx, as_proposal(action), staff, reason=reason)
        _close(tx, action, ActionState.REJECTED, by=actor.label, reason=reason, via=actor.via)
        return _view(tx.session, action)


def cancel_action(ctx: Context, *, actor: Principal, action_id: str, reason: str = "cancelled") -> dict:
    """Stop a pending or scheduled action; any reviewer, or its proposer, may."""
    staff = require_staff(actor)
    with ctx.db.transaction(ctx.clock) as tx:
        action = _load_action(tx, action_id)
        if action.proposed_by != staff.id and not ctx.policy.may_cancel(actor=staff, now=tx.now):
            raise NotPermitted(f"the {staff.role.value} role cannot cancel others' actions")
        _close(tx, action, ActionState.CANCELLED, by=actor.label, reason=reason or "cancelled", via=actor.via)
        return _view(tx.session, action)


def _close(tx: Transaction, action: ActionRow, target: ActionState, *, by: str, reason: str, via: str) -> None:
    action.state = transition(ProposalKind.ACTION, action.state, target)
    action.closed_by, action.closed_reason, action.closed_at, action.updated_at = by, reason, tx.now, tx.now
    tx.record(actor=by, verb=AuditVerb(f"action.{target.value}"), object_id=action.id,
              subject=_subject_label(tx, action),
              summary=f"{by} {target.value} {_what(tx, action)}: {reason}", payload={"reason": reason, "via": via})


def ratify_action(ctx: Context, *, actor: Principal, action_id: str, reason: str = "") -> dict:
    """A second senior confirms a break-glass action; without it the action is reversed automatically."""
    staff = authorize_desk(ctx, actor, DeskPermission.RATIFY_BREAK_GLASS)
    with ctx.db.transaction(ctx.clock) as tx:
        action = _load_action(tx, action_id)
        if not action.break_glass or action.state != ActionState.EXECUTED.value or action.ratified_by:
            raise Conflict(f"action {action_id} is not a break-glass action awaiting ratification")
        staff = proposals.current_facts(tx, staff)
        allowed, why = ctx.policy.may_ratify_break_glass(ratifier=staff, invoker_id=action.proposed_by, now=tx.now,
                                                         executed_at=action.executed_at)
        if not allowed:
            raise NotPermitted(why)
        action.ratified_by, action.updated_at = staff.id, tx.now
        tx.record(actor=actor.label, verb=AuditVerb.ACTION_RATIFIED, object_id=action.id,
                  summary=f"{actor.label} ratified break-glass {_what(tx, action)}" + (f": {reason}" if reason else ""),
                  payload={"via": actor.via, "reason": reason})
        return _view(tx.session, action)


def get_action(ctx: Context, *, actor: Principal, action_id: str) -> dict:
    require_staff(actor)
    with ctx.db.read() as session:
        action = session.get(ActionRow, action_id)
        if action is None:
            raise NotFound(f"no action {action_id}")
        return _view(session, action)


def _view(session: Session, action: ActionRow) -> dict:
    subject = session.get(SubjectRow, action.subject_id)
    assert subject is not None
    approvals = proposals.verdicts_of(session, ProposalKind.ACTION, [action.id])
    view = action_view(action, subject)
    view["approvals"] = [{"by": name, "verdict": a.verdict, "reason": a.reason, "at": a.at.isoformat()}
                         for a, name in approvals]
    return view
