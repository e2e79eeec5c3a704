"""A local stand-in for a Mastodon server's documented admin API (methods/admin/accounts, methods/admin/reports),
on loopback. Mastodon cannot run here; this keeps to the documented endpoints, parameters and example payloads
(tests/connectors/fixtures/mastodon), and refuses what Mastodon refuses (bad token, unknown type or account)."""

from __future__ import annotations

import copy
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

FIXTURES = Path(__file__).resolve().parent.parent / "connectors" / "fixtures" / "mastodon"
ACTION_TYPES = {"none", "sensitive", "disable", "silence", "suspend"}
# Reversal endpoint -> the Admin::Account flag it clears.
REVERSALS = {"enable": "disabled", "unsilence": "silenced", "unsuspend": "suspended", "unsensitive": "sensitized"}
FLAG_OF = {"disable": "disabled", "silence": "silenced", "suspend": "suspended", "sensitive": "sensitized"}


def report_created() -> dict:
    return json.loads((FIXTURES / "report_created.json").read_text())


class MastodonStandIn:
    def __init__(self, token: str) -> None:
        self.token = token
        report = report_created()["object"]
        self.accounts = {a["id"]: copy.deepcopy(a) for a in (report["account"], report["target_account"])}
        self.reports = {report["id"]: copy.deepcopy(report)}
        self.calls: list[tuple[str, str, dict]] = []
        # AccountWarning entities (entities/AccountWarning) the actions left, by target account id.
        self.warnings: dict[str, list[dict]] = {}
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        standin = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self, status: int, body: object) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _authorized(self) -> bool:
                if self.headers.get("Authorization") != f"Bearer {standin.token}":
                    self._answer(401, {"error": "The access token is invalid"})
                    return False
                return True

            def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
                if not self._authorized():
                    return
                path = urlparse(self.path).path.split("/")
                if path[1:5] == ["api", "v1", "admin", "accounts"]:
                    if len(path) == 5:
                        return self._answer(200, list(standin.accounts.values()))
                    account = standin.accounts.get(path[5])
                    return self._answer(200, account) if account else self._answer(404, {"error": "Record not found"})
                self._answer(404, {"error": "Not found"})

            def do_POST(self) -> None:  # noqa: N802 - the stdlib's name
                if not self._authorized():
                    return
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode()
                form = {k: v[0] for k, v in parse_qs(raw).items()}
                path = urlparse(self.path).path.split("/")
                standin.calls.append(("POST", urlparse(self.path).path, form))
                if path[1:5] == ["api", "v1", "admin", "accounts"] and len(path) == 7:
                    account = standin.accounts.get(path[5])
                    if account is None:
                        return self._answer(404, {"error": "Record not found"})
                    verb = path[6]
                    if verb == "action":
                        kind = form.get("type")
                        if kind not in ACTION_TYPES:
                            return self._answer(422, {"error": f"type {kind!r} is not one of {sorted(ACTION_TYPES)}"})
                        if kind in FLAG_OF:
                            account[FLAG_OF[kind]] = True
                        if kind != "none" or form.get("text"):
                            # Mastodon keeps a warning with the action's text (e-mailed when send_email_notification).
                            standin.warnings.setdefault(path[5], []).append({
                                "id": str(sum(map(len, standin.warnings.values())) + 1), "action": kind,
                                "text": form.get("text", ""), "target_account": account})
                        report = standin.reports.get(form.get("report_id", ""))
                        if report is not None:
                            report["action_taken"] = True
                        return self._answer(200, {})
                    if verb in REVERSALS:
                        account[REVERSALS[verb]] = False
                        return self._answer(200, account)
                if path[1:5] == ["api", "v1", "admin", "reports"] and len(path) == 7 and path[6] == "resolve":
                    report = standin.reports.get(path[5])
                    if report is None:
                        return self._answer(404, {"error": "Record not found"})
                    report["action_taken"] = True
                    return self._answer(200, report)
                self._answer(404, {"error": "Not found"})

            def log_message(self, *_args) -> None:
                pass

        return Handler
