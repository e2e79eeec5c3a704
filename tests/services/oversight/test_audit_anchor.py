"""Tree heads kept outside the database: cutting the log in the database no longer goes unnoticed."""

from __future__ import annotations

from sqlalchemy import select, text

from tests.conftest import T0
from tests.people import account, platform, report
from tests.services.oversight.conftest import run_sql
from trustdesk.audit import GENESIS, AuditRecord, MerkleAccumulator, load_or_create_key, read_export, verify_export
from trustdesk.audit.anchor import append_head
from trustdesk.audit.chain import seal
from trustdesk.audit.records import iso_utc
from trustdesk.audit.signing import TreeHead, sign_tree_head, verify_tree_head
from trustdesk.config import audit_heads_path
from trustdesk.services.oversight import audit as audit_service
from trustdesk.storage.audit_log import HEAD_ID, iter_records
from trustdesk.storage.tables import AlertRow, AuditStateRow, OutboxRow


def cut_the_tail(ctx, keep: int) -> None:
    """What a database writer does to hide the last entries: drop them, drop the heads over them,
    and point the chain head (hash and Merkle frontier) at the new last entry so the chain checks out."""
    run_sql(ctx, "DELETE FROM audit_entries WHERE seq > :keep", keep=keep)
    run_sql(ctx, "DELETE FROM audit_tree_heads WHERE size > :keep", keep=keep)
    with ctx.db.read() as session:
        hashes = session.execute(text("SELECT hash FROM audit_entries ORDER BY seq")).scalars().all()
    tree = MerkleAccumulator()
    tree.extend(bytes.fromhex(h) for h in hashes)
    with ctx.db.transaction(ctx.clock) as tx:
        state = tx.session.get(AuditStateRow, HEAD_ID)
        state.last_seq, state.last_hash, state.frontier = keep, hashes[-1], tree.frontier_hex()


def test_cutting_the_tail_and_its_heads_in_the_database_is_caught_by_the_heads_file(ctx, logged):
    early = audit_service.tree_heads(ctx)[0].size
    integration = platform(ctx, "second-platform")
    report(ctx, integration, account(ctx, integration, "late", followers=5))
    latest = audit_service.checkpoint(ctx)
    assert latest is not None and latest.size > logged
    cut_the_tail(ctx, logged - 2)
    result = audit_service.verify(ctx)
    assert not result.ok
    message = result.describe()
    assert f"the log held {latest.size} entries at" in message
    assert f"the database now has {logged - 2}: entries {logged - 1}..{latest.size} were removed" in message
    assert early == logged


def rewrite_and_rechain(ctx, seq: int, summary: str) -> None:
    """A database writer rewrites an entry and re-seals every later one, so the chain checks out again,
    then drops the stored tree heads, whose roots no longer match (nobody can re-sign them without the key)."""
    with ctx.db.read() as session:
        records = [AuditRecord(*row) for row in iter_records(session)]
    tree, prev = MerkleAccumulator(), GENESIS
    for record in records:
        if record.seq >= seq:
            content = {**record.content(), "prev_hash": prev}
            if record.seq == seq:
                content["summary"] = summary
            record = seal(**content)
            run_sql(ctx, "UPDATE audit_entries SET summary = :summary, prev_hash = :prev, hash = :hash "
                    "WHERE seq = :seq", summary=record.summary, prev=record.prev_hash, hash=record.hash, seq=record.seq)
        tree.append(bytes.fromhex(record.hash))
        prev = record.hash
    run_sql(ctx, "DELETE FROM audit_tree_heads")
    with ctx.db.transaction(ctx.clock) as tx:
        state = tx.session.get(AuditStateRow, HEAD_ID)
        state.last_hash, state.frontier = prev, tree.frontier_hex()


def test_rewriting_an_entry_and_re_sealing_the_chain_is_caught_by_the_heads_file(ctx, logged):
    rewrite_and_rechain(ctx, 5, "nothing happened")
    # The database alone cannot tell: with no head outside it (no heads file there), the rewrite passes.
    assert audit_service.verify(ctx, heads_path=ctx.settings.data_dir / "elsewhere.jsonl").ok
    result = audit_service.verify(ctx)
    assert not result.ok
    message = result.describe()
    assert f"the log held {logged} entries at" in message and "were rewritten" in message


def test_an_intact_log_names_the_outside_head_it_was_checked_against(ctx, logged):
    result = audit_service.verify(ctx)
    assert result.ok, result.describe()
    assert result.anchor.head.size == logged
    assert str(audit_heads_path(ctx.settings)) in result.anchor.describe()


def test_a_deleted_heads_file_is_not_taken_for_a_short_history(ctx, logged):
    audit_heads_path(ctx.settings).unlink()
    result = audit_service.verify(ctx)
    assert not result.ok and "no head was found outside it" in result.describe()
    # The next checkpoint starts a new file from what the database holds now, and says nothing is new.
    assert audit_service.checkpoint(ctx) is None
    assert audit_service.verify(ctx).ok


def test_a_head_in_the_heads_file_not_signed_by_the_log_key_fails_verification(ctx, logged, tmp_path):
    intruder = load_or_create_key(tmp_path / "intruder.pem")
    append_head(audit_heads_path(ctx.settings), sign_tree_head(intruder, logged + 50, "00" * 32, iso_utc(T0)))
    result = audit_service.verify(ctx)
    assert not result.ok and "not the log's" in result.describe() and intruder.key_id in result.describe()


def test_each_signed_head_leaves_through_the_webhook_outbox(ctx, logged):
    with ctx.db.read() as session:
        bodies = [row.payload for row in session.execute(select(OutboxRow)).scalars()
                  if row.payload.get("kind") == "audit.tree_head"]
    assert len(bodies) == 1
    head = TreeHead.from_dict(bodies[0]["payload"]["tree_head"])
    assert head.size == logged and verify_tree_head(head, ctx.signing_key.public_key_pem())


def test_an_export_carries_the_outside_heads_so_a_cut_database_exports_a_failing_file(ctx, logged, tmp_path):
    cut_the_tail(ctx, logged - 3)
    path = tmp_path / "audit.jsonl"
    with path.open("w", encoding="utf-8") as fp:
        audit_service.export(ctx, fp)
    with path.open(encoding="utf-8") as fp:
        _, heads, _ = read_export(fp)
    assert logged in [head.size for head in heads]
    report = verify_export(path, ctx.signing_key.public_key_pem())
    # export signs first: refused on a cut log; the alert saying so is not appended to the cut log itself
    assert not report.ok and report.first_bad_seq == logged - 2 and "missing" in report.problem


def _cut_alerts(ctx) -> list[dict]:
    with ctx.db.read() as session:
        return [{**row.payload, "message": row.message} for row in session.execute(
            select(AlertRow).where(AlertRow.kind == audit_service.LOG_CUT_ALERT)).scalars()]


def test_the_server_refuses_to_sign_a_cut_log_and_raises_one_alert(ctx, logged):
    cut_the_tail(ctx, logged - 3)
    assert audit_service.checkpoint(ctx) is None
    assert audit_service.checkpoint(ctx) is None  # the loop comes back: no second alert for the same head
    alerts = _cut_alerts(ctx)
    assert len(alerts) == 1 and alerts[0]["tree_head"]["size"] == logged
    with ctx.db.read() as session:
        sent = [row.payload for row in session.execute(select(OutboxRow)).scalars()]
    assert any(body["kind"] == audit_service.LOG_CUT_ALERT and f"held {logged} entries" in body["message"]
               for body in sent)
    assert audit_service.tree_heads(ctx) == []  # nothing signed over the cut log


def test_a_cut_that_left_the_chain_head_row_broken_is_refused_not_crashed_on(ctx, logged):
    run_sql(ctx, "DELETE FROM audit_entries WHERE seq > :keep", keep=logged - 1)
    run_sql(ctx, "UPDATE audit_state SET last_seq = :keep", keep=logged - 1)  # frontier left as it was
    assert audit_service.checkpoint(ctx) is None
    assert f"entry {logged} was removed" in _cut_alerts(ctx)[0]["message"]


def test_a_cut_log_grown_past_the_old_head_is_still_refused(ctx, logged):
    cut_the_tail(ctx, logged - 3)
    integration = platform(ctx, "second-platform")
    for i in range(3):
        report(ctx, integration, account(ctx, integration, f"late{i}", followers=5))
    assert audit_service.checkpoint(ctx) is None
    assert len(_cut_alerts(ctx)) == 1
    assert not audit_service.verify(ctx).ok


def test_a_rewritten_and_re_sealed_log_is_refused_a_signature(ctx, logged):
    rewrite_and_rechain(ctx, 5, "nothing happened")
    integration = platform(ctx, "second-platform")
    report(ctx, integration, account(ctx, integration, "late", followers=5))
    assert audit_service.checkpoint(ctx) is None
    alerts = _cut_alerts(ctx)
    assert len(alerts) == 1 and "no longer extends" in alerts[0]["message"]


def test_an_honest_log_keeps_being_signed_after_its_anchored_head(ctx, logged):
    integration = platform(ctx, "second-platform")
    report(ctx, integration, account(ctx, integration, "late", followers=5))
    later = audit_service.checkpoint(ctx)
    assert later is not None and later.size > logged
    assert audit_service.checkpoint(ctx) is None  # nothing new
    assert _cut_alerts(ctx) == [] and audit_service.verify(ctx).ok
