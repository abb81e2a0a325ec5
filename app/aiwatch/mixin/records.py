"""The `ai:*` recording rules: the interface layer alerts and dashboards read (docs/rules.md).

Record names keep the window of the default profile as their suffix in every profile
(`rate5m` stays `rate5m` when the fast profile evaluates it over 10 s).
"""

from __future__ import annotations

from .. import health, projection
from ..durations import SECONDS_PER_DAY, SECONDS_PER_MONTH, parse_duration
from .model import Record
from .promql import MS, MST, TEAM, block, indent, join_team, le_matcher, secs
from .thresholds import BURN_KEYS, Profile, Thresholds


def increase(metric: str, window: str) -> str:
    """The name of the record counting `metric` over `window` (a default-profile window)."""
    return f"ai:{metric}:increase{window}"


def evidence_windows(t: Thresholds) -> tuple[str, str]:
    """(busy, sparse): the windows ratio alerts judge, as named in record suffixes."""
    return t.windows.rate, t.windows.sparse


def slo_windows(t: Thresholds) -> list[str]:
    """Every window the burn-rate conditions use, shortest first (the record-name suffixes)."""
    names = {getattr(t.slo.burn_windows, k).long for k in BURN_KEYS}
    names |= {getattr(t.slo.burn_windows, k).short for k in BURN_KEYS}
    return sorted(names, key=parse_duration)


def slo_long_windows(t: Thresholds) -> list[str]:
    """The long window of every burn-rate pair: where the minimum-event guards are counted."""
    return sorted({getattr(t.slo.burn_windows, k).long for k in BURN_KEYS}, key=parse_duration)


class _Records(list[Record]):
    def add(self, name: str, expr: str, labels: str, meaning: str) -> None:
        self.append(Record(name, expr, labels, meaning))


def _rate_by(metric: str, by: str, window: str, sel: str = "", fn: str = "rate") -> str:
    return f"sum by ({by}) ({fn}({metric}{sel}[{window}]))"


def recording_rules(t: Thresholds, p: Profile) -> list[Record]:
    """The ai:* interface layer, in dependency order (a group evaluates its rules in order)."""
    w = p.window(t.windows.rate)
    w_cost = p.window(t.windows.cost_projection)
    w_spend = p.window(t.windows.budget_spend)
    out = _Records()
    add = out.add

    add(
        TEAM,
        "topk by (service) (1, max by (service, team) (ai_service_info))\nor on (service)\nlabel_replace(\n"
        "  group by (service) (ai_requests_total)\n  or group by (service) (ai_screened_prompts_total)\n"
        "  or group by (service) (ai_screened_outputs_total)\n  or group by (service) (ai_cache_requests_total)\n"
        '  or group by (service) (ai_prompt_injection_detections_total),\n  "team", "unassigned", "", ""\n)',
        "service, team",
        'owning team per service (=1); services missing from config/services.yaml get team="unassigned"',
    )
    add("ai:requests:rate5m", join_team(_rate_by("ai_requests_total", MS, w)), MST, "calls/s")
    add("ai:errors:rate5m", join_team(_rate_by("ai_errors_total", MS, w)), MST, "failed calls/s")
    add(
        "ai:errors_by_type:rate5m",
        join_team(_rate_by("ai_errors_total", f"{MS}, error_type", w)),
        f"{MST}, error_type",
        "failed calls/s by error type",
    )
    add(
        "ai:error_ratio:rate5m",
        "(ai:errors:rate5m or ai:requests:rate5m * 0)\n/\n(ai:requests:rate5m > 0)",
        MST,
        "failed calls / all calls; 0 when calls succeed, absent without calls",
    )
    add(
        "ai:tokens:rate5m",
        join_team(_rate_by("ai_tokens_total", f"{MS}, token_type", w)),
        f"{MST}, token_type",
        "tokens/s by token type",
    )
    add("ai:cost_usd:rate5m", join_team(_rate_by("ai_cost_usd_total", MS, w)), MST, "USD/s")
    add(
        "ai:cost_usd:rate1h",
        join_team(_rate_by("ai_cost_usd_total", MS, w_cost)),
        MST,
        f"USD/s averaged over {t.windows.cost_projection} (projection input)",
    )
    add(
        "ai:unpriced_requests:rate5m",
        join_team(_rate_by("ai_unpriced_requests_total", MS, w)),
        MST,
        "unpriced calls/s",
    )
    add(
        "ai:cached_prompt_savings_usd:rate5m",
        join_team(_rate_by("ai_cached_prompt_savings_usd_total", MS, w)),
        MST,
        "USD/s saved because prompt tokens were billed at the cached rate",
    )
    add(
        "ai:cost_usd_per_request:ratio_rate5m",
        "ai:cost_usd:rate5m\n/\n((ai:requests:rate5m - (ai:unpriced_requests:rate5m or ai:requests:rate5m * 0)) > 0)",
        MST,
        "USD per priced call (unpriced calls have no cost, so they are left out of the denominator)",
    )
    add(
        "ai:tokens_per_request:ratio_rate5m",
        'sum without (token_type) (ai:tokens:rate5m{token_type=~"prompt|completion"})\n/\n(ai:requests:rate5m > 0)',
        MST,
        "prompt + completion tokens per call",
    )
    for metric, what in (("request_duration_seconds", "latency"), ("time_to_first_token_seconds", "TTFT")):
        bucket, count = f"ai:{metric}_bucket:rate5m", f"ai:{metric}_count:rate5m"
        add(
            bucket,
            join_team(_rate_by(f"ai_{metric}_bucket", f"{MS}, le", w)),
            f"{MST}, le",
            f"{what} bucket rates",
        )
        add(count, join_team(_rate_by(f"ai_{metric}_count", MS, w)), MST, f"{what} observations/s")
        for q, suffix in ((0.5, "p50"), (0.95, "p95"), (0.99, "p99")):
            add(
                f"ai:{metric}:{suffix}_5m",
                f"histogram_quantile({q:g}, {bucket})\nand on ({MST})\n({count} > 0)",
                MST,
                f"{what} {suffix} in seconds",
            )
    out.extend(_evidence(t, p))
    out.extend(_confidence(t, p))
    add(
        "ai:screened_prompts:rate5m",
        join_team(_rate_by("ai_screened_prompts_total", "service, result", w)),
        "service, team, result",
        "screened prompts/s by result",
    )
    add(
        "ai:screened_prompts_blocked:ratio_rate5m",
        '(\n  sum by (service, team) (ai:screened_prompts:rate5m{result="blocked"})\n'
        "  or sum by (service, team) (ai:screened_prompts:rate5m) * 0\n)\n/\n"
        "(sum by (service, team) (ai:screened_prompts:rate5m) > 0)",
        "service, team",
        "blocked / screened prompts",
    )
    add(
        "ai:prompt_injection_detections:rate5m",
        join_team(_rate_by("ai_prompt_injection_detections_total", "service, category, severity", w)),
        "service, team, category, severity",
        "prompt-injection detections/s",
    )
    add(
        "ai:screened_outputs:rate5m",
        join_team(_rate_by("ai_screened_outputs_total", MS, w)),
        MST,
        "screened outputs/s (hallucination denominator)",
    )
    add(
        "ai:hallucination_flags:rate5m",
        join_team(_rate_by("ai_hallucination_flags_total", f"{MS}, category", w)),
        f"{MST}, category",
        "hallucination flags/s by claim category",
    )
    add(
        "ai:hallucination_flags:ratio_rate5m",
        "(sum without (category) (ai:hallucination_flags:rate5m) or ai:screened_outputs:rate5m * 0)\n/\n"
        "(ai:screened_outputs:rate5m > 0)",
        MST,
        "flags / screened outputs",
    )
    cache_all = _rate_by("ai_cache_requests_total", "service", w)
    cache_hit = _rate_by("ai_cache_requests_total", "service", w, sel='{result="hit"}')
    add(
        "ai:cache_hit:ratio_rate5m",
        join_team(f"({cache_hit} or {cache_all} * 0)\n/\n({cache_all} > 0)"),
        "service, team",
        "cache hits / lookups",
    )
    add(
        "ai:circuit_breaker_state:max",
        join_team("max by (model, service) (ai_circuit_breaker_state)"),
        MST,
        "SDK circuit-breaker state, the worst over instances: 0 closed, 1 half_open, 2 open",
    )
    add(
        f"ai:circuit_breaker_opens:increase{t.windows.sparse}",
        join_team(
            _rate_by(
                "ai_circuit_breaker_transitions_total",
                MS,
                p.window(t.windows.sparse),
                '{to="open"}',
                "increase",
            )
        ),
        MST,
        f"SDK circuit-breaker trips (transitions to open) in {t.windows.sparse}",
    )
    add(
        "ai:label_overflow:rate5m",
        _rate_by("ai_label_overflow_total", "label", w),
        "label",
        "folded label values/s",
    )
    out.extend(_volume(t, p))
    add(
        "ai:cost_usd:monthly_projection",
        projection.promql("sum by (service, team) (ai:cost_usd:rate1h)"),  # the one definition
        "service, team",
        f"USD per 30 days at the {t.windows.cost_projection} spend rate",
    )
    add(
        "ai:cost_usd:monthly_projection_total",
        "sum(ai:cost_usd:monthly_projection)",
        "(none)",
        "sum of the per-service monthly projections",
    )
    add(
        "ai:budget_usage:ratio",
        "(\n"
        f'  label_replace(sum by (service, team) (ai:cost_usd:rate1h) * {SECONDS_PER_DAY}, "period", "day", "", "")\n'
        "  or\n"
        f'  label_replace(sum by (service, team) (ai:cost_usd:rate1h) * {SECONDS_PER_MONTH}, "period", "month", "", "")\n'
        ")\n/ on (service, period) group_left ()\n(max by (service, period) (ai_budget_usd) > 0)",
        "service, team, period",
        f"spend projected over the period at the {t.windows.cost_projection} rate / ai_budget_usd "
        "(period day|month)",
    )
    add(
        "ai:cost_usd:increase1d",
        join_team(f"sum by (service) (increase(ai_cost_usd_total[{w_spend}]))"),
        "service, team",
        f"USD spent in the trailing {t.windows.budget_spend}",
    )
    add(
        "ai:budget_spent:ratio_1d",
        'ai:cost_usd:increase1d\n/ on (service) group_left ()\n(max by (service) (ai_budget_usd{period="day"}) > 0)',
        "service, team",
        f"trailing-{t.windows.budget_spend} spend / daily budget (input of the exhaustion forecast)",
    )
    out.extend(health_rules(t, p))
    return list(out)


def _evidence(t: Thresholds, p: Profile) -> list[Record]:
    """Event counts over the busy and the sparse window: what ratio and quantile alerts judge."""
    out = _Records()
    for name in evidence_windows(t):
        w = p.window(name)

        def inc(metric: str, by: str = MS, w: str = w) -> str:
            return _rate_by(metric, by, w, fn="increase")

        out.add(increase("requests", name), join_team(inc("ai_requests_total")), MST, f"calls in {name}")
        out.add(increase("errors", name), join_team(inc("ai_errors_total")), MST, f"failed calls in {name}")
        requests = increase("requests", name)
        unpriced = join_team(inc("ai_unpriced_requests_total"))
        out.add(
            increase("priced_requests", name),
            f"{requests}\n-\n(\n  {indent(unpriced)}\n  or\n  {requests} * 0\n)",
            MST,
            f"calls to priced models in {name} (the cost-per-call denominator)",
        )
        out.add(increase("cost_usd", name), join_team(inc("ai_cost_usd_total")), MST, f"USD spent in {name}")
        for metric, what in (
            ("request_duration_seconds", "calls"),
            ("time_to_first_token_seconds", "streamed calls"),
        ):
            out.add(
                increase(f"{metric}_bucket", name),
                join_team(inc(f"ai_{metric}_bucket", f"{MS}, le")),
                f"{MST}, le",
                f"{what} per bucket (le) in {name}",
            )
            out.add(
                increase(f"{metric}_count", name),
                join_team(inc(f"ai_{metric}_count")),
                MST,
                f"timed {what} in {name}",
            )
        out.add(
            increase("screened_outputs", name),
            join_team(inc("ai_screened_outputs_total")),
            MST,
            f"screened outputs in {name}",
        )
        out.add(
            increase("hallucination_flags", name),
            join_team(inc("ai_hallucination_flags_total")),
            MST,
            f"hallucination flags in {name} (all claim categories)",
        )
    return list(out)


def _confidence(t: Thresholds, p: Profile) -> list[Record]:
    """Mean confidence over the busy window (5m) and the sparse recent window (30m), and its baseline."""
    out = _Records()
    busy = t.windows.rate
    recent, base = p.window(t.windows.confidence_recent), p.window(t.windows.confidence_baseline)
    off = p.window(t.windows.confidence_baseline_offset)

    def mean(window: str, offset: str = "") -> str:
        s = f"sum by ({MS}) (rate(ai_response_confidence_sum[{window}]{offset}))"
        c = f"sum by ({MS}) (rate(ai_response_confidence_count[{window}]{offset}))"
        return join_team(f"{s}\n/\n({c} > 0)")

    def samples(window: str, offset: str = "") -> str:
        return join_team(f"sum by ({MS}) (increase(ai_response_confidence_count[{window}]{offset}))")

    w_busy = p.window(busy)
    out.add(f"ai:response_confidence:mean{busy}", mean(w_busy), MST, f"mean confidence over {busy}")
    out.add(
        increase("response_confidence_count", busy),
        samples(w_busy),
        MST,
        f"confidence observations in {busy} (drift alerts' busy-window guard)",
    )
    recent_d, base_d, off_d = (
        t.windows.confidence_recent,
        t.windows.confidence_baseline,
        t.windows.confidence_baseline_offset,
    )
    out.add("ai:response_confidence:mean_recent", mean(recent), MST, f"mean confidence over {recent_d}")
    out.add(
        "ai:response_confidence:samples_recent",
        samples(recent),
        MST,
        f"confidence observations in {recent_d} (drift alerts' sparse-window guard)",
    )
    out.add(
        "ai:response_confidence:mean_baseline",
        mean(base, f" offset {off}"),
        MST,
        f"mean confidence over {base_d} offset {off_d}",
    )
    out.add(
        "ai:response_confidence:samples_baseline",
        samples(base, f" offset {off}"),
        MST,
        f"confidence observations in {base_d} offset {off_d} (drift alerts' baseline guard)",
    )
    for record, source, what in (
        (f"ai:response_confidence:drift_ratio_{busy}", f"ai:response_confidence:mean{busy}", busy),
        ("ai:response_confidence:drift_ratio", "ai:response_confidence:mean_recent", recent_d),
    ):
        out.add(
            record,
            f"({source} - ai:response_confidence:mean_baseline)\n/\n(ai:response_confidence:mean_baseline > 0)",
            MST,
            f"({what} mean - baseline) / baseline; negative = confidence dropped",
        )
    return list(out)


def _volume(t: Thresholds, p: Profile) -> list[Record]:
    """Counts over the volume window: what the volume alerts (injection, unpriced, folding) compare."""
    name = t.windows.volume
    w = p.window(name)
    out = _Records()
    out.add(
        increase("prompt_injection_detections", name),
        join_team(
            _rate_by("ai_prompt_injection_detections_total", "service, category, severity", w, fn="increase")
        ),
        "service, team, category, severity",
        f"prompt-injection detections in {name}",
    )
    out.add(
        increase("unpriced_requests", name),
        join_team(_rate_by("ai_unpriced_requests_total", MS, w, fn="increase")),
        MST,
        f"calls to models without a price in {name}",
    )
    out.add(
        increase("label_overflow", name),
        _rate_by("ai_label_overflow_total", "label", w, fn="increase"),
        "label",
        f'label values folded into "other" in {name}',
    )
    return list(out)


def health_rules(t: Thresholds, p: Profile) -> list[Record]:
    """ai:health_score{,:by_service}, rendered by aiwatch.health.promql() so the exporter agrees."""
    w = p.window(t.windows.rate)
    slow = t.slo.latency.threshold_seconds
    low = t.quality.low_confidence_threshold
    components = t.health.components

    def bad(by: str) -> dict[str, str]:
        agg = f"sum by ({by}) " if by else "sum"

        def s(metric: str, sel: str = "") -> str:
            return f"{agg}(rate({metric}{sel}[{w}]))"

        return {
            "errors": f"{s('ai_errors_total')} / ({s('ai_requests_total')} > 0)",
            "latency": f"1 - {s('ai_request_duration_seconds_bucket', '{' + le_matcher(slow) + '}')}"
            f" / ({s('ai_request_duration_seconds_count')} > 0)",
            "low_confidence": f"{s('ai_response_confidence_bucket', '{' + le_matcher(low) + '}')}"
            f" / ({s('ai_response_confidence_count')} > 0)",
            "hallucination": f"{s('ai_hallucination_flags_total')} / ({s('ai_screened_outputs_total')} > 0)",
        }

    missing = {c.name for c in components} - set(bad(""))
    if missing:
        raise ValueError(f"{t.path}: health.components: no PromQL for {sorted(missing)}")
    per_service = health.promql(bad("service"), components, healthy=f"group by (service) ({TEAM})")
    return [
        Record(
            "ai:health_score",
            health.promql(bad(""), components, healthy="vector(1)"),
            "(none)",
            "AI health score 0-100 (formula in config/thresholds.yaml health:)",
        ),
        Record(
            "ai:health_score:by_service",
            f"{block(per_service)}\n* on (service) group_left (team) {TEAM}",
            "service, team",
            "AI health score 0-100 per service",
        ),
    ]


def _slo_terms(fn: str, w: str, slow: float) -> tuple[str, str, str, str]:
    """Per-service calls, failed calls, timed calls and calls within `slow` seconds: `fn` (rate, increase) over w."""
    fast = "ai_request_duration_seconds_bucket{" + le_matcher(slow) + "}"
    metrics = ("ai_requests_total", "ai_errors_total", "ai_request_duration_seconds_count", fast)
    req, err, cnt, within = (f"sum by (service) ({fn}({m}[{w}]))" for m in metrics)
    return req, err, cnt, within


def slo_recording_rules(t: Thresholds, p: Profile) -> list[Record]:
    """Per-service SLO error ratios for every burn window, and event counts for the long windows."""
    slow = t.slo.latency.threshold_seconds
    out = _Records()
    for name in slo_windows(t):
        w = p.window(name)
        req, err, cnt, fast = _slo_terms("rate", w, slow)
        out.add(
            f"ai:slo_availability_errors:ratio_rate{name}",
            join_team(f"({err} or {req} * 0)\n/\n({req} > 0)"),
            "service, team",
            f"failed / all calls over {name} (availability SLO)",
        )
        out.add(
            f"ai:slo_latency_slow:ratio_rate{name}",
            join_team(f"({cnt} - {fast})\n/\n({cnt} > 0)"),
            "service, team",
            f"share of calls slower than {secs(slow)} over {name} (latency SLO)",
        )
    for name in slo_long_windows(t):
        w = p.window(name)
        req, err, cnt, fast = _slo_terms("increase", w, slow)
        out.add(increase("slo_availability_calls", name), join_team(req), "service, team", f"calls in {name}")
        out.add(
            increase("slo_availability_errors", name),
            join_team(f"{err}\nor\n{req} * 0"),
            "service, team",
            f"failed calls in {name} (0 when none failed)",
        )
        out.add(
            increase("slo_latency_calls", name), join_team(cnt), "service, team", f"timed calls in {name}"
        )
        out.add(
            increase("slo_latency_slow", name),
            join_team(f"{cnt}\n-\n{fast}"),
            "service, team",
            f"calls slower than {secs(slow)} in {name}",
        )
    return list(out)
