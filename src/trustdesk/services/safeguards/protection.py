"""Protection is itself protected: changing a subject's protective tags by hand needs a second admin.

Otherwise someone could strip an account's protection and then act on it as an ordinary account."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from trustdesk.audit.verbs import AuditVerb
from trustdesk.domain.errors import Conflict, NotFound, NotPermitted
from trustdesk.domain.ids import new_id
from trustdesk.domain.proposals import ProposalKind, ProposalState, transition
from trustdesk.domain.subjects import SubjectRef
from trustdesk.policy import Decision
from trustdesk.services.base.alerting import raise_alert
from trustdesk.services.base.context import Context
from trustdesk.services.base.platforms import subject_label
from trustdesk.services.base.principals import Principal, require_staff
from trustdesk.services.base.subjects import find_subject, lock_subject, subject_facts, validate_tags
from trustdesk.services.safeguards import proposals
from trustdesk.services.safeguards.proposals import Proposal
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import SubjectRow
from trustdesk.storage.tables_proposals import ProtectionChangeRow

KIND = ProposalKind.TAG_CHANGE


def propose_tag_change(ctx: Context, *, actor: Principal, ref: SubjectRef, tags: list[str], reason: str) -> dict:
    """Set a subject's tags. Ordinary tags change at once; protective ones wait for approval."""
    staff = require_staff(actor)
    new_tags = validate_tags(tags)
    refusal = None
    with ctx.db.transaction(ctx.clock) as tx:
        found = find_subject(tx.session, ref)
        if found is None:
            raise NotFound(f"no subject {ref}")
        subject = lock_subject(tx, found.id)
        decision = ctx.policy.decide_protection_change(actor=staff, subject=subject_facts(tx.session, subject),
                                                       old_tags=subject.tags, new_tags=new_tags, now=tx.now)
        if not decision.allowed:
            tx.record(actor=actor.label, verb=AuditVerb.PROTECTION_DENIED, subject=str(ref),
                      summary=f"{actor.label} was refused: {decision.explain()}", payload={"tags": new_tags})
            raise_alert(tx, kind="protection_change_denied", subject=subject,
                        message=f"{actor.label} tried to {decision.verb} on {ref}: refused",
                        payload={"actor": actor.label, "tags": new_tags, "reason": reason})
            refusal = NotPermitted(decision.explain(), details={"decision": decision.to_dict()})
        else:
            change = ProtectionChangeRow(
                id=new_id("pch"), subject_id=subject.id, old_tags=list(subject.tags), new_tags=new_tags,
                reason=reason, state=ProposalState.PENDING_APPROVAL.value, proposed_by=staff.id, proposed_at=tx.now,
                decision=decision.to_dict(),
            )
            tx.session.add(change)
            tx.record(actor=actor.label, verb=AuditVerb.PROTECTION_PROPOSED, subject=str(ref), object_id=change.id,
                      summary=f"{actor.label} proposed to {decision.verb} on {ref}: {decision.explain()}",
                      payload={"old_tags": change.old_tags, "new_tags": new_tags, "reason": reason})
            if decision.approvals_required == 0:
                _apply(tx, change, subject, by=actor.label)
            view = _view(tx.session, change)
    if refusal is not None:
        raise refusal
    return view


def approve_tag_change(ctx: Context, *, actor: Principal, change_id: str) -> dict:
    staff = require_staff(actor)
    with ctx.db.transaction(ctx.clock) as tx:
        change = _load(tx, change_id)
        tally = proposals.approve(ctx, tx, _as_proposal(change), staff)
        subject = lock_subject(tx, change.subject_id)
        tx.record(actor=actor.label, verb=AuditVerb.PROTECTION_APPROVED, object_id=change.id,
                  subject=subject_label(tx.session, subject),
                  summary=f"{actor.label} approved {Decision.from_dict(change.decision).verb}")
        if tally.met:
            if subject.tags != change.old_tags:
                raise Conflict("the subject's tags changed since this was proposed; propose again")
            _apply(tx, change, subject, by=actor.label)
        return _view(tx.session, change)


def reject_tag_change(ctx: Context, *, actor: Principal, change_id: str) -> dict:
    staff = require_staff(actor)
    with ctx.db.transaction(ctx.clock) as tx:
        change = _load(tx, change_id)
        proposals.reject(ctx, tx, _as_proposal(change), staff)
        return _close(tx, change, ProposalState.REJECTED, by=actor.label)


def cancel_tag_change(ctx: Context, *, actor: Principal, change_id: str) -> dict:
    """The proposer withdraws a pending tag change; others reject it."""
    staff = require_staff(actor)
    with ctx.db.transaction(ctx.clock) as tx:
        change = _load(tx, change_id)
        proposals.ensure_may_withdraw(_as_proposal(change), staff, others_may=False)
        return _close(tx, change, ProposalState.CANCELLED, by=actor.label)


def get_tag_change(ctx: Context, *, actor: Principal, change_id: str) -> dict:
    require_staff(actor)
    with ctx.db.read() as session:
        change = session.get(ProtectionChangeRow, change_id)
        if change is None:
            raise NotFound(f"no tag change {change_id}")
        return _view(session, change)


def _close(tx: Transaction, change: ProtectionChangeRow, target: ProposalState, *, by: str) -> dict:
    change.state = transition(KIND, change.state, target)
    change.closed_by, change.closed_at = by, tx.now
    tx.record(actor=by, verb=AuditVerb(f"protection.{target.value}"), object_id=change.id,
              summary=f"{by} {target.value} tag change {change.id}")
    return _view(tx.session, change)


def _as_proposal(change: ProtectionChangeRow) -> Proposal:
    return Proposal(KIND, change.id, change.state, change.proposed_by, Decision.from_dict(change.decision))


def _load(tx: Transaction, change_id: str) -> ProtectionChangeRow:
    change = tx.session.execute(
        select(ProtectionChangeRow).where(ProtectionChangeRow.id == change_id).with_for_update()
    ).scalar_one_or_none()
    if change is None:
        raise NotFound(f"no tag change {change_id}")
    return change


def _apply(tx: Transaction, change: ProtectionChangeRow, subject: SubjectRow, *, by: str) -> None:
    subject.tags, subject.updated_at = list(change.new_tags), tx.now
    change.state = transition(KIND, change.state, ProposalState.APPLIED)
    change.closed_by, change.closed_at = by, tx.now
    label = subject_label(tx.session, subject)
    tx.record(actor=by, verb=AuditVerb.PROTECTION_APPLIED, subject=label, object_id=change.id,
              summary=f"tags of {label} changed from {change.old_tags} to {change.new_tags}",
              payload={"old_tags": change.old_tags, "new_tags": change.new_tags})
    if change.decision.get("approvals_required"):
        raise_alert(tx, kind="protection_changed", subject=subject,
                    message=f"protection of {label} changed: {change.decision.get('verb')}",
                    payload={"old_tags": change.old_tags, "new_tags": change.new_tags})


def _view(session: Session, change: ProtectionChangeRow) -> dict:
    approvals = proposals.approval_counts(session, KIND, [change.id]).get(change.id, 0)
    return {
        "id": change.id, "state": change.state, "old_tags": change.old_tags, "new_tags": change.new_tags,
        "reason": change.reason, "approvals": approvals,
        "approvals_required": change.decision.get("approvals_required", 0), "decision": change.decision,
    }
