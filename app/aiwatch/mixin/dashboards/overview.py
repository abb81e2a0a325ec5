"""AI Overview: is the AI layer healthy, how busy, how fast, how expensive, what is firing."""

from __future__ import annotations

from grafanalib.core import Dashboard

from .lib import ALERT_ANNOTATION_EXPR, F_MST, F_ST, Board, Context, Q, above, below, build, dashboard_link


def build_dashboard(ctx: Context) -> Dashboard:
    t = ctx.t
    b = Board()

    b.stat(
        "Health score",
        "AI health score 0-100 over all services (ai:health_score): weighted errors, slow calls, low-confidence "
        "responses and hallucination flags, weights and limits from config/thresholds.yaml (health). "
        "Not filtered by the variables; see 'Health by service'.",
        [Q("ai:health_score")],
        unit="none",
        decimals=1,
        color="continuous-RdYlGr",
        limits=(0, 100),
    )
    b.stat(
        "Requests/s",
        "LLM calls per second (all outcomes) for the selected team, service and model (ai:requests:rate5m).",
        [Q(f"sum(ai:requests:rate5m{{{F_MST}}})")],
        unit="reqps",
        w=3,
    )
    b.stat(
        "Error ratio",
        "Failed calls / all calls over 5 m (ai:errors:rate5m / ai:requests:rate5m). Orange from the error-ratio "
        f"alert threshold ({ctx.alert_name('errors')}, per model and service).",
        [Q(f"sum(ai:errors:rate5m{{{F_MST}}}) / (sum(ai:requests:rate5m{{{F_MST}}}) > 0)")],
        unit="percentunit",
        w=3,
        steps=above(t.alerts.errors.ratio_warning),
        links=[ctx.rb("errors"), dashboard_link("aiwatch-slo")],
    )
    b.stat(
        "Cost per hour",
        "Current spend rate in USD per hour (ai:cost_usd:rate5m x 3600). Unpriced models are not counted; "
        "see the Cost dashboard.",
        [Q(f"sum(ai:cost_usd:rate5m{{{F_MST}}}) * 3600")],
        unit="currencyUSD",
        links=[dashboard_link("aiwatch-cost")],
    )
    b.stat(
        "Monthly projection",
        "Projected spend of all services over 30 days at the last hour's rate "
        "(ai:cost_usd:monthly_projection_total; not filtered, like the alert). Orange from the monthly "
        "projection alert threshold.",
        [Q("ai:cost_usd:monthly_projection_total")],
        unit="currencyUSD",
        steps=above(t.alerts.cost.monthly_projection_warning_usd),
        links=[ctx.rb("monthly_projection"), dashboard_link("aiwatch-cost")],
    )
    b.stat(
        "Firing alerts",
        'Number of alerts currently firing in Prometheus (ALERTS{alertstate="firing"}), Watchdog included: '
        "1 means only the dead-man's switch is firing; no data means even the Watchdog is not firing.",
        [Q(f"count({ALERT_ANNOTATION_EXPR})")],
        unit="short",
        w=3,
        steps=above(2),
    )
    b.stat(
        "Exporter config",
        "Whether every aiwatch exporter loaded its latest config/ edit "
        '(min(aiwatch_config_last_reload_successful{job="aiwatch"}); global, not filtered). OK = 1; '
        "STALE = 0: an edit was rejected and the exporter runs on its last good configuration, so budget, "
        f"ownership or price changes are not in effect. See the runbook {ctx.alert_name('config_reload')} "
        "(and GET /readyz for the reason).",
        [Q('min(aiwatch_config_last_reload_successful{job="aiwatch"})')],
        unit="none",
        w=3,
        steps=below(1),
        mappings={0: ("STALE", "red"), 1: ("OK", "green")},
        links=[ctx.rb("config_reload")],
    )
    b.newline()

    b.timeseries(
        "Traffic by service",
        "LLM calls per second by service (ai:requests:rate5m).",
        [Q(f"sum by (service) (ai:requests:rate5m{{{F_MST}}})", "{{service}}")],
        unit="reqps",
        stack=True,
    )
    b.timeseries(
        "Error ratio by service",
        "Failed calls / all calls per service over 5 m. Line at the error-ratio alert threshold.",
        [
            Q(
                f"sum by (service) (ai:errors:rate5m{{{F_MST}}})"
                f" / (sum by (service) (ai:requests:rate5m{{{F_MST}}}) > 0)",
                "{{service}}",
            )
        ],
        unit="percentunit",
        steps=above(t.alerts.errors.ratio_warning),
        links=[ctx.rb("errors"), dashboard_link("aiwatch-slo")],
        minimum=0,
    )
    b.newline()

    b.timeseries(
        "Latency P50 / P95 / P99",
        "Call duration quantiles per service and model from the ai_request_duration_seconds histogram "
        "(ai:request_duration_seconds:p50_5m/p95_5m/p99_5m). Orange line: P95 warning threshold; red line: "
        "P99 critical threshold.",
        [
            Q(f"ai:request_duration_seconds:p50_5m{{{F_MST}}}", "p50 {{service}} {{model}}"),
            Q(f"ai:request_duration_seconds:p95_5m{{{F_MST}}}", "p95 {{service}} {{model}}"),
            Q(f"ai:request_duration_seconds:p99_5m{{{F_MST}}}", "p99 {{service}} {{model}}"),
        ],
        unit="s",
        steps=above(t.alerts.latency.p95_warning_seconds, t.alerts.latency.p99_critical_seconds),
        links=[ctx.rb("latency")],
    )
    b.timeseries(
        "Time to first token P50 / P95 / P99",
        "Time to the first streamed token (streaming calls only) per service and model "
        "(ai:time_to_first_token_seconds:p50_5m/p95_5m/p99_5m). Orange line: TTFT P95 warning threshold.",
        [
            Q(f"ai:time_to_first_token_seconds:p50_5m{{{F_MST}}}", "p50 {{service}} {{model}}"),
            Q(f"ai:time_to_first_token_seconds:p95_5m{{{F_MST}}}", "p95 {{service}} {{model}}"),
            Q(f"ai:time_to_first_token_seconds:p99_5m{{{F_MST}}}", "p99 {{service}} {{model}}"),
        ],
        unit="s",
        steps=above(t.alerts.ttft.p95_warning_seconds),
        links=[ctx.rb("ttft")],
    )
    b.newline()

    b.timeseries(
        "Cost rate by service",
        "Spend in USD per hour by service (ai:cost_usd:rate5m x 3600).",
        [Q(f"sum by (service) (ai:cost_usd:rate5m{{{F_MST}}}) * 3600", "{{service}}")],
        unit="currencyUSD",
        stack=True,
        links=[dashboard_link("aiwatch-cost")],
    )
    b.bargauge(
        "Monthly budget used (projected)",
        "Projected spend of the month / monthly budget from config/budgets.yaml (ai:budget_usage:ratio). "
        f"Orange from the budget alert threshold ({ctx.alert_name('budget')}).",
        [Q(f'ai:budget_usage:ratio{{{F_ST}, period="month"}}', "{{service}}")],
        unit="percentunit",
        w=6,
        steps=above(t.alerts.cost.budget_usage_warning_ratio),
        links=[ctx.rb("budget"), ctx.rb("budget_forecast"), dashboard_link("aiwatch-cost")],
    )
    b.bargauge(
        "Health by service",
        "Health score 0-100 per service (ai:health_score:by_service), same formula as the overall score.",
        [Q(f"ai:health_score:by_service{{{F_ST}}}", "{{service}}")],
        unit="none",
        w=6,
        maximum=100,
        color="continuous-RdYlGr",
        links=[dashboard_link("aiwatch-quality")],
    )
    b.newline()

    b.table(
        "Firing alerts",
        'Alerts firing now (ALERTS{alertstate="firing"}); click an alert name for its runbook.',
        [Q(ALERT_ANNOTATION_EXPR, table=True)],
        unit="short",
        hide=("Time", "Value", "__name__", "alertstate"),
        field_links={
            "alertname": {
                "title": "Runbook",
                "url": ctx.runbook_base + "/${__value.text}.md",
                "targetBlank": True,
            }
        },
        h=7,
    )
    return build(
        ctx,
        "aiwatch-overview",
        "Health, traffic, errors, latency, TTFT, cost and firing alerts of every LLM-backed service.",
        b,
    )
