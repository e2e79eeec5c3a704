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
