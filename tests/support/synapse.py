"""A throwaway Synapse homeserver on loopback, on SQLite: the real server, started once per test session."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import httpx
import yaml

SERVER_NAME = "td.test"
NOTICES_LOCALPART = "notices"  # server_notices.system_mxid_localpart: notices come from @notices:td.test
START_TIMEOUT = 120.0
GENEROUS = {"per_second": 1000, "burst_count": 1000}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass(frozen=True)
class MatrixUser:
    user_id: str
    token: str


class SynapseServer:
    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="td-synapse-"))
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.shared_secret = secrets.token_hex(16)
        self.process: subprocess.Popen | None = None
        self.admin: MatrixUser | None = None

    # -- lifecycle -----------------------------------------------------------------------------

    def start(self) -> None:
        config = self.dir / "homeserver.yaml"
        subprocess.run(
            [sys.executable, "-m", "synapse.app.homeserver", "--server-name", SERVER_NAME, "--config-path",
             str(config), "--generate-config", "--report-stats=no", "--data-directory", str(self.dir)],
            check=True, cwd=self.dir, capture_output=True,
        )
        settings = yaml.safe_load(config.read_text())
        log_config = self.dir / "log.yaml"
        log_config.write_text(yaml.safe_dump({
            "version": 1, "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
            "handlers": {"file": {"class": "logging.FileHandler", "filename": str(self.dir / "synapse.log"),
                                  "formatter": "plain"}},
            "root": {"level": "WARNING", "handlers": ["file"]}, "disable_existing_loggers": False,
        }))
        settings.update({
            "listeners": [{"port": self.port, "bind_addresses": ["127.0.0.1"], "type": "http", "tls": False,
                           "x_forwarded": False, "resources": [{"names": ["client"], "compress": False}]}],
            "database": {"name": "sqlite3", "args": {"database": str(self.dir / "homeserver.db")}},
            "log_config": str(log_config),
            "registration_shared_secret": self.shared_secret,
            "enable_registration": False,
            "trusted_key_servers": [],
            "federation_domain_whitelist": [],
            "suppress_key_server_warning": True,
            "presence": {"enabled": False},
            "url_preview_enabled": False,
            "rc_message": GENEROUS, "rc_registration": GENEROUS, "rc_admin_redaction": GENEROUS,
            "rc_login": {"address": GENEROUS, "account": GENEROUS, "failed_attempts": GENEROUS},
            "rc_joins": {"local": GENEROUS, "remote": GENEROUS},
            "rc_invites": {"per_room": GENEROUS, "per_user": GENEROUS, "per_issuer": GENEROUS},
            "rc_reports": GENEROUS,
            # The Server Notices admin API needs this: how trustdesk tells a person what was decided about them.
            # auto_join: a suspended user may join no room, so only a room the server joins them to reaches them.
            "server_notices": {"system_mxid_localpart": NOTICES_LOCALPART, "auto_join": True,
                               "system_mxid_display_name": "Moderation notices", "room_name": "Moderation notices"},
        })
        config.write_text(yaml.safe_dump(settings))
        env = {k: v for k, v in os.environ.items() if not k.startswith("SYNAPSE_")}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "synapse.app.homeserver", "--config-path", str(config)],
            cwd=self.dir, stdout=(self.dir / "stdout.log").open("wb"), stderr=subprocess.STDOUT, env=env,
            start_new_session=True,
        )
        self._wait_until_up()
        self.admin = self.register("trustdesk-admin", admin=True)

    def _wait_until_up(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"synapse exited: {(self.dir / 'stdout.log').read_text()[-3000:]}")
            try:
                if httpx.get(f"{self.url}/_matrix/client/versions", timeout=1.0).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)  # waiting for a process to come up, not timing a test
        raise RuntimeError("synapse did not start in time")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        shutil.rmtree(self.dir, ignore_errors=True)

    # -- the admin API and a client, as a community's users would use them ----------------------

    def register(self, username: str, *, admin: bool = False) -> MatrixUser:
        """Register through /_synapse/admin/v1/register with the shared-secret HMAC."""
        nonce = httpx.get(f"{self.url}/_synapse/admin/v1/register").json()["nonce"]
        password = secrets.token_hex(12)
        digest = hmac.new(self.shared_secret.encode(),
                          b"\x00".join(p.encode() for p in (nonce, username, password,
                                                              "admin" if admin else "notadmin")),
                          hashlib.sha1).hexdigest()
        answer = httpx.post(f"{self.url}/_synapse/admin/v1/register", json={
            "nonce": nonce, "username": username, "password": password, "admin": admin, "mac": digest,
        })
        answer.raise_for_status()
        body = answer.json()
        return MatrixUser(body["user_id"], body["access_token"])

    def client(self, method: str, path: str, user: MatrixUser, **kwargs: object) -> httpx.Response:
        return httpx.request(method, f"{self.url}{path}", headers={"Authorization": f"Bearer {user.token}"},
                             timeout=10.0, **kwargs)  # type: ignore[arg-type]

    def admin_call(self, method: str, path: str, **kwargs: object) -> httpx.Response:
        assert self.admin is not None
        return self.client(method, path, self.admin, **kwargs)

    def create_room(self, user: MatrixUser) -> str:
        answer = self.client("POST", "/_matrix/client/v3/createRoom", user, json={"preset": "private_chat"})
        answer.raise_for_status()
        return answer.json()["room_id"]

    def invite_and_join(self, room_id: str, inviter: MatrixUser, user: MatrixUser) -> None:
        room = quote(room_id, safe="")
        self.client("POST", f"/_matrix/client/v3/rooms/{room}/invite", inviter,
                    json={"user_id": user.user_id}).raise_for_status()
        self.client("POST", f"/_matrix/client/v3/join/{room}", user, json={}).raise_for_status()

    def send(self, room_id: str, user: MatrixUser, body: str) -> str:
        room = quote(room_id, safe="")
        answer = self.client("PUT", f"/_matrix/client/v3/rooms/{room}/send/m.room.message/{secrets.token_hex(8)}",
                             user, json={"msgtype": "m.text", "body": body})
        answer.raise_for_status()
        return answer.json()["event_id"]

    def report_event(self, room_id: str, event_id: str, reporter: MatrixUser, reason: str) -> None:
        room, event = quote(room_id, safe=""), quote(event_id, safe="")
        self.client("POST", f"/_matrix/client/v3/rooms/{room}/report/{event}", reporter,
                    json={"reason": reason, "score": -100}).raise_for_status()

    def report_user(self, target: MatrixUser, reporter: MatrixUser, reason: str) -> None:
        self.client("POST", f"/_matrix/client/v3/users/{quote(target.user_id, safe='')}/report", reporter,
                    json={"reason": reason}).raise_for_status()

    def event(self, room_id: str, event_id: str, user: MatrixUser) -> dict:
        room, event = quote(room_id, safe=""), quote(event_id, safe="")
        return self.client("GET", f"/_matrix/client/v3/rooms/{room}/event/{event}", user).json()

    def user_info(self, user_id: str) -> dict:
        return self.admin_call("GET", f"/_synapse/admin/v2/users/{quote(user_id, safe='')}").json()

    def server_notices(self, user: MatrixUser) -> list[str]:
        """The bodies of the server notices the user can read with their own token: they accept the invitation to
        the notices room as a client would, then read its messages."""
        sender = f"@{NOTICES_LOCALPART}:{SERVER_NAME}"
        rooms = self.client("GET", "/_matrix/client/v3/sync", user, params={"timeout": 0}).json().get("rooms", {})
        for room_id in rooms.get("invite", {}):
            self.client("POST", f"/_matrix/client/v3/join/{quote(room_id, safe='')}", user, json={}).raise_for_status()
        joined = self.client("GET", "/_matrix/client/v3/joined_rooms", user).json()["joined_rooms"]
        bodies = []
        for room_id in joined:
            page = self.client("GET", f"/_matrix/client/v3/rooms/{quote(room_id, safe='')}/messages", user,
                               params={"dir": "f", "limit": 100}).json()
            bodies += [event["content"].get("body", "") for event in page.get("chunk", [])
                       if event.get("sender") == sender and event.get("type") == "m.room.message"]
        return bodies
