"""Every alert aiwatch ships, as data: expression, `for:`, texts, labels, and its traffic-matrix scenario.

Ratio and quantile alerts judge evidence, not rates: a (model, service) series is judged
over the busy window (`windows.rate`, 5m) when that window holds `traffic.min_events`
events, otherwise over the sparse window (`windows.sparse`, 1h); the judged window must
also hold `traffic.min_bad_events` bad events (failed, slow, flagged calls), so a single
outlier among few calls never alerts. The sparse verdict is dropped while the busy window
has enough events and looks healthy, so a busy series resolves as fast as before. Latency
quantiles are stated exactly on bucket bounds: "P95 > 2 s" is "more than 5 % of calls
slower than 2 s". See docs/rules.md (design) and docs/alerts.md (generated catalogue).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..durations import parse_duration
from .model import Alert, Scenario, Target
from .promql import MST, block, le_matcher, num, pct, secs, usd
from .records import evidence_windows, increase
from .thresholds import BURN_KEYS, Profile, Thresholds

WHERE = "{{ $labels.model }} in {{ $labels.service }}"
SERIES = ("model", "service", "team")
PER_SERVICE = ("service", "team")
SPEND_EXEMPT = "spend against a money limit: the same at any call rate, so traffic level does not apply"
META_EXEMPT = "about the monitoring pipeline itself, not AI traffic"


class AlertFactory:
    """Builds Alert objects with the links and the profile's `for:` applied."""

    def __init__(self, t: Thresholds, p: Profile) -> None:
        self.t, self.p = t, p
        self.runbooks = t.runbooks.base_url.rstrip("/")
        self.dashboards = t.dashboards.base_url.rstrip("/")

    def __call__(
        self, name: str, severity: str, for_: str | None, dashboard: str | None, **kw: object
    ) -> Alert:
        return Alert(
            name=name,
            severity=severity,
            for_=self.p.for_(for_) if for_ else None,
            runbook_url=f"{self.runbooks}/{name}.md",
            dashboard=dashboard,
            dashboard_url=f"{self.dashboards}/{dashboard}" if dashboard else None,
            **kw,  # type: ignore[arg-type]
        )

    def ratio(
        self, name: str, severity: str, for_: str, dashboard: str, ev: Evidence, threshold: str, **kw: object
    ) -> Alert:
        """A per-(model, service) alert on `value > threshold`, judged on evidence (`judged`)."""
        return self(
            name,
            severity,
            for_,
            dashboard,
            expr=judged(self.t, ev, ">", threshold),
            labels=SERIES,
            low_traffic=_low_traffic(self.t, ev),
            **kw,
        )


# --------------------------------------------------------------------------- evidence-based ratios


@dataclass(frozen=True)
class Evidence:
    """How to count one ratio alert's events in a window (record suffix -> PromQL)."""

    events: Callable[[str], str]  # all events: calls, timed calls, screened outputs
    bad: Callable[[str], str] | None  # bad events; None when the value is an average (cost per call)
    value: Callable[[str], str] | None = None  # judged value; default bad / events
    events_text: str = "calls"
    bad_text: str = "bad calls"


def _value(ev: Evidence, w: str, zero_fill: bool = False) -> str:
    if ev.value is not None:
        return ev.value(w)
    assert ev.bad is not None
    bad = f"({ev.bad(w)} or {ev.events(w)} * 0)" if zero_fill else ev.bad(w)
    return f"{bad}\n/\n{ev.events(w)}"


def judged(t: Thresholds, ev: Evidence, op: str, threshold: str) -> str:
    """`value op threshold` over the busy window when it has enough events, else over the sparse one."""
    n, k = t.traffic.min_events, t.traffic.min_bad_events
    busy, sparse = evidence_windows(t)

    def verdict(w: str) -> str:
        lines = [f"{block(_value(ev, w))} {op} {threshold}", f"and on ({MST}) {ev.events(w)} >= {n}"]
        if ev.bad is not None:
            lines.append(f"and on ({MST}) {ev.bad(w)} >= {k}")
        return "\n".join(lines)

    healthy_busy = f"{ev.events(busy)} >= {n}\nand on ({MST})\n{block(_value(ev, busy, zero_fill=True))} {_negate(op)} {threshold}"
    return (
        f"# busy: the {busy} window has enough events\n{block(verdict(busy))}\nor\n"
        f"# sparse: judge the {sparse} window, unless the busy window has enough events and looks healthy\n"
        f"{block(block(verdict(sparse)) + chr(10) + f'unless on ({MST})' + chr(10) + block(healthy_busy))}"
    )


def _negate(op: str) -> str:
    return {">": "<=", "<": ">="}[op]


def _low_traffic(t: Thresholds, ev: Evidence) -> str:
    busy, sparse = evidence_windows(t)
    n, k = t.traffic.min_events, t.traffic.min_bad_events
    bad = f" and ≥ {k} {ev.bad_text}" if ev.bad is not None else ""
    return (
        f"judged over {busy} when it holds ≥ {n} {ev.events_text}, otherwise over {sparse} "
        f"(≥ {n} {ev.events_text}{bad} in the judged window): one call a minute is enough; "
        f"below {n} {ev.events_text} per {sparse} the series is not judged"
    )


def _calls(metric: str) -> Callable[[str], str]:
    return lambda w: increase(metric, w)


def _slower(metric: str, bound: float) -> Callable[[str], str]:
    """Observations above a bucket bound: count - bucket{le=bound}."""
    return lambda w: (
        f"({increase(metric + '_count', w)} - ignoring (le) {increase(metric + '_bucket', w)}{{{le_matcher(bound)}}})"
    )


# --------------------------------------------------------------------------- scenario data
# Per-call categories of the traffic-matrix families (aiwatch.mixin.matrix.FAMILIES): latency and TTFT
# categories are bucket bounds (a call in (previous bound, bound]), cost categories USD per call,
# confidence categories the confidence value, errors/outputs/prompts/unpriced named outcomes.

LATENCY_HEALTHY = {1.0: 0.8, 2.0: 0.19, 5.0: 0.009, 10.0: 0.001}  # P95 ~1.5 s, 1 % over 2 s
CONFIDENCE_HEALTHY = {0.6: 0.1, 0.7: 0.2, 0.8: 0.4, 0.9: 0.3}  # mean 0.79


def quality_alerts(t: Thresholds, a: AlertFactory) -> list[Alert]:
    out = []
    out += _drift(t, a)
    lat = t.alerts.latency
    for sev, q, thr, for_, incident, text in (
        (
            "warning",
            0.95,
            lat.p95_warning_seconds,
            lat.warning_for,
            {1.0: 0.5, 2.0: 0.2, 5.0: 0.3},
            "30 % of calls take 2-5 s (P95 far over 2 s, P99 under 5 s)",
        ),
        (
            "critical",
            0.99,
            lat.p99_critical_seconds,
            lat.critical_for,
            {1.0: 0.5, 2.0: 0.2, 5.0: 0.1, 10.0: 0.2},
            "20 % of calls take 5-10 s (P99 far over 5 s)",
        ),
    ):
        share = round(1 - q, 12)
        ev = Evidence(
            _calls("request_duration_seconds_count"),
            _slower("request_duration_seconds", thr),
            events_text="timed calls",
            bad_text=f"calls slower than {secs(thr)}",
        )
        qname = f"P{round(q * 100)}"
        out.append(
            a.ratio(
                "AILatencyHigh",
                sev,
                for_,
                "aiwatch-overview",
                ev,
                num(share),
                summary="LLM call latency is high.",
                description=f"{qname} latency of {WHERE} is over {secs(thr)}: {{{{ $value | humanizePercentage }}}} "
                f"of recent calls took longer (at most {pct(share)} may).",
                signal="latency",
                condition=f"{qname} latency > {secs(thr)}, i.e. more than {pct(share)} of calls slower than "
                f"{secs(thr)} (a bucket bound, so exact)",
                scenario=Scenario(
                    "latency",
                    healthy=LATENCY_HEALTHY,
                    incident=incident,
                    outlier=30.0,
                    incident_text=text,
                    healthy_text="1 % of calls over 2 s, 0.1 % over 5 s; one 30 s call",
                ),
            )
        )
    thr = t.alerts.errors.ratio_warning
    ev = Evidence(_calls("requests"), _calls("errors"), bad_text="failed calls")
    out.append(
        a.ratio(
            "AIErrorRateHigh",
            "warning",
            t.alerts.errors.warning_for,
            "aiwatch-overview",
            ev,
            num(thr),
            summary="LLM calls of a model are failing.",
            description=f"{{{{ $value | humanizePercentage }}}} of recent calls to {WHERE} failed (threshold {pct(thr)}).",
            signal="errors",
            condition=f"failed calls / calls > {pct(thr)}",
            scenario=Scenario(
                "errors",
                healthy={"ok": 0.99, "error": 0.01},
                incident={"ok": 0.8, "error": 0.2},
                outlier="error",
                incident_text="20 % of calls fail",
                healthy_text="1 % of calls fail; one extra failure",
            ),
        )
    )
    thr = t.alerts.ttft.p95_warning_seconds
    ev = Evidence(
        _calls("time_to_first_token_seconds_count"),
        _slower("time_to_first_token_seconds", thr),
        events_text="streamed calls",
        bad_text=f"first tokens later than {secs(thr)}",
    )
    out.append(
        a.ratio(
            "AITimeToFirstTokenHigh",
            "warning",
            t.alerts.ttft.warning_for,
            "aiwatch-overview",
            ev,
            "0.05",
            summary="Time to first token of streaming LLM calls degraded.",
            description=f"P95 time to first token of {WHERE} is over {secs(thr)}: {{{{ $value | humanizePercentage }}}} "
            "of recent streamed calls waited longer (at most 5% may); users wait before anything streams.",
            signal="ttft",
            condition=f"TTFT P95 > {secs(thr)}, i.e. more than 5% of streamed calls wait longer than {secs(thr)}",
            scenario=Scenario(
                "ttft",
                healthy={0.5: 0.9, 1.0: 0.09, 2.0: 0.01},
                incident={0.5: 0.3, 1.0: 0.3, 2.0: 0.4},
                outlier=10.0,
                incident_text="40 % of streamed calls wait 1-2 s for the first token",
                healthy_text="1 % of first tokens after 1 s; one after 10 s",
            ),
        )
    )
    thr = t.alerts.hallucination.flag_ratio_warning
    ev = Evidence(
        _calls("screened_outputs"),
        _calls("hallucination_flags"),
        events_text="screened outputs",
        bad_text="flags",
    )
    out.append(
        a.ratio(
            "AIHallucinationFlagRateHigh",
            "warning",
            t.alerts.hallucination.warning_for,
            "aiwatch-quality",
            ev,
            num(thr),
            summary="Many model outputs are flagged as potential hallucinations.",
            description=f"{{{{ $value | humanizePercentage }}}} of recent screened outputs of {WHERE} are flagged as "
            f"potential hallucinations (threshold {pct(thr)}). Outputs are still served.",
            signal="hallucination",
            condition=f"hallucination flags / screened outputs > {pct(thr)}",
            scenario=Scenario(
                "outputs",
                healthy={"ok": 0.98, "flagged": 0.02},
                incident={"ok": 0.67, "flagged": 0.33},
                outlier="flagged",
                incident_text="33 % of screened outputs flagged",
                healthy_text="2 % flagged; one extra flag",
            ),
        )
    )
    out.append(_circuit_breaker(t, a))
    return out


def _circuit_breaker(t: Thresholds, a: AlertFactory) -> Alert:
    """A breaker that stays open (or keeps probing) means a model keeps failing: calls fail fast or go to
    the fallback, and the error-rate alerts go quiet because those calls never reach the provider."""
    for_ = t.alerts.circuit_breaker.warning_for
    return a(
        "AICircuitBreakerOpen",
        "warning",
        for_,
        "aiwatch-quality",
        expr="ai:circuit_breaker_state:max >= 1",
        summary="An SDK circuit breaker is open: calls to a model fail fast or go to its fallback.",
        description=f"The circuit breaker of {WHERE} has been open or probing for {for_} "
        "(state {{ if eq $value 2.0 }}open{{ else }}half-open{{ end }}): the model keeps failing, so calls "
        "are not sent to it; they raise CircuitOpen or go to the fallback model.",
        signal="circuit_breaker",
        labels=SERIES,
        condition="an SDK circuit breaker is half-open or open (ai_circuit_breaker_state ≥ 1)",
        low_traffic="a state the SDK reports, not a ratio: the breaker's own minimum of calls "
        "(services.yaml circuit_breaker.min_calls) decides when it opens",
        matrix_exempt="a state reported by the SDK, not a ratio of calls: the same at any call rate",
    )


def _drift(t: Thresholds, a: AlertFactory) -> list[Alert]:
    """Confidence drift: busy window (windows.rate) or sparse recent window vs the same baseline."""
    m = t.traffic.min_confidence_samples
    busy = t.windows.rate
    recent = t.windows.confidence_recent
    drift_busy, drift_sparse = (
        f"ai:response_confidence:drift_ratio_{busy}",
        "ai:response_confidence:drift_ratio",
    )
    base = f"and on ({MST}) ai:response_confidence:samples_baseline >= {m}"
    out = []
    for sev, thr, for_ in (
        ("warning", t.alerts.drift.warning_ratio, t.alerts.drift.warning_for),
        ("critical", t.alerts.drift.critical_ratio, t.alerts.drift.critical_for),
    ):
        x = num(thr)

        def beyond(record: str, x: str = x) -> str:
            return f"({record} < -{x} or {record} > {x})"

        busy_verdict = f"{beyond(drift_busy)}\nand on ({MST}) {increase('response_confidence_count', busy)} >= {m}\n{base}"
        sparse_verdict = (
            f"{beyond(drift_sparse)}\nand on ({MST}) ai:response_confidence:samples_recent >= {m}\n{base}"
        )
        healthy_busy = (
            f"{increase('response_confidence_count', busy)} >= {m}\nand on ({MST})\nabs({drift_busy}) <= {x}"
        )
        expr = (
            f"# busy: {m} responses in {busy}\n{block(busy_verdict)}\nor\n"
            f"# sparse: the {recent} window, unless the busy window has enough responses and looks steady\n"
            f"{block(block(sparse_verdict) + chr(10) + f'unless on ({MST})' + chr(10) + block(healthy_busy))}"
        )
        out.append(
            a(
                "AIConfidenceDrift",
                sev,
                for_,
                "aiwatch-quality",
                expr=expr,
                summary="Model response confidence drifted from its baseline.",
                description=f"Mean response confidence of {WHERE} moved {{{{ $value | humanizePercentage }}}} "
                f"from its baseline (threshold ±{pct(thr)}): the model or its inputs changed.",
                signal="drift",
                labels=SERIES,
                condition=f"|recent mean − baseline| / baseline > {pct(thr)} (baseline: "
                f"{t.windows.confidence_baseline} ending {t.windows.confidence_baseline_offset} ago)",
                low_traffic=f"recent = {busy} when it holds ≥ {m} responses, otherwise {recent} (≥ {m} responses "
                f"there); the baseline needs ≥ {m} responses too: one response a minute is enough",
                scenario=Scenario(
                    "confidence",
                    healthy=CONFIDENCE_HEALTHY,
                    incident={round(v * 0.7, 6): s for v, s in CONFIDENCE_HEALTHY.items()},
                    outlier=0.1,
                    incident_text="confidence drops by 30 %",
                    healthy_text="confidence 0.6-0.9 (mean 0.79); one response at 0.1",
                ),
            )
        )
    return out


def security_alerts(t: Thresholds, a: AlertFactory) -> list[Alert]:
    inj = t.alerts.injection
    sev_re = "|".join(inj.severities)
    window = t.windows.volume
    return [
        a(
            "AIPromptInjectionAttackRate",
            "warning",
            inj.warning_for,
            "aiwatch-security",
            expr=f'sum by (service, team) ({increase("prompt_injection_detections", window)}{{severity=~"{sev_re}"}})\n'
            f">= {inj.min_detections}",
            summary="A service is receiving a burst of prompt-injection attempts.",
            description=f'{{{{ $labels.service }}}} saw {{{{ printf "%.0f" $value }}}} {"/".join(inj.severities)}-'
            f"severity prompt-injection detections in the last {window} (threshold {inj.min_detections}); they "
            "are blocked at the source.",
            signal="injection",
            labels=PER_SERVICE,
            condition=f"≥ {inj.min_detections} {'/'.join(inj.severities)} prompt-injection detections in "
            f"{window} per service",
            low_traffic=f"a count, not a rate: the same {inj.min_detections} detections in {window} at any traffic",
            scenario=Scenario(
                "prompts",
                healthy={"benign": 0.98995, "low": 0.01, "high": 0.00005},
                incident={"benign": 0.94, "low": 0.01, "high": 0.05},
                incident_floor={"high": 1.0},
                outlier="high",
                incident_text="an attack: 5 % of prompts (at least one a minute) are high-severity injections",
                healthy_text="1 % low-severity detections, 1 in 20 000 prompts high; one extra high",
            ),
        )
    ]


def cost_alerts(t: Thresholds, a: AlertFactory, p: Profile) -> list[Alert]:
    c = t.alerts.cost
    w_cost = t.windows.cost_projection
    lookback = p.window(t.windows.budget_forecast_lookback)
    horizon_default = t.windows.budget_forecast_horizon
    horizon = parse_duration(p.window(horizon_default))
    spend = t.windows.budget_spend
    ev = Evidence(
        _calls("priced_requests"),
        None,
        value=lambda w: f"{increase('cost_usd', w)}\n/\n{increase('priced_requests', w)}",
        events_text="priced calls",
    )
    unpriced = t.alerts.unpriced
    return [
        a.ratio(
            "AICostPerRequestHigh",
            "warning",
            c.per_request_warning_for,
            "aiwatch-cost",
            ev,
            num(c.per_request_warning_usd),
            summary="LLM calls cost more per request than expected.",
            description=f"Recent calls to {WHERE} cost "
            f'${{{{ printf "%.4f" $value }}}} each on average (threshold {usd(c.per_request_warning_usd)}): '
            "check prompt size, completion limits and model choice.",
            signal="cost_per_request",
            condition=f"USD per priced call > {usd(c.per_request_warning_usd)} (an average: no bad-event minimum)",
            scenario=Scenario(
                "cost",
                healthy={0.003: 0.9, 0.012: 0.1},
                incident={0.03: 1.0},
                outlier=0.3,
                incident_text="every call costs $0.03",
                healthy_text="$0.0039 per call on average; one $0.30 call",
            ),
        ),
        a(
            "AIMonthlyCostProjectionHigh",
            "warning",
            c.monthly_projection_warning_for,
            "aiwatch-cost",
            expr=f"ai:cost_usd:monthly_projection_total > {num(c.monthly_projection_warning_usd)}",
            summary="Projected monthly LLM spend is over the limit.",
            description=f"At the last {w_cost}'s spend rate all services together would cost "
            f'${{{{ printf "%.2f" $value }}}} per 30 days (threshold {usd(c.monthly_projection_warning_usd)}).',
            signal="monthly_projection",
            labels=(),
            condition=f"sum of 30-day projections (at the {w_cost} rate) > {usd(c.monthly_projection_warning_usd)}",
            low_traffic=f"spend over {w_cost}, not a ratio: independent of the call rate",
            matrix_exempt=SPEND_EXEMPT,
        ),
        a(
            "AIServiceBudgetBurn",
            "warning",
            c.budget_usage_warning_for,
            "aiwatch-cost",
            expr=f"ai:budget_usage:ratio > {num(c.budget_usage_warning_ratio)}",
            summary="A service is spending faster than its budget allows.",
            description=f"At the last {w_cost}'s spend rate {{{{ $labels.service }}}} would use "
            "{{ $value | humanizePercentage }} of its {{ $labels.period }} budget "
            f"(threshold {pct(c.budget_usage_warning_ratio)}).",
            signal="budget",
            labels=("service", "team", "period"),
            condition=f"spend projected over the period / budget > {pct(c.budget_usage_warning_ratio)} "
            "(per service and period)",
            low_traffic=f"spend over {w_cost}, not a ratio: independent of the call rate",
            matrix_exempt=SPEND_EXEMPT,
        ),
        a(
            "AIBudgetExhaustionForecast",
            "warning",
            c.budget_forecast_warning_for,
            "aiwatch-cost",
            expr=f"predict_linear(ai:budget_spent:ratio_1d[{lookback}], {num(horizon)}) >= 1\n"
            "and on (service, team)\nai:budget_spent:ratio_1d < 1",
            summary="A service is forecast to exhaust its daily budget.",
            description=f"{{{{ $labels.service }}}} is forecast to have spent {{{{ $value | humanizePercentage }}}} of "
            f"its daily budget over a trailing {spend} within {horizon_default} (linear trend of the "
            "last hours).",
            signal="budget_forecast",
            labels=PER_SERVICE,
            condition=f"trailing-{spend} spend / daily budget is < 100 % now but predict_linear over "
            f"{t.windows.budget_forecast_lookback} reaches 100 % within {horizon_default}",
            low_traffic="spend trend, not a ratio: independent of the call rate",
            matrix_exempt=SPEND_EXEMPT,
        ),
        a(
            "AIUnpricedModelTraffic",
            "info",
            unpriced.info_for,
            "aiwatch-cost",
            expr=f"{increase('unpriced_requests', t.windows.volume)} >= {unpriced.min_calls}",
            summary="Calls go to a model without a price; their cost is not counted.",
            description=f'{{{{ $labels.service }}}} made {{{{ printf "%.0f" $value }}}} calls to {{{{ $labels.model }}}} '
            f"in the last {t.windows.volume} but the model has no price, so cost metrics and alerts undercount: "
            "add it to config/pricing.yaml.",
            signal="unpriced",
            labels=SERIES,
            condition=f"≥ {unpriced.min_calls} calls to a model without a price in {t.windows.volume}",
            low_traffic=f"a count, not a rate: {unpriced.min_calls} unpriced calls in {t.windows.volume} at any "
            "traffic; a single stray call does not alert",
            scenario=Scenario(
                "unpriced",
                healthy={"priced": 1.0},
                incident={"unpriced": 1.0},
                outlier="unpriced",
                incident_text="every call goes to a model without a price",
                healthy_text="all calls priced; one stray unpriced call",
            ),
        ),
    ]


def slo_alerts(t: Thresholds, a: AlertFactory) -> list[Alert]:
    n, k = t.traffic.min_events, t.traffic.min_bad_events
    out = []
    specs = (
        (
            "availability",
            "AIAvailabilitySLOBurnRate",
            "availability (failed calls)",
            ("slo_availability_errors", "slo_availability_calls", "slo_availability_errors"),
            "slo_availability",
        ),
        (
            "latency",
            "AILatencySLOBurnRate",
            "latency (slow calls)",
            ("slo_latency_slow", "slo_latency_calls", "slo_latency_slow"),
            "slo_latency",
        ),
    )
    for slo, title, what, (ratio, calls, bad), signal in specs:
        obj = t.slo.objectives()[slo]
        budget = obj.budget
        for sev, kind, keys, for_ in (
            ("critical", "page", BURN_KEYS[:2], t.slo.page_for),
            ("warning", "ticket", BURN_KEYS[2:], t.slo.ticket_for),
        ):
            parts, conds = [], []
            for key in keys:
                factor = getattr(t.slo.burn_rates, key)
                pair = getattr(t.slo.burn_windows, key)
                lim = f"({num(factor)} * {num(budget)})"
                parts.append(
                    block(
                        f"ai:{ratio}:ratio_rate{pair.long} > {lim}\nand ai:{ratio}:ratio_rate{pair.short} > {lim}\n"
                        f"and {increase(bad, pair.long)} >= {k}\nand {increase(calls, pair.long)} >= {n}"
                    )
                )
                conds.append(f"{pair.long} and {pair.short} burn > {num(factor)}×")
            slo_text = (
                f"{pct(obj.objective)} of calls succeed"
                if slo == "availability"
                else f"{pct(obj.objective)} of calls under {secs(t.slo.latency.threshold_seconds)}"
            )
            out.append(
                a(
                    title,
                    sev,
                    for_,
                    "aiwatch-slo",
                    expr="\nor\n".join(parts),
                    summary=f"The {slo} SLO error budget is burning too fast.",
                    description=f"{{{{ $labels.service }}}} burns its {what} error budget: "
                    f"{{{{ $value | humanizePercentage }}}} of calls are bad over the long window "
                    f"(SLO {slo_text}; {kind} threshold).",
                    signal=signal,
                    labels=PER_SERVICE,
                    condition=" or ".join(conds),
                    low_traffic=f"each long window needs ≥ {n} calls and ≥ {k} bad calls (per service), so a "
                    "stray failure on a near-idle service does not burn the budget",
                    scenario=_slo_scenario(t, slo, kind),
                )
            )
    return out


def _slo_scenario(t: Thresholds, slo: str, kind: str) -> Scenario:
    """Page: a total outage (availability) or every call slow (latency); ticket: a 5x burn that never pages."""
    slow = t.slo.latency.threshold_seconds
    page = kind == "page"
    if slo == "availability":
        ticket_share = round(5 * t.slo.availability.budget, 12)
        return Scenario(
            "errors",
            healthy={"ok": 0.999, "error": 0.001},
            incident={"error": 1.0} if page else {"ok": 1 - ticket_share, "error": ticket_share},
            outlier="error",
            incident_text="every call fails" if page else f"{pct(ticket_share)} of calls fail (5× burn)",
            healthy_text="0.1 % of calls fail; one extra failure",
            timeline=f"slo-{kind}",
            target=None if not page else Target(busy=10, sparse=30),
            target_note=""
            if page
            else "tickets catch slow burns by design: 10 % of the 30-day budget (1d at 3×) or all of it (3d at 1×)",
        )
    ticket_share = round(5 * t.slo.latency.budget, 12)
    return Scenario(
        "latency",
        healthy={slow: 0.99, 5.0: 0.01} if slow < 5.0 else {slow: 0.99, 30.0: 0.01},
        incident={5.0 if slow < 5.0 else 30.0: 1.0}
        if page
        else {slow: 1 - ticket_share, (5.0 if slow < 5.0 else 30.0): ticket_share},
        outlier=30.0,
        incident_text=f"every call is slower than {secs(slow)}"
        if page
        else f"{pct(ticket_share)} of calls slower than {secs(slow)} (5× burn)",
        healthy_text=f"1 % of calls slower than {secs(slow)}; one 30 s call",
        timeline=f"slo-{kind}",
        target=None,
        target_note=(
            f"with a {pct(t.slo.latency.objective)} objective the burn rate cannot exceed "
            f"{num(round(1 / t.slo.latency.budget, 6))}×, so the 1h page needs "
            f"{pct(round(t.slo.burn_rates.page_fast * t.slo.latency.budget, 6))} of an hour's calls slow; "
            "AILatencyHigh critical pages on the same incident within minutes"
        )
        if page
        else "tickets catch slow burns by design: 10 % of the 30-day budget (1d at 3×) or all of it (3d at 1×)",
    )


def meta_alerts(t: Thresholds, a: AlertFactory, p: Profile) -> list[Alert]:
    w = p.window(t.windows.rate)
    w_default = t.windows.rate
    ratio = t.alerts.notification_failures.ratio_critical
    volume = t.windows.volume
    meta = {"low_traffic": "not about AI traffic", "matrix_exempt": META_EXEMPT}
    return [
        a(
            "AIExporterDown",
            "critical",
            t.alerts.exporter_down.critical_for,
            "aiwatch-overview",
            expr='up{job="aiwatch"} == 0\nor\nabsent(up{job="aiwatch"})',
            summary="Prometheus cannot scrape the aiwatch exporter.",
            description="The aiwatch exporter {{ with $labels.instance }}{{ . }}{{ else }}(no target discovered)"
            "{{ end }} is not scraped: no AI metrics are collected and every AI alert is blind.",
            signal="exporter_down",
            labels=("instance", "job"),
            condition='up{job="aiwatch"} == 0, or no aiwatch target at all',
            **meta,
        ),
        a(
            "AIExporterConfigReloadFailed",
            "warning",
            t.alerts.config_reload.warning_for,
            "aiwatch-overview",
            expr='max by (instance) (aiwatch_config_last_reload_successful{job="aiwatch"}) == 0',
            summary="The exporter rejected an edit of config/ and runs on its last good configuration.",
            description="The aiwatch exporter {{ $labels.instance }} could not load config/ and keeps its last good "
            "configuration: budget, ownership or price changes are not in effect (see GET /readyz).",
            signal="config_reload",
            labels=("instance",),
            condition="aiwatch_config_last_reload_successful == 0",
            **meta,
        ),
        a(
            "AILabelOverflow",
            "info",
            t.alerts.label_overflow.info_for,
            "aiwatch-overview",
            expr=f"{increase('label_overflow', volume)} > 0",
            summary='Label values are being folded into "other" by the cardinality guard.',
            description='New values of label {{ $labels.label }} were folded into "other" '
            f'({{{{ printf "%.0f" $value }}}} in the last {volume}): per-value breakdowns are incomplete.',
            signal="label_overflow",
            labels=("label",),
            condition=f'label values folded into "other" in {volume} > 0',
            **meta,
        ),
        a(
            "Watchdog",
            "none",
            None,
            None,
            expr="vector(1)",
            summary="Always firing: proves the alerting pipeline works end to end.",
            description="This alert always fires. If the heartbeat receiver stops getting it, Prometheus, "
            "Alertmanager or the path between them is broken.",
            signal="watchdog",
            labels=(),
            condition="always",
            **meta,
        ),
        a(
            "PrometheusRuleEvaluationFailures",
            "critical",
            t.alerts.rule_failures.critical_for,
            None,
            expr=f"sum by (instance, rule_group) (increase(prometheus_rule_evaluation_failures_total[{w}])) > 0",
            summary="Prometheus fails to evaluate rules; alerts may be silently broken.",
            description="Prometheus {{ $labels.instance }} failed {{ $value | humanize }} evaluations of rule group "
            f"{{{{ $labels.rule_group }}}} in the last {w_default}: recording rules and alerts in it are stale.",
            signal="rule_failures",
            labels=("instance", "rule_group"),
            condition=f"rule evaluation failures in {w_default} > 0",
            **meta,
        ),
        a(
            "AlertmanagerNotificationsFailing",
            "critical",
            t.alerts.notification_failures.critical_for,
            None,
            expr=f"sum by (instance, integration) (rate(alertmanager_notifications_failed_total[{w}]))\n/\n"
            f"(sum by (instance, integration) (rate(alertmanager_notifications_total[{w}])) > 0)\n"
            f"> {num(ratio)}",
            summary="Alertmanager fails to deliver notifications.",
            description="Alertmanager {{ $labels.instance }} failed to deliver {{ $value | humanizePercentage }} of "
            f"{{{{ $labels.integration }}}} notifications in the last {w_default} (threshold {pct(ratio)}): "
            "alerts are not reaching people.",
            signal="notification_failures",
            labels=("instance", "integration"),
            condition=f"failed / sent notifications per integration > {pct(ratio)}",
            **meta,
        ),
    ]
