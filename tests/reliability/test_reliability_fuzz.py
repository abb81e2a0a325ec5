"""schemathesis fuzzes every endpoint of the OpenAPI document: no 5xx, no response outside the schema."""

from __future__ import annotations

import schemathesis
from aiwatch.exporter import create_app
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

app = create_app()
schema = schemathesis.openapi.from_wsgi("/openapi.json", app)
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms(case):
    case.call_and_validate(checks=CHECKS)
