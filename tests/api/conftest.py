from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from trustdesk.cli.server import create_web_app


@pytest.fixture
def client(ctx):
    with TestClient(create_web_app(ctx, run_scheduler=False), raise_server_exceptions=False) as test_client:
        yield test_client
