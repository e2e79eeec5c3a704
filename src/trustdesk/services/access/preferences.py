"""A staff member's own settings: for now the console's language."""

from __future__ import annotations

from sqlalchemy import select

from trustdesk.audit.verbs import AuditVerb
from trustdesk.domain.errors import InvalidInput, NotFound
from trustdesk.domain.permissions import DeskPermission
from trustdesk.domain.staff import CONSOLE_LANGUAGES
from trustdesk.services.base.authorization import authorize_desk
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal, require_staff
from trustdesk.storage.tables import StaffRow


def parse_language(value: str | None) -> str | None:
    """A console language, or None for "follow the browser" (given as "", "auto" or nothing)."""
    if value is None or value.strip().lower() in ("", "auto"):
        return None
    language = value.strip().lower()
    if language not in CONSOLE_LANGUAGES:
        raise InvalidInput(f"unknown console language {value!r}; known: {', '.join(CONSOLE_LANGUAGES)} or auto",
                           field="language")
    return language


def set_language(ctx: Context, *, actor: Principal | None, name: str | None = None,
                 language: str | None) -> str | None:
    """Members set their own; whoever the policy lets manage staff, or the operator (actor None, at the shell),
    may set anyone's."""
    chosen = parse_language(language)
    if actor is not None:
        staff = require_staff(actor)
        if name not in (None, staff.name):
            authorize_desk(ctx, actor, DeskPermission.MANAGE_STAFF)
    target = name if name is not None else (actor.name if actor is not None else None)
    if target is None:
        raise InvalidInput("name whose console language to set", field="name")
    with ctx.db.transaction(ctx.clock) as tx:
        row = tx.session.execute(select(StaffRow).where(StaffRow.name == target)).scalar_one_or_none()
        if row is None:
            raise NotFound(f"no staff member {target!r}")
        if row.language != chosen:
            row.language = chosen
            who = actor.label if actor is not None else "operator"
            setting = chosen or "follow the browser"
            tx.record(actor=who, verb=AuditVerb.STAFF_LANGUAGE_SET, object_id=row.id,
                      summary=f"{who} set the console language of {row.name} to {setting}",
                      payload={"language": chosen})
    return chosen
