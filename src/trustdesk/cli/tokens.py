"""`trustdesk token …`: every API token one by one, listed without its secret, revoked on its own."""

from __future__ import annotations

from typing import Annotated

import typer

from trustdesk.cli.common import DbOption, context, fail
from trustdesk.domain.errors import DomainError

token_app = typer.Typer(help="API tokens of staff and integrations: list and revoke.", no_args_is_help=True)


@token_app.command("list")
def token_list(
    staff: Annotated[str | None, typer.Option("--staff", help="Only this staff member's tokens")] = None,
    integration: Annotated[str | None, typer.Option("--integration", help="Only this integration's tokens")] = None,
    db: DbOption = None,
) -> None:
    """One line per token: id, owner, created, issued by, last 4 characters (never the secret), revoked."""
    from trustdesk.services.access.tokens import list_tokens

    try:
        items = list_tokens(context(db), actor=None, staff_name=staff, integration_name=integration)
    except DomainError as error:
        fail(error)
    typer.echo(f"{'id':<30} {'owner':<28} {'created':<26} {'issued by':<16} {'last4':<6} revoked")
    for item in items:
        owner = f"{item['owner']['kind']}:{item['owner']['name']}"
        typer.echo(f"{item['id']:<30} {owner:<28} {item['created_at']:<26} {item['issued_by'] or '-':<16} "
                   f"…{item['last4'] or '????':<5} {item['revoked_at'] or '-'}")


@token_app.command("revoke")
def token_revoke(token_id: str, db: DbOption = None) -> None:
    """Revoke one token: it stops working at once; an alert goes out."""
    from trustdesk.services.access.tokens import revoke_token

    try:
        item = revoke_token(context(db), actor=None, token_id=token_id)
    except DomainError as error:
        fail(error)
    typer.echo(f"revoked {item['id']} of {item['owner']['kind']}:{item['owner']['name']} at {item['revoked_at']}")
