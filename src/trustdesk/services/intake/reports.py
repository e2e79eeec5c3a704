"""Filing reports: each lands in the one open case for its subject, scored, weighed and routed to a queue."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy.exc import IntegrityError, InterfaceError, OperationalError

from trustdesk.domain.errors import DomainError, InvalidInput
from trustdesk.domain.reports import (
    MAX_IDEMPOTENCY_KEY,
    MAX_REPORTER,
    ReportSource,
    parse_category,
    validate_report_text,
)
from trustdesk.domain.subjects import SubjectKind, SubjectRef
from trustdesk.domain.values import check_text
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal
from trustdesk.services.intake import intake_limits, repeated_text
from trustdesk.services.intake.report_batch import store_batch
from trustdesk.services.intake.report_requests import ReportReceipt, ReportRequest, ScoredReport
from trustdesk.services.intake.report_snapshots import clean_snapshot, known_content
from trustdesk.services.intake.scoring import score_texts
from trustdesk.triage.repeated_text import text_print

__all__ = ["ReportReceipt", "ReportRequest", "file_report", "file_reports", "prepare_report", "score_requests"]

log = logging.getLogger(__name__)


def file_report(
    ctx: Context,
    *,
    actor: Principal,
    ref: SubjectRef,
    category: str,
    text: str = "",
    reporter: str | None = None,
    source: str = "user",
    idempotency_key: str | None = None,
    snapshot: dict | None = None,
) -> ReportReceipt:
    """Store a report and attach it to its subject's open case; a retried idempotency key counts once.

    snapshot: the reported content as the platform sent it ({"text", "handle", "links", "media"}); without one,
    a post's content as last synced is kept. The content score is computed on that content, the reporter's
    words are scored apart."""
    request = prepare_report(ctx, actor=actor, ref=ref, category=category, text=text, reporter=reporter,
                             source=source, idempotency_key=idempotency_key, snapshot=snapshot)
    (outcome,) = file_reports(ctx, [request])
    if isinstance(outcome, BaseException):
        raise outcome
    return outcome


def prepare_report(
    ctx: Context,
    *,
    actor: Principal,
    ref: SubjectRef,
    category: str,
    text: str = "",
    reporter: str | None = None,
    source: str = "user",
    idempotency_key: str | None = None,
    snapshot: dict | None = None,
) -> ReportRequest:
    """Everything that can refuse a report without the database: its fields, then the rate limits (429)."""
    parsed_category = parse_category(category)
    validate_report_text(text)
    check_text(reporter, "reporter")
    check_text(idempotency_key, "idempotency_key")
    if reporter is not None and len(reporter) > MAX_REPORTER:
        raise InvalidInput(f"reporter is over {MAX_REPORTER} characters", field="reporter")
    if idempotency_key is not None and not 0 < len(idempotency_key) <= MAX_IDEMPOTENCY_KEY:
        raise InvalidInput(f"idempotency key must be 1..{MAX_IDEMPOTENCY_KEY} characters", field="idempotency_key")
    try:
        parsed_source = ReportSource(source)
    except ValueError:
        raise InvalidInput(f"unknown source {source!r}", field="source") from None
    cleaned = clean_snapshot(snapshot)
    intake_limits.check_rate(ctx, actor, reporter)  # 429 before any work
    return ReportRequest(actor, ref, parsed_category.value, text, reporter, parsed_source, idempotency_key, cleaned,
                         intake_limits.fingerprint(actor, ref, reporter, text))


def file_reports(ctx: Context, requests: Sequence[ReportRequest]) -> list[ReportReceipt | Exception]:
    """Store reports in ONE transaction (one commit, one fsync), set by set (report_batch.py): a report refused
    on its own (unknown platform) gets its exception back in its place and the others are stored.

    A failure of the transaction itself (database down, commit refused) raises: then none is stored. Anything
    else that fails a batch of several (a bug) files each report again alone, so the failure stays the failing
    report's own. The audit entries of all the reports are chained at commit in one append, in the order given."""
    scored = score_requests(ctx, requests)
    # Two first reports on one subject can race (another process) to open its case or create the subject; the
    # unique keys let one win and the loser files its batch again, joining the winner's rows.
    for attempt in range(4):
        try:
            with ctx.db.transaction(ctx.clock) as tx:
                outcomes, grown = store_batch(ctx, tx, scored)
        except (OperationalError, InterfaceError):
            raise
        except IntegrityError as error:
            if attempt < 3:
                continue
            if len(requests) == 1:
                return [error]
            return _one_by_one(ctx, requests)
        except Exception as error:  # noqa: BLE001 - filed again one by one, so it fails alone
            if len(requests) == 1:
                if not isinstance(error, DomainError):
                    log.error("report failed", exc_info=error)
                return [error]
            return _one_by_one(ctx, requests)
        # A campaign this batch grew raises its other open cases too: after commit, in their own transactions.
        repeated_text.reprioritise(ctx, grown)
        return outcomes
    raise AssertionError("unreachable")


def _one_by_one(ctx: Context, requests: Sequence[ReportRequest]) -> list[ReportReceipt | Exception]:
    return [file_reports(ctx, [request])[0] for request in requests]


def score_requests(ctx: Context, requests: Sequence[ReportRequest]) -> list[ScoredReport]:
    """Score every text of the batch in one call to the scorer, before the transaction (it never holds a lock):
    a model call on one text costs about what it costs on a hundred."""
    contents = [(r.snapshot or {}).get("text") for r in requests]
    missing = [i for i, (r, c) in enumerate(zip(requests, contents, strict=True))
               if c is None and r.ref.kind is SubjectKind.POST]
    if missing:
        with ctx.db.read() as session:
            for i in missing:
                contents[i] = known_content(session, requests[i].actor, requests[i].ref)
    texts = list(dict.fromkeys([r.text for r in requests] + [c for c in contents if c]))
    scored = dict(zip(texts, score_texts(ctx, texts), strict=True))
    result = []
    for request, content_text in zip(requests, contents, strict=True):
        reporter_signals = scored[request.text]
        signals = scored[content_text] if content_text else reporter_signals
        if signals[0] is not None and signals[0].language is None and reporter_signals[0] is not None:
            # Content too short to tell its language ("contenu"): the reporter's words tell the community's.
            signals = (replace(signals[0], language=reporter_signals[0].language), signals[1])
        result.append(ScoredReport(
            request, signals=signals[0], scorer=signals[1],
            reporter_abuse=reporter_signals[0].abuse if reporter_signals[0] else None,
            reporter_language=reporter_signals[0].language if reporter_signals[0] else None,
            text_print=text_print(content_text or request.text),  # what is scored is what a campaign repeats
        ))
    return result
