"""`trustdesk staff …` and `trustdesk integration …`: credentials for people and for the platform."""

from __future__ import annotations

from typing import Annotated

import typer

from trustdesk.cli.common import DbOption, context, fail, parse_instant
from trustdesk.domain.errors import DomainError

staff_app = typer.Typer(help="Staff members.", no_args_is_help=True)
integration_app = typer.Typer(help="Credentials for the moderated platform.", no_args_is_help=True)


@staff_app.command("add")
def staff_add(
    name: str,
    role: Annotated[str, typer.Option(help="triage, moderator, senior or admin")],
    contractor: Annotated[bool, typer.Option("--contractor", help="A contractor, not an employee")] = False,
    access_end: Annotated[str | None, typer.Option(help="ISO 8601 instant when access ends")] = None,
    access_start: Annotated[str | None, typer.Option(help="ISO 8601 instant when access starts")] = None,
    password: Annotated[str | None, typer.Option(help="Console password (min 8 characters)")] = None,
    db: DbOption = None,
) -> None:
    """Add a staff member; prints their API token on the last line."""
    from trustdesk.services.access.staff import add_staff

    try:
        credential = add_staff(
            context(db), actor=None, name=name, role=role, contractor=contractor,
            access_start=parse_instant(access_start, "--access-start"),
            access_end=parse_instant(access_end, "--access-end"), password=password,
        )
    except DomainError as error:
        fail(error)
    typer.echo(f"added {credential.name} ({role}); API token:")
    typer.echo(credential.token)


@staff_app.command("language")
def staff_language(
    name: str,
    language: Annotated[str, typer.Argument(help="en, fr, or auto to follow the browser")],
    db: DbOption = None,
) -> None:
    """Set a member's console language."""
    from trustdesk.services.access.preferences import set_language

    try:
        chosen = set_language(context(db), actor=None, name=name, language=language)
    except DomainError as error:
        fail(error)
    typer.echo(f"{name}: console in {chosen}" if chosen else f"{name}: console follows the browser's language")


@staff_app.command("change")
def staff_change(
    name: str,
    role: Annotated[str | None, typer.Option(help="New role")] = None,
    access_end: Annotated[str | None, typer.Option(help="New access end, ISO 8601")] = None,
    end_now: Annotated[bool, typer.Option("--end-now", help="End access at once")] = False,
    db: DbOption = None,
) -> None:
    """Change a member's role or access window (takes effect at once)."""
    from trustdesk.services.access.staff import change_staff

    try:
        view = change_staff(context(db), actor=None, name=name, role=role,
                            access_end=parse_instant(access_end, "--access-end"), end_access_now=end_now)
    except DomainError as error:
        fail(error)
    typer.echo(f"{view['name']}: {view['role']}, access until {view['access_end'] or 'no end'}")


@staff_app.command("token")
def staff_token(name: str, db: DbOption = None) -> None:
    """Issue another API token for a member; prints it on the last line."""
    from trustdesk.services.access.staff import issue_token

    try:
        token = issue_token(context(db), actor=None, name=name)
    except DomainError as error:
        fail(error)
    typer.echo(token)


@integration_app.command("add")
def integration_add(name: str, db: DbOption = None) -> None:
    """Add the platform's credential (sync subjects, file reports); prints its token on the last line."""
    from trustdesk.services.access.staff import add_integration

    try:
        credential = add_integration(context(db), name=name)
    except DomainError as error:
        fail(error)
    typer.echo(f"added integration {credential.name}; token:")
    typer.echo(credential.token)
