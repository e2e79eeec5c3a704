"""Keeping a case's priority and its one-line explanation current."""

from __future__ import annotations

from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import CaseRow, SubjectRow

_SEVERITY = {"child_safety": 100, "threat": 90, "self_harm": 90, "terrorism": 85, "violence": 70,
             "hate": 60, "harassment": 50, "sexual_content": 45, "impersonation": 40, "privacy": 40,
             "illegal_goods": 40, "scam": 30, "misinformation": 30, "intellectual_property": 20,
             "other": 15, "spam": 10}


def refresh_case_priority(tx: Transaction, case: CaseRow, subject: SubjectRow) -> None:
    severity = max(_SEVERITY.get(c, 15) for c in case.categories)
    case.priority = float(severity + min(case.unique_reporters, 10))
    case.priority_line = f"{case.category} · {case.unique_reporters} reporters"
