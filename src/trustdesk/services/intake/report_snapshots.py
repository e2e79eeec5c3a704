"""What was reported, as evidence: the platform's snapshot of the content, checked and bounded, or what trustdesk
knew of the subject when the report came in."""

from __future__ import annotations

from sqlalchemy.orm import Session

from trustdesk.domain.errors import DomainError, InvalidInput
from trustdesk.domain.reports import MAX_REPORTER
from trustdesk.domain.subjects import SubjectRef
from trustdesk.services.base.platforms import resolve_ref
from trustdesk.services.base.principals import Principal
from trustdesk.services.base.subjects import find_subject
from trustdesk.storage.tables import SubjectRow

MAX_SNAPSHOT_TEXT = 20_000
MAX_SNAPSHOT_ITEMS = 50


def clean_snapshot(snapshot: dict | None) -> dict | None:
    """Keep only the known fields, bounded: a snapshot is evidence, not a place for arbitrary data."""
    if snapshot is None:
        return None
    if not isinstance(snapshot, dict):
        raise InvalidInput("snapshot must be an object", field="snapshot")
    text, handle = snapshot.get("text"), snapshot.get("handle")
    links, media = snapshot.get("links") or [], snapshot.get("media") or []
    if text is not None and (not isinstance(text, str) or len(text) > MAX_SNAPSHOT_TEXT):
        raise InvalidInput(f"snapshot.text must be text of at most {MAX_SNAPSHOT_TEXT} characters",
                           field="snapshot.text")
    if handle is not None and (not isinstance(handle, str) or len(handle) > MAX_REPORTER):
        raise InvalidInput("snapshot.handle must be a short text", field="snapshot.handle")
    if not isinstance(links, list) or len(links) > MAX_SNAPSHOT_ITEMS or \
            not all(isinstance(link, str) and len(link) <= 2000 for link in links):
        raise InvalidInput(f"snapshot.links must be at most {MAX_SNAPSHOT_ITEMS} URLs", field="snapshot.links")
    if not isinstance(media, list) or len(media) > MAX_SNAPSHOT_ITEMS or not all(
            isinstance(m, dict) and isinstance(m.get("ref"), str) and len(m["ref"]) <= 2000
            and (m.get("sha256") is None or isinstance(m.get("sha256"), str) and len(m["sha256"]) <= 128)
            for m in media):
        raise InvalidInput("snapshot.media must be a list of {ref, sha256}", field="snapshot.media")
    return {"text": text, "handle": handle, "links": list(links),
            "media": [{"ref": m["ref"], "sha256": m.get("sha256")} for m in media]}


def snapshot_of(subject: SubjectRow) -> dict | None:
    """What trustdesk knew of the subject when the report came in (a post's text, an account's handle)."""
    if subject.content is None and subject.handle is None:
        return None
    return {"text": subject.content, "handle": subject.handle, "links": [], "media": []}


def known_content(session: Session, actor: Principal, ref: SubjectRef) -> str | None:
    try:
        row = find_subject(session, resolve_ref(session, actor, ref))
    except DomainError:
        return None  # an unknown platform, say: the report itself is refused on it, alone
    return row.content if row is not None else None
