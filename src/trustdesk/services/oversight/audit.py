"""The audit log as people use it: read it, sign tree heads, verify it, export it, prove an entry."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from sqlalchemy import func, select

from trustdesk.audit import (
    GENESIS,
    AuditRecord,
    MerkleAccumulator,
    TreeHead,
    VerifyReport,
    inclusion_proof,
    sign_tree_head,
    verify_inclusion,
    verify_log,
    write_export,
)
from trustdesk.audit.anchor import (
    HeadsFile,
    append_head,
    check_against_head,
    describe_head,
    extension_problem,
    last_head,
    load_frontier,
    read_heads,
    save_frontier,
)
from trustdesk.audit.ranges import join_ranges
from trustdesk.audit.records import iso_utc
from trustdesk.audit.verbs import describe as describe_verb
from trustdesk.config import audit_heads_path
from trustdesk.domain.errors import InvalidInput, NotFound
from trustdesk.domain.ids import new_id
from trustdesk.domain.permissions import DeskPermission
from trustdesk.services.base.alerting import raise_alert
from trustdesk.services.base.authorization import authorize_desk, may
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import Principal
from trustdesk.storage.audit_log import HEAD_ID, iter_records, lock_head
from trustdesk.storage.audit_scan import scan_in_ranges
from trustdesk.storage.database import Transaction
from trustdesk.storage.tables import AlertRow, AuditEntryRow, AuditStateRow, AuditTreeHeadRow, OutboxRow

log = logging.getLogger(__name__)
LOG_CUT_ALERT = "audit_log_cut"
MAX_PAGE = 500
# Below this, starting worker processes costs more than it saves.
PARALLEL_FROM = 200_000


def require_reader(ctx: Context, actor: Principal) -> None:
    """Who may read the log is the policy's read-audit-log rule: seniors and admins by default."""
    authorize_desk(ctx, actor, DeskPermission.READ_AUDIT_LOG)


def may_read(ctx: Context, actor: Principal) -> bool:
    return may(ctx, actor, DeskPermission.READ_AUDIT_LOG)


def list_entries(
    ctx: Context,
    *,
    actor: Principal,
    who: str | None = None,
    subject: str | None = None,
    verb: str | None = None,
    object_id: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    before_seq: int | None = None,
    limit: int = 100,
) -> dict:
    """Newest first; page with before_seq = the last page's next_before_seq."""
    require_reader(ctx, actor)
    if not 1 <= limit <= MAX_PAGE:
        raise InvalidInput(f"limit must be 1..{MAX_PAGE}", field="limit")
    query = select(AuditEntryRow)
    if who:
        query = query.where(AuditEntryRow.actor == who)
    if subject:
        query = query.where(AuditEntryRow.subject == subject)
    if verb:
        query = query.where(AuditEntryRow.verb.startswith(verb) if verb.endswith(".") else AuditEntryRow.verb == verb)
    if object_id:
        query = query.where(AuditEntryRow.object_id == object_id)
    for bound, op in ((since, "ge"), (until, "lt")):
        if bound is not None:
            if bound.tzinfo is None:
                raise InvalidInput("times need a time zone", field="since" if op == "ge" else "until")
            column = AuditEntryRow.at
            query = query.where(column >= iso_utc(bound) if op == "ge" else column < iso_utc(bound))
    if before_seq is not None:
        query = query.where(AuditEntryRow.seq < before_seq)
    with ctx.db.read() as session:
        rows = session.execute(query.order_by(AuditEntryRow.seq.desc()).limit(limit)).scalars().all()
        items = [entry_view(row) for row in rows]
    return {"items": items, "next_before_seq": items[-1]["seq"] if len(items) == limit else None}


def entry_view(row: AuditEntryRow) -> dict:
    return {"seq": row.seq, "id": row.id, "at": row.at, "actor": row.actor, "verb": row.verb, "subject": row.subject,
            "object_id": row.object_id, "summary": row.summary, "payload": row.payload, "hash": row.hash,
            "verb_description": describe_verb(row.verb)}


def checkpoint(ctx: Context) -> TreeHead | None:
    """Sign a tree head over everything logged so far, if anything is new since the last one.

    The head also goes outside the database, before the transaction commits: appended to the heads
    file beside the key, and queued for the webhooks. A failed append aborts the checkpoint, so the
    database never holds a head that was not anchored outside it. A log that no longer extends the
    last head in the heads file (cut or rewritten in the database) is not signed: an alert is raised."""
    heads_path = audit_heads_path(ctx.settings)
    with ctx.db.transaction(ctx.clock) as tx:
        state = lock_head(tx.session)
        latest = tx.session.execute(select(AuditTreeHeadRow).order_by(AuditTreeHeadRow.size.desc())).scalars().first()
        if latest is not None and not heads_path.exists():
            # A log older than its heads file (or a file someone removed): start the file from the newest
            # head the database holds now, trusting the database this once.
            append_head(heads_path, _head_of(latest))
        anchored = last_head(heads_path, ctx.signing_key.public_key_pem())
        if state.last_seq == 0 or (latest and latest.size >= state.last_seq and not anchored):
            return None
        if anchored is not None and state.last_seq < anchored.size:
            # Refused before reading the chain head's frontier, which whoever cut the log may have left broken.
            problem = check_against_head(anchored, state.last_seq, None)
            assert problem is not None  # a log shorter than the anchored head always has one
            _refuse_to_sign(tx, problem, anchored)
            return None
        root = MerkleAccumulator.from_frontier(state.last_seq, state.frontier).root().hex()
        if anchored is not None:
            if anchored.size == state.last_seq and anchored.root == root:
                return None  # nothing new since the last head kept outside
            problem = _extension_problem(tx, anchored, load_frontier(heads_path, anchored.size), state.last_seq, root)
            if problem:
                _refuse_to_sign(tx, problem, anchored)
                return None
        head = sign_tree_head(ctx.signing_key, state.last_seq, root, iso_utc(tx.now))
        tx.session.add(AuditTreeHeadRow(size=head.size, root=head.root, at=head.at, key_id=head.key_id,
                                        signature=head.signature))
        # No audit entry for a checkpoint: it would be a new entry to sign, and the log would never rest.
        tx.session.add(OutboxRow(id=new_id("out"), kind="webhook", payload=tree_head_message(head),
                                 created_at=tx.now, attempts=0))
        append_head(heads_path, head)
        save_frontier(heads_path, head.size, state.frontier)
        return head


def _extension_problem(
    tx: Transaction, head: TreeHead, frontier: list[str] | None, size: int, root: str
) -> str | None:
    later = tx.session.execute(
        select(AuditEntryRow.hash).where(AuditEntryRow.seq > head.size, AuditEntryRow.seq <= size)
        .order_by(AuditEntryRow.seq)
    ).scalars()
    return extension_problem(head, frontier, size, later, root)


def _refuse_to_sign(tx: Transaction, problem: str, head: TreeHead) -> None:
    """Say it once per head it concerns: the checkpoint loop comes back every few seconds."""
    log.error("audit log not signed: %s", problem)
    previous = tx.session.execute(select(AlertRow.payload).where(AlertRow.kind == LOG_CUT_ALERT)
                                  .order_by(AlertRow.created_at.desc()).limit(1)).scalar()
    if previous and previous.get("tree_head") == head.to_dict():
        return
    # Not appended to the log itself: its chain head may be what was tampered with. The alert row and its
    # webhook still go out.
    raise_alert(tx, kind=LOG_CUT_ALERT, message=f"audit log no longer matches its signed head: {problem}",
                payload={"tree_head": head.to_dict()}, audited=False)


def tree_head_message(head: TreeHead) -> dict:
    """The webhook body that carries a signed head to whoever listens (shaped like an alert's)."""
    return {"id": new_id("sth"), "kind": "audit.tree_head", "message": f"audit log signed at {describe_head(head)}",
            "action_id": None, "subject": None, "payload": {"tree_head": head.to_dict()}, "created_at": head.at}


def _head_of(row: AuditTreeHeadRow) -> TreeHead:
    return TreeHead(row.size, row.root, row.at, row.key_id, row.signature)


def tree_heads(ctx: Context) -> list[TreeHead]:
    with ctx.db.read() as session:
        rows = session.execute(select(AuditTreeHeadRow).order_by(AuditTreeHeadRow.size)).scalars().all()
        return [_head_of(r) for r in rows]


@dataclass(frozen=True)
class Anchor:
    """The log checked against the newest head kept outside the database."""

    heads_file: HeadsFile
    head: TreeHead | None
    problem: str | None

    def describe(self) -> str:
        where = self.heads_file.path
        if self.head is None:
            return f"no signed head found outside the database (heads file {where})"
        skipped = f"; {self.heads_file.unreadable} torn line(s) skipped" if self.heads_file.unreadable else ""
        return f"checked against the head of {describe_head(self.head)} kept in {where}{skipped}"


@dataclass(frozen=True)
class Verification:
    report: VerifyReport
    head_matches_chain: bool
    anchor: Anchor | None = None

    @property
    def ok(self) -> bool:
        return self.report.ok and self.head_matches_chain and not (self.anchor and self.anchor.problem)

    def describe(self) -> str:
        # The outside head first: it is the evidence a database writer could not remove.
        if self.anchor and self.anchor.problem:
            return f"audit log NOT intact: {self.anchor.problem}"
        if not self.report.ok:
            return f"audit log NOT intact: {self.report.problem}"
        if not self.head_matches_chain:
            return "audit log NOT intact: the chain's head does not match its last entry (entries removed at the end?)"
        return (f"audit log intact: {self.report.entries} entries, {self.report.heads_checked} signed tree heads "
                f"match (signed up to entry {self.report.signed_size})")


def verify(ctx: Context, *, public_key_pem: str | None = None, heads_path: Path | None = None) -> Verification:
    """Check every entry against the chain, every signed head against the key kept outside the database,
    and the database against the newest head in the heads file (`heads_path`: an auditor's copy)."""
    key = public_key_pem or ctx.signing_key.public_key_pem()
    heads = tree_heads(ctx)
    outside = read_heads(heads_path or audit_heads_path(ctx.settings), key)
    anchored = outside.newest
    with ctx.db.read() as session:
        last_seq = session.execute(select(func.max(AuditEntryRow.seq))).scalar() or 0
    # The outside head joins the ones the chain is checked against: its root is compared in the same pass.
    checked = [*heads, anchored] if anchored else heads
    report = None
    if last_seq >= PARALLEL_FROM and not ctx.db.url.endswith(":memory:"):
        report = join_ranges(scan_in_ranges(ctx.db.url, last_seq), checked, key)
    with ctx.db.read() as session:
        if report is None:  # short log, or something is wrong: the sequential pass names the first bad entry
            report = verify_log(iter_records(session), checked, key)
        state = session.get(AuditStateRow, HEAD_ID)
        last = session.execute(select(AuditEntryRow.seq, AuditEntryRow.hash)
                               .order_by(AuditEntryRow.seq.desc()).limit(1)).first()
    expected = (state.last_seq, state.last_hash) if state else (0, GENESIS)
    found = (last[0], last[1]) if last else (0, GENESIS)
    anchor = Anchor(outside, anchored, _anchor_problem(ctx, outside, anchored, heads, last_seq, report))
    return Verification(report, head_matches_chain=expected == found, anchor=anchor)


def _anchor_problem(
    ctx: Context, outside: HeadsFile, anchored: TreeHead | None, heads: list[TreeHead], last_seq: int,
    report: VerifyReport,
) -> str | None:
    if outside.forged:
        return f"the heads file holds a head that is not the log's: {outside.forged[0]}"
    if anchored is None:
        if heads:
            return (f"the database holds signed heads up to {describe_head(heads[-1])}, but no head was found "
                    f"outside it, in {outside.path} (heads file deleted or emptied? pass --heads with a copy)")
        return None
    if last_seq < anchored.size:
        return check_against_head(anchored, last_seq, None)
    # The chain pass already compared the root when it got that far cleanly; otherwise compute it.
    reached = report.ok or (report.first_bad_seq or 0) > anchored.size
    root = anchored.root if reached else _root_of_first(ctx, anchored.size)
    return check_against_head(anchored, last_seq, root)


def _root_of_first(ctx: Context, size: int) -> str:
    tree = MerkleAccumulator()
    for entry_hash in _hashes(ctx, size):
        tree.append(bytes.fromhex(entry_hash))
    return tree.root().hex()


def export(ctx: Context, fp: IO[str]) -> int:
    """JSON Lines: header with the public key, every entry, every signed head in the database and the
    newest one kept in the heads file (the one that proves how long the log was). Signs a fresh head first."""
    checkpoint(ctx)
    heads = tree_heads(ctx)
    key = ctx.signing_key.public_key_pem()
    newest_outside = read_heads(audit_heads_path(ctx.settings), key).newest
    if newest_outside is not None and newest_outside not in heads:
        heads.append(newest_outside)
    with ctx.db.read() as session:
        count = session.execute(select(AuditStateRow.last_seq).where(AuditStateRow.id == HEAD_ID)).scalar() or 0
        records = (AuditRecord(*row) for row in iter_records(session))
        write_export(fp, records, heads, key)
    return count


def prove(ctx: Context, *, seq: int) -> dict:
    """An inclusion proof of entry `seq` in the latest signed tree head (RFC 9162)."""
    checkpoint(ctx)
    heads = tree_heads(ctx)
    if not heads or seq < 1 or seq > heads[-1].size:
        raise NotFound(f"no entry {seq} under a signed tree head")
    head = heads[-1]
    leaves = [bytes.fromhex(h) for h in _hashes(ctx, head.size)]
    proof = inclusion_proof(seq - 1, leaves)
    assert verify_inclusion(leaves[seq - 1], seq - 1, head.size, proof, bytes.fromhex(head.root))
    return {"seq": seq, "entry_hash": leaves[seq - 1].hex(), "leaf_index": seq - 1, "tree_head": head.to_dict(),
            "proof": [p.hex() for p in proof]}


def _hashes(ctx: Context, size: int) -> Iterator[str]:
    with ctx.db.read() as session:
        yield from session.execute(
            select(AuditEntryRow.hash).where(AuditEntryRow.seq <= size).order_by(AuditEntryRow.seq)
        ).scalars()
