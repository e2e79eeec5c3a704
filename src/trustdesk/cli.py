"""The `trustdesk` command: serve, demo, staff, integrations, migrations, policy and audit tools."""

from __future__ import annotations

import sys
from datetime import datetime
from typing import Annotated

import typer

from trustdesk.cli_backup import require_audit_key
from trustdesk.config import Settings
from trustdesk.domain.errors import DomainError
from trustdesk.services.context import Context, open_context

app = typer.Typer(help="trustdesk: Trust & Safety with safeguarded enforcement and a verifiable audit log.",
                  no_args_is_help=True, pretty_exceptions_enable=False)
staff_app = typer.Typer(help="Staff members.", no_args_is_help=True)
integration_app = typer.Typer(help="Credentials for the moderated platform.", no_args_is_help=True)
app.add_typer(staff_app, name="staff")
app.add_typer(integration_app, name="integration")


def _register_feature_commands() -> None:
    from trustdesk.cli_actions import action_app
    from trustdesk.cli_audit import audit_app
    from trustdesk.cli_policy import policy_app
    from trustdesk.cli_triage import triage_app

    app.add_typer(policy_app, name="policy")
    app.add_typer(action_app, name="action")
    app.add_typer(audit_app, name="audit")
    app.add_typer(triage_app, name="triage")
    from trustdesk.cli_backup import register

    register(app, audit_app)

DbOption = Annotated[str | None, typer.Option("--db", help="Database URL (default: SQLite in ./.trustdesk)")]


def context(db: str | None = None) -> Context:
    return open_context(Settings.from_env(db))


def fail(error: DomainError) -> None:
    typer.echo(f"error: {error.message}", err=True)
    raise typer.Exit(2)


def parse_instant(value: str | None, option: str) -> datetime | None:
    if value is None:
        return None
    try:
        instant = datetime.fromisoformat(value)
    except ValueError:
        typer.echo(f"error: {option} must be ISO 8601, e.g. 2026-12-31T18:00:00+00:00", err=True)
        raise typer.Exit(2) from None
    if instant.tzinfo is None:
        typer.echo(f"error: {option} needs a time zone, e.g. +00:00", err=True)
        raise typer.Exit(2)
    return instant


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port")] = 8000,
    db: DbOption = None,
    scheduler: Annotated[bool, typer.Option(help="Run the action scheduler in this process")] = True,
) -> None:
    """Serve the API and the console; creates and migrates the database on first run."""
    import uvicorn

    from trustdesk.web import create_web_app

    ctx = context(db)
    check_configuration(ctx)
    require_audit_key(ctx, starting="start")
    from trustdesk.api.observability import json_log_config
    from trustdesk.services.warmup import warm_up

    warm_up(ctx)
    uvicorn.run(create_web_app(ctx, run_scheduler=scheduler), host=host, port=port, log_config=json_log_config())


def check_configuration(ctx: Context) -> None:
    """Refuse to start on a broken policy or queue file: better than failing every request later."""
    from trustdesk.policy import PolicyError
    from trustdesk.triage.queues import QueueConfigError, load_queues

    try:
        ctx.policy  # noqa: B018 - loading is the check
        load_queues()
    except (PolicyError, QueueConfigError) as error:
        typer.echo(f"error: cannot start: {error}", err=True)
        raise typer.Exit(2) from None


@app.command()
def scheduler(db: DbOption = None) -> None:
    """Run due actions once (scheduled, timed, break-glass deadlines) and exit; serve does this every second."""
    from trustdesk.services.outbox import deliver_outbox
    from trustdesk.services.scheduler import run_due

    ctx = context(db)
    report = run_due(ctx)
    deliver_outbox(ctx)
    typer.echo(f"executed {len(report.executed)}, refused {len(report.failed)}, ended {len(report.ended)}, "
               f"reversed unratified {len(report.unratified)}, expired {len(report.expired)}")


@app.command()
def migrate(db: DbOption = None) -> None:
    """Create or upgrade the database schema."""
    ctx = context(db)
    require_audit_key(ctx, starting="migrate")
    typer.echo(f"database at {ctx.db.engine.url.render_as_string(hide_password=True)} is up to date")


@app.command()
def demo(db: DbOption = None) -> None:
    """Seed the demo platform and a realistic report history, the 2017 incident included."""
    from trustdesk.demo import seed_demo

    summary = seed_demo(context(db))
    typer.echo(summary)


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
    from trustdesk.services.staff import add_staff

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


@staff_app.command("change")
def staff_change(
    name: str,
    role: Annotated[str | None, typer.Option(help="New role")] = None,
    access_end: Annotated[str | None, typer.Option(help="New access end, ISO 8601")] = None,
    end_now: Annotated[bool, typer.Option("--end-now", help="End access at once")] = False,
    db: DbOption = None,
) -> None:
    """Change a member's role or access window (takes effect at once)."""
    from trustdesk.services.staff import change_staff

    try:
        view = change_staff(context(db), actor=None, name=name, role=role,
                            access_end=parse_instant(access_end, "--access-end"), end_access_now=end_now)
    except DomainError as error:
        fail(error)
    typer.echo(f"{view['name']}: {view['role']}, access until {view['access_end'] or 'no end'}")


@staff_app.command("token")
def staff_token(name: str, db: DbOption = None) -> None:
    """Issue another API token for a member; prints it on the last line."""
    from trustdesk.services.staff import issue_token

    try:
        token = issue_token(context(db), actor=None, name=name)
    except DomainError as error:
        fail(error)
    typer.echo(token)


@integration_app.command("add")
def integration_add(name: str, db: DbOption = None) -> None:
    """Add the platform's credential (sync subjects, file reports); prints its token on the last line."""
    from trustdesk.services.staff import add_integration

    try:
        credential = add_integration(context(db), name=name)
    except DomainError as error:
        fail(error)
    typer.echo(f"added integration {credential.name}; token:")
    typer.echo(credential.token)


_register_feature_commands()


def main() -> None:
    try:
        app()
    except DomainError as error:
        typer.echo(f"error: {error.message}", err=True)
        sys.exit(2)
