"""One event schema: validation, the SDK's wire form and the served OpenAPI schema agree field by field."""

from __future__ import annotations

import json
from dataclasses import fields

import jsonschema_rs
import pytest
from aiwatch.catalog import ERROR_TYPES
from aiwatch.config import Limits
from aiwatch.events import (
    EVENT_FIELDS,
    MAX_NAME_CHARS,
    Event,
    event_json,
    openapi_schemas,
    validate_batch,
    validate_event,
)
from aiwatch.exporter.ops import openapi_document

LIMITS = Limits(max_tokens=1000, max_duration_seconds=60.0, max_batch_events=5)
SCHEMA = openapi_schemas(LIMITS)["Event"]
# OpenAPI 3.0 schemas follow JSON Schema draft 4 (1.0 is a number, not an integer).
VALIDATOR = jsonschema_rs.Draft4Validator(SCHEMA)
# Rules between fields, which a per-field JSON schema cannot state (they are in its descriptions).
RELATIONS = ("must not exceed", "required when status", "only allowed when status")


def _base() -> dict:
    """A valid event that no single-field change below pushes into a rule between fields."""
    return {
        "model": "gpt-4o",
        "service": "svc",
        "prompt_tokens": LIMITS.max_tokens,
        "completion_tokens": 1,
        "duration_seconds": LIMITS.max_duration_seconds,
        "status": "error",
        "error_type": "timeout",
    }


def _candidates(f) -> list:
    """Values on and around every bound and type edge of a field."""
    common = [None, True, False, "", "x", "12", 1.5, -1, 0, 1, [], {}]
    if f.type is str:
        return [*common, "m" * MAX_NAME_CHARS, "m" * (MAX_NAME_CHARS + 1), *f.enum, "bogus"]
    if f.type in (int, float):
        hi = f.bound(LIMITS)
        return [*common, hi, hi + 1, hi + 0.5, -0.0, 0.25, 10**30]
    return common


@pytest.mark.parametrize("f", EVENT_FIELDS, ids=lambda f: f.name)
def test_schema_accepts_exactly_what_validation_accepts(f):
    for value in _candidates(f):
        ev = _base()
        if value is None:
            ev.pop(f.name, None)
        else:
            ev[f.name] = value
        problems: list = []
        validate_event(ev, 0, LIMITS, problems)
        own = [p for p in problems if p.field == f.name and not p.reason.startswith(RELATIONS)]
        assert VALIDATOR.is_valid(ev) == (not own), (f.name, value, problems)


def test_required_fields_are_those_without_default():
    required = {f.name for f in fields(Event) if f.name in SCHEMA["required"]}
    assert set(SCHEMA["required"]) == required == {f.name for f in EVENT_FIELDS if f.required}
    assert set(SCHEMA["properties"]) == {f.name for f in fields(Event)}
    assert SCHEMA["properties"]["error_type"]["enum"] == list(ERROR_TYPES)


def test_batch_bound_is_the_configured_limit():
    batch = openapi_schemas(LIMITS)["EventBatch"]["properties"]["events"]
    assert batch["maxItems"] == LIMITS.max_batch_events
    events, problems = validate_batch({"events": [_base()] * LIMITS.max_batch_events}, LIMITS)
    assert len(events) == LIMITS.max_batch_events and not problems


def test_wire_form_round_trips_and_leaves_defaults_out():
    full = Event(
        model="m",
        service="s",
        provider="openai",
        prompt_tokens=3,
        completion_tokens=2,
        cached_prompt_tokens=1,
        duration_seconds=0.5,
        ttft_seconds=0.1,
        status="error",
        error_type="server",
        confidence=0.0,
        cache_hit=False,
    )
    wire = event_json(full)
    assert set(wire) == {f.name for f in EVENT_FIELDS}
    assert VALIDATOR.is_valid(wire)
    problems: list = []
    assert validate_event(json.loads(json.dumps(wire)), 0, LIMITS, problems) == full and not problems
    minimal = Event(
        model="m", service="s", prompt_tokens=0, completion_tokens=0, duration_seconds=0, status="ok"
    )
    assert set(event_json(minimal)) == {f.name for f in EVENT_FIELDS if f.required}


def test_served_document_carries_the_derived_schemas(client, app):
    limits = app.extensions["aiwatch"].config.limits
    doc = client.get("/openapi.json").get_json()
    for name, schema in openapi_schemas(limits).items():
        assert doc["components"]["schemas"][name] == json.loads(json.dumps(schema)), name
    screen = doc["components"]["schemas"]["OutputScreenRequest"]["properties"]
    assert screen["model"] == screen["service"] == {"$ref": "#/components/schemas/Name"}
    assert openapi_document(LIMITS)["components"]["schemas"]["Event"] == SCHEMA
