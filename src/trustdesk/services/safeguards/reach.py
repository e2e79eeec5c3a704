"""Reach is a ratchet: a platform sync may lower a subject's tier only once a senior confirms it.

Otherwise the platform (or whoever holds its token) could re-sync a 41.7M-follower account as 10
followers and let one moderator deactivate it as an ordinary account."""

from __future__ import annotations

from trustdesk.audit.verbs import AuditVerb
from trustdesk.domain.errors import Conflict, InvalidInput, NotFound
from trustdesk.domain.permissions import DeskPermission
from trustdesk.domain.subjects import SubjectRef
from trustdesk.services.base.authorization import authorize_desk
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal
from trustdesk.services.base.subjects import find_subject, lock_subject, subject_view


def confirm_reach_drop(ctx: Context, *, actor: Principal, ref: SubjectRef, reason: str) -> dict:
    """A senior looked and agrees: the platform's lower figures now count."""
    authorize_desk(ctx, actor, DeskPermission.CONFIRM_REACH_DROP)
    if not reason.strip():
        raise InvalidInput("a reason is required", field="reason")
    with ctx.db.transaction(ctx.clock) as tx:
        found = find_subject(tx.session, ref)
        if found is None:
            raise NotFound(f"no subject {ref}")
        subject = lock_subject(tx, found.id)
        hold = subject.reach_hold
        if not hold:
            raise Conflict(f"{ref} has no held reach drop to confirm")
        subject.reach_hold, subject.updated_at = None, tx.now
        tx.record(actor=actor.label, verb=AuditVerb.SUBJECT_REACH_DROP_CONFIRMED, subject=str(ref),
                  object_id=subject.id,
                  summary=f"{actor.label} confirmed the drop of {ref} from {hold.get('tier')} to "
                  f"{hold.get('new_tier')} (synced by {hold.get('by')}): {reason}",
                  payload={"hold": hold, "reason": reason, "via": actor.via})
        return subject_view(ctx, tx.session, subject)
