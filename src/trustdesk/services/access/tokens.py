"""API tokens one by one: list them (never the secret) and revoke any single one, audited and alerted.

A lost or leaked token is revoked on its own, without disabling its owner; the next request with it gets 401."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from trustdesk.audit.verbs import AuditVerb
from trustdesk.domain.errors import Conflict, InvalidInput, NotFound
from trustdesk.domain.permissions import DeskPermission
from trustdesk.domain.staff import OPERATOR
from trustdesk.services.base.alerting import raise_alert
from trustdesk.services.base.authorization import may
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal, forget_checked_tokens
from trustdesk.storage.tables import IntegrationRow, StaffRow, TokenRow


def list_tokens(
    ctx: Context, *, actor: Principal | None, staff_name: str | None = None, integration_name: str | None = None
) -> list[dict]:
    """Every token (the operator, an admin), or only the caller's own (anyone else)."""
    if staff_name and integration_name:
        raise InvalidInput("give a staff member or an integration, not both", field="integration")
    with ctx.db.read() as session:
        query = select(TokenRow)
        if staff_name:
            owner = session.execute(select(StaffRow.id).where(StaffRow.name == staff_name)).scalar_one_or_none()
            if owner is None:
                raise NotFound(f"no staff member {staff_name!r}")
            query = query.where(TokenRow.staff_id == owner)
        if integration_name:
            owner = session.execute(
                select(IntegrationRow.id).where(IntegrationRow.name == integration_name)
            ).scalar_one_or_none()
            if owner is None:
                raise NotFound(f"no integration {integration_name!r}")
            query = query.where(TokenRow.integration_id == owner)
        if not _manages_all_tokens(ctx, actor):
            assert actor is not None
            query = query.where(or_(TokenRow.staff_id == actor.id, TokenRow.integration_id == actor.id))
        rows = session.execute(query.order_by(TokenRow.created_at, TokenRow.id)).scalars().all()
        names = _names(session)
        return [token_view(row, names) for row in rows]


def revoke_token(ctx: Context, *, actor: Principal | None, token_id: str) -> dict:
    """Revoke one token: the operator, an admin, or the token's owner. It stops working at once."""
    with ctx.db.transaction(ctx.clock) as tx:
        row = tx.session.execute(
            select(TokenRow).where(TokenRow.id == token_id).with_for_update()
        ).scalar_one_or_none()
        if row is None:
            raise NotFound(f"no token {token_id}")
        own = actor is not None and actor.id in (row.staff_id, row.integration_id)
        if not own and not _manages_all_tokens(ctx, actor):
            # Not found, rather than forbidden: whose token ids exist is not everyone's business.
            raise NotFound(f"no token {token_id}")
        if row.revoked_at is not None:
            raise Conflict(f"token {token_id} was revoked at {row.revoked_at.isoformat()}")
        who = actor.label if actor else "operator"
        row.revoked_at, row.revoked_by = tx.now, who
        names = _names(tx.session)
        view = token_view(row, names)
        owner = view["owner"]["name"]
        tx.record(actor=who, verb=AuditVerb.TOKEN_REVOKED, object_id=row.id,
                  summary=f"{who} revoked token {row.id} (…{row.last4 or '????'}) of {owner}",
                  payload={"token_id": row.id, "owner": view["owner"]})
        raise_alert(tx, kind="token_revoked", message=f"{who} revoked token {row.id} of {owner}",
                    payload={"token_id": row.id, "owner": view["owner"], "by": who})
    forget_checked_tokens(ctx)  # dead from the next request in this process, not after the TTL
    return view


def token_view(row: TokenRow, names: dict[str, str]) -> dict:
    owner: dict[str, str | None]
    if row.integration_id:
        owner = {"kind": "integration", "id": row.integration_id, "name": names.get(row.integration_id, "?")}
    else:
        owner = {"kind": "staff", "id": row.staff_id, "name": names.get(row.staff_id or "", "?")}
    issued_by = row.issued_by
    return {
        "id": row.id, "owner": owner, "created_at": row.created_at.isoformat(),
        "issued_by": names.get(issued_by, issued_by) if issued_by else None,
        "last4": row.last4, "revoked_at": row.revoked_at.isoformat() if row.revoked_at else None,
        "revoked_by": row.revoked_by,
    }


def _manages_all_tokens(ctx: Context, actor: Principal | None) -> bool:
    """The operator, or whoever the policy lets manage tokens; everyone else sees and revokes only their own."""
    return actor is None or may(ctx, actor, DeskPermission.MANAGE_TOKENS)


def _names(session: Session) -> dict[str, str]:
    """Ids to names of staff and integrations (they are few), for readable listings."""
    names = dict(session.execute(select(StaffRow.id, StaffRow.name)).all())
    names.update(session.execute(select(IntegrationRow.id, IntegrationRow.name)).all())
    names[OPERATOR] = OPERATOR
    return names

