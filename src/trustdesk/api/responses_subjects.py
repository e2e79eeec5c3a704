"""Answers about what the platform sends in: subjects, reports, hand-made tag changes."""

from __future__ import annotations

from pydantic import Field

from trustdesk.api.responses_common import DecisionView, View


class SubjectView(View):
    """A subject as services/base/subjects.py subject_view shows it."""

    kind: str = Field(description="account or post")
    id: str = Field(description="the platform's id")
    handle: str | None
    followers: int | None = Field(description="null when the platform never said (unknown reach)")
    verified: bool
    tags: list[str]
    status: str = Field(description="active, limited, suspended, deactivated, ...")
    visibility: str
    labels: list[str]
    tier: str = Field(description="risk tier under the safeguard policy in force")
    tier_reasons: list[str]
    author_id: str | None = Field(default=None, description="posts only: the author's account id")
    content: str | None = Field(default=None, description="posts only")
    reach_hold: dict | None = Field(default=None, description="figures held after a sync lowered the tier, until a "
                                    "senior confirms the drop (followers, verified, tier, since, by, new_*)")
    platform: str = Field(default="default", description="the platform the subject belongs to")


class ReportReceipt(View):
    id: str
    case_id: str
    duplicate: bool = Field(description="true when an earlier report with the same idempotency key answered")


class TagChangeView(View):
    id: str
    state: str = Field(description="pending_approval, applied or rejected")
    old_tags: list[str]
    new_tags: list[str]
    reason: str
    approvals: int
    approvals_required: int
    decision: DecisionView
