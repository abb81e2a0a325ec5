"""Health, readiness, business metrics, OpenAPI; the health score formula."""

from __future__ import annotations

import re

import pytest
import yaml
from aiwatch import health
from aiwatch.exporter.ops import openapi_document
from aiwatch.stack.local import event


def test_healthz_and_readyz(client):
    assert client.get("/healthz").get_json() == {"status": "ok"}
    r = client.get("/readyz")
    assert r.status_code == 200 and r.get_json()["checks"]["config"] == "ok"


def test_openapi_served_and_covers_every_route(client, app):
    doc = client.get("/openapi.json").get_json()
    assert doc["openapi"].startswith("3.")
    rules = (r.rule for r in app.url_map.iter_rules() if r.endpoint != "static")
    routes = {re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule) for rule in rules}  # Flask <name> = OpenAPI {name}
    assert routes - {"/openapi.yaml"} <= set(doc["paths"]), routes - set(doc["paths"])
    limits = app.extensions["aiwatch"].config.limits
    assert yaml.safe_load(client.get("/openapi.yaml").data) == doc == openapi_document(limits)


def test_health_score_formula():
    comps = (health.Component("errors", 0.5, 0.1, ""), health.Component("latency", 0.5, 0.2, ""))
    assert health.score({"errors": None, "latency": None}, comps) == 100.0
    assert health.score({"errors": 0.05, "latency": 0.0}, comps) == 75.0
    assert health.score({"errors": 0.5, "latency": 0.4}, comps) == 0.0
    expr = health.promql({"errors": "E", "latency": "L"}, comps)
    assert "0.5 * ((1 - clamp_max(clamp_min(E, 0) / 0.1, 1)) or vector(1))" in expr


def test_api_metrics_business_view(client):
    before = client.get("/api/metrics").get_json()
    events = [event(model="gpt-4o-mini", prompt_tokens=1000, completion_tokens=1000)] * 3
    events.append(
        event(model="gpt-4o-mini", status="error", error_type="server", prompt_tokens=0, completion_tokens=0)
    )
    assert client.post("/v1/events", json={"events": events}).status_code == 202
    after = client.get("/api/metrics").get_json()
    assert after["totals"]["requests"] - before["totals"]["requests"] == 4
    assert after["totals"]["errors"] - before["totals"]["errors"] == 1
    assert after["totals"]["cost_usd"] > before["totals"]["cost_usd"]
    t = after["totals"]
    assert after["cost_per_request_usd"] == pytest.approx(t["cost_usd"] / t["requests"], rel=1e-6)
    tokens = t["tokens"]["prompt"] + t["tokens"]["completion"]
    assert after["tokens_per_request"] == pytest.approx(tokens / t["requests"])
    # aiwatch.projection: this hour's spend (the exporter is younger than windows.cost_projection),
    # divided by the hour, for a 30-day month, as the recording rule computes it
    assert after["projection"]["window_seconds"] == 3600
    expected = t["cost_usd"] / 3600 * 30 * 24 * 3600
    assert after["monthly_cost_projection_usd"] == pytest.approx(expected, abs=0.01)
    assert 0 <= after["health"]["score"] <= 100
    comps = after["health"]["components"]
    assert comps["errors"]["bad_ratio"] == pytest.approx(t["errors"] / t["requests"])
    assert after["monthly_budget_usd"] == 2500.0


def test_a_write_during_a_scrape_waits_its_turn_and_is_recorded(client, sample, monkeypatch):
    from aiwatch.exporter import ops

    monkeypatch.setattr(ops.GATE, "max_wait", 0.2)
    labels = {"model": "gpt-4o", "service": "orchestrator"}
    before = sample("ai_requests_total", **labels)
    with ops.GATE, ops.GATE:  # two reads of the metric files in progress
        r = client.post("/v1/events", json={"events": [event()]})
    assert r.status_code == 202
    assert sample("ai_requests_total", **labels) == before + 1
    assert ops.GATE._idle.is_set()  # both reads done: writes no longer wait
