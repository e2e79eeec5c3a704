"""The outbox posts webhooks outside any transaction: a hung receiver never stops intake, a row goes out once
across workers, and an alert waits undelivered until a webhook is configured."""

from __future__ import annotations

import socket
import threading
import time
from collections import Counter
from dataclasses import replace

import pytest
from sqlalchemy import select

from tests.people import account, platform, report
from tests.support.loopback import Receiver
from trustdesk.services.base.alerting import raise_alert
from trustdesk.services.base.context import Context
from trustdesk.services.oversight.outbox import deliver_outbox
from trustdesk.storage.tables import OutboxRow


@pytest.fixture
def receiver():
    hook = Receiver()
    yield hook
    hook.close()


class HungReceiver:
    """Accepts connections and never answers."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.accepted = threading.Event()
        self.conns: list[socket.socket] = []
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/hook"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.conns.append(conn)
            self.accepted.set()

    def close(self) -> None:
        self.sock.close()
        for conn in self.conns:
            conn.close()


def _with_hooks(ctx: Context, *urls: str) -> Context:
    return Context(db=ctx.db, clock=ctx.clock, settings=replace(ctx.settings, webhook_urls=urls))


def _alerts(ctx: Context, n: int) -> list[str]:
    """Raise n alerts; the ids of the outbox rows they queued (not those queued before)."""
    with ctx.db.read() as session:
        before = set(session.execute(select(OutboxRow.id)).scalars())
    with ctx.db.transaction(ctx.clock) as tx:
        for i in range(n):
            raise_alert(tx, kind="test", message=f"alert {i}")
    with ctx.db.read() as session:
        return [i for i in session.execute(select(OutboxRow.id)).scalars() if i not in before]


def _pending(ctx: Context) -> list[OutboxRow]:
    with ctx.db.read() as session:
        return session.execute(select(OutboxRow).where(OutboxRow.delivered_at.is_(None))).scalars().all()


def test_without_a_webhook_an_alert_stays_undelivered_until_one_is_configured(ctx, receiver):
    ids = _alerts(ctx, 2)
    assert deliver_outbox(ctx) == 0
    assert {row.id for row in _pending(ctx)} == set(ids)
    assert all(row.attempts == 0 for row in _pending(ctx))
    assert deliver_outbox(_with_hooks(ctx, receiver.url)) == 2
    assert sorted(receiver.keys) == sorted(ids)  # the idempotency key is the outbox row id
    assert _pending(ctx) == []


def test_a_failed_delivery_waits_for_its_back_off_then_goes_out(ctx, clock):
    failing = Receiver(status=500)
    try:
        hooked = _with_hooks(ctx, failing.url)
        _alerts(ctx, 1)
        assert deliver_outbox(hooked) == 0
        (row,) = _pending(ctx)
        assert row.attempts == 1 and row.last_error and row.next_attempt_at > clock.now()
        assert row.claimed_until is None
        assert deliver_outbox(hooked) == 0 and len(failing.keys) == 1  # not due yet: not posted again
        failing.status = 204
        clock.advance(seconds=6)
        assert deliver_outbox(hooked) == 1 and len(failing.keys) == 2
    finally:
        failing.close()


def test_a_hung_receiver_does_not_hold_up_intake(ctx):
    hung = HungReceiver()
    try:
        hooked = _with_hooks(ctx, hung.url)
        integration = platform(ctx)
        ref = account(ctx, integration, "acc")
        report(ctx, integration, ref, reporter="warm", text="loads the scoring models once")
        ids = _alerts(ctx, 3)
        worker = threading.Thread(target=lambda: deliver_outbox(hooked), daemon=True)
        worker.start()
        assert hung.accepted.wait(5), "the delivery never reached the receiver"
        for i in range(20):
            report(ctx, integration, ref, reporter=f"r{i}", text=f"spam number {i}")
        # Every report went in while the delivery was still waiting on the receiver: nothing held them up.
        assert worker.is_alive(), "the delivery should still be waiting on the receiver"
        worker.join(timeout=30)
        assert not worker.is_alive()
        pending = _pending(ctx)
        # The three alerts, and the one raised when the platform's integration credential was issued.
        assert set(ids) <= {row.id for row in pending}
        assert all(row.last_error and row.claimed_until is None for row in pending)
    finally:
        hung.close()


def test_two_workers_never_send_the_same_row(ctx, receiver):
    ids = _alerts(ctx, 60)
    hooked = _with_hooks(ctx, receiver.url)
    # On PostgreSQL each worker has its own engine, as two serve processes would.
    from trustdesk.storage.database import Database

    others = [Database(ctx.db.url) for _ in range(2)]
    workers = [Context(db=db, clock=ctx.clock, settings=hooked.settings) for db in others]
    barrier = threading.Barrier(len(workers))

    def work(worker: Context) -> None:
        barrier.wait()
        for _ in range(20):
            deliver_outbox(worker, limit=7)

    threads = [threading.Thread(target=work, args=(w,)) for w in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for db in others:
        db.dispose()
    counts = Counter(receiver.keys)
    assert set(counts) == set(ids)
    assert max(counts.values()) == 1, [k for k, c in counts.items() if c > 1]
    assert _pending(ctx) == []


def test_serve_delivers_through_a_worker_of_its_own(ctx, receiver):
    from fastapi.testclient import TestClient

    from trustdesk.cli.server import create_web_app

    hooked = _with_hooks(ctx, receiver.url)
    with TestClient(create_web_app(hooked, run_scheduler=True)):
        threads = {t.name for t in threading.enumerate()}
        assert {"trustdesk-outbox", "trustdesk-scheduler"} <= threads
        # The scheduler thread may queue a signed tree head meanwhile: every new row goes out, each once.
        rows = _alerts(ctx, 1)
        deadline = time.monotonic() + 10
        while not set(rows) <= set(receiver.keys) and time.monotonic() < deadline:
            time.sleep(0.05)
    assert rows and all(receiver.keys.count(row) == 1 for row in rows)
