"""Platform namespaces: which platform a subject reference means, and how a subject is named.

Each integration (and each connector, which owns an integration of the same name) is a platform. A reference
without a platform means the caller's own platform for an integration and the default platform for staff. The
default platform is the first one registered, so single-platform installations never have to name it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from trustdesk.domain.errors import NotPermitted
from trustdesk.domain.subjects import SubjectRef
from trustdesk.services.base.principals import Principal
from trustdesk.storage.tables import IntegrationRow, SubjectRow

# Used only before any integration exists (subjects staff mention first, the embedded demo platform).
FALLBACK_PLATFORM = "default"
_CACHE_KEY = "trustdesk.default_platform"


def default_platform(session: Session) -> str:
    """The oldest registered platform; cached for the session since it changes only when integrations do."""
    cached = session.info.get(_CACHE_KEY)
    if cached is None:
        cached = session.execute(
            select(IntegrationRow.name).order_by(IntegrationRow.created_at, IntegrationRow.id).limit(1)
        ).scalar_one_or_none() or FALLBACK_PLATFORM
        session.info[_CACHE_KEY] = cached
    return cached


def forget_default_platform(session: Session) -> None:
    session.info.pop(_CACHE_KEY, None)


def platform_for(session: Session, actor: Principal | None, requested: str | None) -> str:
    """The platform a reference means for this caller; an integration may name only its own."""
    if actor is not None and actor.kind == "integration":
        if requested is not None and requested != actor.name:
            raise NotPermitted(f"integration {actor.name} may only touch subjects of its own platform, "
                               f"not {requested}")
        return actor.name
    return requested or default_platform(session)


def resolve_ref(session: Session, actor: Principal | None, ref: SubjectRef) -> SubjectRef:
    return ref.on(platform_for(session, actor, ref.platform))


def subject_label(session: Session, row: SubjectRow) -> str:
    """How the audit log names a subject: "account/42", prefixed by its platform unless that is the default."""
    plain = f"{row.kind}/{row.external_id}"
    return plain if row.platform == default_platform(session) else f"{row.platform}:{plain}"
