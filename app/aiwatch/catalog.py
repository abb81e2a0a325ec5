"""The one definition of every metric aiwatch exports (the metric contract).

Rules, dashboards, the exporter and the SDK all refer to these names; change a
name here and `tests/test_catalog.py` plus the dashboard/rule checks tell you
what else must change. Metrics are built against a registry so the SDK's
in-process sink and tests can use their own; in gunicorn multiprocess mode
(PROMETHEUS_MULTIPROC_DIR set before import) values live in mmap files.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from prometheus_client import REGISTRY, CollectorRegistry, Counter, Gauge, Histogram

# Seed's 50 ms…5 s buckets plus the 10 s / 30 s tail LLM calls really have.
LATENCY_BUCKETS: Final = (0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0)
TTFT_BUCKETS: Final = LATENCY_BUCKETS
CONFIDENCE_BUCKETS: Final = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)

ERROR_TYPES: Final = ("timeout", "rate_limit", "server", "client", "content_filter", "other")
TOKEN_TYPES: Final = ("prompt", "completion", "cached_prompt")
SCREEN_RESULTS: Final = ("allowed", "flagged", "blocked")
HALLUCINATION_CATEGORIES: Final = ("financial", "medical", "legal", "statistical")
SEVERITIES: Final = ("low", "medium", "high", "critical")
CACHE_RESULTS: Final = ("hit", "miss")
BUDGET_PERIODS: Final = ("day", "month")
OTLP_SIGNALS: Final = ("spans", "metric_points", "log_records")
OTLP_RESULTS: Final = ("recorded", "skipped", "ignored", "rejected")
GUARDED_LABELS: Final = ("model", "service", "team", "provider", "category")

PREFIX: Final = "ai_"


@dataclass(frozen=True)
class Metrics:
    """Handles to every metric of the contract, bound to one registry."""

    requests: Counter
    errors: Counter
    duration: Histogram
    ttft: Histogram
    tokens: Counter
    cost: Counter
    unpriced: Counter
    cached_savings: Counter
    confidence: Histogram
    screened_prompts: Counter
    injections: Counter
    screened_outputs: Counter
    hallucinations: Counter
    cache: Counter
    budget: Gauge
    service_info: Gauge
    label_overflow: Counter
    build_info: Gauge
    config_reload_ok: Gauge
    config_reload_time: Gauge
    otlp_items: Counter


def build_metrics(registry: CollectorRegistry | None = REGISTRY) -> Metrics:
    """Create the metric objects. Call once per registry."""
    mm = ("model", "service")
    return Metrics(
        requests=Counter("ai_requests", "LLM calls made, successful or not.", mm, registry=registry),
        errors=Counter(
            "ai_errors",
            "LLM calls that failed, by error type (timeout, rate_limit, server, client, "
            "content_filter, other).",
            (*mm, "error_type"),
            registry=registry,
        ),
        duration=Histogram(
            "ai_request_duration_seconds",
            "Wall-clock duration of LLM calls in seconds.",
            mm,
            buckets=LATENCY_BUCKETS,
            registry=registry,
        ),
        ttft=Histogram(
            "ai_time_to_first_token_seconds",
            "Time to the first streamed token in seconds (streaming calls only).",
            mm,
            buckets=TTFT_BUCKETS,
            registry=registry,
        ),
        tokens=Counter(
            "ai_tokens",
            "Tokens consumed, by token type (prompt, completion, cached_prompt). "
            "cached_prompt is the part of prompt served from the provider's cache.",
            (*mm, "token_type"),
            registry=registry,
        ),
        cost=Counter(
            "ai_cost_usd",
            "Cost of LLM calls in US dollars, priced by the exporter from its pricing source.",
            mm,
            registry=registry,
        ),
        unpriced=Counter(
            "ai_unpriced_requests",
            "LLM calls whose model has no known price; their cost is not guessed.",
            mm,
            registry=registry,
        ),
        cached_savings=Counter(
            "ai_cached_prompt_savings_usd",
            "US dollars saved because prompt tokens were billed at the provider's cached rate.",
            mm,
            registry=registry,
        ),
        confidence=Histogram(
            "ai_response_confidence",
            "Confidence of responses (0-1) as reported by the caller or derived from logprobs.",
            mm,
            buckets=CONFIDENCE_BUCKETS,
            registry=registry,
        ),
        screened_prompts=Counter(
            "ai_screened_prompts",
            "Prompts screened for injection, by result (allowed, flagged, blocked).",
            ("service", "result"),
            registry=registry,
        ),
        injections=Counter(
            "ai_prompt_injection_detections",
            "Prompt-injection pattern detections, by attack category and severity.",
            ("service", "category", "severity"),
            registry=registry,
        ),
        screened_outputs=Counter(
            "ai_screened_outputs",
            "Model outputs screened for hallucination risk (denominator for flag rates).",
            mm,
            registry=registry,
        ),
        hallucinations=Counter(
            "ai_hallucination_flags",
            "Outputs flagged as potential hallucinations, by claim category.",
            (*mm, "category"),
            registry=registry,
        ),
        cache=Counter(
            "ai_cache_requests",
            "Response-cache lookups, by result (hit, miss).",
            ("service", "result"),
            registry=registry,
        ),
        budget=Gauge(
            "ai_budget_usd",
            "Configured spend budget in US dollars per service and period (day, month).",
            ("service", "period"),
            registry=registry,
            multiprocess_mode="mostrecent",
        ),
        service_info=Gauge(
            "ai_service_info",
            "Service ownership (always 1); join on service to get the owning team.",
            ("service", "team"),
            registry=registry,
            multiprocess_mode="mostrecent",
        ),
        label_overflow=Counter(
            "ai_label_overflow",
            "Label values folded into 'other' by the cardinality guard, by label name.",
            ("label",),
            registry=registry,
        ),
        build_info=Gauge(
            "aiwatch_build_info",
            "aiwatch build information (always 1).",
            ("version",),
            registry=registry,
            multiprocess_mode="mostrecent",
        ),
        config_reload_ok=Gauge(
            "aiwatch_config_last_reload_successful",
            "1 if the last attempt to load config/ succeeded, 0 if the exporter runs on its last good config.",
            registry=registry,
            multiprocess_mode="mostrecent",
        ),
        config_reload_time=Gauge(
            "aiwatch_config_last_reload_success_timestamp_seconds",
            "Unix time of the last successful config load.",
            registry=registry,
            multiprocess_mode="mostrecent",
        ),
        otlp_items=Counter(
            "aiwatch_otlp_items",
            "Items received on the OTLP endpoints, by signal (spans, metric_points, log_records) and "
            "result: recorded (counted as LLM calls), skipped (not an LLM call), ignored (the service "
            "is counted from its other signal, or logs), rejected (invalid, reported to the sender).",
            ("signal", "result"),
            registry=registry,
        ),
    )


_default: Metrics | None = None


def metrics() -> Metrics:
    """The process-wide metrics on the default registry (created on first use)."""
    global _default
    if _default is None:
        _default = build_metrics()
    return _default


# Exposed names (with the _total suffix prometheus_client adds to counters);
# rules, dashboards and tests check against this list.
EXPOSED_METRICS: Final = (
    "ai_requests_total",
    "ai_errors_total",
    "ai_request_duration_seconds",
    "ai_time_to_first_token_seconds",
    "ai_tokens_total",
    "ai_cost_usd_total",
    "ai_unpriced_requests_total",
    "ai_cached_prompt_savings_usd_total",
    "ai_response_confidence",
    "ai_screened_prompts_total",
    "ai_prompt_injection_detections_total",
    "ai_screened_outputs_total",
    "ai_hallucination_flags_total",
    "ai_cache_requests_total",
    "ai_budget_usd",
    "ai_service_info",
    "ai_label_overflow_total",
    "aiwatch_build_info",
    "aiwatch_config_last_reload_successful",
    "aiwatch_config_last_reload_success_timestamp_seconds",
    "aiwatch_otlp_items_total",
)
