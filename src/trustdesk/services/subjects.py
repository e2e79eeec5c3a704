"""Subjects: synced in from the platform, read by staff, protected by a safeguarded tag change."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from trustdesk.domain.errors import InvalidInput, NotFound
from trustdesk.domain.ids import new_id
from trustdesk.domain.subjects import (
    MAX_HANDLE,
    MAX_TAGS,
    PROTECTIVE_TAGS,
    SubjectFacts,
    SubjectKind,
    SubjectRef,
    SubjectState,
)
from trustdesk.domain.values import check_count, check_text
from trustdesk.services.context import Context
from trustdesk.services.principals import Principal, require_integration, require_staff
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import SubjectRow

MAX_CONTENT = 20_000


def find_subject(session: Session, ref: SubjectRef) -> SubjectRow | None:
    return session.execute(
        select(SubjectRow).where(SubjectRow.kind == ref.kind.value, SubjectRow.external_id == ref.external_id)
    ).scalar_one_or_none()


def get_or_create_subject(tx: Transaction, ref: SubjectRef) -> SubjectRow:
    """A subject first seen in a report has unknown reach (None), which the policy never treats as low."""
    row = find_subject(tx.session, ref)
    if row is None:
        row = SubjectRow(
            id=new_id("sub"), kind=ref.kind.value, external_id=ref.external_id, followers=None,
            verified=False, tags=[], labels=[], status="active", visibility="visible",
            created_at=tx.now, updated_at=tx.now,
        )
        tx.session.add(row)
        tx.session.flush()
    return row


def subject_state(row: SubjectRow) -> SubjectState:
    return SubjectState.from_dict({"status": row.status, "visibility": row.visibility, "labels": row.labels})


def set_subject_state(row: SubjectRow, state: SubjectState) -> None:
    row.status, row.visibility, row.labels = state.status.value, state.visibility.value, list(state.labels)


def subject_facts(session: Session, row: SubjectRow) -> SubjectFacts:
    author_followers, author_tags = None, frozenset()
    if row.kind == SubjectKind.POST and row.author_external_id:
        author = find_subject(session, SubjectRef(SubjectKind.ACCOUNT, row.author_external_id))
        if author is not None:
            author_followers, author_tags = author.followers, frozenset(author.tags)
    return SubjectFacts(
        ref=SubjectRef(SubjectKind(row.kind), row.external_id), handle=row.handle, followers=row.followers,
        verified=row.verified, tags=frozenset(row.tags), state=subject_state(row),
        author_followers=author_followers, author_tags=author_tags,
    )


def validate_tags(tags: list[str]) -> list[str]:
    if len(tags) > MAX_TAGS:
        raise InvalidInput(f"at most {MAX_TAGS} tags", field="tags")
    for tag in tags:
        if not tag or len(tag) > 60:
            raise InvalidInput("each tag must be 1..60 characters", field="tags")
    return sorted(set(tags))


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
) -> tuple[dict, bool]:
    """Upsert a subject from the platform. Returns (view, created).

    The platform may add protection, never strip it: a protective tag already on the subject stays,
    because removing one is a safeguarded admin change (services.protection)."""
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
        row = find_subject(tx.session, ref)
        created = row is None
        row = row or get_or_create_subject(tx, ref)
        kept = sorted(set(row.tags) & PROTECTIVE_TAGS - set(clean_tags))
        row.handle, row.followers, row.verified = handle, followers, verified
        row.tags = sorted(set(clean_tags) | set(kept))
        if ref.kind is SubjectKind.POST:
            row.author_external_id = author_id or row.author_external_id
            row.content = content if content is not None else row.content
        row.synced_at = row.updated_at = tx.now
        tx.record(
            actor=actor.label, verb="subject.synced", subject=str(ref), object_id=row.id,
            summary=f"{actor.label} synced {ref} ({handle or 'no handle'}, {followers} followers)",
            payload={"handle": handle, "followers": followers, "verified": verified, "tags": row.tags,
                     "protective_tags_kept": kept},
        )
        if kept:
            from trustdesk.services.alerts import raise_alert

            raise_alert(tx, kind="protection_strip_refused", subject=row,
                        message=f"the platform sync tried to remove {', '.join(kept)} from {ref}; kept",
                        payload={"kept": kept})
        return subject_view(ctx, tx.session, row), created


def get_subject(ctx: Context, *, actor: Principal, ref: SubjectRef) -> dict:
    require_staff(actor)
    with ctx.db.read() as session:
        row = find_subject(session, ref)
        if row is None:
            raise NotFound(f"no subject {ref}")
        return subject_view(ctx, session, row)


def subject_view(ctx: Context, session: Session, row: SubjectRow) -> dict:
    tier, tier_reasons = ctx.policy.tier_of(subject_facts(session, row))
    view = {
        "kind": row.kind, "id": row.external_id, "handle": row.handle, "followers": row.followers,
        "verified": row.verified, "tags": list(row.tags), "status": row.status, "visibility": row.visibility,
        "labels": list(row.labels), "tier": tier.value, "tier_reasons": list(tier_reasons),
    }
    if row.kind == SubjectKind.POST:
        view["author_id"], view["content"] = row.author_external_id, row.content
    return view
