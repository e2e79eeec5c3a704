"""The audit log on real databases: every change leaves an entry, and every kind of tampering is caught."""

from __future__ import annotations

import io
import json
from dataclasses import replace

import pytest
from sqlalchemy import text

from tests.people import account, hire, platform, report
from tests.services.oversight.conftest import run_sql
from trustdesk.audit import load_or_create_key, read_export, verify_export
from trustdesk.audit.chain import seal
from trustdesk.audit.signing import sign_tree_head
from trustdesk.domain.errors import NotPermitted
from trustdesk.services.base.context import Context
from trustdesk.services.oversight import audit as audit_service


@pytest.fixture(params=["sequential", "parallel"])
def verify_mode(request, monkeypatch):
    """Long logs are verified in parallel ranges; run the tamper tests through that path too."""
    if request.param == "parallel":
        monkeypatch.setattr(audit_service, "PARALLEL_FROM", 1)
    return request.param


def _verify(ctx):
    return audit_service.verify(ctx)


def test_an_untouched_log_verifies_and_names_its_size(ctx, logged, verify_mode):
    result = _verify(ctx)
    assert result.ok, result.describe()
    assert result.report.entries == logged and result.report.signed_size == logged


def test_editing_a_payload_is_caught_at_that_entry(ctx, logged, verify_mode):
    run_sql(ctx, "UPDATE audit_entries SET summary = 'nothing happened' WHERE seq = 7")
    result = _verify(ctx)
    assert not result.ok and result.report.first_bad_seq == 7
    assert "entry 7" in result.describe()


def test_deleting_a_row_is_caught_at_the_gap(ctx, logged):
    run_sql(ctx, "DELETE FROM audit_entries WHERE seq = 9")
    result = _verify(ctx)
    assert not result.ok and result.report.first_bad_seq == 9


def test_swapping_two_rows_is_caught_at_the_first_of_them(ctx, logged, verify_mode):
    columns = ["id", "at", "actor", "verb", "subject", "object_id", "summary", "payload", "prev_hash", "hash"]
    with ctx.db.read() as session:
        rows = {r.seq: r for r in session.execute(text(
            f"SELECT seq, {', '.join(columns[:7])}, CAST(payload AS TEXT) AS payload, prev_hash, hash "
            "FROM audit_entries WHERE seq IN (5, 6)")).all()}
    run_sql(ctx, "DELETE FROM audit_entries WHERE seq IN (5, 6)")
    for seq, source in ((5, rows[6]), (6, rows[5])):
        values = {c: getattr(source, c) for c in columns}
        run_sql(ctx, f"INSERT INTO audit_entries (seq, {', '.join(columns)}) "
                  f"VALUES (:seq, {', '.join(':' + c for c in columns)})", seq=seq, **values)
    result = _verify(ctx)
    assert not result.ok and result.report.first_bad_seq == 5


def test_inserting_a_forged_row_is_caught_even_with_a_correct_hash(ctx, logged):
    run_sql(ctx, "UPDATE audit_entries SET seq = seq + 1000 WHERE seq >= 4")
    run_sql(ctx, "UPDATE audit_entries SET seq = seq - 999 WHERE seq >= 1000")
    with ctx.db.read() as session:
        prev = session.execute(text("SELECT hash FROM audit_entries WHERE seq = 3")).scalar_one()
    forged = seal(seq=4, id="aud_forged", at="2026-11-23T12:00:00+00:00", actor="senior1", verb="action.approved",
                  subject=None, object_id=None, summary="senior1 approved it", payload={}, prev_hash=prev)
    run_sql(ctx, "INSERT INTO audit_entries (seq, id, at, actor, verb, subject, object_id, summary, payload, "
            "prev_hash, hash) VALUES (:seq, :id, :at, :actor, :verb, NULL, NULL, :summary, :payload, :prev_hash, "
            ":hash)",
            seq=4, id=forged.id, at=forged.at, actor=forged.actor, verb=forged.verb, summary=forged.summary,
            payload=json.dumps({}), prev_hash=forged.prev_hash, hash=forged.hash)
    result = _verify(ctx)
    assert not result.ok and result.report.first_bad_seq in (4, 5)


def test_truncating_the_tail_is_caught_against_the_signed_tree_head(ctx, logged, verify_mode):
    run_sql(ctx, "DELETE FROM audit_entries WHERE seq > :keep", keep=logged - 3)
    run_sql(ctx, "UPDATE audit_state SET last_seq = :keep", keep=logged - 3)
    result = _verify(ctx)
    assert not result.ok and result.report.first_bad_seq == logged - 2


def test_dropping_entries_written_after_the_last_signed_head_is_caught_by_the_chain_head(ctx, logged):
    integration = platform(ctx, "second-platform")
    report(ctx, integration, account(ctx, integration, "late", followers=5))
    run_sql(ctx, "DELETE FROM audit_entries WHERE seq > :signed", signed=logged)
    result = _verify(ctx)
    assert not result.ok and "does not match its last entry" in result.describe()


def test_tree_heads_re_signed_with_another_key_are_refused(ctx, logged, tmp_path):
    intruder = load_or_create_key(tmp_path / "intruder.pem")
    with ctx.db.read() as session:
        heads = session.execute(text("SELECT size, root, at FROM audit_tree_heads")).all()
    for size, root, at in heads:
        forged = sign_tree_head(intruder, size, root, at)
        run_sql(ctx, "UPDATE audit_tree_heads SET key_id = :k, signature = :s WHERE size = :n",
             k=forged.key_id, s=forged.signature, n=size)
    assert not _verify(ctx).ok


def test_an_export_verifies_offline_and_a_rewritten_export_does_not(ctx, logged, tmp_path):
    path = tmp_path / "audit.jsonl"
    with path.open("w", encoding="utf-8") as fp:
        assert audit_service.export(ctx, fp) == logged
    pinned = ctx.signing_key.public_key_pem()
    assert verify_export(path, pinned).ok
    lines = path.read_text(encoding="utf-8").splitlines()
    entry = json.loads(lines[3])
    entry["summary"] = "rewritten"
    lines[3] = json.dumps(entry)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report_ = verify_export(path, pinned)
    assert not report_.ok and report_.first_bad_seq == 3
    records, heads, key = read_export(io.StringIO(path.read_text(encoding="utf-8")))
    assert key == pinned and heads


def test_an_inclusion_proof_checks_out_against_the_signed_root(ctx, logged):
    from trustdesk.audit import verify_inclusion

    proof = audit_service.prove(ctx, seq=5)
    assert verify_inclusion(bytes.fromhex(proof["entry_hash"]), 4, proof["tree_head"]["size"],
                            [bytes.fromhex(p) for p in proof["proof"]], bytes.fromhex(proof["tree_head"]["root"]))


def test_reading_the_log_is_for_seniors_and_admins_by_default(ctx, logged):
    julie, senior = hire(ctx, "julie2", "moderator"), hire(ctx, "senior", "senior")
    with pytest.raises(NotPermitted):
        audit_service.list_entries(ctx, actor=julie.principal)
    page = audit_service.list_entries(ctx, actor=senior.principal, verb="action.", limit=3)
    assert [e["verb"] for e in page["items"]] == ["action.executed", "action.proposed", "action.executed"]
    assert page["next_before_seq"] == page["items"][-1]["seq"]
    moderators_read = replace(ctx.settings, audit_readers=frozenset({"moderator"}))
    readers = Context(db=ctx.db, clock=ctx.clock, settings=moderators_read)
    assert audit_service.list_entries(readers, actor=julie.principal, who="julie")["items"]
