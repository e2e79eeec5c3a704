"""`trustdesk action …`: the same use cases as the API, for operators at a terminal."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from typing import Annotated

import typer

from trustdesk.cli.common import parse_subject, session_for

action_app = typer.Typer(help="Propose and decide actions with your API token.", no_args_is_help=True)
TokenOption = Annotated[str | None, typer.Option("--token", help="Your API token (or TRUSTDESK_TOKEN)")]
DbOption = Annotated[str | None, typer.Option("--db", help="Database URL")]


def exits_on_domain_error(command: Callable[..., None]) -> Callable[..., None]:
    """Refusals (policy, role, bad input) end the command with a message and exit 2, not a traceback."""

    @functools.wraps(command)
    def run(*args: object, **kwargs: object) -> None:
        from trustdesk.cli.common import fail
        from trustdesk.domain.errors import DomainError

        try:
            command(*args, **kwargs)
        except DomainError as error:
            fail(error)

    return run


def _print(view: dict) -> None:
    typer.echo(json.dumps({k: view.get(k) for k in ("id", "type", "state", "explanation")}, indent=2))


@action_app.command()
@exits_on_domain_error
def propose(
    subject: Annotated[str, typer.Argument(help="KIND/ID")],
    action_type: Annotated[str, typer.Argument(metavar="TYPE")],
    reason: Annotated[str, typer.Option(help="Why")],
    case_id: Annotated[str | None, typer.Option("--case")] = None,
    duration_hours: Annotated[int | None, typer.Option()] = None,
    label: Annotated[str | None, typer.Option()] = None,
    break_glass: Annotated[bool, typer.Option("--break-glass", help="Admin emergency path")] = False,
    token: TokenOption = None,
    db: DbOption = None,
) -> None:
    from trustdesk.services.enforcement.actions import propose_action

    ctx, principal = session_for(token, db)
    _print(propose_action(ctx, actor=principal, ref=parse_subject(subject), type=action_type, reason=reason,
                          case_id=case_id, duration_hours=duration_hours, label=label, break_glass=break_glass))


@action_app.command()
@exits_on_domain_error
def approve(action_id: str, reason: str = "", token: TokenOption = None, db: DbOption = None) -> None:
    from trustdesk.services.enforcement.actions import approve_action

    ctx, principal = session_for(token, db)
    _print(approve_action(ctx, actor=principal, action_id=action_id, reason=reason))


@action_app.command()
@exits_on_domain_error
def cancel(action_id: str, reason: str = "cancelled", token: TokenOption = None, db: DbOption = None) -> None:
    from trustdesk.services.enforcement.actions import cancel_action

    ctx, principal = session_for(token, db)
    _print(cancel_action(ctx, actor=principal, action_id=action_id, reason=reason))


@action_app.command()
@exits_on_domain_error
def reverse(action_id: str, reason: str = "reversed", token: TokenOption = None, db: DbOption = None) -> None:
    from trustdesk.services.enforcement.reversals import reverse_action

    ctx, principal = session_for(token, db)
    _print(reverse_action(ctx, actor=principal, action_id=action_id, reason=reason))
