"""An account's open cases together with those on the posts it wrote: reports on posts roll up to it."""

from __future__ import annotations

from sqlalchemy import func, or_, select

from trustdesk.domain.errors import InvalidInput, NotFound
from trustdesk.domain.subjects import SubjectKind, SubjectRef
from trustdesk.services.base.context import Context
from trustdesk.services.base.platforms import resolve_ref
from trustdesk.services.base.principals import Principal, require_staff
from trustdesk.services.review.cases import MAX_PAGE, case_summary
from trustdesk.storage.tables import CaseRow, SubjectRow
from trustdesk.triage.queue_config import load_queues


def account_rollup(ctx: Context, *, actor: Principal, ref: SubjectRef, limit: int = 50) -> dict:
    """An account's open cases together with those on the posts it wrote: reports on posts roll up to it."""
    staff = require_staff(actor)
    if ref.kind is not SubjectKind.ACCOUNT:
        raise InvalidInput("only an account has posts to roll up", field="subject.kind")
    if not 1 <= limit <= MAX_PAGE:
        raise InvalidInput(f"limit must be 1..{MAX_PAGE}", field="limit")
    hidden = load_queues().hidden_names(staff.role)
    with ctx.db.read() as session:
        platform = resolve_ref(session, actor, ref).platform
        posts = select(SubjectRow.id).where(SubjectRow.platform == platform, SubjectRow.kind == SubjectKind.POST.value,
                                            SubjectRow.author_external_id == ref.external_id)
        own = select(SubjectRow.id).where(SubjectRow.platform == platform, SubjectRow.kind == ref.kind.value,
                                          SubjectRow.external_id == ref.external_id)
        where = (CaseRow.open_subject_id.isnot(None), CaseRow.subject_id.in_(posts.union(own)),
                 or_(CaseRow.queue.is_(None), CaseRow.queue.notin_(hidden)))
        account = session.execute(own).scalar_one_or_none()
        cases_, reports_, on_posts = session.execute(
            select(func.count(), func.coalesce(func.sum(CaseRow.report_count), 0),
                   func.count().filter(CaseRow.subject_id != (account or "")))
            .where(*where)
        ).one()
        if account is None and cases_ == 0:
            raise NotFound(f"no subject {ref}")
        rows = session.execute(
            select(CaseRow, SubjectRow).join(SubjectRow, SubjectRow.id == CaseRow.subject_id).where(*where)
            .order_by(CaseRow.priority.desc(), CaseRow.id).limit(limit)
        ).all()
        now = ctx.clock.now()
        return {"account": str(ref), "open_cases": cases_, "open_reports": int(reports_),
                "open_cases_on_posts": on_posts, "cases": [case_summary(c, s, now=now) for c, s in rows]}
