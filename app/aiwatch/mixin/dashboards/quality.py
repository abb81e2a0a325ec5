"""AI Quality & Drift: is the model as confident as it used to be, and how often does it make things up."""

from __future__ import annotations

from grafanalib.core import Dashboard

from .lib import F_MST, F_ST, Board, Context, Q, above, band, build, dashboard_link


def build_dashboard(ctx: Context) -> Dashboard:
    t = ctx.t
    b = Board()
    drift_steps = band(t.alerts.drift.warning_ratio, t.alerts.drift.critical_ratio)

    b.stat(
        "Largest confidence drift",
        "The (recent - baseline) / baseline mean confidence farthest from 0 over the selection "
        "(ai:response_confidence:drift_ratio). Negative = less confident than usual. The alert fires on the "
        "absolute value: orange/red beyond the drift warning/critical thresholds either way.",
        [
            Q(
                f"ai:response_confidence:drift_ratio{{{F_MST}}} and on (model, service, team) "
                f"topk(1, abs(ai:response_confidence:drift_ratio{{{F_MST}}}))",
                "{{service}} {{model}}",
            )
        ],
        unit="percentunit",
        steps=drift_steps,
        links=[ctx.rb("drift")],
    )
    b.stat(
        "Mean confidence (recent)",
        "Mean response confidence of the recent window, weighted equally per service and model "
        "(ai:response_confidence:mean_recent).",
        [Q(f"avg(ai:response_confidence:mean_recent{{{F_MST}}})")],
        unit="percentunit",
        decimals=3,
    )
    b.stat(
        "Mean confidence (baseline)",
        "Mean response confidence of the baseline window (ai:response_confidence:mean_baseline).",
        [Q(f"avg(ai:response_confidence:mean_baseline{{{F_MST}}})")],
        unit="percentunit",
        decimals=3,
    )
    b.stat(
        "Worst hallucination flag ratio",
        "Highest flagged / screened outputs ratio over 5 m among the selected services and models "
        "(ai:hallucination_flags:ratio_rate5m). Orange from the hallucination alert threshold.",
        [Q(f"max(ai:hallucination_flags:ratio_rate5m{{{F_MST}}})")],
        unit="percentunit",
        steps=above(t.alerts.hallucination.flag_ratio_warning),
        links=[ctx.rb("hallucination")],
    )
    b.stat(
        "Hallucination flags/s",
        "Outputs flagged as potential hallucinations per second (ai:hallucination_flags:rate5m).",
        [Q(f"sum(ai:hallucination_flags:rate5m{{{F_MST}}})")],
        unit="short",
    )
    b.stat(
        "Health score",
        "Overall AI health score 0-100 (ai:health_score); low-confidence and hallucination shares are two of "
        "its four components.",
        [Q("ai:health_score")],
        unit="none",
        decimals=1,
        color="continuous-RdYlGr",
        limits=(0, 100),
        links=[dashboard_link("aiwatch-overview")],
    )
    b.newline()

    b.timeseries(
        "Confidence: recent vs baseline",
        "Mean response confidence per service and model: the recent window (solid) against the baseline "
        "window (ai:response_confidence:mean_recent / mean_baseline). A gap that opens is drift.",
        [
            Q(f"ai:response_confidence:mean_recent{{{F_MST}}}", "recent {{service}} {{model}}"),
            Q(f"ai:response_confidence:mean_baseline{{{F_MST}}}", "baseline {{service}} {{model}}"),
        ],
        unit="percentunit",
        minimum=0,
    )
    b.timeseries(
        "Confidence drift",
        "(recent - baseline) / baseline mean confidence per service and model "
        "(ai:response_confidence:drift_ratio). Lines at ± the warning and critical drift alert thresholds.",
        [Q(f"ai:response_confidence:drift_ratio{{{F_MST}}}", "{{service}} {{model}}")],
        unit="percentunit",
        steps=drift_steps,
        links=[ctx.rb("drift")],
    )
    b.newline()

    b.timeseries(
        "Hallucination flags by category",
        "Potential-hallucination flags per second by claim category (financial, medical, legal, statistical) "
        "(ai:hallucination_flags:rate5m).",
        [Q(f"sum by (category) (ai:hallucination_flags:rate5m{{{F_MST}}})", "{{category}}")],
        unit="short",
        axis="flags/s",
        stack=True,
    )
    b.timeseries(
        "Hallucination flag ratio by service and model",
        "Flagged / screened outputs over 5 m (ai:hallucination_flags:ratio_rate5m). Line at the alert threshold.",
        [Q(f"ai:hallucination_flags:ratio_rate5m{{{F_MST}}}", "{{service}} {{model}}")],
        unit="percentunit",
        steps=above(t.alerts.hallucination.flag_ratio_warning),
        links=[ctx.rb("hallucination")],
        minimum=0,
    )
    b.newline()

    b.bargauge(
        "Health by service",
        "Health score 0-100 per service (ai:health_score:by_service).",
        [Q(f"ai:health_score:by_service{{{F_ST}}}", "{{service}}")],
        unit="none",
        w=12,
        maximum=100,
        color="continuous-RdYlGr",
    )
    b.bargauge(
        "Drift by service and model (now)",
        "Current confidence drift per service and model, most degraded first.",
        [Q(f"sort(ai:response_confidence:drift_ratio{{{F_MST}}})", "{{service}} {{model}}", instant=True)],
        unit="percentunit",
        w=12,
        minimum=-1,
        maximum=1,
        steps=drift_steps,
    )
    b.newline()

    breaker_steps = above(1, 2)
    b.stat(
        "Circuit breakers not closed",
        "SDK circuit breakers (per model and service) that are half-open or open now "
        "(ai:circuit_breaker_state:max >= 1): calls to those models fail fast or go to their fallback model, and "
        f"are not counted as LLM calls. {ctx.alert_name('circuit_breaker')} fires when one stays so.",
        [Q(f"sum(ai:circuit_breaker_state:max{{{F_MST}}} >= bool 1)")],
        unit="short",
        steps=above(1),
        links=[ctx.rb("circuit_breaker")],
    )
    b.timeseries(
        "Circuit-breaker state",
        "State of each SDK circuit breaker, the worst over the service's instances "
        "(ai:circuit_breaker_state:max): 0 closed, 1 half-open (probing), 2 open. Set by the SDK on each "
        "transition; see docs/sdk.md.",
        [Q(f"ai:circuit_breaker_state:max{{{F_MST}}}", "{{service}} {{model}}")],
        unit="none",
        w=10,
        steps=breaker_steps,
        minimum=0,
        links=[ctx.rb("circuit_breaker")],
    )
    b.timeseries(
        "Circuit-breaker trips",
        "Transitions to open per service and model over the last hour (ai:circuit_breaker_opens:increase1h): a "
        "model that keeps tripping its breaker fails repeatedly. Each trip is also a line in the incident log "
        '(kind="circuit_breaker", docs/incidents.md).',
        [Q(f"ai:circuit_breaker_opens:increase1h{{{F_MST}}}", "{{service}} {{model}}")],
        unit="short",
        w=10,
        minimum=0,
    )
    return build(
        ctx,
        "aiwatch-quality",
        "Response-confidence drift against a baseline, hallucination flags by category, SDK circuit breakers.",
        b,
    )
