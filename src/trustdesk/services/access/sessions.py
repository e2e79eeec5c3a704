"""Console sessions: a signed-in browser, ended by sign-out, after 12 hours, or at the member's access end.

The cookie holds 256 random bits; only its SHA-256 is stored, so a copy of the database signs nobody in.
Every request resolves the session again, with the member's current access window: an access end moved
forward by an admin, or simply reached, ends the session to the second."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from trustdesk.audit.verbs import AuditVerb
from trustdesk.domain.errors import NotAuthenticated
from trustdesk.services.access import staff as staff_service
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal, principal_for_staff
from trustdesk.storage.tables import ConsoleSessionRow, StaffRow

SESSION_LENGTH = timedelta(hours=12)
MAX_COOKIE = 200  # ours are 43 characters; anything much longer is not one of ours


@dataclass(frozen=True)
class ConsoleSession:
    principal: Principal
    csrf_token: str
    expires_at: datetime
    language: str | None = None  # the member's console language; None follows the browser


@dataclass(frozen=True)
class StartedSession:
    cookie: str  # goes to the browser once, never stored
    session: ConsoleSession


def session_id(cookie: str) -> str:
    return hashlib.sha256(cookie.encode()).hexdigest()


def session_expiry(now: datetime, access_end: datetime | None) -> datetime:
    """12 hours from now, or the access end if that comes first."""
    limit = now + SESSION_LENGTH
    return min(limit, access_end) if access_end is not None else limit


def start_session(ctx: Context, *, name: str, password: str) -> StartedSession:
    """Check the password (argon2) and the access window, then open a session for the browser."""
    principal = staff_service.sign_in(ctx, name=name, password=password)
    cookie, csrf_token = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    with ctx.db.transaction(ctx.clock) as tx:
        row = tx.session.get(StaffRow, principal.id)
        assert row is not None
        expires_at = session_expiry(tx.now, row.access_end)
        tx.session.add(ConsoleSessionRow(id=session_id(cookie), staff_id=row.id, csrf_token=csrf_token,
                                         created_at=tx.now, expires_at=expires_at))
        tx.record(actor=principal.label, verb=AuditVerb.CONSOLE_SIGNED_IN, object_id=row.id,
                  summary=f"{principal.label} signed in to the console until {expires_at.isoformat()}",
                  payload={"expires_at": expires_at.isoformat()})
    return StartedSession(cookie, ConsoleSession(principal, csrf_token, expires_at))


def resolve_session(ctx: Context, *, cookie: str | None) -> ConsoleSession:
    """The session behind a cookie, if it is still open and its owner still has access right now."""
    if not cookie or len(cookie) > MAX_COOKIE:
        raise NotAuthenticated("sign in to use the console")
    now = ctx.clock.now()
    with ctx.db.read() as session:
        row = session.get(ConsoleSessionRow, session_id(cookie))
        if row is None or row.revoked_at is not None:
            raise NotAuthenticated("you are signed out; sign in again")
        staff_row = session.get(StaffRow, row.staff_id)
        assert staff_row is not None
        principal = principal_for_staff(staff_row)
        expires_at, csrf_token, language = row.expires_at, row.csrf_token, staff_row.language
    assert principal.staff is not None
    if not principal.staff.has_access_at(now):
        raise NotAuthenticated(f"access for {principal.name} has ended")
    if now >= expires_at:
        raise NotAuthenticated("your session has ended; sign in again")
    return ConsoleSession(principal, csrf_token, expires_at, language)


def end_session(ctx: Context, *, cookie: str | None) -> None:
    """Sign out: the cookie stops working at once, even if the browser keeps it."""
    if not cookie or len(cookie) > MAX_COOKIE:
        return
    with ctx.db.transaction(ctx.clock) as tx:
        row = tx.session.get(ConsoleSessionRow, session_id(cookie))
        if row is None or row.revoked_at is not None:
            return
        row.revoked_at = tx.now
        staff_row = tx.session.get(StaffRow, row.staff_id)
        who = staff_row.name if staff_row else row.staff_id
        tx.record(actor=who, verb=AuditVerb.CONSOLE_SIGNED_OUT, object_id=row.staff_id,
                  summary=f"{who} signed out of the console")
