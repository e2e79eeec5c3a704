"""What a platform connector does, in domain values only: no ORM rows, no sessions, no transactions.

Two kinds of bridge exist. The embedded demo platform lives in trustdesk's own database, so it is changed inside
the action's transaction (`InDatabaseConnector`). Every other platform is outside: its side effects leave through
the outbox after commit (`PlatformConnector`), each delivery carrying an idempotency key so a retry applies once."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

from sqlalchemy.orm import Session

from trustdesk.domain.actions import ActionType
from trustdesk.domain.subjects import SubjectKind, SubjectRef, SubjectState
from trustdesk.storage.tables import SubjectRow


class InDatabaseConnector(Protocol):
    name: str

    def apply_state(self, session: Session, subject: SubjectRow, state: SubjectState) -> None:
        """Make the embedded platform show `state`. Runs inside the use case's transaction."""


# Kept for callers that still say Connector: the in-database bridge.
Connector = InDatabaseConnector


@dataclass(frozen=True)
class ConnectorConfig:
    """A configured platform, as `trustdesk connector add` recorded it."""

    name: str
    kind: str  # "matrix" | "mastodon" | "webhook"
    url: str
    credential: str
    cursor: str | None = None
    webhook_secret: str | None = None  # inbound signatures; the credential when not set

    @property
    def inbound_secret(self) -> str:
        return self.webhook_secret or self.credential


@dataclass(frozen=True)
class Effect:
    """An executed (or reversed) action as the platform needs to hear it: from which state to which."""

    action_id: str
    action_type: ActionType
    subject: SubjectRef
    prior: SubjectState
    resulting: SubjectState
    reason: str = ""
    duration_hours: int | None = None
    subject_data: dict = field(default_factory=dict)  # the platform's own details (a Matrix event's room)

    def to_payload(self) -> dict:
        return {
            "action_id": self.action_id, "type": self.action_type.value,
            "subject": {"platform": self.subject.platform, "kind": self.subject.kind.value,
                        "id": self.subject.external_id},
            "prior_state": self.prior.to_dict(), "resulting_state": self.resulting.to_dict(),
            "reason": self.reason, "duration_hours": self.duration_hours, "subject_data": dict(self.subject_data),
        }

    @classmethod
    def from_payload(cls, payload: dict) -> Effect:
        subject = payload["subject"]
        return cls(
            action_id=payload["action_id"], action_type=ActionType(payload["type"]),
            subject=SubjectRef(SubjectKind(subject["kind"]), subject["id"], subject.get("platform")),
            prior=SubjectState.from_dict(payload["prior_state"]),
            resulting=SubjectState.from_dict(payload["resulting_state"]),
            reason=payload.get("reason", ""), duration_hours=payload.get("duration_hours"),
            subject_data=dict(payload.get("subject_data") or {}),
        )

    def reversed(self) -> Effect:
        """The same action undone: from its resulting state back to its prior one."""
        return Effect(self.action_id, self.action_type, self.subject, self.resulting, self.prior, self.reason,
                      self.duration_hours, self.subject_data)


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    detail: str


@dataclass(frozen=True)
class Snapshot:
    """The reported content as the platform sent it at report time."""

    text: str | None = None
    handle: str | None = None
    links: tuple[str, ...] = ()
    media: tuple[dict, ...] = ()  # {"ref": ..., "sha256": ...}

    def to_dict(self) -> dict:
        return {"text": self.text, "handle": self.handle, "links": list(self.links), "media": list(self.media)}


@dataclass(frozen=True)
class PulledSubject:
    ref: SubjectRef
    handle: str | None = None
    followers: int | None = None
    author_id: str | None = None
    content: str | None = None
    subject_data: dict = field(default_factory=dict)


@dataclass(frozen=True)
class PulledReport:
    """A report found on the platform, with the subjects it concerns (reported one last)."""

    external_id: str
    subjects: tuple[PulledSubject, ...]
    reporter: str | None
    text: str
    category: str = "other"
    snapshot: Snapshot | None = None

    @property
    def subject(self) -> PulledSubject:
        return self.subjects[-1]


class DeliveryFailed(Exception):
    """The platform did not acknowledge; the outbox keeps the delivery and retries it later."""


class NeverDeliverable(DeliveryFailed):
    """Retrying will never succeed (the platform cannot undo this, or cannot reach this person): the outbox gives
    up at once and raises an alert instead of retrying."""


# (action, kind of subject) -> why the platform cannot carry it out; refused before the action is proposed.
Unsupported = Mapping[tuple[ActionType, SubjectKind], str]


class PlatformConnector(Protocol):
    kind: str
    # Actions this platform cannot undo: the policy explanation says so before the action is proposed.
    irreversible: frozenset[ActionType]

    @property
    def unsupported(self) -> Unsupported:
        """Actions this platform cannot carry out at all, with the reason: refused before they are proposed."""

    def apply(self, effect: Effect, *, idempotency_key: str) -> None:
        """Make the platform show effect.resulting. Must be safe to repeat with the same key."""

    def reverse(self, effect: Effect, *, idempotency_key: str) -> None:
        """Put the platform back to effect.prior."""

    def deliver(self, kind: str, payload: dict, *, idempotency_key: str) -> None:
        """A notice, statement, message or report resolution for the platform to pass on."""

    def check(self) -> CheckResult:
        """Whether the platform answers and the credential works."""


class PullingConnector(PlatformConnector, Protocol):
    def pull_reports(self, cursor: str | None) -> tuple[list[PulledReport], str | None]:
        """Reports newer than the cursor, and the cursor to resume from."""
