"""Editing the safeguard policy is a safeguarded change: an admin proposes, another senior or admin approves.

The database's approved version wins over the operator's file, so an edit that went through review
cannot be quietly undone by whoever can write the file; a changed file is recorded and alerted."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from trustdesk.audit.verbs import AuditVerb
from trustdesk.domain.errors import InvalidInput, NotFound, NotPermitted
from trustdesk.domain.ids import new_id
from trustdesk.domain.proposals import ProposalKind, ProposalState, transition
from trustdesk.policy import Decision, PolicyError, SafeguardPolicy
from trustdesk.policy.settings import settings_to_dict
from trustdesk.services.base.alerting import raise_alert
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal, require_staff
from trustdesk.services.safeguards import proposals
from trustdesk.services.safeguards.proposals import Proposal
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import AuditEntryRow
from trustdesk.storage.tables_proposals import PolicyVersionRow

KIND = ProposalKind.POLICY_VERSION
ACTIVE = ProposalState.ACTIVE.value


def propose_policy(ctx: Context, *, actor: Principal, cedar_text: str, settings: dict | None, reason: str) -> dict:
    staff = require_staff(actor)
    if not reason.strip():
        raise InvalidInput("a reason is required", field="reason")
    try:
        candidate = SafeguardPolicy.from_text(cedar_text, settings or {}, origin="proposed policy")
    except PolicyError as error:
        raise InvalidInput(f"the proposed policy is invalid: {error}", field="cedar") from None
    refusal = None
    with ctx.db.transaction(ctx.clock) as tx:
        decision = ctx.policy.decide_policy_change(actor=staff, now=tx.now)
        if not decision.allowed:
            tx.record(actor=actor.label, verb=AuditVerb.POLICY_DENIED,
                      summary=f"{actor.label} was refused: {decision.explain()}")
            raise_alert(tx, kind="policy_change_denied",
                        message=f"{actor.label} tried to edit the safeguard policy")
            refusal = NotPermitted(decision.explain())
        else:
            version = PolicyVersionRow(
                id=new_id("pol"), cedar_text=cedar_text, settings=settings_to_dict(candidate.settings),
                digest=candidate.digest, reason=reason, state=ProposalState.PENDING_APPROVAL.value,
                proposed_by=staff.id, proposed_at=tx.now, decision=decision.to_dict(),
            )
            tx.session.add(version)
            tx.record(actor=actor.label, verb=AuditVerb.POLICY_PROPOSED, object_id=version.id,
                      summary=f"{actor.label} proposed safeguard policy {candidate.digest[:12]}: {reason}",
                      payload={"digest": candidate.digest, "reason": reason})
            raise_alert(tx, kind="policy_change_proposed",
                        message=f"{actor.label} proposed a new safeguard policy ({reason}); it needs approval",
                        payload={"version": version.id, "digest": candidate.digest})
            view = _view(tx.session, version)
    if refusal is not None:
        raise refusal
    return view


def approve_policy(ctx: Context, *, actor: Principal, version_id: str) -> dict:
    staff = require_staff(actor)
    with ctx.db.transaction(ctx.clock) as tx:
        version = _load(tx, version_id)
        tally = proposals.approve(ctx, tx, _as_proposal(version), staff)
        tx.record(actor=actor.label, verb=AuditVerb.POLICY_APPROVED, object_id=version.id,
                  summary=f"{actor.label} approved safeguard policy {version.digest[:12]}")
        if tally.met:
            _activate(tx, version, by=actor.label)
            tx.after_commit(ctx.reload_policy)
        return _view(tx.session, version)


def reject_policy(ctx: Context, *, actor: Principal, version_id: str, reason: str = "") -> dict:
    """Someone whose approval would count turns the proposed policy down; the proposer withdraws with cancel."""
    staff = require_staff(actor)
    with ctx.db.transaction(ctx.clock) as tx:
        version = _load(tx, version_id)
        proposals.reject(ctx, tx, _as_proposal(version), staff, reason=reason)
        return _close(tx, version, ProposalState.REJECTED, by=actor.label, reason=reason)


def cancel_policy(ctx: Context, *, actor: Principal, version_id: str, reason: str = "") -> dict:
    """The proposer withdraws a pending policy version; others reject it."""
    staff = require_staff(actor)
    with ctx.db.transaction(ctx.clock) as tx:
        version = _load(tx, version_id)
        proposals.ensure_may_withdraw(_as_proposal(version), staff, others_may=False)
        return _close(tx, version, ProposalState.CANCELLED, by=actor.label, reason=reason)


def get_policy_version(ctx: Context, *, actor: Principal, version_id: str) -> dict:
    require_staff(actor)
    with ctx.db.read() as session:
        version = session.get(PolicyVersionRow, version_id)
        if version is None:
            raise NotFound(f"no policy version {version_id}")
        return _view(session, version)


def _close(tx: Transaction, version: PolicyVersionRow, target: ProposalState, *, by: str, reason: str) -> dict:
    version.state = transition(KIND, version.state, target)
    tx.record(actor=by, verb=AuditVerb(f"policy.{target.value}"), object_id=version.id,
              summary=f"{by} {target.value} safeguard policy {version.digest[:12]}" + (f": {reason}" if reason else ""),
              payload={"digest": version.digest, "reason": reason})
    return _view(tx.session, version)


def _as_proposal(version: PolicyVersionRow) -> Proposal:
    return Proposal(KIND, version.id, version.state, version.proposed_by, Decision.from_dict(version.decision))


def _activate(tx: Transaction, version: PolicyVersionRow, *, by: str) -> None:
    for previous in tx.session.execute(select(PolicyVersionRow).where(PolicyVersionRow.state == ACTIVE)).scalars():
        previous.state = transition(KIND, previous.state, ProposalState.SUPERSEDED)
    version.state, version.activated_at = transition(KIND, version.state, ProposalState.ACTIVE), tx.now
    tx.record(actor=by, verb=AuditVerb.POLICY_ACTIVATED, object_id=version.id,
              summary=f"safeguard policy {version.digest[:12]} is now in force", payload={"digest": version.digest})
    raise_alert(tx, kind="policy_changed", message=f"safeguard policy {version.digest[:12]} is now in force",
                payload={"version": version.id, "digest": version.digest})


def record_policy_in_force(ctx: Context) -> bool:
    """At start: note the policy's digest; if it differs from the last one noted, say so loudly."""
    digest = ctx.policy.digest
    with ctx.db.transaction(ctx.clock) as tx:
        last = tx.session.execute(
            select(AuditEntryRow.payload).where(AuditEntryRow.verb == "policy.in_force")
            .order_by(AuditEntryRow.seq.desc()).limit(1)
        ).scalar_one_or_none()
        if last is not None and last.get("digest") == digest:
            return False
        tx.record(actor="trustdesk", verb=AuditVerb.POLICY_IN_FORCE, summary=f"safeguard policy {digest[:12]} in force "
                  f"({ctx.policy.origin})", payload={"digest": digest, "origin": ctx.policy.origin})
        if last is not None:
            raise_alert(tx, kind="policy_changed", message=f"the safeguard policy in force changed to {digest[:12]} "
                        f"({ctx.policy.origin}) since the last start", payload={"digest": digest})
        return True


def _load(tx: Transaction, version_id: str) -> PolicyVersionRow:
    version = tx.session.execute(
        select(PolicyVersionRow).where(PolicyVersionRow.id == version_id).with_for_update()
    ).scalar_one_or_none()
    if version is None:
        raise NotFound(f"no policy version {version_id}")
    return version


def _view(session: Session, version: PolicyVersionRow) -> dict:
    approvals = proposals.approval_counts(session, KIND, [version.id]).get(version.id, 0)
    return {"id": version.id, "state": version.state, "digest": version.digest, "reason": version.reason,
            "approvals": approvals,
            "approvals_required": version.decision.get("approvals_required", 0)}


def reload_if_changed(ctx: Context) -> bool:
    """Another process may have activated a version; pick it up (one cheap query, run every scheduler tick)."""
    with ctx.db.read() as session:
        active = session.execute(select(PolicyVersionRow.id).where(PolicyVersionRow.state == ACTIVE)).scalar()
    wanted = f"database:{active}" if active else None
    current = ctx.policy.origin
    if (wanted or "") == (current if current.startswith("database:") else ""):
        return False
    ctx.reload_policy()
    return True
