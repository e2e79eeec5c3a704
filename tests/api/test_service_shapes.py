"""Where a service names the shape of what it returns (a TypedDict), the API model describes the same keys."""

from __future__ import annotations

import pytest

from trustdesk.api import responses_admin, responses_cases
from trustdesk.services.access import staff
from trustdesk.services.base import alerting as alerts
from trustdesk.services.intake import reporters
from trustdesk.services.review import notes

PAIRS = [
    (notes.NoteView, responses_cases.NoteView),
    (notes.NoteTarget, responses_cases.NoteTarget),
    (reporters.ReporterView, responses_cases.ReporterView),
    (reporters.InvalidatedReports, responses_cases.InvalidatedReports),
    (staff.StaffView, responses_admin.StaffView),
    (alerts.AlertView, responses_admin.AlertView),
    (alerts.AlertSubject, responses_admin.AlertSubject),
]


@pytest.mark.parametrize(("shape", "model"), PAIRS, ids=[f"{s.__module__}.{s.__name__}" for s, _ in PAIRS])
def test_the_api_model_declares_exactly_the_keys_the_service_returns(shape, model):
    assert list(shape.__annotations__) == list(model.model_fields)
