"""The one definition of every metric aiwatch exports (the metric contract).

`CATALOG` is data: one `MetricSpec` per metric (name, type, HELP, labels,
buckets, multiprocess mode). The registry (`build_metrics`) and the list of
exposed names (`EXPOSED_METRICS`) are derived from it; rules, dashboards, the
exporter and the SDK refer to these names, and their tests check against
`EXPOSED_METRICS`. Metrics are built against a registry so the SDK's
in-process sink and tests can use their own; in gunicorn multiprocess mode
(PROMETHEUS_MULTIPROC_DIR set before import) values live in mmap files.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from prometheus_client import REGISTRY, CollectorRegistry, Counter, Gauge, Histogram

# Interactive calls mostly finish within 50 ms…5 s; the 10 s / 30 s buckets hold
# the long tail that LLM calls (long generations, retries, queueing) really have.
LATENCY_BUCKETS: Final = (0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0)
TTFT_BUCKETS: Final = LATENCY_BUCKETS
CONFIDENCE_BUCKETS: Final = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)

ERROR_TYPES: Final = ("timeout", "rate_limit", "server", "client", "content_filter", "other")
TOKEN_TYPES: Final = ("prompt", "completion", "cached_prompt")
SCREEN_RESULTS: Final = ("allowed", "flagged", "blocked")
# The screening verdict's `action` and the result label it is counted under.
SCREEN_RESULT_OF_ACTION: Final = dict(zip(("allow", "flag", "block"), SCREEN_RESULTS, strict=True))
HALLUCINATION_CATEGORIES: Final = ("financial", "medical", "legal", "statistical")
SEVERITIES: Final = ("low", "medium", "high", "critical")
CACHE_RESULTS: Final = ("hit", "miss")
BUDGET_PERIODS: Final = ("day", "month")
OTLP_SIGNALS: Final = ("spans", "metric_points", "log_records")
OTLP_RESULTS: Final = ("recorded", "skipped", "ignored", "rejected")
GUARDED_LABELS: Final = ("model", "service", "category")
# SDK circuit-breaker states and the value ai_circuit_breaker_state takes in each (docs/sdk.md).
BREAKER_STATES: Final = ("closed", "half_open", "open")
BREAKER_STATE_VALUE: Final = {state: i for i, state in enumerate(BREAKER_STATES)}

_MS: Final = ("model", "service")

Kind = Literal["counter", "gauge", "histogram"]
_TYPES: Final = {"counter": Counter, "gauge": Gauge, "histogram": Histogram}


@dataclass(frozen=True)
class MetricSpec:
    """One metric of the contract. `attr` is its attribute on `Metrics`."""

    attr: str
    name: str
    kind: Kind
    help: str
    labels: tuple[str, ...] = ()
    buckets: tuple[float, ...] | None = None  # histograms only
    multiprocess_mode: str | None = None  # gauges only: how gunicorn workers' values combine

    @property
    def exposed(self) -> str:
        """The name in the exposition: prometheus_client adds `_total` to counters."""
        return f"{self.name}_total" if self.kind == "counter" else self.name

    def create(self, registry: CollectorRegistry | None) -> Counter | Gauge | Histogram:
        kw: dict = {"registry": registry}
        if self.buckets is not None:
            kw["buckets"] = self.buckets
        if self.multiprocess_mode is not None:
            kw["multiprocess_mode"] = self.multiprocess_mode
        return _TYPES[self.kind](self.name, self.help, self.labels, **kw)


CATALOG: Final[tuple[MetricSpec, ...]] = (
    MetricSpec("requests", "ai_requests", "counter", "LLM calls made, successful or not.", _MS),
    MetricSpec(
        "errors",
        "ai_errors",
        "counter",
        f"LLM calls that failed, by error type ({', '.join(ERROR_TYPES)}).",
        (*_MS, "error_type"),
    ),
    MetricSpec(
        "duration",
        "ai_request_duration_seconds",
        "histogram",
        "Wall-clock duration of LLM calls in seconds.",
        _MS,
        buckets=LATENCY_BUCKETS,
    ),
    MetricSpec(
        "ttft",
        "ai_time_to_first_token_seconds",
        "histogram",
        "Time to the first streamed token in seconds (streaming calls only).",
        _MS,
        buckets=TTFT_BUCKETS,
    ),
    MetricSpec(
        "tokens",
        "ai_tokens",
        "counter",
        f"Tokens consumed, by token type ({', '.join(TOKEN_TYPES)}). "
        "cached_prompt is the part of prompt served from the provider's cache.",
        (*_MS, "token_type"),
    ),
    MetricSpec(
        "cost",
        "ai_cost_usd",
        "counter",
        "Cost of LLM calls in US dollars, priced by the exporter from its pricing source.",
        _MS,
    ),
    MetricSpec(
        "unpriced",
        "ai_unpriced_requests",
        "counter",
        "LLM calls whose model has no known price; their cost is not guessed.",
        _MS,
    ),
    MetricSpec(
        "cached_savings",
        "ai_cached_prompt_savings_usd",
        "counter",
        "US dollars saved because prompt tokens were billed at the provider's cached rate.",
        _MS,
    ),
    MetricSpec(
        "confidence",
        "ai_response_confidence",
        "histogram",
        "Confidence of responses (0-1) as reported by the caller or derived from logprobs.",
        _MS,
        buckets=CONFIDENCE_BUCKETS,
    ),
    MetricSpec(
        "screened_prompts",
        "ai_screened_prompts",
        "counter",
        f"Prompts screened for injection, by result ({', '.join(SCREEN_RESULTS)}).",
        ("service", "result"),
    ),
    MetricSpec(
        "injections",
        "ai_prompt_injection_detections",
        "counter",
        "Prompt-injection pattern detections, by attack category and severity.",
        ("service", "category", "severity"),
    ),
    MetricSpec(
        "screened_outputs",
        "ai_screened_outputs",
        "counter",
        "Model outputs screened for hallucination risk (denominator for flag rates).",
        _MS,
    ),
    MetricSpec(
        "hallucinations",
        "ai_hallucination_flags",
        "counter",
        "Outputs flagged as potential hallucinations, by claim category.",
        (*_MS, "category"),
    ),
    MetricSpec(
        "cache",
        "ai_cache_requests",
        "counter",
        f"Response-cache lookups, by result ({', '.join(CACHE_RESULTS)}).",
        ("service", "result"),
    ),
    MetricSpec(
        "budget",
        "ai_budget_usd",
        "gauge",
        f"Configured spend budget in US dollars per service and period ({', '.join(BUDGET_PERIODS)}).",
        ("service", "period"),
        multiprocess_mode="mostrecent",
    ),
    MetricSpec(
        "service_info",
        "ai_service_info",
        "gauge",
        "Service ownership (always 1); join on service to get the owning team.",
        ("service", "team"),
        multiprocess_mode="mostrecent",
    ),
    MetricSpec(
        "label_overflow",
        "ai_label_overflow",
        "counter",
        "Label values folded into 'other' by the cardinality guard, by label name.",
        ("label",),
    ),
    MetricSpec(
        "build_info",
        "aiwatch_build_info",
        "gauge",
        "aiwatch build information (always 1).",
        ("version",),
        multiprocess_mode="mostrecent",
    ),
    MetricSpec(
        "config_reload_ok",
        "aiwatch_config_last_reload_successful",
        "gauge",
        "1 if the last attempt to load config/ succeeded, 0 if the exporter runs on its last good config.",
        multiprocess_mode="mostrecent",
    ),
    MetricSpec(
        "config_reload_time",
        "aiwatch_config_last_reload_success_timestamp_seconds",
        "gauge",
        "Unix time of the last successful config load.",
        multiprocess_mode="mostrecent",
    ),
    MetricSpec(
        "otlp_items",
        "aiwatch_otlp_items",
        "counter",
        f"Items received on the OTLP endpoints, by signal ({', '.join(OTLP_SIGNALS)}) and "
        "result: recorded (counted as LLM calls), skipped (not an LLM call), ignored (the service "
        "is counted from its other signal, or logs), rejected (invalid, reported to the sender).",
        ("signal", "result"),
    ),
    MetricSpec(
        "breaker_state",
        "ai_circuit_breaker_state",
        "gauge",
        "State of the SDK circuit breaker per model and service: "
        + ", ".join(f"{v} {s}" for s, v in BREAKER_STATE_VALUE.items())
        + ". Set on each transition.",
        _MS,
        multiprocess_mode="mostrecent",
    ),
    MetricSpec(
        "breaker_transitions",
        "ai_circuit_breaker_transitions",
        "counter",
        f"SDK circuit-breaker transitions, by the state entered ({', '.join(BREAKER_STATES)}).",
        (*_MS, "to"),
    ),
)

# Exposed names (with the _total suffix prometheus_client adds to counters);
# rules, dashboards and tests check against this list.
EXPOSED_METRICS: Final = tuple(spec.exposed for spec in CATALOG)


@dataclass(frozen=True)
class Metrics:
    """Handles to every metric of the contract, bound to one registry (one field per CATALOG entry)."""

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
    breaker_state: Gauge
    breaker_transitions: Counter


def build_metrics(registry: CollectorRegistry | None = REGISTRY) -> Metrics:
    """Create the metric objects of CATALOG. Call once per registry."""
    return Metrics(**{spec.attr: spec.create(registry) for spec in CATALOG})


_default: Metrics | None = None


def metrics() -> Metrics:
    """The process-wide metrics on the default registry (created on first use)."""
    global _default
    if _default is None:
        _default = build_metrics()
    return _default
