"""schemathesis fuzzes every endpoint of the OpenAPI document: no 5xx, no response outside the schema.

One pytest item per operation, with a distinct id, so the suite distributes over pytest-xdist
workers (schemathesis' own ``@schema.parametrize`` gives every operation the same node id, which
xdist collapses into one).
"""

from __future__ import annotations

import pytest
import schemathesis
from aiwatch.exporter import create_app
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

app = create_app()
schema = schemathesis.openapi.from_wsgi("/openapi.json", app)
OPERATIONS = [result.ok() for result in schema.get_all_operations()]
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


def test_every_documented_operation_is_fuzzed():
    labels = {op.label for op in OPERATIONS}
    assert {"POST /v1/events", "POST /v1/traces", "GET /metrics", "GET /api/metrics"} <= labels


@pytest.mark.parametrize("operation", OPERATIONS, ids=[op.label for op in OPERATIONS])
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_api_conforms(operation, data):
    case = data.draw(operation.as_strategy())
    case.call_and_validate(checks=CHECKS)
