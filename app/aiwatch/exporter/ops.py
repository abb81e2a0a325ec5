"""Operational endpoints: /metrics, /healthz, /readyz, /api/metrics, OpenAPI."""

from __future__ import annotations

import os
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Mapping
from importlib import resources

import yaml
from flask import Blueprint, Response, jsonify, request
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, generate_latest

from .. import health, projection
from ..config import Limits
from ..events import openapi_schemas
from . import Runtime, runtime

bp = Blueprint("ops", __name__)


class ScrapeGate:
    """Gives a read of the metric files its worker's GIL: while one runs, writes (POSTs) in this
    worker wait at their start.

    gthread workers run their threads on one GIL, so a scrape next to busy writer threads gets a
    fraction of it and takes several times its CPU time (docs/benchmarks.md, "Where the time
    goes"). A write waits at most `max_wait` seconds ($AIWATCH_SCRAPE_PRIORITY_SECONDS, default
    1; 0 turns the gate off), so a slow scrape cannot stall ingest; Prometheus scrapes every 15 s,
    so writes lose a few tens of milliseconds per scrape.
    """

    def __init__(self, max_wait: float) -> None:
        self.max_wait = max_wait
        self._idle = threading.Event()
        self._idle.set()
        self._scrapes = 0
        self._lock = threading.Lock()

    def __enter__(self) -> None:
        with self._lock:
            self._scrapes += 1
            self._idle.clear()

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            self._scrapes -= 1
            if not self._scrapes:
                self._idle.set()

    def wait(self) -> None:
        if not self._idle.is_set():
            self._idle.wait(self.max_wait)


GATE = ScrapeGate(float(os.environ.get("AIWATCH_SCRAPE_PRIORITY_SECONDS", "1.0")))


@bp.before_app_request
def _writes_yield_to_scrapes() -> None:
    if request.method == "POST" and GATE.max_wait > 0:
        GATE.wait()


@bp.get("/metrics")
def metrics():  # type: ignore[no-untyped-def]
    rt = runtime()
    if rt.exposition is None:
        return Response(generate_latest(REGISTRY), mimetype=CONTENT_TYPE_LATEST)
    with GATE:
        body, timings = rt.exposition.render_timed()
    resp = Response(body, mimetype=CONTENT_TYPE_LATEST)
    # where the scrape's time went, for benchmarks and for curl -v (ms)
    resp.headers["Server-Timing"] = ", ".join(f"{k};dur={v * 1000:.2f}" for k, v in timings.items())
    return resp


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


def total_key(name: str, labels: Mapping[str, str]) -> str | None:
    """Which total of /api/metrics a sample adds to: its name, split by le for buckets and by the
    label that matters for a few counters; None leaves it out."""
    if name.endswith("_bucket"):
        return f"{name}{{le={float(labels['le'])}}}"
    if name == "ai_tokens_total":
        return f"ai_tokens_total{{{labels.get('token_type')}}}"
    if name in ("ai_screened_prompts_total", "ai_cache_requests_total"):
        return f"{name}{{{labels.get('result')}}}"
    if name == "ai_budget_usd" and labels.get("period") != "month":
        return None
    return name


def total_cost(rt: Runtime) -> float:
    """The cumulative cost of every worker (the cost samples of aiwatch.projection)."""
    return _totals(rt).get("ai_cost_usd_total", 0.0)


def _totals(rt: Runtime | None = None) -> dict[str, float]:
    """Every sample summed by total_key: from the multiprocess files (the same reader as /metrics),
    or from this process's registry when not under gunicorn."""
    rt = rt or runtime()
    if rt.exposition is not None:
        with GATE:
            return rt.exposition.totals(total_key)
    out: dict[str, float] = defaultdict(float)
    for family in REGISTRY.collect():
        for s in family.samples:
            key = total_key(s.name, s.labels)
            if key is not None:
                out[key] += s.value
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
