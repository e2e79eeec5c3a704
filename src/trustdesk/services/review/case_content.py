"""What a case's reports say, gathered for routing and priority: the strongest harm finding and the language.

The harm finding comes from the labels the content scorer stored on each report (``triage.harms``): self-harm
intent on any valid report wins, then possible self-harm, otherwise the finding of the most abusive report. The
case's language follows its content: the language most of its valid reports are written in, not only the first
report's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from trustdesk.storage.tables_triage import ReportSignalRow
from trustdesk.triage.harms import CATEGORY_OF_LABEL, FACET_PREFIX, LABEL_URGENCY

_IN_CHUNK = 500
FINDING_FROM = 0.3  # reports scored below this abuse are not read for findings (keeps viral cases cheap)


def content_by_case(session: Session, case_ids: Sequence[str]) -> dict[str, tuple[str, tuple[str, ...]]]:
    """case id -> (harm label, facets) for cases whose reports' text shows a harm; others are absent."""
    best: dict[str, tuple[tuple[int, float], str, tuple[str, ...]]] = {}
    for start in range(0, len(case_ids), _IN_CHUNK):
        rows = session.execute(
            select(ReportSignalRow.case_id, ReportSignalRow.abuse, ReportSignalRow.labels)
            .where(ReportSignalRow.case_id.in_(case_ids[start : start + _IN_CHUNK]),
                   ReportSignalRow.invalidated_at.is_(None), ReportSignalRow.abuse >= FINDING_FROM)
        )
        for case_id, abuse, labels in rows:
            label = next((lb for lb in labels or () if lb in CATEGORY_OF_LABEL), None)
            if label is None:
                continue
            rank = (LABEL_URGENCY.get(label, 0), float(abuse or 0.0))
            if case_id not in best or rank > best[case_id][0]:
                facets = tuple(lb.removeprefix(FACET_PREFIX) for lb in labels if lb.startswith(FACET_PREFIX))
                best[case_id] = (rank, label, facets)
    return {case_id: (label, facets) for case_id, (_, label, facets) in best.items()}


def content_language(session: Session, case_id: str, current: str | None) -> str | None:
    """The language most of the case's valid reports are written in; the current one keeps a tie."""
    return content_languages(session, {case_id: current})[case_id]


def content_languages(session: Session, current: dict[str, str | None]) -> dict[str, str | None]:
    """content_language for many cases in one query."""
    counts: dict[str, Counter[str]] = {case_id: Counter() for case_id in current}
    ids = list(current)
    for start in range(0, len(ids), 500):
        for case_id, language, n in session.execute(
            select(ReportSignalRow.case_id, ReportSignalRow.language, func.count())
            .where(ReportSignalRow.case_id.in_(ids[start:start + 500]), ReportSignalRow.invalidated_at.is_(None),
                   ReportSignalRow.language.isnot(None))
            .group_by(ReportSignalRow.case_id, ReportSignalRow.language)
        ):
            counts[case_id][str(language)] = n
    return {case_id: _majority(counts[case_id], language) for case_id, language in current.items()}


def _majority(counts: Counter[str], current: str | None) -> str | None:
    if not counts:
        return current
    top = max(counts.values())
    return current if counts.get(current or "", 0) == top else min(lang for lang, n in counts.items() if n == top)
