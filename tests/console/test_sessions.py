"""Console sessions: they end at sign-out, after 12 hours, or at the member's access end, to the second."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.console.http_session import PASSWORD
from tests.people import hire
from trustdesk.domain.errors import NotAuthenticated
from trustdesk.services.access import sessions, staff
from trustdesk.storage.tables import AuditEntryRow, ConsoleSessionRow


def test_a_session_opens_with_the_right_password_only(ctx):
    hire(ctx, "julie", "moderator", password=PASSWORD)
    with pytest.raises(NotAuthenticated, match="wrong name or password"):
        sessions.start_session(ctx, name="julie", password="guess")
    started = sessions.start_session(ctx, name="julie", password=PASSWORD)
    resolved = sessions.resolve_session(ctx, cookie=started.cookie)
    assert resolved.principal.name == "julie" and resolved.csrf_token == started.session.csrf_token


def test_only_a_hash_of_the_cookie_is_stored(ctx):
    hire(ctx, "julie", "moderator", password=PASSWORD)
    started = sessions.start_session(ctx, name="julie", password=PASSWORD)
    with ctx.db.read() as session:
        ids = session.execute(select(ConsoleSessionRow.id)).scalars().all()
    assert ids == [sessions.session_id(started.cookie)] and started.cookie not in ids


def test_a_session_ends_at_the_members_access_end_to_the_second(ctx, clock):
    end = clock.now() + timedelta(hours=2)
    hire(ctx, "contractor", "moderator", contractor=True, access_end=end, password=PASSWORD)
    started = sessions.start_session(ctx, name="contractor", password=PASSWORD)
    assert started.session.expires_at == end
    clock.set(end - timedelta(seconds=1))
    sessions.resolve_session(ctx, cookie=started.cookie)
    clock.set(end)
    with pytest.raises(NotAuthenticated, match="access for contractor has ended"):
        sessions.resolve_session(ctx, cookie=started.cookie)


def test_a_session_lasts_twelve_hours_at_most(ctx, clock):
    hire(ctx, "julie", "moderator", password=PASSWORD)
    started = sessions.start_session(ctx, name="julie", password=PASSWORD)
    clock.advance(hours=11, minutes=59)
    sessions.resolve_session(ctx, cookie=started.cookie)
    clock.advance(minutes=1)
    with pytest.raises(NotAuthenticated, match="session has ended"):
        sessions.resolve_session(ctx, cookie=started.cookie)


def test_signing_out_ends_the_session_at_once(ctx):
    hire(ctx, "julie", "moderator", password=PASSWORD)
    started = sessions.start_session(ctx, name="julie", password=PASSWORD)
    sessions.end_session(ctx, cookie=started.cookie)
    with pytest.raises(NotAuthenticated, match="signed out"):
        sessions.resolve_session(ctx, cookie=started.cookie)
    sessions.end_session(ctx, cookie=started.cookie)  # twice is harmless


def test_ending_a_members_access_ends_their_open_session(ctx):
    hire(ctx, "julie", "moderator", password=PASSWORD)
    started = sessions.start_session(ctx, name="julie", password=PASSWORD)
    staff.change_staff(ctx, actor=None, name="julie", end_access_now=True)
    with pytest.raises(NotAuthenticated, match="access for julie has ended"):
        sessions.resolve_session(ctx, cookie=started.cookie)


@pytest.mark.parametrize("cookie", [None, "", "made-up", "x" * 10_000])
def test_a_missing_or_unknown_cookie_signs_nobody_in(ctx, cookie):
    with pytest.raises(NotAuthenticated):
        sessions.resolve_session(ctx, cookie=cookie)


def test_signing_in_and_out_is_on_the_audit_log(ctx):
    hire(ctx, "julie", "moderator", password=PASSWORD)
    started = sessions.start_session(ctx, name="julie", password=PASSWORD)
    sessions.end_session(ctx, cookie=started.cookie)
    with ctx.db.read() as session:
        verbs = session.execute(select(AuditEntryRow.verb).where(AuditEntryRow.actor == "julie")).scalars().all()
    assert verbs == ["console.signed_in", "console.signed_out"]
