"""Tree heads kept outside the database: cutting the log in the database no longer goes unnoticed."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from tests.people import account, hire, platform, report
from trustdesk.services.enforcement import actions
from trustdesk.services.oversight import audit as audit_service


@pytest.fixture
def logged(ctx):
    """A few dozen real entries, with a signed tree head over all of them."""
    integration = platform(ctx)
    julie = hire(ctx, "julie", "moderator")
    for i in range(6):
        ref = account(ctx, integration, f"acct{i}", followers=50)
        receipt = report(ctx, integration, ref, reporter=f"r{i}")
        actions.propose_action(ctx, actor=julie.principal, ref=ref, type="warn", reason="spam", case_id=receipt.case_id)
    head = audit_service.checkpoint(ctx)
    assert head is not None
    return head.size


def _sql(ctx, statement: str, **params) -> None:
    with ctx.db.engine.begin() as connection:
        connection.execute(text(statement), params)


def cut_the_tail(ctx, keep: int) -> None:
    """What a database writer does to hide the last entries: drop them, drop the heads over them,
    and point the chain head at the new last entry so the chain checks out."""
    _sql(ctx, "DELETE FROM audit_entries WHERE seq > :keep", keep=keep)
    _sql(ctx, "DELETE FROM audit_tree_heads WHERE size > :keep", keep=keep)
    with ctx.db.read() as session:
        last_hash = session.execute(text("SELECT hash FROM audit_entries WHERE seq = :keep"), {"keep": keep}).scalar()
    _sql(ctx, "UPDATE audit_state SET last_seq = :keep, last_hash = :hash", keep=keep, hash=last_hash)


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
