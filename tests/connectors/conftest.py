from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.synapse import SynapseServer


@pytest.fixture(scope="session")
def synapse() -> Iterator[SynapseServer]:
    """One real Synapse for the whole session; each test registers its own users and rooms."""
    server = SynapseServer()
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture
def client(ctx):
    from fastapi.testclient import TestClient

    from trustdesk.cli.server import create_web_app

    with TestClient(create_web_app(ctx, run_scheduler=False), raise_server_exceptions=False) as test_client:
        yield test_client
