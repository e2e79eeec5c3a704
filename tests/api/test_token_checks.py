"""A token not checked moments ago is checked once for all the requests that carry it at that moment."""

from __future__ import annotations

import asyncio
import threading

import httpx

from tests.people import platform
from trustdesk.cli.server import create_web_app
from trustdesk.services.base import principals


def test_requests_arriving_together_with_an_expired_token_share_one_database_check(ctx, monkeypatch):
    # A platform's token is cached for a couple of seconds; when it expired during a flood, each of the
    # requests in flight looked it up on its own, and the whole batch waited behind as many queries.
    integration = platform(ctx)
    app = create_web_app(ctx, run_scheduler=False)
    real_resolve = principals.resolve_token
    lookups: list[str] = []
    released = threading.Event()

    def slow_lookup(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        lookups.append("lookup")
        assert released.wait(timeout=30)
        return real_resolve(*args, **kwargs)

    monkeypatch.setattr(principals, "resolve_token", slow_lookup)

    async def twenty_at_once() -> list[int]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://trustdesk.test") as client:
            principals.forget_checked_tokens(ctx)  # the cached check just expired
            requests = [asyncio.ensure_future(client.get("/api/v1/subjects/account/nobody",
                                                         headers=integration.headers)) for _ in range(20)]
            while not lookups:  # the first request is checking the token
                await asyncio.sleep(0)
            for _ in range(200):  # let the other nineteen reach their check too
                await asyncio.sleep(0)
            released.set()
            return [response.status_code for response in await asyncio.gather(*requests)]

    statuses = asyncio.run(twenty_at_once())
    assert statuses == [403] * 20  # authenticated (a platform may not read subjects here), none taken for forged
    assert len(lookups) == 1


def test_a_bad_token_is_refused_for_every_request_that_shared_its_check(ctx):
    app = create_web_app(ctx, run_scheduler=False)

    async def five_at_once() -> list[int]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://trustdesk.test") as client:
            answers = await asyncio.gather(*[client.get("/api/v1/subjects/account/x",
                                                        headers={"Authorization": "Bearer forged"})
                                             for _ in range(5)])
            return [answer.status_code for answer in answers]

    assert asyncio.run(five_at_once()) == [401] * 5
