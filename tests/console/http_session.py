"""Signing in to the console over plain HTTP (no browser): the CSRF token from a form, then the session cookie."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

PASSWORD = "correct horse battery"


def page_token(client: TestClient, path: str = "/queue") -> str:
    return re.search(r'name="csrf" value="([^"]+)"', client.get(path).text).group(1)


def sign_in(client: TestClient, name: str, next_path: str = "/queue"):  # noqa: ANN201 - the sign-in response
    token = page_token(client, "/sign-in")
    return client.post("/sign-in", data={"name": name, "password": PASSWORD, "csrf": token, "next": next_path},
                       follow_redirects=False)
