from __future__ import annotations

import httpx
import pytest
from fastapi.testclient import TestClient

from tests.api.declared_keys import route_for, undeclared_keys
from trustdesk.cli.server import create_web_app


@pytest.fixture
def client(ctx):
    app = create_web_app(ctx, run_scheduler=False)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        test_client.event_hooks["response"] = [_check_declared]
        yield test_client


def _check_declared(response: httpx.Response) -> None:
    """Every answer the API tests see must be fully described by its route's response model."""
    request = response.request
    if not request.url.path.startswith("/api/v1/") or not response.is_success:
        return
    route = route_for(request.method, request.url.path)
    assert route is not None and route.response_model is not None, f"{request.method} {request.url.path}"
    response.read()
    missing = undeclared_keys(route.response_model, response.json())
    assert not missing, f"{request.method} {route.path} answered keys its model does not declare: {missing}"
