"""Facts for policy tests: staff, subjects and one clock instant. No database, no web."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from trustdesk.domain.actions import ActionType
from trustdesk.domain.staff import EmploymentKind, Role, StaffFacts
from trustdesk.domain.subjects import SubjectFacts, SubjectKind, SubjectRef
from trustdesk.policy import Decision, SafeguardPolicy

# 2 November 2017, shortly before the account went offline
NOW = datetime(2017, 11, 2, 18, 45, tzinfo=UTC)


def staff(
    name: str,
    role: Role = Role.MODERATOR,
    *,
    contractor: bool = False,
    access_end: datetime | None = None,
    active: bool = True,
) -> StaffFacts:
    kind = EmploymentKind.CONTRACTOR if contractor else EmploymentKind.EMPLOYEE
    return StaffFacts(
        id=f"staff-{name.lower()}", name=name, role=role, employment=kind,
        access_start=NOW - timedelta(days=365), access_end=access_end, active=active,
    )


def account(
    handle: str, followers: int | None = 120, *, verified: bool = False, tags: set[str] | None = None
) -> SubjectFacts:
    return SubjectFacts(
        ref=SubjectRef(SubjectKind.ACCOUNT, f"acct-{handle}"), handle=handle, followers=followers,
        verified=verified, tags=frozenset(tags or ()),
    )


def post(
    post_id: str,
    author_followers: int | None = 120,
    *,
    author_tags: set[str] | None = None,
    tags: set[str] | None = None,
) -> SubjectFacts:
    return SubjectFacts(
        ref=SubjectRef(SubjectKind.POST, post_id), handle=None, followers=None, verified=False,
        tags=frozenset(tags or ()), author_followers=author_followers,
        author_tags=frozenset(author_tags or ()),
    )


POTUS = account("realDonaldTrump", 41_700_000, verified=True, tags={"public-interest"})
ORDINARY = account("alice", 120)


@pytest.fixture(scope="session")
def policy() -> SafeguardPolicy:
    return SafeguardPolicy.default()


@pytest.fixture(autouse=True)
def _no_operator_policy(monkeypatch: pytest.MonkeyPatch) -> None:
    # The shipped default, whatever the machine running the tests has configured.
    monkeypatch.delenv("TRUSTDESK_POLICY", raising=False)


def decide(
    policy: SafeguardPolicy, action: ActionType, subject: SubjectFacts, actor: StaffFacts | None = None, **kw
) -> Decision:
    """policy.decide at NOW, by an ordinary employee moderator unless told otherwise."""
    now = kw.pop("now", NOW)
    return policy.decide(action=action, subject=subject, actor=actor or staff("Mo"), now=now, **kw)
