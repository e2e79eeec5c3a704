"""Property-based fuzzing of every API operation from the OpenAPI schema (schemathesis), on both databases.

Bounded to stay fast and deterministic: a few derandomized examples per operation, no example database. The
one property asserted is the contract's: never a 5xx, whatever the input."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, Phase, given, settings

from tests.people import hire, platform
from trustdesk.cli.server import create_web_app

EXAMPLES_PER_OPERATION = 5


def test_no_operation_answers_5xx(ctx):
    app = create_web_app(ctx, run_scheduler=False)
    tokens = [hire(ctx, "fuzzer", "admin").headers, platform(ctx).headers]
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) > 30
    failures = []
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES_PER_OPERATION, derandomize=True, deadline=None, database=None,
                  phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
        def fuzz(case) -> None:
            for headers in tokens:
                response = case.call(headers=headers)
                if response.status_code >= 500:
                    failures.append((case.method, case.formatted_path, case.body, response.status_code,
                                     response.text[:200]))

        fuzz()
    assert not failures, failures[:5]
