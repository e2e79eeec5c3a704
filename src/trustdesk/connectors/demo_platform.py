"""The embedded demo platform: accounts and posts living in trustdesk's own database.

Deactivation here is a status, never a deletion: posts, followers and settings stay, so a restore
brings the account back exactly as it was."""

from __future__ import annotations

from sqlalchemy.orm import Session

from trustdesk.domain.subjects import SubjectKind, SubjectState
from trustdesk.storage.tables import SubjectRow
from trustdesk.storage.tables_platforms import DemoAccountRow, DemoPostRow


class DemoPlatformConnector:
    name = "demo-platform"

    def apply_state(self, session: Session, subject: SubjectRow, state: SubjectState) -> None:
        if subject.kind == SubjectKind.ACCOUNT:
            account = session.get(DemoAccountRow, subject.external_id)
            if account is not None:
                account.status = state.status.value
                account.labels = list(state.labels)
            return
        post = session.get(DemoPostRow, subject.external_id)
        if post is not None:
            post.visibility = state.visibility.value
            post.status = state.status.value
            post.labels = list(state.labels)
