"""`trustdesk connector …` (platforms trustdesk acts on and pulls from) and integration token revocation."""

from __future__ import annotations

from typing import Annotated

import typer

from trustdesk.cli.common import DbOption, context, fail
from trustdesk.domain.errors import DomainError

connector_app = typer.Typer(help="Platforms trustdesk moderates: Matrix, Mastodon, signed webhooks.",
                            no_args_is_help=True)


@connector_app.command("add")
def connector_add(
    name: str,
    kind: Annotated[str, typer.Option(help="matrix, mastodon or webhook")],
    url: Annotated[str, typer.Option(help="The homeserver, the Mastodon server, or the webhook receiver")],
    token: Annotated[str, typer.Option(help="Admin access token (matrix, mastodon) or shared secret (webhook)")],
    webhook_secret: Annotated[str | None, typer.Option(
        help="Secret of the platform's own webhooks (Mastodon's, shown when the webhook is created)")] = None,
    db: DbOption = None,
) -> None:
    """Connect a platform; its subjects live in the namespace NAME."""
    from trustdesk.services.intake.platform_connectors import add_connector

    try:
        added = add_connector(context(db), name=name, kind=kind, url=url, token=token,
                              webhook_secret=webhook_secret)
    except DomainError as error:
        fail(error)
    typer.echo(f"connected {added.kind} platform {added.name}")
    if added.integration_token:
        typer.echo("the platform's integration token (for pushing subjects and reports):")
        typer.echo(added.integration_token)


@connector_app.command("list")
def connector_list(db: DbOption = None) -> None:
    """Every connected platform."""
    from trustdesk.services.intake.platform_connectors import list_connectors

    rows = list_connectors(context(db))
    if not rows:
        typer.echo("no connectors")
    for row in rows:
        pulled = f", last pulled {row['last_pulled_at']}" if row["last_pulled_at"] else ""
        typer.echo(f"{row['name']}\t{row['kind']}\t{row['url']}{pulled}")


@connector_app.command("check")
def connector_check(name: str, db: DbOption = None) -> None:
    """Whether the platform answers and the credentials work (exit 0), else exit 1 saying why."""
    from trustdesk.services.intake.platform_connectors import check_connector

    try:
        result = check_connector(context(db), name=name)
    except DomainError as error:
        fail(error)
    typer.echo(f"{'ok' if result.ok else 'failed'}: {result.detail}")
    if not result.ok:
        raise typer.Exit(1)


@connector_app.command("remove")
def connector_remove(name: str, db: DbOption = None) -> None:
    """Disconnect a platform; its subjects, cases and audit history stay."""
    from trustdesk.services.intake.platform_connectors import remove_connector

    try:
        remove_connector(context(db), name=name)
    except DomainError as error:
        fail(error)
    typer.echo(f"removed connector {name}")


def integration_revoke(name: str, db: DbOption = None) -> None:
    """Revoke every token of an integration at once."""
    from trustdesk.services.access.integrations import revoke_integration_tokens

    try:
        count = revoke_integration_tokens(context(db), name=name)
    except DomainError as error:
        fail(error)
    typer.echo(f"revoked {count} token(s) of integration {name}")


def integration_token(name: str, db: DbOption = None) -> None:
    """Issue a new token for an integration; prints it on the last line."""
    from trustdesk.services.access.integrations import issue_integration_token

    try:
        token = issue_integration_token(context(db), name=name)
    except DomainError as error:
        fail(error)
    typer.echo(f"new token for integration {name}:")
    typer.echo(token)
