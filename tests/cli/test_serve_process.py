"""`trustdesk serve` as a real process on loopback, set up with the real CLI."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

TRUSTDESK = str(Path(sys.executable).with_name("trustdesk"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _cli(env: dict, *args: str) -> str:
    done = subprocess.run([TRUSTDESK, *args], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


@pytest.fixture
def served(database, tmp_path):
    env = {**os.environ, "TRUSTDESK_DATABASE_URL": database.url, "TRUSTDESK_DATA_DIR": str(tmp_path / "data")}
    tokens = {
        "admin": _cli(env, "staff", "add", "ops-admin", "--role", "admin"),
        "mod": _cli(env, "staff", "add", "ops-mod", "--role", "moderator"),
        "platform": _cli(env, "integration", "add", "ops-platform"),
    }
    port = _free_port()
    process = subprocess.Popen([TRUSTDESK, "serve", "--host", "127.0.0.1", "--port", str(port)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}/api/v1"
    deadline = time.monotonic() + 60
    while True:  # wait for the process to listen; this polls a real server, it does not stand in for a clock
        try:
            if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"trustdesk serve did not start: {process.stderr.read().decode()[-2000:]}")
        time.sleep(0.1)
    yield base, tokens
    process.terminate()
    process.wait(timeout=20)


def test_a_served_trustdesk_takes_a_report_and_an_action_over_loopback(served):
    base, tokens = served
    auth = {name: {"Authorization": f"Bearer {token}"} for name, token in tokens.items()}
    assert httpx.put(f"{base}/subjects/account/s1", headers=auth["platform"],
                     json={"handle": "s1", "followers": 10, "tags": []}).status_code == 201
    filed = httpx.post(f"{base}/reports", headers=auth["platform"],
                       json={"subject": {"kind": "account", "id": "s1"}, "category": "spam", "text": "spam",
                             "reporter": "u"})
    assert filed.status_code == 201
    action = httpx.post(f"{base}/actions", headers=auth["mod"],
                        json={"subject": {"kind": "account", "id": "s1"}, "type": "warn", "reason": "spam",
                              "case_id": filed.json()["case_id"]})
    assert action.status_code == 201 and action.json()["state"] == "executed"
    assert httpx.get(f"{base}/cases", headers=auth["platform"]).status_code == 403
    assert httpx.get(base.removesuffix("/api/v1") + "/openapi.json").status_code == 200
