"""Operational endpoints: /metrics, /healthz, /readyz, /api/metrics, OpenAPI."""

from __future__ import annotations

import tempfile
import time
from collections import defaultdict
from importlib import resources

import yaml
from flask import Blueprint, Response, jsonify
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, generate_latest
from prometheus_client.multiprocess import MultiProcessCollector

from .. import health, projection
from ..config import Limits
from ..events import openapi_schemas
from . import Runtime, runtime

bp = Blueprint("ops", __name__)


def _registry(rt: Runtime | None = None) -> CollectorRegistry:
    rt = rt or runtime()
    if rt.multiproc_dir is None:
        return REGISTRY
    reg = CollectorRegistry()
    MultiProcessCollector(reg, path=str(rt.multiproc_dir))
    return reg


@bp.get("/metrics")
def metrics():  # type: ignore[no-untyped-def]
    rt = runtime()
    if rt.exposition is None:
        return Response(generate_latest(REGISTRY), mimetype=CONTENT_TYPE_LATEST)
    return Response(rt.exposition.render(), mimetype=CONTENT_TYPE_LATEST)


@bp.get("/healthz")
def healthz():  # type: ignore[no-untyped-def]
    return jsonify({"status": "ok"})


@bp.get("/readyz")
def readyz():  # type: ignore[no-untyped-def]
    rt = runtime()
    checks = {"config": "ok"}
    if rt.watcher is not None and rt.watcher.error:
        # still serving, on the last good configuration: ready, but say so
        checks["config"] = f"reload failed, using last good config: {rt.watcher.error}"
    status = 200
    if rt.multiproc_dir is not None:
        try:
            with tempfile.NamedTemporaryFile(dir=rt.multiproc_dir, prefix=".ready"):
                pass
            checks["multiproc_dir"] = "ok"
        except OSError as exc:
            checks["multiproc_dir"] = f"not writable: {exc.strerror}"
            status = 503
    return jsonify({"status": "ok" if status == 200 else "unavailable", "checks": checks}), status


def total_cost(rt: Runtime) -> float:
    """The cumulative cost of every worker (the cost samples of aiwatch.projection)."""
    return sum(s.value for f in _registry(rt).collect() for s in f.samples if s.name == "ai_cost_usd_total")


def _totals() -> dict[str, float]:
    """Sum every sample of the exposition by name (and le for the buckets we need)."""
    out: dict[str, float] = defaultdict(float)
    for family in _registry().collect():
        for s in family.samples:
            name = s.name
            if name.endswith("_bucket"):
                name = f"{name}{{le={float(s.labels['le'])}}}"
            elif name == "ai_tokens_total":
                name = f"ai_tokens_total{{{s.labels.get('token_type')}}}"
            elif name == "ai_screened_prompts_total":
                name = f"ai_screened_prompts_total{{{s.labels.get('result')}}}"
            elif name == "ai_cache_requests_total":
                name = f"ai_cache_requests_total{{{s.labels.get('result')}}}"
            elif name == "ai_budget_usd" and s.labels.get("period") != "month":
                continue
            out[name] += s.value
    return out


def _ratio(num: float, den: float) -> float | None:
    return num / den if den > 0 else None


def business_metrics() -> dict:
    """Cost, usage and the health score for people, from lifetime totals; the monthly projection is
    aiwatch.projection's one definition (the recording rule's); see docs/metrics.md."""
    rt = runtime()
    t = _totals()
    requests = t["ai_requests_total"]
    errors = t["ai_errors_total"]
    cost = t["ai_cost_usd_total"]
    prompt, completion = t["ai_tokens_total{prompt}"], t["ai_tokens_total{completion}"]
    cached = t["ai_tokens_total{cached_prompt}"]
    uptime = max(time.time() - rt.started, 1.0)
    dur_count = t["ai_request_duration_seconds_count"]
    conf_count = t["ai_response_confidence_count"]
    bad = {
        "errors": _ratio(errors, requests),
        "latency": _ratio(
            dur_count - t[f"ai_request_duration_seconds_bucket{{le={rt.bounds.slow_seconds}}}"], dur_count
        ),
        "low_confidence": _ratio(
            t[f"ai_response_confidence_bucket{{le={rt.bounds.low_confidence}}}"], conf_count
        ),
        "hallucination": _ratio(t["ai_hallucination_flags_total"], t["ai_screened_outputs_total"]),
    }
    now = time.time()
    samples = rt.cost_samples.read() if rt.cost_samples is not None else []
    proj = projection.project(cost, now, rt.started, rt.projection_window, samples)
    monthly_projection = proj.monthly_usd
    budget = t["ai_budget_usd"]
    return {
        "window": {"since_unix": round(rt.started, 3), "seconds": round(uptime, 3)},
        "totals": {
            "requests": requests,
            "errors": errors,
            "unpriced_requests": t["ai_unpriced_requests_total"],
            "tokens": {"prompt": prompt, "completion": completion, "cached_prompt": cached},
            "cost_usd": cost,
            "prompt_injection_detections": t["ai_prompt_injection_detections_total"],
            "blocked_prompts": t["ai_screened_prompts_total{blocked}"],
            "hallucination_flags": t["ai_hallucination_flags_total"],
        },
        "error_ratio": bad["errors"],
        "cost_per_request_usd": _ratio(cost, requests),
        "tokens_per_request": _ratio(prompt + completion, requests),
        "mean_confidence": _ratio(t["ai_response_confidence_sum"], conf_count),
        "cache_hit_ratio": _ratio(
            t["ai_cache_requests_total{hit}"],
            t["ai_cache_requests_total{hit}"] + t["ai_cache_requests_total{miss}"],
        ),
        "cost_per_hour_usd": cost / uptime * 3600,
        "monthly_cost_projection_usd": round(monthly_projection, 2),
        "projection": {
            "definition": "spend over the window / window seconds x seconds per 30-day month",
            "window_seconds": proj.window_seconds,
            "spend_usd": proj.spend_usd,
            "since_unix": round(proj.since_unix, 3),
        },
        "monthly_budget_usd": budget,
        "monthly_budget_used_ratio": _ratio(monthly_projection, budget),
        "health": {
            "score": health.score(bad, rt.health),
            "components": {
                c.name: {"bad_ratio": bad[c.name], "weight": c.weight, "limit": c.limit} for c in rt.health
            },
        },
    }


@bp.get("/api/metrics")
def api_metrics():  # type: ignore[no-untyped-def]
    return jsonify(business_metrics())


def openapi_document(limits: Limits | None = None) -> dict:
    """openapi.yaml completed with the schemas derived from aiwatch.events (under `limits`)."""
    doc = yaml.safe_load(resources.files("aiwatch").joinpath("openapi.yaml").read_text(encoding="utf-8"))
    doc["components"]["schemas"].update(openapi_schemas(limits or Limits()))
    return doc


@bp.get("/openapi.json")
def openapi_json():  # type: ignore[no-untyped-def]
    return jsonify(openapi_document(runtime().config.limits))


@bp.get("/openapi.yaml")
def openapi_yaml():  # type: ignore[no-untyped-def]
    doc = openapi_document(runtime().config.limits)
    return Response(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), mimetype="application/yaml")
