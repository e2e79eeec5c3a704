"""What a platform connector does: apply an executed action's resulting state to the platform."""

from __future__ import annotations

from typing import Protocol

from sqlalchemy.orm import Session

from trustdesk.domain.subjects import SubjectState
from trustdesk.storage.tables import SubjectRow


class Connector(Protocol):
    name: str

    def apply_state(self, session: Session, subject: SubjectRow, state: SubjectState) -> None:
        """Make the platform show `state`. Runs inside the use case's transaction; raise to roll it back."""
