"""Export statements of reasons for the DSA Transparency Database, checked against its rules first.

Nothing that the database would refuse leaves silently: the export is all or nothing, like a batch.

Each moderated platform is its own provider there: it submits under its own account and its puids need only be
unique among its own statements. So an export holds one platform's statements; the database's fields stay as
its rules define them (a field naming the platform would be dropped), and the file and batch names carry it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from trustdesk.domain.dsa_rules import BATCH_MAX, validate_batch
from trustdesk.domain.errors import NotFound
from trustdesk.services.base.context import Context
from trustdesk.services.base.platforms import default_platform
from trustdesk.storage.tables import IntegrationRow, SubjectRow
from trustdesk.storage.tables_people import StatementRow


@dataclass(frozen=True)
class Refusal:
    statement_id: str
    action_id: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"statement {self.statement_id} (action {self.action_id}): {self.field} {self.message}"


@dataclass(frozen=True)
class DsaExport:
    platform: str
    statements: list[dict]
    refusals: list[Refusal]

    @property
    def ok(self) -> bool:
        return not self.refusals

    def batches(self, size: int = BATCH_MAX) -> list[dict]:
        """Bodies for POST /api/v1/statements, at most 100 statements each."""
        return [{"statements": self.statements[i:i + size]} for i in range(0, len(self.statements), size)]


def export_dsa(ctx: Context, *, platform: str | None = None, start: datetime | None = None,
               end: datetime | None = None) -> DsaExport:
    """One platform's statements written in [start, end), oldest first, in the database's field names; the
    default platform's when none is named."""
    with ctx.db.read() as session:
        name = platform or default_platform(session)
        if platform is not None and platform not in known_platforms(session):
            raise NotFound(f"no platform named {platform!r}; platforms: {', '.join(known_platforms(session))}",
                           field="platform")
    return _export(ctx, name, start, end)


def export_dsa_per_platform(ctx: Context, *, start: datetime | None = None,
                            end: datetime | None = None) -> list[DsaExport]:
    """One export per platform with statements in [start, end), the default platform's first (even when empty)."""
    with ctx.db.read() as session:
        first = default_platform(session)
        names = set(session.execute(_selected(select(SubjectRow.platform).distinct(), start, end)).scalars())
    return [_export(ctx, name, start, end) for name in [first, *sorted(names - {first})]]


def known_platforms(session: Session) -> list[str]:
    """Every registered platform, and any that holds subjects (the embedded demo platform's "default")."""
    names = set(session.execute(select(IntegrationRow.name)).scalars())
    names |= set(session.execute(select(SubjectRow.platform).distinct()).scalars())
    return sorted(names)


def _selected(query: Select, start: datetime | None, end: datetime | None) -> Select:
    query = query.select_from(StatementRow).join(SubjectRow, StatementRow.subject_id == SubjectRow.id)
    if start is not None:
        query = query.where(StatementRow.created_at >= start)
    if end is not None:
        query = query.where(StatementRow.created_at < end)
    return query


def _export(ctx: Context, platform: str, start: datetime | None, end: datetime | None) -> DsaExport:
    query = _selected(select(StatementRow), start, end).where(SubjectRow.platform == platform)
    with ctx.db.read() as session:
        rows = [(row.id, row.action_id, dict(row.dsa)) for row in
                session.execute(query.order_by(StatementRow.created_at, StatementRow.id)).scalars()]
    statements = [dsa for _id, _action, dsa in rows]
    refusals = [Refusal(rows[index][0], rows[index][1], problem.field, problem.message)
                for index, problem in validate_batch(statements)]
    return DsaExport(platform, statements, refusals)
