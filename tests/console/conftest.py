"""The console under test: a real uvicorn server on loopback, an SQLite file, a clock the tests move,
and Debian's Chromium driven by Playwright. One server and one browser per module keep it fast."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import pytest
import uvicorn
from fastapi.testclient import TestClient
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from tests.conftest import T0
from tests.console.http_session import PASSWORD
from tests.people import Person, account, hire, platform, report
from tests.support.browser import CHROMIUM_ARGS, chromium_path
from trustdesk.audit.signing import load_or_create_key
from trustdesk.cli.demo import DEMO_PASSWORD, seed_demo
from trustdesk.cli.server import create_web_app
from trustdesk.clock import ManualClock
from trustdesk.config import CHEAP_ARGON2, Settings
from trustdesk.services.access import sessions
from trustdesk.services.access.integrations import issue_integration_token
from trustdesk.services.base.context import Context
from trustdesk.services.base.principals import authenticate
from trustdesk.storage.database import Database

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "console"


@dataclass
class World:
    ctx: Context
    clock: ManualClock
    base_url: str
    platform: Person
    people: dict[str, Person] = field(default_factory=dict)

    def url(self, path: str) -> str:
        return self.base_url + path

    def hire(self, name: str, role: str, **kwargs: object) -> Person:
        self.people[name] = hire(self.ctx, name, role, password=PASSWORD, **kwargs)  # type: ignore[arg-type]
        return self.people[name]

    def protected_case(self, account_id: str, text: str = "This account is abusive, please deactivate it.") -> str:
        """The 2017 situation: one report on a public-interest account with 41.7M followers."""
        ref = account(self.ctx, self.platform, account_id, followers=41_700_000, verified=True,
                      tags=["public-interest"], handle=account_id.title().replace("_", ""))
        return report(self.ctx, self.platform, ref, text=text).case_id

    def ordinary_case(self, account_id: str, text: str = "keeps insulting me", **kwargs: object) -> str:
        """A report on an everyday account (800 followers): any moderator sees and acts on it."""
        ref = account(self.ctx, self.platform, account_id, followers=800,
                      handle=kwargs.pop("handle", account_id.title().replace("_", "")))  # type: ignore[arg-type]
        return report(self.ctx, self.platform, ref, text=text, **kwargs).case_id  # type: ignore[arg-type]


class LoopbackServer:
    """uvicorn in a thread, on a socket we bound ourselves (no race for a free port)."""

    def __init__(self, app: object) -> None:
        self.socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.socket.bind(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))  # type: ignore[arg-type]
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.socket]}, daemon=True)

    def __enter__(self) -> LoopbackServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:  # polls a real server starting up; no clock is faked by this
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the console server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.socket.close()


def _history(ctx: Context, clock: ManualClock, integration: Person) -> None:
    """Ten days of reports and decisions before T0, so the dashboard has a past to draw."""
    from trustdesk.services.access.staff import issue_token
    from trustdesk.services.base.principals import authenticate
    from trustdesk.services.enforcement import actions, reversals

    julie = authenticate(ctx, token=issue_token(ctx, actor=None, name="mod_julie"))
    for day in range(10):
        clock.advance(hours=20)
        refs = [account(ctx, integration, f"hist_{day}_{i}", followers=50 + i * 10) for i in range(3 + day % 4)]
        receipts = [report(ctx, integration, ref, category="spam", text="buy followers") for ref in refs]
        clock.advance(hours=1 + day % 3)
        for ref, receipt in zip(refs, receipts[: 2 + day % 3], strict=False):
            kind = "dismiss" if day % 2 else "warn"
            action = actions.propose_action(ctx, actor=julie, ref=ref, type=kind, reason="reviewed",
                                            case_id=receipt.case_id)
            if day % 5 == 0 and kind == "warn":
                reversals.reverse_action(ctx, actor=julie, action_id=action["id"], reason="second look")
        clock.advance(hours=3)


def _demo_integration(ctx: Context) -> Person:
    token = issue_integration_token(ctx, name="demo-platform")
    return Person(authenticate(ctx, token=token), token)


@pytest.fixture(scope="module")
def world(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
          sqlite_template: Path) -> Iterator[World]:
    """A module sets DEMO_DATA = False when it needs no demo platform or dashboard history."""
    folder = tmp_path_factory.mktemp("console")
    shutil.copy(sqlite_template, folder / "console.db")
    settings = Settings(database_url=f"sqlite:///{folder / 'console.db'}", data_dir=folder / "data",
                        argon2=CHEAP_ARGON2)
    clock = ManualClock(T0 - timedelta(days=10))
    ctx = Context(db=Database(settings.database_url), settings=settings, clock=clock)
    load_or_create_key(settings.signing_key_path)  # as the first `serve` would
    if getattr(request.module, "DEMO_DATA", True):
        seed_demo(ctx, reports_count=60)
        # Reports in these tests concern the demo's accounts, so they come from the demo platform's integration:
        # another integration is another platform, whose account/pm_fr is a different subject.
        integration = _demo_integration(ctx)
        _history(ctx, clock, integration)
    else:
        integration = platform(ctx, "test-platform")
    clock.set(max(clock.now(), T0))
    with LoopbackServer(create_web_app(ctx, run_scheduler=False)) as server:
        yield World(ctx, clock, f"http://127.0.0.1:{server.port}", integration)
    ctx.db.dispose()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    playwright = sync_playwright().start()
    chromium = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS, headless=True)
    yield chromium
    chromium.close()
    playwright.stop()


@dataclass
class Console:
    """Opens signed-in pages, one browser context per person, and notes any CSP violation they hit."""

    world: World
    browser: Browser
    contexts: list[BrowserContext] = field(default_factory=list)
    csp_errors: list[str] = field(default_factory=list)

    def blank(self) -> Page:
        context = self.browser.new_context(base_url=self.world.base_url, viewport={"width": 1440, "height": 900})
        context.set_default_timeout(5000)
        self.contexts.append(context)
        page = context.new_page()
        page.on("console", lambda m: self.csp_errors.append(m.text)
                if m.type == "error" and "Content Security Policy" in m.text else None)
        return page

    def sign_in(self, name: str, password: str = PASSWORD) -> Page:
        """A signed-in page on the queue. The session is opened by the same use case the sign-in form calls
        (that form has its own test), which keeps a dozen sign-ins from costing seconds."""
        started = sessions.start_session(self.world.ctx, name=name, password=password)
        page = self.blank()
        page.context.add_cookies([{"name": "td_session", "value": started.cookie, "url": self.world.base_url,
                                   "httpOnly": True, "sameSite": "Lax"}])
        page.goto("/queue")
        return page

    def demo(self, name: str) -> Page:
        return self.sign_in(name, DEMO_PASSWORD)

    def close(self) -> None:
        for context in self.contexts:
            context.close()


@pytest.fixture
def console(world: World, browser: Browser) -> Iterator[Console]:
    opened = Console(world, browser)
    yield opened
    opened.close()
    assert not opened.csp_errors, f"the page broke its own Content-Security-Policy: {opened.csp_errors}"


@pytest.fixture(scope="session")
def shot() -> Callable[[Page, str], None]:
    (ARTIFACTS / "viewport").mkdir(parents=True, exist_ok=True)

    def save(page: Page, name: str) -> None:
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
        if os.environ.get("CONSOLE_VIEWPORT_SHOTS"):  # the first screenful too, easier to look at closely
            page.screenshot(path=str(ARTIFACTS / "viewport" / f"{name}.png"))

    return save


@pytest.fixture
def client(ctx: Context) -> Iterator[TestClient]:
    """The console and API over HTTP, without a browser or a server thread."""
    with TestClient(create_web_app(ctx, run_scheduler=False), base_url="http://127.0.0.1",
                    raise_server_exceptions=False) as test_client:
        yield test_client
