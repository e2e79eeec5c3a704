"""kill -9 of trustdesk while a platform delivery is in flight still ends with exactly one effect: the retry
carries the same idempotency key, and the platform applies a key once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.people import hire
from trustdesk.connectors.signing import IDEMPOTENCY_HEADER
from trustdesk.domain.subjects import SubjectKind, SubjectRef
from trustdesk.services.base.principals import authenticate
from trustdesk.services.enforcement import actions
from trustdesk.services.intake import platform_connectors, platform_sync
from trustdesk.services.oversight.outbox import deliver_outbox

DELIVER = """
import sys
from pathlib import Path
from trustdesk.config import Settings
from trustdesk.services.base.context import open_context
from trustdesk.services.oversight.outbox import deliver_outbox
deliver_outbox(open_context(Settings(database_url=sys.argv[1], data_dir=Path(sys.argv[2])), migrate=False))
"""


class IdempotentPlatform:
    """Applies each idempotency key once, as the webhook contract asks; holds the first answer until told."""

    def __init__(self) -> None:
        self.effects: dict[str, int] = {}
        self.keys: list[str] = []
        self.requests = 0
        self.arrived, self.release = threading.Event(), threading.Event()
        platform = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the stdlib's name
                self.rfile.read(int(self.headers["Content-Length"]))
                key = self.headers[IDEMPOTENCY_HEADER]
                platform.requests += 1
                platform.keys.append(key)
                platform.effects[key] = 1  # applying the same key again changes nothing
                if platform.requests == 1:
                    platform.arrived.set()
                    platform.release.wait(30)
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.end_headers()
                    self.wfile.write(b"{}")
                except OSError:
                    pass  # the sender died mid-request

            def log_message(self, *_args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


def test_kill_9_mid_delivery_still_ends_with_one_effect(ctx, tmp_path):
    platform = IdempotentPlatform()
    try:
        added = platform_connectors.add_connector(ctx, name="forum", kind="webhook", url=platform.url, token="s")
        integration = authenticate(ctx, token=added.integration_token)
        ref = SubjectRef(SubjectKind.ACCOUNT, "42", "forum")
        platform_sync.sync_subject(ctx, actor=integration, ref=ref, handle="x", followers=10, verified=False, tags=[])
        julie = hire(ctx, "julie", "moderator")
        actions.propose_action(ctx, actor=julie.principal, ref=ref, type="limit", reason="spam")

        sender = subprocess.Popen([sys.executable, "-c", DELIVER, ctx.db.url, str(tmp_path / "data")])
        assert platform.arrived.wait(60), "the delivery never reached the platform"
        os.kill(sender.pid, signal.SIGKILL)
        sender.wait()
        platform.release.set()

        # The dead sender's claim holds its rows until its lease runs out (outbox_delivery.py); after that the
        # restarted trustdesk finds the delivery unacknowledged and sends it again, with the same key;
        # the statement of reasons queued behind it leaves too.
        assert deliver_outbox(ctx) == 0  # still claimed by the dead sender
        ctx.clock.set(datetime.now(UTC) + timedelta(minutes=10))
        assert deliver_outbox(ctx) == 2
        assert deliver_outbox(ctx) == 0
        interrupted = platform.keys[0]
        assert platform.keys.count(interrupted) == 2
        assert platform.requests == 3
        assert len(platform.effects) == 2  # one per delivery: the interrupted one applied once
    finally:
        platform.release.set()
        platform.server.shutdown()
