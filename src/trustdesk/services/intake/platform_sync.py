"""The platform syncs its subjects in; it may add protection, never strip it."""

from __future__ import annotations

from trustdesk.audit.verbs import AuditVerb
from trustdesk.domain.errors import InvalidInput
from trustdesk.domain.subjects import MAX_HANDLE, PROTECTIVE_TAGS, SubjectKind, SubjectRef
from trustdesk.domain.values import check_count, check_text
from trustdesk.policy import RiskTier
from trustdesk.services.base.alerting import raise_alert
from trustdesk.services.base.context import Context
from trustdesk.services.base.platforms import resolve_ref, subject_label
from trustdesk.services.base.principals import Principal, require_integration
from trustdesk.services.base.subjects import (
    MAX_CONTENT,
    find_subject,
    get_or_create_subject,
    subject_facts,
    subject_view,
    validate_tags,
)
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import SubjectRow


def sync_subject(
    ctx: Context,
    *,
    actor: Principal,
    ref: SubjectRef,
    handle: str | None,
    followers: int | None,
    verified: bool,
    tags: list[str],
    author_id: str | None = None,
    content: str | None = None,
    platform_data: dict | None = None,
    keep_unknown: bool = False,
) -> tuple[dict, bool]:
    """Upsert a subject from the platform. Returns (view, created).

    The platform may add protection, never strip it: a protective tag already on the subject stays,
    because removing one is a safeguarded admin change (services/safeguards/protection.py).
    keep_unknown: a partial sync (a pulled report names a user, not its reach): None keeps what is known,
    tags are added to the known ones."""
    require_integration(actor)
    if handle is not None and len(handle) > MAX_HANDLE:
        raise InvalidInput(f"handle is over {MAX_HANDLE} characters", field="handle")
    check_count(followers, "followers")
    for name, value in (("handle", handle), ("author_id", author_id), ("content", content), ("tags", "".join(tags))):
        check_text(value, name)
    if content is not None and len(content) > MAX_CONTENT:
        raise InvalidInput(f"content is over {MAX_CONTENT} characters", field="content")
    clean_tags = validate_tags(tags)
    with ctx.db.transaction(ctx.clock) as tx:
        ref = resolve_ref(tx.session, actor, ref)
        row = find_subject(tx.session, ref)
        created = row is None
        row = row or get_or_create_subject(tx, ref)
        held_tier = None if created else ctx.policy.tier_of(subject_facts(tx.session, row))[0]
        before = {"followers": row.followers, "verified": row.verified}
        if keep_unknown and not created:
            handle = handle if handle is not None else row.handle
            followers = followers if followers is not None else row.followers
            verified = verified or row.verified
            clean_tags = sorted(set(clean_tags) | set(row.tags))
        kept = sorted(set(row.tags) & PROTECTIVE_TAGS - set(clean_tags))
        row.handle, row.followers, row.verified = handle, followers, verified
        row.tags = sorted(set(clean_tags) | set(kept))
        if ref.kind is SubjectKind.POST:
            row.author_external_id = author_id or row.author_external_id
            row.content = content if content is not None else row.content
        if platform_data:
            row.platform_data = {**(row.platform_data or {}), **platform_data}
        row.synced_at = row.updated_at = tx.now
        label = subject_label(tx.session, row)
        tx.record(
            actor=actor.label, verb=AuditVerb.SUBJECT_SYNCED, subject=label, object_id=row.id,
            summary=f"{actor.label} synced {label} ({handle or 'no handle'}, {followers} followers)",
            payload={"handle": handle, "followers": followers, "verified": verified, "tags": row.tags,
                     "protective_tags_kept": kept},
        )
        if held_tier is not None:
            _ratchet_reach(ctx, tx, row, ref, actor, held_tier, before)
        if kept:
            raise_alert(tx, kind="protection_strip_refused", subject=row,
                        message=f"the platform sync tried to remove {', '.join(kept)} from {label}; kept",
                        payload={"kept": kept})
        return subject_view(ctx, tx.session, row), created


def _ratchet_reach(ctx: Context, tx: Transaction, row: SubjectRow, ref: SubjectRef, actor: Principal,
                   held_tier: RiskTier, before: dict) -> None:
    """A sync that lowers the tier is held until a senior confirms it (services/safeguards/reach.py)."""
    synced_tier = ctx.policy.tier_of(subject_facts(tx.session, row, as_synced=True))[0]
    if synced_tier.rank >= held_tier.rank:
        if row.reach_hold:
            row.reach_hold = None  # the platform's figures are back at or above what was held
            tx.record(actor=actor.label, verb=AuditVerb.SUBJECT_REACH_HOLD_CLEARED, subject=str(ref), object_id=row.id,
                      summary=f"{ref} is back to the {synced_tier.value} tier; the held reach is released")
        return
    if row.reach_hold:
        return  # already held at the higher figures; the first drop's alert stands
    row.reach_hold = {**before, "tier": held_tier.value, "since": tx.now.isoformat(), "by": actor.label,
                      "new_followers": row.followers, "new_verified": row.verified, "new_tier": synced_tier.value}
    figures = f"{before['followers']} followers{', verified' if before['verified'] else ''}"
    new_figures = f"{row.followers} followers{', verified' if row.verified else ''}"
    message = (f"{actor.label} synced {ref} down from {figures} ({held_tier.value}) to {new_figures} "
               f"({synced_tier.value}); the {held_tier.value} tier holds until a senior confirms the drop")
    tx.record(actor=actor.label, verb=AuditVerb.SUBJECT_REACH_DROP_HELD, subject=str(ref), object_id=row.id,
              summary=message, payload=row.reach_hold)
    raise_alert(tx, kind="reach_drop_held", subject=row, message=message, payload=row.reach_hold)
