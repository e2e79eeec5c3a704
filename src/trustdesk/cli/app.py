"""The `trustdesk` command: one Typer app gathering each command group's module."""

from __future__ import annotations

import sys

import typer

from trustdesk.cli import (
    actions,
    audit,
    backup,
    connector,
    demo,
    export,
    policy,
    report,
    server,
    staff,
    tokens,
    triage,
)
from trustdesk.domain.errors import DomainError

app = typer.Typer(help="trustdesk: Trust & Safety with safeguarded enforcement and a verifiable audit log.",
                  no_args_is_help=True, pretty_exceptions_enable=False)
app.command()(server.serve)
app.command()(server.scheduler)
app.command()(server.migrate)
app.command()(demo.demo)
app.add_typer(staff.staff_app, name="staff")
app.add_typer(staff.integration_app, name="integration")
app.add_typer(tokens.token_app, name="token")
staff.integration_app.command("revoke")(connector.integration_revoke)
staff.integration_app.command("token")(connector.integration_token)
app.add_typer(connector.connector_app, name="connector")
app.add_typer(policy.policy_app, name="policy")
app.add_typer(actions.action_app, name="action")
app.add_typer(audit.audit_app, name="audit")
app.add_typer(triage.triage_app, name="triage")
app.add_typer(export.export_app, name="export")
app.add_typer(report.report_app, name="report")
app.command("backup")(backup.backup)
app.command("restore-backup")(backup.restore_backup)
audit.audit_app.command("keygen")(backup.keygen)


def main() -> None:
    try:
        app()
    except DomainError as error:
        typer.echo(f"error: {error.message}", err=True)
        sys.exit(2)
