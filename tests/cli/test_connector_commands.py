"""`trustdesk connector add|list|check|remove` and integration token revocation, in-process."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from typer.testing import CliRunner

from trustdesk.cli.app import app

runner = CliRunner()


def _env(database, tmp_path):
    return {"TRUSTDESK_DATABASE_URL": database.url, "TRUSTDESK_DATA_DIR": str(tmp_path / "data")}


@pytest.fixture
def receiver_url():
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the stdlib's name
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(b"{}")

        def log_message(self, *_args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hook"
    server.shutdown()


def test_add_list_check_remove(database, tmp_path, receiver_url):
    env = _env(database, tmp_path)
    added = runner.invoke(app, ["connector", "add", "forum", "--kind", "webhook", "--url", receiver_url,
                                "--token", "s3cret"], env=env)
    assert added.exit_code == 0, added.output
    assert added.output.strip().splitlines()[-1].startswith("tdk_")  # the platform's integration token
    listed = runner.invoke(app, ["connector", "list"], env=env)
    assert "forum\twebhook\t" + receiver_url in listed.output
    checked = runner.invoke(app, ["connector", "check", "forum"], env=env)
    assert checked.exit_code == 0 and checked.output.startswith("ok:")
    dead = runner.invoke(app, ["connector", "add", "dead", "--kind", "webhook", "--url", "http://127.0.0.1:9/x",
                               "--token", "s"], env=env)
    assert dead.exit_code == 0
    failed = runner.invoke(app, ["connector", "check", "dead"], env=env)
    assert failed.exit_code == 1 and failed.output.startswith("failed:")
    assert runner.invoke(app, ["connector", "remove", "forum"], env=env).exit_code == 0
    assert "forum" not in runner.invoke(app, ["connector", "list"], env=env).output
    missing = runner.invoke(app, ["connector", "remove", "forum"], env=env)
    assert missing.exit_code == 2 and "no connector named" in missing.output


def test_bad_kind_and_url_are_refused_clearly(database, tmp_path):
    env = _env(database, tmp_path)
    kind = runner.invoke(app, ["connector", "add", "x", "--kind", "irc", "--url", "http://h", "--token", "t"],
                         env=env)
    assert kind.exit_code == 2 and "unknown connector kind" in kind.output
    url = runner.invoke(app, ["connector", "add", "x", "--kind", "matrix", "--url", "ftp://h", "--token", "t"],
                        env=env)
    assert url.exit_code == 2 and "url must be" in url.output


def test_integration_revoke_stops_its_tokens_and_token_issues_a_new_one(database, tmp_path):
    from trustdesk.config import Settings
    from trustdesk.domain.errors import NotAuthenticated
    from trustdesk.services.base.context import open_context
    from trustdesk.services.base.principals import authenticate

    env = _env(database, tmp_path)
    old = runner.invoke(app, ["integration", "add", "forum"], env=env).output.strip().splitlines()[-1]
    revoked = runner.invoke(app, ["integration", "revoke", "forum"], env=env)
    assert revoked.exit_code == 0 and "revoked 1 token" in revoked.output
    ctx = open_context(Settings(database_url=database.url, data_dir=tmp_path / "data"))
    with pytest.raises(NotAuthenticated):
        authenticate(ctx, token=old)
    new = runner.invoke(app, ["integration", "token", "forum"], env=env).output.strip().splitlines()[-1]
    assert authenticate(ctx, token=new).name == "forum"
