"""Real processes and receivers on loopback: `trustdesk serve` started as an operator would, and a webhook
receiver that counts what reaches it by idempotency key."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

TRUSTDESK = str(Path(sys.executable).with_name("trustdesk"))
IDEMPOTENCY_HEADER = "Idempotency-Key"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cli(env: dict, *args: str) -> str:
    """Run a trustdesk command; its last line of output (a token, say)."""
    done = subprocess.run([TRUSTDESK, *args], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""


@dataclass
class Served:
    process: subprocess.Popen
    port: int
    log: Path

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v1"

    def kill(self) -> None:
        """kill -9, as a crash or the OOM killer would."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=20)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=20)


def start_serve(env: dict, log: Path, *extra: str, timeout: float = 90) -> Served:
    """`trustdesk serve` on a free loopback port, its JSON log in `log`; returns once /health answers 200."""
    port = free_port()
    with open(log, "ab") as sink:
        process = subprocess.Popen([TRUSTDESK, "serve", "--host", "127.0.0.1", "--port", str(port), *extra],
                                   env=env, stdout=subprocess.DEVNULL, stderr=sink, start_new_session=True)
    served = Served(process, port, log)
    deadline = time.monotonic() + timeout
    while True:  # polls a real server until it listens; it does not stand in for a clock
        try:
            if httpx.get(f"{served.base}/health", timeout=2).status_code == 200:
                return served
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            served.stop()
            raise RuntimeError(f"trustdesk serve did not start: {log.read_text(errors='replace')[-3000:]}")
        time.sleep(0.1)


def wait_for(condition, *, timeout: float, what: str) -> None:
    """Poll real processes until `condition()` holds; fail saying what never happened."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(0.1)


class Receiver:
    """A webhook receiver on loopback counting requests by Idempotency-Key."""

    def __init__(self, status: int = 204) -> None:
        self.keys: list[str] = []
        self.status = status
        self.lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the stdlib's name
                self.rfile.read(int(self.headers["Content-Length"]))
                with outer.lock:
                    outer.keys.append(self.headers.get(IDEMPOTENCY_HEADER, ""))
                self.send_response(outer.status)
                self.end_headers()

            def log_message(self, *_args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def counts(self) -> Counter[str]:
        with self.lock:
            return Counter(self.keys)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def child_env(**values: str) -> dict[str, str]:
    return {**os.environ, **values}
