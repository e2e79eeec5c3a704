"""`trustdesk policy …`: read, check and compare the safeguard policy; propose and decide new versions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Annotated, Any

import typer
from sqlalchemy import select

from trustdesk.cli.common import parse_subject, session_for
from trustdesk.domain.actions import ActionType
from trustdesk.domain.errors import InvalidInput
from trustdesk.domain.staff import EmploymentKind, Role, StaffFacts

policy_app = typer.Typer(help="The safeguard policy: explain, show, check, diff; propose, approve, reject or "
                         "withdraw a new version.", no_args_is_help=True)
DbOption = Annotated[str | None, typer.Option("--db", help="Database URL")]


@policy_app.command()
def explain(
    action: Annotated[str | None, typer.Option("--type", help="Action type, e.g. deactivate, or a staff change: "
                                               "propose-staff-change, approve-staff-change")] = None,
    desk: Annotated[str | None, typer.Option("--desk", help="A desk permission, e.g. read-audit-log or "
                                             "manage_staff; 'all' lists every one")] = None,
    subject: Annotated[str | None, typer.Option(help="KIND/ID, e.g. account/headofstate")] = None,
    as_staff: Annotated[str | None, typer.Option("--as", help="Staff member's name (default: a moderator)")] = None,
    role: Annotated[str, typer.Option(help="For propose-staff-change: the role the member would have")] = "admin",
    db: DbOption = None,
) -> None:
    """What it takes to do ACTION to SUBJECT, or whether someone holds a desk permission, and which policies decided."""
    from trustdesk.cli.common import context, fail
    from trustdesk.policy.explain import explain_text
    from trustdesk.services.base.principals import staff_facts
    from trustdesk.services.base.subjects import find_subject, subject_facts
    from trustdesk.storage.tables import StaffRow

    ctx = context(db)
    if desk is not None:
        typer.echo(_explain_desk(ctx, desk, as_staff))
        return
    if action is None:
        fail(InvalidInput("say what to explain: --type ACTION (with --subject) or --desk PERMISSION"))
    if action in STAFF_CHANGE_ACTIONS:
        typer.echo(_explain_staff_change(ctx, action, as_staff, role))
        return
    if subject is None:
        fail(InvalidInput("--subject is required for an enforcement action"))
    try:
        action_type = ActionType(action)
    except ValueError:
        fail(InvalidInput(f"unknown action type {action!r}"))
    with ctx.db.read() as session:
        ref = parse_subject(subject)
        row = find_subject(session, ref)
        if row is None:
            fail(InvalidInput(f"no subject {ref}"))
        facts = subject_facts(session, row)
        if as_staff:
            staff_row = session.execute(select(StaffRow).where(StaffRow.name == as_staff)).scalar_one_or_none()
            if staff_row is None:
                fail(InvalidInput(f"no staff member {as_staff!r}"))
            actor = staff_facts(staff_row)
        else:
            actor = StaffFacts(id="-", name="a moderator", role=Role.MODERATOR, employment=EmploymentKind.EMPLOYEE,
                               access_start=None, access_end=None)
    decision = ctx.policy.decide(action=action_type, subject=facts, actor=actor, now=ctx.clock.now())
    typer.echo(explain_text(decision, ctx.policy))


STAFF_CHANGE_ACTIONS = ("propose-staff-change", "approve-staff-change")


def _explain_desk(ctx, desk: str, as_staff: str | None) -> str:  # noqa: ANN001 - a Context
    """Whether one person (default: a moderator) holds a desk permission, and which rule says so."""
    from trustdesk.cli.common import fail
    from trustdesk.domain.errors import DomainError
    from trustdesk.services.safeguards.policy_reading import desk_explanation, desk_permissions, staff_named

    moderator = StaffFacts(id="-", name="a moderator", role=Role.MODERATOR, employment=EmploymentKind.EMPLOYEE,
                           access_start=None, access_end=None)
    try:
        permissions = desk_permissions(desk)
        actor = staff_named(ctx, as_staff) if as_staff else moderator
    except DomainError as error:
        fail(error)
    return str(desk_explanation(ctx, actor, permissions)["explanation"])


def _explain_staff_change(ctx, action: str, as_staff: str | None, role: str) -> str:  # noqa: ANN001 - a Context
    """Staff changes are decided on the desk, not on a subject: who may propose or approve, and what it needs."""
    from trustdesk.cli.common import fail
    from trustdesk.policy.explain import explain_text
    from trustdesk.services.base.principals import staff_facts
    from trustdesk.storage.tables import StaffRow

    actor = StaffFacts(id="-", name="an admin", role=Role.ADMIN, employment=EmploymentKind.EMPLOYEE,
                       access_start=None, access_end=None)
    if as_staff:
        with ctx.db.read() as session:
            row = session.execute(select(StaffRow).where(StaffRow.name == as_staff)).scalar_one_or_none()
            if row is None:
                fail(InvalidInput(f"no staff member {as_staff!r}"))
            actor = staff_facts(row)
    now = ctx.clock.now()
    if action == "approve-staff-change":
        allowed, why = ctx.policy.may_approve_staff_change(approver=actor, now=now)
        verdict = "may approve" if allowed else "may not approve"
        return (f"{actor.name} {verdict} a staff change: {why}\n  and never their own proposal, a change about "
                f"themselves, or one by a colleague who made them (independence)\n"
                f"  policy: {ctx.policy.origin} (sha256 {ctx.policy.digest[:12]})")
    decision = ctx.policy.decide_staff_change(actor=actor, change="add", role=role, target="a new member", now=now)
    return explain_text(decision, ctx.policy)


@policy_app.command()
def show(db: DbOption = None) -> None:
    """The policy in force: where it comes from, its digest, settings and rules."""
    import json

    from trustdesk.cli.common import context

    typer.echo(json.dumps(context(db).policy.describe(), indent=2, default=str))


@policy_app.command()
def check(path: str) -> None:
    """Validate a policy file or directory against the schema; exit 1 naming the problem."""
    from trustdesk.policy import PolicyError, SafeguardPolicy

    try:
        policy = SafeguardPolicy.load(path)
    except PolicyError as error:
        typer.echo(f"invalid policy: {error}", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"policy {path} is valid ({len(policy.rules)} rules, digest {policy.digest[:16]})")


@policy_app.command()
def diff(
    new_policy: Annotated[str, typer.Argument(help="Policy file or directory to compare with the one in force")],
    days: Annotated[int, typer.Option(help="Replay actions proposed in the last N days")] = 30,
    limit: Annotated[int, typer.Option(help="At most this many actions")] = 5000,
    db: DbOption = None,
) -> None:
    """Shadow mode: replay recent actions under NEW_POLICY and show which would be decided differently."""
    from trustdesk.cli.common import context
    from trustdesk.policy import PolicyError, SafeguardPolicy
    from trustdesk.policy.diff import ReplayCase, compare, summarize
    from trustdesk.services.base.principals import staff_facts
    from trustdesk.services.base.subjects import subject_facts
    from trustdesk.storage.tables import ActionRow, StaffRow, SubjectRow

    ctx = context(db)
    try:
        candidate = SafeguardPolicy.load(new_policy)
    except PolicyError as error:
        typer.echo(f"invalid policy: {error}", err=True)
        raise typer.Exit(1) from None
    since = ctx.clock.now() - timedelta(days=days)
    with ctx.db.read() as session:
        rows = session.execute(
            select(ActionRow, SubjectRow, StaffRow).join(SubjectRow, ActionRow.subject_id == SubjectRow.id)
            .join(StaffRow, ActionRow.proposed_by == StaffRow.id).where(ActionRow.proposed_at >= since)
            .order_by(ActionRow.proposed_at.desc()).limit(limit)
        ).all()
        cases = [ReplayCase(action=ActionType(a.requested_type), subject=subject_facts(session, s),
                            actor=staff_facts(p), at=a.proposed_at, label=a.id) for a, s, p in rows]
    results = compare(ctx.policy, candidate, cases)
    changed = [row for row in results if row.changed]
    for row in changed:
        typer.echo(f"{row.change.value:<10} {row.describe()}")
    counts = summarize(results)
    typer.echo(f"replayed {len(results)} actions from the last {days} days: "
               + ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items())))


@policy_app.command()
def propose(
    path: Annotated[str, typer.Argument(help="Policy directory or .cedar file to put in force")],
    reason: Annotated[str, typer.Option(help="Why the policy changes")],
    token: Annotated[str | None, typer.Option("--token", help="Your API token (or TRUSTDESK_TOKEN)")] = None,
    db: DbOption = None,
) -> None:
    """Propose a new safeguard policy; it takes effect once another senior or admin approves it."""
    from trustdesk.domain.errors import DomainError
    from trustdesk.policy import PolicyError, SafeguardPolicy
    from trustdesk.policy.settings import settings_to_dict
    from trustdesk.services.safeguards.policy_versions import propose_policy

    try:
        candidate = SafeguardPolicy.load(path)
        ctx, principal = session_for(token, db)
        view = propose_policy(ctx, actor=principal, cedar_text=candidate.source_text,
                              settings=settings_to_dict(candidate.settings), reason=reason)
    except (PolicyError, DomainError) as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"proposed policy version {view['id']} (digest {view['digest'][:12]}); "
               f"needs {view['approvals_required']} approval(s)")


@policy_app.command()
def approve(
    version_id: str,
    token: Annotated[str | None, typer.Option("--token", help="Your API token (or TRUSTDESK_TOKEN)")] = None,
    db: DbOption = None,
) -> None:
    """Approve a proposed policy version."""
    from trustdesk.services.safeguards.policy_versions import approve_policy

    _verdict(token, db, lambda ctx, principal: approve_policy(ctx, actor=principal, version_id=version_id))


@policy_app.command()
def reject(
    version_id: str,
    reason: Annotated[str, typer.Option(help="Why you turn it down (kept in the audit log)")] = "",
    token: Annotated[str | None, typer.Option("--token", help="Your API token (or TRUSTDESK_TOKEN)")] = None,
    db: DbOption = None,
) -> None:
    """Turn down a proposed policy version (as POST /policy/versions/ID/reject); the proposer withdraws instead."""
    from trustdesk.services.safeguards.policy_versions import reject_policy
    from trustdesk.services.safeguards.proposals import ProposerCannotReject

    _verdict(token, db, lambda ctx, principal: reject_policy(ctx, actor=principal, version_id=version_id,
                                                             reason=reason),
             hint=lambda error: f"to withdraw it: trustdesk policy withdraw {version_id}"
             if isinstance(error, ProposerCannotReject) else None)


@policy_app.command()
def withdraw(
    version_id: str,
    token: Annotated[str | None, typer.Option("--token", help="Your API token (or TRUSTDESK_TOKEN)")] = None,
    db: DbOption = None,
) -> None:
    """Withdraw your own pending policy version (as POST /policy/versions/ID/cancel); others reject it."""
    from trustdesk.services.safeguards.policy_versions import cancel_policy

    _verdict(token, db, lambda ctx, principal: cancel_policy(ctx, actor=principal, version_id=version_id))


def _verdict(token: str | None, db: str | None, decide: Callable[[Any, Any], dict],
             hint: Callable[[Exception], str | None] | None = None) -> None:
    """A member's verdict on a policy version, with their own token: the new state, or the refusal (exit 2)."""
    from trustdesk.domain.errors import DomainError

    try:
        ctx, principal = session_for(token, db)
        view = decide(ctx, principal)
    except DomainError as error:
        typer.echo(f"error: {error}", err=True)
        if hint is not None and (extra := hint(error)):
            typer.echo(extra, err=True)
        raise typer.Exit(2) from None
    typer.echo(f"policy version {view['id']} is {view['state']}")
