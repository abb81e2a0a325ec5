"""POST /v1/events: accepted batches update metrics; bad input is rejected with a clear 4xx."""

from __future__ import annotations

import json

import pytest
from aiwatch.pricing import Pricing
from aiwatch.stack.local import event


def post(client, body, **kw):
    data = body if isinstance(body, (bytes, str)) else json.dumps(body)
    return client.post("/v1/events", data=data, content_type=kw.pop("content_type", "application/json"), **kw)


def test_accepted_batch_updates_every_metric(client, sample):
    lbl = {"model": "gpt-4o", "service": "orchestrator"}
    before = {
        "req": sample("ai_requests_total", **lbl),
        "err": sample("ai_errors_total", error_type="rate_limit", **lbl),
        "prompt": sample("ai_tokens_total", token_type="prompt", **lbl),
        "cached": sample("ai_tokens_total", token_type="cached_prompt", **lbl),
        "cost": sample("ai_cost_usd_total", **lbl),
        "saved": sample("ai_cached_prompt_savings_usd_total", **lbl),
        "dur": sample("ai_request_duration_seconds_count", **lbl),
        "slow": sample("ai_request_duration_seconds_bucket", le="2.0", **lbl),
        "ttft": sample("ai_time_to_first_token_seconds_count", **lbl),
        "conf": sample("ai_response_confidence_sum", **lbl),
        "miss": sample("ai_cache_requests_total", service="orchestrator", result="miss"),
    }
    events = [
        event(
            prompt_tokens=1000,
            completion_tokens=200,
            cached_prompt_tokens=400,
            duration_seconds=3.0,
            ttft_seconds=0.25,
            confidence=0.75,
            cache_hit=False,
        ),
        event(
            status="error",
            error_type="rate_limit",
            prompt_tokens=0,
            completion_tokens=0,
            duration_seconds=0.1,
        ),
    ]
    r = post(client, {"events": events})
    assert r.status_code == 202, r.get_json()
    assert r.get_json() == {"accepted": 2}
    assert sample("ai_requests_total", **lbl) - before["req"] == 2
    assert sample("ai_errors_total", error_type="rate_limit", **lbl) - before["err"] == 1
    assert sample("ai_tokens_total", token_type="prompt", **lbl) - before["prompt"] == 1000
    assert sample("ai_tokens_total", token_type="cached_prompt", **lbl) - before["cached"] == 400
    expected_cost = Pricing().cost("gpt-4o", 1000, 200, 400)
    assert sample("ai_cost_usd_total", **lbl) - before["cost"] == pytest.approx(expected_cost)
    rate = Pricing().rate("gpt-4o")
    saved = 400 * (rate.input - rate.cached_input)
    assert sample("ai_cached_prompt_savings_usd_total", **lbl) - before["saved"] == pytest.approx(saved)
    assert sample("ai_request_duration_seconds_count", **lbl) - before["dur"] == 2
    # 3.0 s is above the 2 s bucket; 0.1 s is within it
    assert sample("ai_request_duration_seconds_bucket", le="2.0", **lbl) - before["slow"] == 1
    assert sample("ai_time_to_first_token_seconds_count", **lbl) - before["ttft"] == 1
    assert sample("ai_response_confidence_sum", **lbl) - before["conf"] == pytest.approx(0.75)
    assert sample("ai_cache_requests_total", service="orchestrator", result="miss") - before["miss"] == 1


def test_cache_hit_is_not_an_llm_call(client, sample):
    lbl = {"model": "gpt-4o", "service": "persona_runtime"}
    req, hits = (
        sample("ai_requests_total", **lbl),
        sample("ai_cache_requests_total", service="persona_runtime", result="hit"),
    )
    cost = sample("ai_cost_usd_total", **lbl)
    r = post(client, {"events": [event(cache_hit=True, **lbl)]})
    assert r.status_code == 202
    assert sample("ai_cache_requests_total", service="persona_runtime", result="hit") - hits == 1
    assert sample("ai_requests_total", **lbl) == req
    assert sample("ai_cost_usd_total", **lbl) == cost


def test_batch_is_atomic_and_lists_every_problem(client, sample):
    lbl = {"model": "gpt-4o-mini", "service": "rag_search"}
    before = sample("ai_requests_total", **lbl)
    bad = [
        event(**lbl),
        event(prompt_tokens=-5, **lbl),
        event(status="error", **lbl),
        event(confidence=1.5, duration_seconds="slow", **lbl),
        "not an object",
    ]
    r = post(client, {"events": bad})
    assert r.status_code == 422
    details = {(d["index"], d["field"]) for d in r.get_json()["details"]}
    assert details == {
        (1, "prompt_tokens"),
        (2, "error_type"),
        (3, "confidence"),
        (3, "duration_seconds"),
        (4, ""),
    }
    assert "no event of this batch was recorded" in r.get_json()["error"]
    assert sample("ai_requests_total", **lbl) == before  # the valid event 0 was not recorded either


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("prompt_tokens", 1.5, "must be an integer"),
        ("prompt_tokens", True, "must be an integer"),
        ("prompt_tokens", 10**12, "must be between 0 and"),
        ("completion_tokens", "12", "must be an integer"),
        ("duration_seconds", -0.1, "finite number between 0 and"),
        ("duration_seconds", 1e308 * 10, "finite number"),
        ("status", "maybe", "must be one of ok, error"),
        ("error_type", "timeout", "only allowed when status is 'error'"),
        ("model", "", "non-empty string"),
        ("model", "m" * 300, "at most 256 characters"),
        ("service", 7, "non-empty string"),
        ("cache_hit", "yes", "must be a boolean"),
        ("cached_prompt_tokens", 101, "must not exceed prompt_tokens"),
        ("ttft_seconds", 5.0, "must not exceed duration_seconds"),
        ("surprise", 1, "unknown field"),
    ],
)
def test_invalid_field_is_named(client, field, value, reason):
    ev = event()
    ev[field] = value
    r = post(client, {"events": [ev]})
    assert r.status_code == 422
    detail = r.get_json()["details"]
    assert any(d["field"] == field and reason in d["reason"] for d in detail), detail


def test_nan_and_infinity_literals_are_422(client):
    for literal in ("NaN", "Infinity", "-Infinity"):
        body = json.dumps({"events": [event()]}).replace(
            '"duration_seconds": 0.4', f'"duration_seconds": {literal}'
        )
        r = post(client, body)
        assert r.status_code == 422, literal
        assert r.get_json()["details"][0]["field"] == "duration_seconds"


@pytest.mark.parametrize(
    ("body", "status", "needle"),
    [
        (b"{not json", 400, "malformed JSON"),
        (b"", 400, "empty body"),
        (b'{"events": [\xff]}', 400, "not valid UTF-8"),
        (b"[" * 100_000 + b"]" * 100_000, 400, "JSON"),
        (json.dumps({"events": []}), 422, "must not be empty"),
        (json.dumps({"events": {}}), 422, "must be an array"),
        (json.dumps([1, 2]), 422, '"events" array'),
        (json.dumps({"events": [event()], "x": 1}), 422, "unknown top-level field"),
    ],
)
def test_envelope_errors(client, body, status, needle):
    r = post(client, body)
    assert r.status_code == status
    assert needle in r.get_json()["error"]


def test_content_type_must_be_json(client):
    r = post(client, json.dumps({"events": [event()]}), content_type="text/plain")
    assert r.status_code == 415
    assert "application/json" in r.get_json()["error"]


def test_too_many_events_is_413(client, app):
    limit = app.extensions["aiwatch"].config.limits.max_batch_events
    r = post(client, {"events": [event()] * (limit + 1)})
    assert r.status_code == 413
    assert str(limit) in r.get_json()["error"]


def test_body_over_limit_is_413(client, app):
    limit = app.extensions["aiwatch"].config.limits.max_body_bytes
    r = post(client, b"x" * (limit + 1))
    assert r.status_code == 413


def test_unknown_route_and_method_are_json(client):
    assert client.get("/nope").status_code == 404
    assert client.get("/nope").get_json() == {"error": "not found"}
    assert client.get("/v1/events").status_code == 405


def test_unpriced_model_is_counted_not_costed(client, sample):
    lbl = {"model": "house-model-7", "service": "orchestrator"}
    r = post(client, {"events": [event(model="House-Model-7")]})
    assert r.status_code == 202
    assert sample("ai_unpriced_requests_total", **lbl) == 1
    assert sample("ai_cost_usd_total", **lbl) == 0
