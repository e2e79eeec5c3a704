"""Audit fixtures shared by the audit log and anchor tests."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from tests.people import account, hire, platform, report
from trustdesk.services.enforcement import actions
from trustdesk.services.oversight import audit as audit_service


@pytest.fixture
def logged(ctx):
    """A log of a few dozen real entries, with a signed tree head over all of them."""
    integration = platform(ctx)
    julie = hire(ctx, "julie", "moderator")
    for i in range(6):
        ref = account(ctx, integration, f"acct{i}", followers=50)
        receipt = report(ctx, integration, ref, reporter=f"r{i}")
        actions.propose_action(ctx, actor=julie.principal, ref=ref, type="warn", reason="spam", case_id=receipt.case_id)
    head = audit_service.checkpoint(ctx)
    assert head is not None
    return head.size


def run_sql(ctx, statement: str, **params) -> None:
    """Write the database behind trustdesk's back, as an attacker with database access would."""
    with ctx.db.engine.begin() as connection:
        connection.execute(text(statement), params)
