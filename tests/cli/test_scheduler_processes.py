"""Two `trustdesk scheduler` processes on one database execute each due action exactly once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from tests.people import account, hire, platform
from trustdesk.services.enforcement import actions
from trustdesk.storage.tables import AuditEntryRow

TRUSTDESK = str(Path(sys.executable).with_name("trustdesk"))


def test_two_scheduler_processes_execute_each_due_action_exactly_once(ctx):
    integration = platform(ctx)
    proposers = [hire(ctx, "julie", "moderator"), hire(ctx, "karim", "moderator")]  # the hourly limit is 10 each
    senior1, senior2 = hire(ctx, "senior1", "senior"), hire(ctx, "senior2", "senior")
    ids = []
    for i in range(12):
        ref = account(ctx, integration, f"big{i}", followers=3_000_000)
        action = actions.propose_action(ctx, actor=proposers[i % 2].principal, ref=ref, type="deactivate",
                                        reason="x")
        actions.approve_action(ctx, actor=senior1.principal, action_id=action["id"])
        ids.append(actions.approve_action(ctx, actor=senior2.principal, action_id=action["id"])["id"])
    # The test clock stands at noon today; the processes run on the real clock, past every delay window.
    env = {**os.environ, "TRUSTDESK_DATABASE_URL": ctx.db.url, "TRUSTDESK_DATA_DIR": str(ctx.settings.data_dir)}
    processes = [subprocess.Popen([TRUSTDESK, "scheduler"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True) for _ in range(2)]
    outputs = [p.communicate(timeout=120) for p in processes]
    assert all(p.returncode == 0 for p in processes), outputs
    executed = sum(int(out.split("executed ")[1].split(",")[0]) for out, _ in outputs)
    assert executed == len(ids)
    with ctx.db.read() as session:
        counts = session.execute(
            select(AuditEntryRow.object_id, func.count()).where(AuditEntryRow.verb == "action.executed")
            .group_by(AuditEntryRow.object_id)
        ).all()
    assert sorted(object_id for object_id, _ in counts) == sorted(ids)
    assert all(n == 1 for _, n in counts)
