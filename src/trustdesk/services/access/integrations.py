"""Integration credentials: revoking a platform's tokens and issuing a fresh one."""

from __future__ import annotations

from sqlalchemy import CursorResult, select, update

from trustdesk.audit.verbs import AuditVerb
from trustdesk.domain.errors import NotFound
from trustdesk.domain.ids import new_id
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import forget_checked_tokens, new_token
from trustdesk.storage.tables import IntegrationRow, TokenRow


def _integration(session, name: str) -> IntegrationRow:  # noqa: ANN001
    row = session.execute(select(IntegrationRow).where(IntegrationRow.name == name)).scalar_one_or_none()
    if row is None:
        raise NotFound(f"no integration named {name!r}", field="name")
    return row


def revoke_integration_tokens(ctx: Context, *, name: str) -> int:
    """Every token of the integration stops working at once; returns how many were revoked."""
    with ctx.db.transaction(ctx.clock) as tx:
        integration = _integration(tx.session, name)
        result = tx.session.execute(
            update(TokenRow).where(TokenRow.integration_id == integration.id, TokenRow.revoked_at.is_(None))
            .values(revoked_at=tx.now)
        )
        assert isinstance(result, CursorResult)  # an UPDATE without RETURNING; typed as a plain Result
        revoked = result.rowcount
        tx.record(actor="operator", verb=AuditVerb.INTEGRATION_TOKENS_REVOKED, object_id=integration.id,
                  summary=f"operator revoked {revoked} token(s) of integration {name}",
                  payload={"name": name, "revoked": revoked})
    forget_checked_tokens(ctx)  # dead from the next request in this process, not after the TTL
    return revoked


def issue_integration_token(ctx: Context, *, name: str) -> str:
    """A new token for an existing integration (after a revocation, or to rotate)."""
    with ctx.db.transaction(ctx.clock) as tx:
        integration = _integration(tx.session, name)
        token, digest = new_token("tdk")
        row = TokenRow(id=new_id("tok"), token_hash=digest, integration_id=integration.id, created_at=tx.now)
        tx.session.add(row)
        tx.record(actor="operator", verb=AuditVerb.INTEGRATION_TOKEN_ISSUED, object_id=integration.id,
                  summary=f"operator issued token {row.id} for integration {name}", payload={"token_id": row.id})
        return token
