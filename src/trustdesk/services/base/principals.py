"""Who is calling: a staff member or the moderated platform's integration, resolved from a bearer token."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from trustdesk.domain.errors import NotAuthenticated, NotPermitted
from trustdesk.domain.staff import EmploymentKind, Role, Sponsorship, StaffFacts
from trustdesk.services.base.context import Context
from trustdesk.storage.tables import IntegrationRow, StaffRow, TokenRow


@dataclass(frozen=True)
class Principal:
    kind: str  # "staff" | "integration"
    id: str
    name: str
    staff: StaffFacts | None = None
    via: str = "console session"  # the credential used: "token tok_…" for API and CLI calls, for the audit log

    @property
    def label(self) -> str:
        return self.name if self.kind == "staff" else f"integration:{self.name}"


def new_token(prefix: str) -> tuple[str, str]:
    token = f"{prefix}_{secrets.token_urlsafe(32)}"
    return token, hash_token(token)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def staff_facts(row: StaffRow) -> StaffFacts:
    return StaffFacts(
        id=row.id, name=row.name, role=Role(row.role), employment=EmploymentKind(row.employment),
        access_start=row.access_start, access_end=row.access_end, active=row.active,
        created_at=row.created_at, created_by=row.created_by,
        sponsors=tuple(Sponsorship.from_dict(s) for s in row.sponsors or ()),
    )


def principal_for_staff(row: StaffRow) -> Principal:
    return Principal(kind="staff", id=row.id, name=row.name, staff=staff_facts(row))


def resolve_token(session: Session, token: str, now: datetime) -> Principal:
    """A token works only while its owner's access window is open, to the second."""
    found = session.execute(
        select(TokenRow).where(TokenRow.token_hash == hash_token(token), TokenRow.revoked_at.is_(None))
    ).scalar_one_or_none()
    if found is None:
        raise NotAuthenticated("unknown or revoked token")
    if found.integration_id:
        integration = session.get(IntegrationRow, found.integration_id)
        assert integration is not None
        return Principal(kind="integration", id=integration.id, name=integration.name, via=f"token {found.id}")
    staff = session.get(StaffRow, found.staff_id)
    if staff is None:
        raise NotAuthenticated("unknown or revoked token")
    principal = replace(principal_for_staff(staff), via=f"token {found.id}")
    assert principal.staff is not None
    if not principal.staff.has_access_at(now):
        raise NotAuthenticated(f"access for {staff.name} has ended")
    return principal


def authenticate(ctx: Context, *, token: str) -> Principal:
    with ctx.db.read() as session:
        return resolve_token(session, token, ctx.clock.now())


def require_staff(principal: Principal, minimum: Role = Role.TRIAGE) -> StaffFacts:
    if principal.staff is None:
        raise NotPermitted("this needs a staff member's token, not an integration token")
    if not principal.staff.role.at_least(minimum):
        raise NotPermitted(f"this needs the {minimum.value} role or higher")
    return principal.staff


def require_integration(principal: Principal) -> None:
    if principal.kind != "integration":
        raise NotPermitted("subject data comes only from the platform's integration token")
