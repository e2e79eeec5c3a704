"""The platform syncs its subjects in; it may add protection, never strip it."""

from __future__ import annotations

from trustdesk.domain.errors import InvalidInput
from trustdesk.domain.subjects import MAX_HANDLE, PROTECTIVE_TAGS, SubjectKind, SubjectRef
from trustdesk.services.base.context import Context
from trustdesk.services.base.platforms import resolve_ref, subject_label
from trustdesk.services.base.principals import Principal, require_integration
from trustdesk.services.base.subjects import (
    MAX_CONTENT,
    find_subject,
    get_or_create_subject,
    subject_view,
    validate_tags,
)
from trustdesk.services.oversight.alerts import raise_alert


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
    if followers is not None and followers < 0:
        raise InvalidInput("followers cannot be negative", field="followers")
    if content is not None and len(content) > MAX_CONTENT:
        raise InvalidInput(f"content is over {MAX_CONTENT} characters", field="content")
    clean_tags = validate_tags(tags)
    with ctx.db.transaction(ctx.clock) as tx:
        ref = resolve_ref(tx.session, actor, ref)
        row = find_subject(tx.session, ref)
        created = row is None
        row = row or get_or_create_subject(tx, ref)
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
            actor=actor.label, verb="subject.synced", subject=label, object_id=row.id,
            summary=f"{actor.label} synced {label} ({handle or 'no handle'}, {followers} followers)",
            payload={"handle": handle, "followers": followers, "verified": verified, "tags": row.tags,
                     "protective_tags_kept": kept},
        )
        if kept:
            raise_alert(tx, kind="protection_strip_refused", subject=row,
                        message=f"the platform sync tried to remove {', '.join(kept)} from {label}; kept",
                        payload={"kept": kept})
        return subject_view(ctx, tx.session, row), created
