"""Reports: one complaint about one subject."""

from __future__ import annotations

from enum import StrEnum

from trustdesk.domain.errors import InvalidInput, TooLarge
from trustdesk.domain.values import check_text


class Category(StrEnum):
    CHILD_SAFETY = "child_safety"
    THREAT = "threat"
    SELF_HARM = "self_harm"
    TERRORISM = "terrorism"
    HATE = "hate"
    HARASSMENT = "harassment"
    VIOLENCE = "violence"
    SEXUAL_CONTENT = "sexual_content"
    IMPERSONATION = "impersonation"
    MISINFORMATION = "misinformation"
    ILLEGAL_GOODS = "illegal_goods"
    INTELLECTUAL_PROPERTY = "intellectual_property"
    PRIVACY = "privacy"
    SCAM = "scam"
    SPAM = "spam"
    OTHER = "other"


class ReportSource(StrEnum):
    USER = "user"
    AUTOMATED = "automated"
    TRUSTED_FLAGGER = "trusted_flagger"


MAX_TEXT = 10_000  # characters; longer report text is refused with 413
MAX_REPORTER = 200
MAX_IDEMPOTENCY_KEY = 200


def parse_category(value: str) -> Category:
    try:
        return Category(value)
    except ValueError:
        known = ", ".join(c.value for c in Category)
        raise InvalidInput(f"unknown category {value!r}; known: {known}", field="category") from None


def validate_report_text(text: str) -> None:
    if len(text) > MAX_TEXT:
        raise TooLarge(f"text is {len(text)} characters; the limit is {MAX_TEXT}", field="text")
    check_text(text, "text")
