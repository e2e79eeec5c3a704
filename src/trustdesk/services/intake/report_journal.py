"""Acknowledge first, settle just after: under load, a report is answered once it is journaled, and stored in its
case (scored, counted, triaged, audited) by the next settle pass.

Why: storing a report costs ~2 ms of CPU (scoring, rows, triage, audit entry); journaling it costs a tenth of
that. When reports arrive faster than they can be stored, answering each only after it is stored makes every
platform wait on triage; journaled, a flood is taken in at the rate the disk commits and settled behind it.

Guarantees (README "Intake under load"):
- An acknowledged report is durable: its journal row is committed (same fsync rules as everything else) before
  the answer, and is deleted only in the transaction that stores it — a crash between the two settles it at the
  next start (or on the next leader tick of another process).
- Its receipt is final: the report id, and the case it joins — the subject's open case, or the case promised to
  an earlier unsettled report on the subject, or a new one opened under that id. A retried idempotency key and
  the same report again answer as they would have once stored.
- Reads wait (briefly, `intake_settle_wait_seconds`) for the reports acknowledged before them, and help settle
  them — a read naming a case promised in a receipt always, other reads unless a flood has the backlog past
  `intake_settle_wait_backlog` (then they answer with what is settled); claim-next never waits: it serves the
  most urgent case already triaged.
- Audit entries, queue and priority are written when the report is settled, in journal order, those that looked
  urgent when acknowledged first (triage/urgency.py): during a flood a report of self-harm is triaged within a batch.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError, InterfaceError, OperationalError

from trustdesk.domain.errors import DomainError, Unavailable
from trustdesk.domain.ids import new_id
from trustdesk.domain.reports import ReportSource
from trustdesk.domain.subjects import SubjectKind, SubjectRef
from trustdesk.services.base.context import Context
from trustdesk.services.base.platforms import resolve_ref
from trustdesk.services.base.principals import Principal
from trustdesk.services.intake import intake_limits, repeated_text
from trustdesk.services.intake import journal_rows as journal
from trustdesk.services.intake.batch_lookups import CHUNK, reports_by_key
from trustdesk.services.intake.report_batch import store_batch
from trustdesk.services.intake.report_requests import ReportReceipt, ReportRequest
from trustdesk.services.intake.reports import score_requests
from trustdesk.storage.database import Transaction
from trustdesk.storage.key_lists import each_column_in
from trustdesk.storage.tables import CaseRow, SubjectRow
from trustdesk.storage.tables_intake import IntakeJournalRow
from trustdesk.triage.urgency import looks_urgent

log = logging.getLogger(__name__)

SETTLE_BATCH = 16  # reports stored per settle transaction: a claim waits behind at most about 16 reports' work


def journal_reports(ctx: Context, requests: Sequence[ReportRequest]) -> list[ReportReceipt | Exception]:
    """Journal checked reports in one transaction and return their receipts (or each one's own refusal).

    Raises Unavailable when the journal is full (triage is that far behind): nothing is kept, retry later."""
    # Read from the requests alone: worked out before the transaction, not while it holds the write lock.
    urgent = [looks_urgent(r.category, r.text, (r.snapshot or {}).get("text")) for r in requests]
    with ctx.db.transaction(ctx.clock) as tx:
        session = tx.session
        waiting, _ = journal.backlog(session)
        if waiting + len(requests) > ctx.settings.intake_journal_limit:
            raise Unavailable(f"{waiting} reports are waiting for triage; nothing was kept, retry",
                              details={"retry_after": 5})
        outcomes: list[ReportReceipt | Exception | None] = [None] * len(requests)
        refs: dict[int, SubjectRef] = {}
        for i, request in enumerate(requests):
            try:
                refs[i] = resolve_ref(session, request.actor, request.ref)
            except DomainError as refused:
                outcomes[i] = refused
        keys = {i: journal.subject_key(ref) for i, ref in refs.items()}
        journal.lock_subjects(tx, list(set(keys.values())))
        retry_keys = [(requests[i].actor.id, requests[i].idempotency_key or "") for i in refs
                      if requests[i].idempotency_key]
        retried = {**journal.pending_retries(session, retry_keys), **reports_by_key(tx, retry_keys)}
        prints = sorted({p for i in refs if (p := requests[i].fingerprint) is not None})
        earlier = intake_limits.earlier_reports(ctx, tx, prints)
        unsettled = journal.pending_on_subjects(session, sorted(set(keys.values())))
        pending: dict[str, tuple[str, str]] = {}
        for _key, print_, report_id, case_id in unsettled:  # oldest first: a repeat counts on the first
            if print_ is not None:
                pending.setdefault(print_, (report_id, case_id))
        cases = {key: case_id for key, _print, _report_id, case_id in unsettled}
        cases.update(_open_cases(tx, list(refs.values())))
        rows: list[dict] = []
        first_by_key: dict[tuple[str, str], tuple[str, str]] = {}
        for i, ref in refs.items():
            request = requests[i]
            key = (request.actor.id, request.idempotency_key) if request.idempotency_key else None
            print_ = request.fingerprint
            if key is not None and (earlier_receipt := retried.get(key) or first_by_key.get(key)):
                outcomes[i] = ReportReceipt(*earlier_receipt, duplicate=True)
                continue
            if print_ is not None and print_ in earlier:
                intake_limits.count_duplicate(tx, earlier[print_][0])
                outcomes[i] = ReportReceipt(*earlier[print_], duplicate=True)
                continue
            case_id = cases.setdefault(keys[i], new_id("case"))
            report_id = new_id("rep")
            rows.append(_row_values(tx, request, ref, keys[i], report_id, case_id, urgent=urgent[i]))
            if print_ is not None and print_ in pending:  # the same report again: settling counts it on the first
                outcomes[i] = ReportReceipt(*pending[print_], duplicate=True)
                continue
            outcomes[i] = ReportReceipt(report_id, case_id)
            if key is not None:
                first_by_key[key] = (report_id, case_id)
            if print_ is not None:
                pending[print_] = (report_id, case_id)
        if rows:
            session.connection().execute(insert(IntakeJournalRow.__table__), rows)  # type: ignore[arg-type]
    return [o if o is not None else AssertionError("unanswered") for o in outcomes]


def settle_journal(ctx: Context, *, limit: int = SETTLE_BATCH, through: int | None = None) -> int:
    """Store the oldest unsettled reports (up to ``limit``; only up to sequence ``through`` if given) as if filed
    then; how many this call settled. Safe beside other settlers: each report is stored once."""
    query = select(IntakeJournalRow).where(IntakeJournalRow.error.is_(None)).order_by(IntakeJournalRow.seq)
    if through is not None:
        query = query.where(IntakeJournalRow.seq <= through)
    for _ in range(3):  # bounded: each pass needs another settler to have stored everything read meanwhile
        with ctx.db.read() as session:
            # Those hinted urgent first (triage/urgency.py): during a flood a report of self-harm waits for one
            # batch, not for the thousands of reports acknowledged before it.
            rows = list(session.execute(query.where(IntakeJournalRow.urgent.is_(True)).limit(limit)).scalars())
            if len(rows) < limit:
                rows += [row for row in session.execute(query.limit(limit)).scalars()
                         if not row.urgent][:limit - len(rows)]
        if not rows:
            return 0
        settled = _settle(ctx, rows)
        if settled is not None:
            return settled
        # Another settler took every row read while these were scored: read again, or the caller would take
        # "none settled" for "none left".
    return 0


def wait_until_settled(ctx: Context, *, timeout: float | None = None, case_id: str | None = None,
                       any_backlog: bool = False) -> bool:
    """Settle the reports acknowledged before this call (helping the writer), for at most ``timeout`` seconds;
    whether none is left. Cheap when nothing waits: one indexed query.

    With ``case_id``, only the reports promised that case (and those before them) are waited for. Without it,
    a backlog past ``intake_settle_wait_backlog`` is a flood: the read answers at once with what is settled
    rather than stall every page of the desk (``any_backlog`` waits anyway, for tests and tools)."""
    with ctx.db.read() as session:
        if case_id is not None:
            waiting, newest = journal.promised_to(session, case_id)
        else:
            waiting, newest = journal.backlog(session)
            if waiting > ctx.settings.intake_settle_wait_backlog and not any_backlog:
                return False
    if not waiting:
        return True
    deadline = time.monotonic() + (ctx.settings.intake_settle_wait_seconds if timeout is None else timeout)
    while time.monotonic() < deadline:
        if not settle_journal(ctx, through=newest):
            with ctx.db.read() as session:
                left = session.execute(select(IntakeJournalRow.seq).where(
                    IntakeJournalRow.seq <= newest, IntakeJournalRow.error.is_(None)).limit(1)).first()
            if left is None:
                return True
            time.sleep(0.002)  # another settler holds them: its transaction ends within a batch's work
    return False


def settle_before_read(ctx: Context, case_id: str | None = None) -> None:
    """What a read of the API or the console waits for: the reports promised the case it names, if any, then
    those acknowledged before it (unless a flood has the backlog past its bound)."""
    if case_id is not None:
        wait_until_settled(ctx, case_id=case_id)
    wait_until_settled(ctx)


def retry_set_aside(ctx: Context) -> int:
    """Put reports set aside (storing them failed on their own, a bug) back in line; serve does it at start, so
    that a fix deployed and restarted settles them. How many."""
    with ctx.db.transaction(ctx.clock) as tx:
        seqs = list(tx.session.execute(select(IntakeJournalRow.seq).where(IntakeJournalRow.error.is_not(None)))
                    .scalars())
        if seqs:
            tx.session.execute(update(IntakeJournalRow).where(IntakeJournalRow.seq.in_(seqs)).values(error=None))
        return len(seqs)


def _settle(ctx: Context, rows: list[IntakeJournalRow]) -> int | None:
    """How many of these rows this call stored; None if another settler had stored them all meanwhile."""
    scored = [replace(s, report_id=row.report_id, case_id=row.case_id, received_at=row.received_at)
              for s, row in zip(score_requests(ctx, [_request_of(row) for row in rows]), rows, strict=True)]
    for attempt in range(4):
        try:
            with ctx.db.transaction(ctx.clock) as tx:
                mine = _claim(tx, rows)
                batch = [(row, s) for row, s in zip(rows, scored, strict=True) if row.seq in mine]
                if not batch:  # another settler holds them (wait for it: 0) or stored them (read again: None)
                    return 0 if _still_journaled(tx, rows) else None
                outcomes, grown = store_batch(ctx, tx, [s for _, s in batch])
                failed = {row.seq: outcome for (row, _), outcome in zip(batch, outcomes, strict=True)
                          if isinstance(outcome, Exception)}
                _close(tx, [row.seq for row, _ in batch], failed)
        except (OperationalError, InterfaceError):
            raise
        except IntegrityError:
            if attempt < 3:  # another process opened the subject or case first: join its rows
                continue
            raise
        except Exception:
            if len(rows) == 1:
                _set_aside(ctx, rows[0], "storing failed; see the server log")
                log.exception("an acknowledged report could not be stored; it stays in the journal")
                return 0
            return sum(_settle(ctx, [row]) or 0 for row in rows)  # the failure stays the failing report's own
        repeated_text.reprioritise(ctx, grown)
        return len(batch) - len(failed)
    raise AssertionError("unreachable")


def _claim(tx: Transaction, rows: list[IntakeJournalRow]) -> set[int]:
    """The sequence numbers of these rows still unsettled, locked; another settler's are skipped (PostgreSQL) or
    already gone (SQLite has one writer at a time). A row is known by its report id too: SQLite gives a deleted
    row's sequence number to the next one journaled, so a number alone may name a report this settler never read."""
    read = {row.seq: row.report_id for row in rows}
    query = select(IntakeJournalRow.seq, IntakeJournalRow.report_id).where(
        IntakeJournalRow.seq.in_(list(read)), IntakeJournalRow.error.is_(None))
    if tx.session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    return {seq for seq, report_id in tx.session.execute(query) if read[seq] == report_id}


def _still_journaled(tx: Transaction, rows: list[IntakeJournalRow]) -> bool:
    """Whether any of these rows is still in the journal (skipped by _claim because another settler has it)."""
    return tx.session.execute(select(IntakeJournalRow.seq).where(
        IntakeJournalRow.report_id.in_([row.report_id for row in rows])).limit(1)).first() is not None


def _close(tx: Transaction, seqs: list[int], failed: dict[int, Exception]) -> None:
    done = [seq for seq in seqs if seq not in failed]
    if done:
        tx.session.execute(delete(IntakeJournalRow).where(IntakeJournalRow.seq.in_(done)))
    for seq, error in failed.items():
        log.error("acknowledged report (journal %d) refused when stored: %s", seq, error)
        tx.session.execute(update(IntakeJournalRow).where(IntakeJournalRow.seq == seq)
                           .values(error=str(error)[:500]))


def _set_aside(ctx: Context, row: IntakeJournalRow, why: str) -> None:
    with ctx.db.transaction(ctx.clock) as tx:
        tx.session.execute(update(IntakeJournalRow).where(IntakeJournalRow.report_id == row.report_id)
                           .values(error=why))


def _open_cases(tx: Transaction, refs: list[SubjectRef]) -> dict[str, str]:
    """The open case of each subject already stored, by subject key."""
    wanted = sorted({(ref.platform or "", ref.kind.value, ref.external_id) for ref in refs})
    found: dict[str, str] = {}
    subjects, cases = SubjectRow.__table__.c, CaseRow.__table__.c
    asked = set(wanted)
    for start in range(0, len(wanted), CHUNK):
        for platform, kind, external_id, case_id in tx.session.connection().execute(
                select(subjects.platform, subjects.kind, subjects.external_id, cases.id)
                .join_from(SubjectRow.__table__, CaseRow.__table__, cases.open_subject_id == subjects.id)
                .where(each_column_in((subjects.platform, subjects.kind, subjects.external_id),
                                      wanted[start:start + CHUNK]))):
            if (platform, kind, external_id) in asked:
                found[journal.key_of(platform, kind, external_id)] = case_id
    return found


def _row_values(tx: Transaction, request: ReportRequest, ref: SubjectRef, key: str, report_id: str,
                case_id: str, *, urgent: bool) -> dict:
    actor = request.actor
    return {
        "report_id": report_id, "case_id": case_id, "subject_key": key, "filed_by": actor.id,
        "idempotency_key": request.idempotency_key, "fingerprint": request.fingerprint, "received_at": tx.now,
        "error": None, "urgent": urgent,
        "request": {"actor": {"kind": actor.kind, "id": actor.id, "name": actor.name, "via": actor.via},
                    "subject": {"platform": ref.platform, "kind": ref.kind.value, "id": ref.external_id},
                    "category": request.category, "text": request.text, "reporter": request.reporter,
                    "source": request.source.value, "snapshot": request.snapshot},
    }


def _request_of(row: IntakeJournalRow) -> ReportRequest:
    values = row.request
    actor = values["actor"]
    subject = values["subject"]
    return ReportRequest(
        actor=Principal(kind=actor["kind"], id=actor["id"], name=actor["name"], via=actor["via"]),
        ref=SubjectRef(SubjectKind(subject["kind"]), subject["id"], subject["platform"]),
        category=values["category"], text=values["text"], reporter=values["reporter"],
        source=ReportSource(values["source"]), idempotency_key=row.idempotency_key,
        snapshot=values["snapshot"], fingerprint=row.fingerprint)
