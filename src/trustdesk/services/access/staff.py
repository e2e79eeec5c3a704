"""Staff members, integrations and their tokens."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TypedDict

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, or_, select

from trustdesk.audit.verbs import AuditVerb
from trustdesk.domain.errors import Conflict, InvalidInput, NotAuthenticated, NotFound, NotPermitted
from trustdesk.domain.ids import new_id
from trustdesk.domain.permissions import DeskPermission
from trustdesk.domain.staff import OPERATOR, EmploymentKind, Role, SponsorKind, Sponsorship
from trustdesk.services.base.alerting import raise_alert
from trustdesk.services.base.authorization import authorize_desk
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal, new_token, principal_for_staff
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import ConsoleSessionRow, IntegrationRow, StaffRow, TokenRow

MAX_NAME = 100


@dataclass(frozen=True)
class NewCredential:
    id: str
    name: str
    token: str
    token_id: str = ""


ELEVATED = Role.SENIOR  # from this role up, a member created in the app needs a second admin
IN_APP_NEEDS_APPROVAL = ("adding a senior or admin, raising a role or issuing a token for someone else in the app "
                         "needs a second admin's approval: propose it as a staff change (POST /api/v1/staff, "
                         "/staff/{name}/role or /staff/{name}/tokens answer 202 with the proposal)")


def _hasher(ctx: Context) -> PasswordHasher:
    params = ctx.settings.argon2
    return PasswordHasher(
        time_cost=params.time_cost, memory_cost=params.memory_cost, parallelism=params.parallelism
    )


def hash_password(ctx: Context, password: str | None) -> str | None:
    return _hasher(ctx).hash(password) if password else None


def parse_role(value: str) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise InvalidInput(f"unknown role {value!r}; use triage, moderator, senior or admin", field="role") from None


def validate_member(
    name: str, role: str, access_start: datetime | None, access_end: datetime | None
) -> tuple[str, Role]:
    """The cleaned name and parsed role of a member to be; InvalidInput naming the field otherwise."""
    parsed_role = parse_role(role)
    name = name.strip()
    if not name or len(name) > MAX_NAME:
        raise InvalidInput(f"name must be 1..{MAX_NAME} characters", field="name")
    for label, value in (("access_start", access_start), ("access_end", access_end)):
        if value is not None and value.tzinfo is None:
            raise InvalidInput(f"{label} needs a time zone (e.g. +00:00)", field=label)
    if access_start and access_end and access_end <= access_start:
        raise InvalidInput("access_end must be after access_start", field="access_end")
    return name, parsed_role


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
    """Create a staff member and their first API token. actor None means the operator at the CLI.

    In the app an admin adds triage and moderators at once; a senior or admin is a staff change another
    admin approves (services/safeguards/staff_changes.py). The operator acts at once, and is alerted on."""
    if actor is not None:
        authorize_desk(ctx, actor, DeskPermission.MANAGE_STAFF)
    name, parsed_role = validate_member(name, role, access_start, access_end)
    if actor is not None and parsed_role.at_least(ELEVATED):
        raise NotPermitted(IN_APP_NEEDS_APPROVAL)
    password_hash = hash_password(ctx, password)
    with ctx.db.transaction(ctx.clock) as tx:
        row = create_member(tx, proposer=actor, name=name, role=parsed_role, contractor=contractor,
                            access_start=access_start, access_end=access_end, password_hash=password_hash)
        token_id, token = _issue_token(tx, staff_id=row.id, issued_by=actor.id if actor else OPERATOR)
        if actor is None:
            raise_alert(tx, kind="operator_credential",
                        message=f"the operator added {name} as {parsed_role.value} at the shell and holds their token",
                        payload={"name": name, "role": parsed_role.value, "staff_id": row.id, "token_id": token_id})
        return NewCredential(id=row.id, name=name, token=token, token_id=token_id)


def create_member(
    tx: Transaction,
    *,
    proposer: Principal | None,
    name: str,
    role: Role,
    contractor: bool,
    access_start: datetime | None,
    access_end: datetime | None,
    password_hash: str | None = None,
    approved_by: Principal | None = None,
) -> StaffRow:
    """The member's row and its audit entry. Whoever proposed and approved it become the member's sponsors."""
    if tx.session.execute(select(StaffRow.id).where(StaffRow.name == name)).first():
        raise Conflict(f"a staff member named {name!r} exists", field="name")
    employment = EmploymentKind.CONTRACTOR if contractor else EmploymentKind.EMPLOYEE
    sponsors = [_sponsorship(proposer, SponsorKind.CREATED, tx.now)]
    if approved_by is not None:
        sponsors.append(_sponsorship(approved_by, SponsorKind.CREATED, tx.now))
    row = StaffRow(
        id=new_id("stf"), name=name, role=role.value, employment=employment.value,
        access_start=access_start, access_end=access_end, active=True, created_at=tx.now,
        password_hash=password_hash, created_by=proposer.id if proposer else None, sponsors=sponsors,
    )
    tx.session.add(row)
    who = proposer.label if proposer else "operator"
    approval = f", approved by {approved_by.label}" if approved_by else ""
    window = f", access until {access_end.isoformat()}" if access_end else ""
    tx.record(
        actor=approved_by.label if approved_by else who, verb=AuditVerb.STAFF_ADDED, object_id=row.id,
        summary=f"{who} added {name} as {role.value} ({employment.value}{window}){approval}",
        payload={"name": name, "role": role.value, "employment": employment.value,
                 "access_end": access_end.isoformat() if access_end else None,
                 "approved_by": approved_by.id if approved_by else None},
    )
    return row


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
        token_id, token = _issue_token(tx, integration_id=row.id, issued_by=OPERATOR)
        tx.record(actor="operator", verb=AuditVerb.INTEGRATION_ADDED, object_id=row.id,
                  summary=f"operator added integration {name}", payload={"name": name})
        raise_alert(tx, kind="operator_credential",
                    message=f"the operator added integration {name} at the shell and holds its token",
                    payload={"integration": name, "token_id": token_id})
        return NewCredential(id=row.id, name=name, token=token, token_id=token_id)


def _sponsorship(actor: Principal | None, kind: SponsorKind, at: datetime) -> dict[str, str]:
    return Sponsorship(actor.id if actor else OPERATOR, kind, at).to_dict()


def _issue_token(
    tx: Transaction, *, issued_by: str, staff_id: str | None = None, integration_id: str | None = None
) -> tuple[str, str]:
    """A new token's id and secret; only its hash and last 4 characters are stored."""
    token, digest = new_token("tdk")
    token_id = new_id("tok")
    tx.session.add(TokenRow(
        id=token_id, token_hash=digest, staff_id=staff_id, integration_id=integration_id, created_at=tx.now,
        issued_by=issued_by, last4=token[-4:],
    ))
    return token_id, token


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
    authorize_desk(ctx, actor, DeskPermission.SEE_STAFF)
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


def load_staff(tx: Transaction, name: str) -> StaffRow:
    row = tx.session.execute(select(StaffRow).where(StaffRow.name == name).with_for_update()).scalar_one_or_none()
    if row is None:
        raise NotFound(f"no staff member {name!r}")
    return row


def issue_token(ctx: Context, *, actor: Principal | None, name: str) -> str:
    """Another API token for a staff member: themselves at once, the operator at once (alerted).

    For someone else in the app it is a staff change another admin approves: whoever mints a colleague's
    token can act as them."""
    if actor is not None and not (actor.staff is not None and actor.name == name):
        authorize_desk(ctx, actor, DeskPermission.MANAGE_STAFF)  # an integration named like a member is not that member
        raise NotPermitted(IN_APP_NEEDS_APPROVAL)
    with ctx.db.transaction(ctx.clock) as tx:
        row = load_staff(tx, name)
        token_id, token = grant_token(tx, row, by=actor)
        if actor is None:
            raise_alert(tx, kind="operator_credential",
                        message=f"the operator issued a token for {name} ({row.role}) at the shell and holds it",
                        payload={"name": name, "staff_id": row.id, "token_id": token_id})
        return token


def grant_token(
    tx: Transaction, row: StaffRow, *, by: Principal | None, approved_by: Principal | None = None
) -> tuple[str, str]:
    """Mint a token for `row`; everyone involved other than the member becomes their sponsor."""
    receiver = approved_by or by
    token_id, token = _issue_token(tx, staff_id=row.id, issued_by=receiver.id if receiver else OPERATOR)
    for sponsor in (by, approved_by) if approved_by else (by,):
        if sponsor is None or sponsor.id != row.id:
            row.sponsors = [*row.sponsors, _sponsorship(sponsor, SponsorKind.TOKEN, tx.now)]
    who = by.label if by else "operator"
    approval = f", approved by {approved_by.label} who received it" if approved_by else ""
    tx.record(actor=approved_by.label if approved_by else who, verb=AuditVerb.STAFF_TOKEN_ISSUED, object_id=row.id,
              summary=f"{who} issued a token for {row.name}{approval}",
              payload={"token_id": token_id, "approved_by": approved_by.id if approved_by else None})
    return token_id, token


def change_staff(
    ctx: Context,
    *,
    actor: Principal | None,
    name: str,
    role: str | None = None,
    access_end: datetime | None = None,
    end_access_now: bool = False,
    active: bool | None = None,
) -> StaffView:
    """Change a member's role or access window; takes effect at once, on tokens, sessions and pending approvals.

    In the app a raise of role is a staff change another admin approves; lowering and ending access stay
    immediate (the safe direction). The operator acts at once, and is alerted on."""
    if actor is not None:
        authorize_desk(ctx, actor, DeskPermission.MANAGE_STAFF)
    new_role = parse_role(role) if role is not None else None
    with ctx.db.transaction(ctx.clock) as tx:
        row = load_staff(tx, name)
        raising = new_role is not None and new_role.rank > Role(row.role).rank
        if raising and actor is not None:
            raise NotPermitted(IN_APP_NEEDS_APPROVAL)
        if actor is not None and _extends_access(row, access_end=access_end, active=active, now=tx.now):
            # Giving someone back access they no longer have is as strong as a raise: not one admin's call.
            raise NotPermitted("extending or restoring a member's access is for the operator at the shell (alerted); "
                               "in the app access can only be shortened or ended")
        before: Mapping[str, object] = staff_view(row)
        if new_role is not None:
            if raising:
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
        changes = {k: [before[k], value] for k, value in after.items() if before[k] != value}
        who = actor.label if actor else "operator"
        tx.record(actor=who, verb=AuditVerb.STAFF_CHANGED, object_id=row.id,
                  summary=f"{who} changed {name}: " + ", ".join(f"{k} {a} → {b}" for k, (a, b) in changes.items()),
                  payload={"changes": changes})
        if actor is None and changes:
            raise_alert(tx, kind="operator_credential", message=f"the operator changed {name} at the shell: "
                        + ", ".join(f"{k} {a} → {b}" for k, (a, b) in changes.items()),
                        payload={"name": name, "staff_id": row.id, "changes": changes})
        return after


def _extends_access(row: StaffRow, *, access_end: datetime | None, active: bool | None, now: datetime) -> bool:
    if active and not row.active:
        return True
    if access_end is None:
        return False
    current = row.access_end
    return current is not None and (access_end > current or current <= now)


def raise_role(tx: Transaction, row: StaffRow, role: Role, *, by: Principal, approved_by: Principal) -> list[str]:
    """Apply an approved raise of role; proposer and approver both become the member's sponsors.

    The raised member's credentials start afresh: a token minted in the app (by a colleague, or by anyone
    holding one of the member's tokens) and a console password their in-app creator chose could be in the
    proposer's hands, who would then hold a working credential of the account he had raised. Only tokens the
    operator minted survive. Returns the ids of the tokens revoked."""
    before = row.role
    row.role = role.value
    row.sponsors = [*row.sponsors, _sponsorship(by, SponsorKind.PROMOTED, tx.now),
                    _sponsorship(approved_by, SponsorKind.PROMOTED, tx.now)]
    others = tx.session.execute(select(TokenRow).where(
        TokenRow.staff_id == row.id, TokenRow.revoked_at.is_(None),
        or_(TokenRow.issued_by.is_(None), TokenRow.issued_by != OPERATOR),
    )).scalars().all()
    for token in others:
        token.revoked_at, token.revoked_by = tx.now, approved_by.label
    password_reset = row.created_by not in (None, OPERATOR) and row.password_hash is not None
    if password_reset:
        row.password_hash = None
        tx.session.execute(delete(ConsoleSessionRow).where(ConsoleSessionRow.staff_id == row.id))
    revoked = [token.id for token in others]
    tx.record(actor=approved_by.label, verb=AuditVerb.STAFF_CHANGED, object_id=row.id,
              summary=f"{by.label} changed {row.name}: role {before} → {role.value}, approved by {approved_by.label}"
              + (f"; {len(revoked)} token(s) minted in the app revoked" if revoked else "")
              + ("; console password cleared" if password_reset else ""),
              payload={"changes": {"role": [before, role.value]}, "approved_by": approved_by.id,
                       "revoked_tokens": revoked, "password_cleared": password_reset})
    return revoked
