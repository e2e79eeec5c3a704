"""`trustdesk demo` seeds a realistic dataset with the 2017 situation in it, once."""

from __future__ import annotations

from sqlalchemy import func, select

from trustdesk.cli.demo import HEAD_OF_STATE, seed_demo
from trustdesk.storage.tables import CaseRow, ReportRow, StaffRow, SubjectRow


def test_the_demo_holds_the_2017_situation_and_seeds_only_once(ctx):
    summary = seed_demo(ctx, reports_count=60)
    assert "contractor_last_day" in summary
    with ctx.db.read() as session:
        head = session.execute(select(SubjectRow).where(SubjectRow.external_id == HEAD_OF_STATE)).scalar_one()
        assert head.followers == 41_700_000 and "public-interest" in head.tags
        assert session.execute(select(func.count()).select_from(CaseRow).where(
            CaseRow.subject_id == head.id, CaseRow.state == "open")).scalar_one() == 1
        contractor = session.execute(select(StaffRow).where(StaffRow.name == "contractor_last_day")).scalar_one()
        assert contractor.employment == "contractor" and contractor.access_end.date() == ctx.clock.now().date()
        languages_seen = session.execute(select(ReportRow.text)).scalars().all()
        assert any("Il " in t or "Ce " in t for t in languages_seen) and any("This" in t for t in languages_seen)
        followers = session.execute(select(SubjectRow.followers).where(SubjectRow.kind == "account")).scalars().all()
        assert min(followers) <= 100 and max(followers) >= 10_000_000
    reports_before = _count(ctx, ReportRow)
    assert "already seeded" in seed_demo(ctx, reports_count=60)
    assert _count(ctx, ReportRow) == reports_before


def _count(ctx, row) -> int:
    with ctx.db.read() as session:
        return session.execute(select(func.count()).select_from(row)).scalar_one()
