"""Request bodies. Strict types: a number sent as a string is an error, not a guess."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SubjectRefIn(Strict):
    kind: StrictStr
    id: StrictStr
    # Without it: an integration token means its own platform, staff the default platform.
    platform: StrictStr | None = None


class SubjectSyncIn(Strict):
    handle: StrictStr | None = None
    followers: StrictInt | None = Field(default=None, ge=0)
    verified: StrictBool = False
    tags: list[StrictStr] = Field(default_factory=list)
    author_id: StrictStr | None = None
    content: StrictStr | None = None


class MediaIn(Strict):
    ref: StrictStr = Field(max_length=2000)
    sha256: StrictStr | None = Field(default=None, max_length=128)


class SnapshotIn(Strict):
    """The reported content as the platform shows it at report time: kept as evidence through later edits."""

    text: StrictStr | None = None
    handle: StrictStr | None = None
    links: list[StrictStr] = Field(default_factory=list)
    media: list[MediaIn] = Field(default_factory=list)


class ReportIn(Strict):
    subject: SubjectRefIn
    snapshot: SnapshotIn | None = None
    category: StrictStr
    text: StrictStr = ""
    reporter: StrictStr | None = None
    source: StrictStr = "user"
    idempotency_key: StrictStr | None = None


class ActionIn(Strict):
    subject: SubjectRefIn
    type: StrictStr
    reason: StrictStr
    case_id: StrictStr | None = None
    duration_hours: StrictInt | None = None
    label: StrictStr | None = None
    break_glass: StrictBool = False


class DecisionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reason: StrictStr = ""


class StaffIn(Strict):
    name: StrictStr
    role: StrictStr
    contractor: StrictBool = False
    access_start: datetime | None = None
    access_end: datetime | None = None
    password: StrictStr | None = Field(default=None, min_length=8, max_length=200)


class TagChangeIn(Strict):
    tags: list[StrictStr]
    reason: StrictStr = Field(min_length=1, max_length=2000)


class ReasonIn(Strict):
    reason: StrictStr = Field(min_length=1, max_length=2000)
