"""Subjects: the accounts and posts of the moderated platform that can be reported and acted on."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from trustdesk.domain.errors import InvalidInput
from trustdesk.domain.values import check_text


class SubjectKind(StrEnum):
    ACCOUNT = "account"
    POST = "post"


class SubjectStatus(StrEnum):
    ACTIVE = "active"
    LIMITED = "limited"
    SUSPENDED = "suspended"
    DEACTIVATED = "deactivated"


class Visibility(StrEnum):
    VISIBLE = "visible"
    INTERSTITIAL = "interstitial"  # reachable behind a notice, not amplified (public-interest posts)
    REMOVED = "removed"


PROTECTIVE_TAGS = frozenset({"public-interest", "protected"})
MAX_EXTERNAL_ID = 200
MAX_HANDLE = 200
MAX_TAGS = 32
MAX_PLATFORM = 100


@dataclass(frozen=True)
class SubjectRef:
    """A subject in its platform's namespace: account/42 of one platform is not account/42 of another.

    platform None means "not said": the caller's own platform for an integration, the default one for staff."""

    kind: SubjectKind
    external_id: str
    platform: str | None = None

    @classmethod
    def parse(cls, kind: str, external_id: str, platform: str | None = None) -> SubjectRef:
        try:
            parsed_kind = SubjectKind(kind)
        except ValueError:
            raise InvalidInput(f"unknown subject kind {kind!r}; use account or post", field="subject.kind") from None
        if not external_id or len(external_id) > MAX_EXTERNAL_ID:
            raise InvalidInput(f"subject id must be 1..{MAX_EXTERNAL_ID} characters", field="subject.id")
        check_text(external_id, "subject.id")
        check_text(platform, "subject.platform")
        if platform is not None and not 0 < len(platform) <= MAX_PLATFORM:
            raise InvalidInput(f"platform must be 1..{MAX_PLATFORM} characters", field="subject.platform")
        return cls(parsed_kind, external_id, platform)

    def on(self, platform: str) -> SubjectRef:
        return SubjectRef(self.kind, self.external_id, platform)

    def __str__(self) -> str:
        return f"{self.kind}/{self.external_id}"


@dataclass(frozen=True)
class SubjectState:
    """The enforcement-relevant state of a subject: what an action changes and a reversal puts back."""

    status: SubjectStatus = SubjectStatus.ACTIVE
    visibility: Visibility = Visibility.VISIBLE
    labels: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {"status": self.status.value, "visibility": self.visibility.value, "labels": list(self.labels)}

    @classmethod
    def from_dict(cls, data: dict) -> SubjectState:
        return cls(SubjectStatus(data["status"]), Visibility(data["visibility"]), tuple(data.get("labels", ())))


@dataclass(frozen=True)
class SubjectFacts:
    """What the safeguard policy and priority need to know about a subject."""

    ref: SubjectRef
    handle: str | None
    followers: int | None  # None: reach unknown, which is never treated as low risk
    verified: bool
    tags: frozenset[str] = field(default_factory=frozenset)
    state: SubjectState = field(default_factory=SubjectState)
    author_followers: int | None = None  # for posts: the reach of the author's account
    author_tags: frozenset[str] = field(default_factory=frozenset)

    @property
    def protective_tags(self) -> frozenset[str]:
        return (self.tags | self.author_tags) & PROTECTIVE_TAGS
