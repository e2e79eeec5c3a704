"""Triage fixtures: one composite scorer per test session (building it loads models, about a second)."""

from __future__ import annotations

import pytest

from trustdesk.triage.signals import CompositeScorer


@pytest.fixture(scope="session")
def composite() -> CompositeScorer:
    return CompositeScorer()
