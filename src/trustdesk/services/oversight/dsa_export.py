"""Export statements of reasons for the DSA Transparency Database, checked against its rules first.

Nothing that the database would refuse leaves silently: the export is all or nothing, like a batch."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from trustdesk.domain.dsa_rules import BATCH_MAX, validate_batch
from trustdesk.services.base.context import Context
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
    statements: list[dict]
    refusals: list[Refusal]

    @property
    def ok(self) -> bool:
        return not self.refusals

    def batches(self, size: int = BATCH_MAX) -> list[dict]:
        """Bodies for POST /api/v1/statements, at most 100 statements each."""
        return [{"statements": self.statements[i:i + size]} for i in range(0, len(self.statements), size)]


def export_dsa(ctx: Context, *, start: datetime | None = None, end: datetime | None = None) -> DsaExport:
    """Statements written in [start, end), oldest first, in the database's field names."""
    query = select(StatementRow).order_by(StatementRow.created_at, StatementRow.id)
    if start is not None:
        query = query.where(StatementRow.created_at >= start)
    if end is not None:
        query = query.where(StatementRow.created_at < end)
    with ctx.db.read() as session:
        rows = [(row.id, row.action_id, dict(row.dsa)) for row in session.execute(query).scalars()]
    statements = [dsa for _id, _action, dsa in rows]
    refusals = [Refusal(rows[index][0], rows[index][1], problem.field, problem.message)
                for index, problem in validate_batch(statements)]
    return DsaExport(statements, refusals)
