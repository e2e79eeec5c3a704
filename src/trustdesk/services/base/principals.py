"""Who is calling: a staff member or the moderated platform's integration, resolved from a bearer token."""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
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


# How long a serving process trusts an integration token it has checked without asking the database again.
# A revocation in this process forgets every cached token at once (forget_checked_tokens); one made by another
# process (a CLI command, another `serve`) reaches this one within the TTL. Staff tokens are never cached: a
# member's role, access window and deactivation are read on every request.
INTEGRATION_TOKEN_TTL_SECONDS = 2.0


class _CheckedTokens:
    """Integration principals by token hash, each until its deadline (monotonic seconds)."""

    def __init__(self) -> None:
        self._found: dict[str, tuple[Principal, float]] = {}
        self._lock = threading.Lock()

    def get(self, key: str) -> Principal | None:
        hit = self._found.get(key)
        if hit is None or hit[1] < time.monotonic():
            return None
        return hit[0]

    def put(self, key: str, principal: Principal) -> None:
        with self._lock:
            if len(self._found) > 1000:  # only valid tokens get here, so this is a handful; stay bounded anyway
                self._found.clear()
            self._found[key] = (principal, time.monotonic() + INTEGRATION_TOKEN_TTL_SECONDS)

    def clear(self) -> None:
        with self._lock:
            self._found.clear()


def _checked_tokens(ctx: Context) -> _CheckedTokens:
    found = ctx.__dict__.get("checked_tokens")
    if found is None:
        found = ctx.__dict__.setdefault("checked_tokens", _CheckedTokens())
    return found


def forget_checked_tokens(ctx: Context) -> None:
    """After a revocation: every token is checked against the database again on its next request."""
    _checked_tokens(ctx).clear()


def recently_checked(ctx: Context, *, token: str) -> Principal | None:
    """The token's principal if it was checked moments ago (integrations only), without touching the database:
    the web layer answers from this on its event loop and sends only the rest to a thread."""
    return _checked_tokens(ctx).get(hash_token(token))


def authenticate(ctx: Context, *, token: str) -> Principal:
    """The token's principal; an integration's is kept for a couple of seconds, since a platform sends every
    report with the same token and looking it up each time was a sizeable share of intake's cost."""
    key = hash_token(token)
    checked = _checked_tokens(ctx)
    cached = checked.get(key)
    if cached is not None:
        return cached
    with ctx.db.read() as session:
        principal = resolve_token(session, token, ctx.clock.now())
    if principal.kind == "integration":
        checked.put(key, principal)
    return principal


def require_staff(principal: Principal, minimum: Role = Role.TRIAGE) -> StaffFacts:
    if principal.staff is None:
        raise NotPermitted("this needs a staff member's token, not an integration token")
    if not principal.staff.role.at_least(minimum):
        raise NotPermitted(f"this needs the {minimum.value} role or higher")
    return principal.staff


def require_integration(principal: Principal) -> None:
    if principal.kind != "integration":
        raise NotPermitted("subject data comes only from the platform's integration token")
