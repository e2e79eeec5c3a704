"""Filing labelled texts as real reports to measure triage: each text is one report, category "other", from its
own reporter, on its own ordinary account (100 followers), all at one instant, in a fresh temporary SQLite
database; so only the text can rank a case. Returns each case's priority, queue and line.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from trustdesk.clock import ManualClock
from trustdesk.config import CHEAP_ARGON2, Settings
from trustdesk.domain.subjects import SubjectKind, SubjectRef
from trustdesk.services.access import staff
from trustdesk.services.base.context import open_context
from trustdesk.services.base.principals import authenticate
from trustdesk.services.intake import reports
from trustdesk.services.intake.platform_sync import sync_subject
from trustdesk.storage.tables import CaseRow
from trustdesk.triage.evaluation import Example, Scored

EVAL_INSTANT = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def score_examples(examples: Sequence[Example]) -> list[Scored]:
    """Each example filed through intake as described above; its case's priority is its score."""
    with tempfile.TemporaryDirectory(prefix="trustdesk-eval-") as tmp:
        folder = Path(tmp)
        settings = Settings(database_url=f"sqlite:///{folder / 'eval.db'}", data_dir=folder / "data",
                            argon2=CHEAP_ARGON2)
        ctx = open_context(settings, clock=ManualClock(EVAL_INSTANT))
        try:
            platform = authenticate(ctx, token=staff.add_integration(ctx, name="eval-platform").token)
            case_of: list[str] = []
            for i, example in enumerate(examples):
                ref = SubjectRef(SubjectKind.ACCOUNT, f"eval-account-{i}")
                sync_subject(ctx, actor=platform, ref=ref, handle=ref.external_id, followers=100,
                             verified=False, tags=[])
                receipt = reports.file_report(ctx, actor=platform, ref=ref, category="other", text=example.text,
                                              reporter=f"eval-reporter-{i}")
                case_of.append(receipt.case_id)
            with ctx.db.read() as session:
                found = {c.id: c for c in session.execute(select(CaseRow).where(CaseRow.id.in_(case_of))).scalars()}
                return [Scored(example, float(found[case_id].priority), found[case_id].queue or "",
                               found[case_id].priority_line or "")
                        for example, case_id in zip(examples, case_of, strict=True)]
        finally:
            ctx.db.dispose()
