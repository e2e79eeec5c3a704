"""Staff members, integrations and their tokens."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TypedDict

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from trustdesk.domain.errors import Conflict, InvalidInput, NotAuthenticated
from trustdesk.domain.ids import new_id
from trustdesk.domain.staff import OPERATOR, EmploymentKind, Role, SponsorKind, Sponsorship
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal, new_token, principal_for_staff, require_staff
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import IntegrationRow, StaffRow, TokenRow

MAX_NAME = 100


@dataclass(frozen=True)
class NewCredential:
    id: str
    name: str
    token: str


def _hasher(ctx: Context) -> PasswordHasher:
    params = ctx.settings.argon2
    return PasswordHasher(
        time_cost=params.time_cost, memory_cost=params.memory_cost, parallelism=params.parallelism
    )


def parse_role(value: str) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise InvalidInput(f"unknown role {value!r}; use triage, moderator, senior or admin", field="role") from None


def add_staff(
    ctx: Context,
    *,
    actor: Principal | None,
    name: str,
    role: str,
    contractor: bool = False,
    access_start: datetime | None = None,
    access_end: datetime | None = None,
    password: str | None = None,
) -> NewCredential:
    """Create a staff member and their first API token. actor None means the operator at the CLI."""
    if actor is not None:
        require_staff(actor, Role.ADMIN)
    parsed_role = parse_role(role)
    name = name.strip()
    if not name or len(name) > MAX_NAME:
        raise InvalidInput(f"name must be 1..{MAX_NAME} characters", field="name")
    for label, value in (("access_start", access_start), ("access_end", access_end)):
        if value is not None and value.tzinfo is None:
            raise InvalidInput(f"{label} needs a time zone (e.g. +00:00)", field=label)
    if access_start and access_end and access_end <= access_start:
        raise InvalidInput("access_end must be after access_start", field="access_end")
    with ctx.db.transaction(ctx.clock) as tx:
        if tx.session.execute(select(StaffRow.id).where(StaffRow.name == name)).first():
            raise Conflict(f"a staff member named {name!r} exists", field="name")
        employment = EmploymentKind.CONTRACTOR if contractor else EmploymentKind.EMPLOYEE
        row = StaffRow(
            id=new_id("stf"), name=name, role=parsed_role.value, employment=employment.value,
            access_start=access_start, access_end=access_end, active=True, created_at=tx.now,
            password_hash=_hasher(ctx).hash(password) if password else None,
            created_by=actor.id if actor else None,
            sponsors=[_sponsorship(actor, SponsorKind.CREATED, tx.now)],
        )
        tx.session.add(row)
        token = _issue_token(tx, staff_id=row.id)
        window = f", access until {access_end.isoformat()}" if access_end else ""
        tx.record(
            actor=actor.label if actor else "operator", verb="staff.added", object_id=row.id,
            summary=f"{actor.label if actor else 'operator'} added {name} as {parsed_role.value} "
            f"({employment.value}{window})",
            payload={"name": name, "role": parsed_role.value, "employment": employment.value,
                     "access_end": access_end.isoformat() if access_end else None},
        )
        return NewCredential(id=row.id, name=name, token=token)


def add_integration(ctx: Context, *, name: str) -> NewCredential:
    """The moderated platform's credential: it may sync subjects and file reports, nothing else."""
    name = name.strip()
    if not name or len(name) > MAX_NAME:
        raise InvalidInput(f"name must be 1..{MAX_NAME} characters", field="name")
    with ctx.db.transaction(ctx.clock) as tx:
        if tx.session.execute(select(IntegrationRow.id).where(IntegrationRow.name == name)).first():
            raise Conflict(f"an integration named {name!r} exists", field="name")
        row = IntegrationRow(id=new_id("int"), name=name, created_at=tx.now)
        tx.session.add(row)
        tx.session.flush()
        token = _issue_token(tx, integration_id=row.id)
        tx.record(actor="operator", verb="integration.added", object_id=row.id,
                  summary=f"operator added integration {name}", payload={"name": name})
        return NewCredential(id=row.id, name=name, token=token)


def _sponsorship(actor: Principal | None, kind: SponsorKind, at: datetime) -> dict[str, str]:
    return Sponsorship(actor.id if actor else OPERATOR, kind, at).to_dict()


def _issue_token(tx: Transaction, *, staff_id: str | None = None, integration_id: str | None = None) -> str:
    token, digest = new_token("tdk")
    tx.session.add(TokenRow(
        id=new_id("tok"), token_hash=digest, staff_id=staff_id, integration_id=integration_id, created_at=tx.now,
    ))
    return token


def sign_in(ctx: Context, *, name: str, password: str) -> Principal:
    """Password check for the console; the access window is checked like a token's."""
    with ctx.db.read() as session:
        row = session.execute(select(StaffRow).where(StaffRow.name == name)).scalar_one_or_none()
        if row is None or not row.password_hash:
            raise NotAuthenticated("wrong name or password")
        try:
            _hasher(ctx).verify(row.password_hash, password)
        except (VerificationError, InvalidHashError):
            raise NotAuthenticated("wrong name or password") from None
        principal = principal_for_staff(row)
    assert principal.staff is not None
    if not principal.staff.has_access_at(ctx.clock.now()):
        raise NotAuthenticated(f"access for {name} has ended")
    return principal


def list_staff(ctx: Context, *, actor: Principal) -> list[StaffView]:
    require_staff(actor, Role.SENIOR)
    with ctx.db.read() as session:
        rows = session.execute(select(StaffRow).order_by(StaffRow.name)).scalars().all()
        return [staff_view(row) for row in rows]


class StaffView(TypedDict):
    id: str
    name: str
    role: str
    employment: str
    access_start: str | None
    access_end: str | None
    active: bool


def staff_view(row: StaffRow) -> StaffView:
    return {
        "id": row.id, "name": row.name, "role": row.role, "employment": row.employment,
        "access_start": row.access_start.isoformat() if row.access_start else None,
        "access_end": row.access_end.isoformat() if row.access_end else None, "active": row.active,
    }


def _load_staff(tx: Transaction, name: str) -> StaffRow:
    row = tx.session.execute(select(StaffRow).where(StaffRow.name == name).with_for_update()).scalar_one_or_none()
    if row is None:
        from trustdesk.domain.errors import NotFound

        raise NotFound(f"no staff member {name!r}")
    return row


def issue_token(ctx: Context, *, actor: Principal | None, name: str) -> str:
    """Another API token for a staff member (the operator, an admin, or themselves)."""
    if actor is not None and actor.name != name:
        require_staff(actor, Role.ADMIN)
    with ctx.db.transaction(ctx.clock) as tx:
        row = _load_staff(tx, name)
        token = _issue_token(tx, staff_id=row.id)
        if actor is None or actor.id != row.id:
            row.sponsors = [*row.sponsors, _sponsorship(actor, SponsorKind.TOKEN, tx.now)]
        who = actor.label if actor else "operator"
        tx.record(actor=who, verb="staff.token_issued", object_id=row.id, summary=f"{who} issued a token for {name}")
        return token


def change_staff(
    ctx: Context,
    *,
    actor: Principal | None,
    name: str,
    role: str | None = None,
    access_end: datetime | None = None,
    end_access_now: bool = False,
    active: bool | None = None,
) -> dict:
    """Change a member's role or access window; takes effect at once, on tokens, sessions and pending approvals."""
    if actor is not None:
        require_staff(actor, Role.ADMIN)
    with ctx.db.transaction(ctx.clock) as tx:
        row = _load_staff(tx, name)
        before = staff_view(row)
        if role is not None:
            new_role = parse_role(role)
            if new_role.rank > Role(row.role).rank:
                row.sponsors = [*row.sponsors, _sponsorship(actor, SponsorKind.PROMOTED, tx.now)]
            row.role = new_role.value
        if end_access_now:
            row.access_end = tx.now
        elif access_end is not None:
            if access_end.tzinfo is None:
                raise InvalidInput("access_end needs a time zone", field="access_end")
            row.access_end = access_end
        if active is not None:
            row.active = active
        after = staff_view(row)
        changes = {k: [before[k], after[k]] for k in after if before[k] != after[k]}
        who = actor.label if actor else "operator"
        tx.record(actor=who, verb="staff.changed", object_id=row.id,
                  summary=f"{who} changed {name}: " + ", ".join(f"{k} {a} → {b}" for k, (a, b) in changes.items()),
                  payload={"changes": changes})
        return after
