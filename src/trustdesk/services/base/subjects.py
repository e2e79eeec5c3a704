"""Subjects: synced in from the platform, read by staff, protected by a safeguarded tag change."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from trustdesk.domain.errors import InvalidInput, NotFound
from trustdesk.domain.ids import new_id
from trustdesk.domain.subjects import (
    MAX_TAGS,
    SubjectFacts,
    SubjectKind,
    SubjectRef,
    SubjectState,
)
from trustdesk.services.base.context import Context
from trustdesk.services.base.platforms import default_platform, resolve_ref
from trustdesk.services.base.principals import Principal, require_staff
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import SubjectRow

MAX_CONTENT = 20_000


def find_subject(session: Session, ref: SubjectRef) -> SubjectRow | None:
    """The subject in the reference's platform (the default platform when it names none)."""
    platform = ref.platform or default_platform(session)
    return session.execute(
        select(SubjectRow).where(SubjectRow.platform == platform, SubjectRow.kind == ref.kind.value,
                                 SubjectRow.external_id == ref.external_id)
    ).scalar_one_or_none()


def get_or_create_subject(tx: Transaction, ref: SubjectRef) -> SubjectRow:
    """A subject first seen in a report has unknown reach (None), which the policy never treats as low."""
    return find_or_create_subject(tx, ref)[0]


def find_or_create_subject(tx: Transaction, ref: SubjectRef) -> tuple[SubjectRow, bool]:
    """The subject, and whether this transaction just created it (then nothing else refers to it yet)."""
    row = find_subject(tx.session, ref)
    created = row is None
    if row is None:
        row = SubjectRow(
            id=new_id("sub"), platform=ref.platform or default_platform(tx.session), kind=ref.kind.value,
            external_id=ref.external_id, followers=None,
            verified=False, tags=[], labels=[], status="active", visibility="visible",
            created_at=tx.now, updated_at=tx.now,
        )
        tx.session.add(row)
        tx.session.flush()
    return row, created


def lock_subject(tx: Transaction, subject_id: str) -> SubjectRow:
    subject = tx.session.execute(
        select(SubjectRow).where(SubjectRow.id == subject_id).with_for_update()
    ).scalar_one()
    return subject


def subject_ref(row: SubjectRow) -> SubjectRef:
    return SubjectRef(SubjectKind(row.kind), row.external_id, row.platform)


def subject_state(row: SubjectRow) -> SubjectState:
    return SubjectState.from_dict({"status": row.status, "visibility": row.visibility, "labels": row.labels})


def set_subject_state(row: SubjectRow, state: SubjectState) -> None:
    row.status, row.visibility, row.labels = state.status.value, state.visibility.value, list(state.labels)


def held_reach(row: SubjectRow) -> tuple[int | None, bool]:
    """Followers and verified as the policy sees them: a held drop counts as not having happened yet."""
    followers, verified = row.followers, row.verified
    hold = row.reach_hold
    if hold:
        held = hold.get("followers")
        followers = None if held is None or followers is None else max(followers, held)
        verified = verified or bool(hold.get("verified"))
    return followers, verified


def subject_facts(session: Session, row: SubjectRow, *, as_synced: bool = False) -> SubjectFacts:
    """What the policy knows of a subject; `as_synced` ignores a held reach drop (to detect one)."""
    author_followers: int | None = None
    author_tags: frozenset[str] = frozenset()
    if row.kind == SubjectKind.POST and row.author_external_id:
        author = find_subject(session, SubjectRef(SubjectKind.ACCOUNT, row.author_external_id, row.platform))
        if author is not None:
            author_followers, author_tags = held_reach(author)[0], frozenset(author.tags)
    followers, verified = (row.followers, row.verified) if as_synced else held_reach(row)
    return SubjectFacts(
        ref=subject_ref(row), handle=row.handle, followers=followers,
        verified=verified, tags=frozenset(row.tags), state=subject_state(row),
        author_followers=author_followers, author_tags=author_tags,
    )


def validate_tags(tags: list[str]) -> list[str]:
    if len(tags) > MAX_TAGS:
        raise InvalidInput(f"at most {MAX_TAGS} tags", field="tags")
    for tag in tags:
        if not tag or len(tag) > 60:
            raise InvalidInput("each tag must be 1..60 characters", field="tags")
    return sorted(set(tags))


def get_subject(ctx: Context, *, actor: Principal, ref: SubjectRef) -> dict:
    require_staff(actor)
    with ctx.db.read() as session:
        row = find_subject(session, resolve_ref(session, actor, ref))
        if row is None:
            raise NotFound(f"no subject {ref}")
        return subject_view(ctx, session, row)


def subject_view(ctx: Context, session: Session, row: SubjectRow) -> dict:
    tier, tier_reasons = ctx.policy.tier_of(subject_facts(session, row))
    view = {
        "kind": row.kind, "id": row.external_id, "platform": row.platform, "handle": row.handle,
        "followers": row.followers,
        "verified": row.verified, "tags": list(row.tags), "status": row.status, "visibility": row.visibility,
        "labels": list(row.labels), "tier": tier.value, "tier_reasons": list(tier_reasons),
        "reach_hold": row.reach_hold,
    }
    if row.kind == SubjectKind.POST:
        view["author_id"], view["content"] = row.author_external_id, row.content
    return view
