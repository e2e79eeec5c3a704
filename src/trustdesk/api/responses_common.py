"""Answer shapes shared by every area of the API: the error envelope, timestamps, the policy's decision.

Every view accepts keys it does not declare (``extra="allow"``): declaring a response model must never drop a
key a client relies on. tests/api check every answer the suite sees for keys a model forgot to declare.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

# Services hand out ISO-8601 text; declaring it a str keeps the answer byte-for-byte what the service wrote.
Timestamp = Annotated[str, Field(json_schema_extra={"format": "date-time"})]


class View(BaseModel):
    model_config = ConfigDict(extra="allow")


class ErrorDetail(View):
    code: str = Field(description="machine-readable, e.g. not_found, not_permitted, invalid_input")
    message: str = Field(description="what went wrong, in plain words")
    field: str | None = Field(default=None, description="the request field at fault, when there is one")
    decision: dict[str, Any] | None = Field(
        default=None, description="the safeguard policy's decision, when the policy refused the request")


class ErrorResponse(View):
    error: ErrorDetail


_ERRORS = {
    400: "the request body is not valid JSON",
    401: "no valid bearer token",
    403: "the token's holder may not do this (role, access window or the safeguard policy)",
    404: "no such object, or one the caller may not see",
    409: "the object is not in a state that allows this",
    413: "the request body, or the selection, is too large",
    422: "invalid input; `field` names the part at fault",
    429: "rate limited by the safeguard policy",
}


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` entries for these statuses, all answered with the JSON error envelope."""
    return {status: {"model": ErrorResponse, "description": _ERRORS[status]} for status in statuses}


class DecisionView(View):
    """What the safeguard policy decided about one request (policy.Decision.to_dict)."""

    allowed: bool
    tier: str = Field(description="risk tier of the subject: low, medium, high, critical")
    tier_reasons: list[str] = []
    approvals_required: int
    approver_roles: list[str]
    delay_seconds: int
    rate_limited: bool
    steer_to: str | None = None
    reasons: list[str]
    policy_ids: list[str]
    action: str | None = None
    verb: str = ""
    subject: str = ""
    break_glass: bool = False
    ratify_within_seconds: int | None = None
    explanation: str | None = Field(default=None, description="the decision in plain words")
    notes: list[str] = Field(default_factory=list,
                             description="plain-words notes, e.g. an action the platform cannot undo")
