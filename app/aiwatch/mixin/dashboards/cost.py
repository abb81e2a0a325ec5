"""AI Cost & Tokens: where the money and tokens go, per model, service and team, and against budget."""

from __future__ import annotations

from grafanalib.core import Dashboard

from .lib import F_MST, F_ST, Board, Context, Q, above, build, dashboard_link


def build_dashboard(ctx: Context) -> Dashboard:
    t = ctx.t
    b = Board()

    b.stat(
        "Cost per hour",
        "Current spend in USD per hour (ai:cost_usd:rate5m x 3600) for the selection.",
        [Q(f"sum(ai:cost_usd:rate5m{{{F_MST}}}) * 3600")],
        unit="currencyUSD",
    )
    b.stat(
        "Monthly projection",
        "Projected spend of all services over 30 days at the last hour's rate "
        "(ai:cost_usd:monthly_projection_total; not filtered, like the alert). Orange from the monthly "
        "projection alert threshold.",
        [Q("ai:cost_usd:monthly_projection_total")],
        unit="currencyUSD",
        steps=above(t.alerts.cost.monthly_projection_warning_usd),
        links=[ctx.rb("monthly_projection")],
    )
    b.stat(
        "Cost per request",
        "Average USD per call over 5 m for the selection (ai:cost_usd:rate5m / ai:requests:rate5m). Orange "
        "from the cost-per-request alert threshold.",
        [Q(f"sum(ai:cost_usd:rate5m{{{F_MST}}}) / (sum(ai:requests:rate5m{{{F_MST}}}) > 0)")],
        unit="currencyUSD",
        decimals=4,
        steps=above(t.alerts.cost.per_request_warning_usd),
        links=[ctx.rb("cost_per_request")],
    )
    b.stat(
        "Tokens per request",
        "Average prompt + completion tokens per call over 5 m (weighted by traffic).",
        [
            Q(
                f'sum(ai:tokens:rate5m{{{F_MST}, token_type=~"prompt|completion"}}) '
                f"/ (sum(ai:requests:rate5m{{{F_MST}}}) > 0)"
            )
        ],
        unit="short",
    )
    b.stat(
        "Cached share of prompt tokens",
        "Share of prompt tokens served from the provider's prompt cache (cached_prompt / prompt tokens, "
        "ai:tokens:rate5m). Cached tokens are billed at the lower cached-input price, so this share drives "
        "the savings shown in USD in 'Savings from cached prompt tokens'.",
        [
            Q(
                f'sum(ai:tokens:rate5m{{{F_MST}, token_type="cached_prompt"}}) '
                f'/ (sum(ai:tokens:rate5m{{{F_MST}, token_type="prompt"}}) > 0)'
            )
        ],
        unit="percentunit",
    )
    b.stat(
        "Unpriced calls/s",
        "Calls whose model has no known price (ai:unpriced_requests:rate5m): their cost is NOT in any cost "
        "panel. Add the model to config/pricing.yaml. Orange as soon as there is any.",
        [Q(f"sum(ai:unpriced_requests:rate5m{{{F_MST}}})")],
        unit="reqps",
        steps=above(1e-9),
        links=[ctx.rb("unpriced")],
    )
    b.newline()

    b.timeseries(
        "Cost by model",
        "USD per hour by model (ai:cost_usd:rate5m x 3600).",
        [Q(f"sum by (model) (ai:cost_usd:rate5m{{{F_MST}}}) * 3600", "{{model}}")],
        unit="currencyUSD",
        w=8,
        stack=True,
    )
    b.timeseries(
        "Cost by service",
        "USD per hour by service (ai:cost_usd:rate5m x 3600).",
        [Q(f"sum by (service) (ai:cost_usd:rate5m{{{F_MST}}}) * 3600", "{{service}}")],
        unit="currencyUSD",
        w=8,
        stack=True,
    )
    b.timeseries(
        "Cost by team",
        "USD per hour by owning team (config/services.yaml; 'unassigned' for services not listed there).",
        [Q(f"sum by (team) (ai:cost_usd:rate5m{{{F_MST}}}) * 3600", "{{team}}")],
        unit="currencyUSD",
        w=8,
        stack=True,
    )
    b.newline()

    b.timeseries(
        "Cost per request by service and model",
        "USD per call over 5 m (ai:cost_usd_per_request:ratio_rate5m). Line at the cost-per-request alert "
        "threshold.",
        [Q(f"ai:cost_usd_per_request:ratio_rate5m{{{F_MST}}}", "{{service}} {{model}}")],
        unit="currencyUSD",
        steps=above(t.alerts.cost.per_request_warning_usd),
        links=[ctx.rb("cost_per_request")],
    )
    b.timeseries(
        "Tokens per request by service and model",
        "Prompt + completion tokens per call over 5 m (ai:tokens_per_request:ratio_rate5m).",
        [Q(f"ai:tokens_per_request:ratio_rate5m{{{F_MST}}}", "{{service}} {{model}}")],
        unit="short",
        axis="tokens",
    )
    b.newline()

    b.timeseries(
        "Tokens by type",
        "Tokens per second by token type (ai:tokens:rate5m). cached_prompt is the part of prompt tokens "
        "served from the provider's cache (billed at the cached rate).",
        [Q(f"sum by (token_type) (ai:tokens:rate5m{{{F_MST}}})", "{{token_type}}")],
        unit="short",
        axis="tokens/s",
        w=8,
    )
    b.timeseries(
        "Cache hit ratio",
        "Share of response-cache lookups that hit (ai:cache_hit:ratio_rate5m): every hit is a call not paid.",
        [Q(f"ai:cache_hit:ratio_rate5m{{{F_ST}}}", "{{service}}")],
        unit="percentunit",
        w=8,
        minimum=0,
    )
    b.timeseries(
        "Unpriced traffic by model",
        "Calls per second of models without a price (ai:unpriced_requests:rate5m), by model and service.",
        [Q(f"sum by (model, service) (ai:unpriced_requests:rate5m{{{F_MST}}})", "{{model}} ({{service}})")],
        unit="reqps",
        w=8,
        links=[ctx.rb("unpriced")],
    )
    b.newline()

    b.stat(
        "Savings from cached prompt tokens",
        "USD saved at the current rate because cached prompt tokens were billed at the provider's cached-input "
        "price instead of the full prompt price (ai:cached_prompt_savings_usd:rate5m x 3600 / x 86400, from the "
        "exporter's ai_cached_prompt_savings_usd_total and config/pricing.yaml). Unpriced models save nothing "
        "here.",
        [
            Q(f"sum(ai:cached_prompt_savings_usd:rate5m{{{F_MST}}}) * 3600", "per hour"),
            Q(f"sum(ai:cached_prompt_savings_usd:rate5m{{{F_MST}}}) * 86400", "per day"),
        ],
        unit="currencyUSD",
        w=6,
        h=8,
    )
    b.timeseries(
        "Savings from cached prompt tokens by model",
        "USD per hour saved by the cached-prompt rate, by model (ai:cached_prompt_savings_usd:rate5m x 3600). "
        "Compare with 'Cost by model' to see how much the prompt cache takes off the bill.",
        [Q(f"sum by (model) (ai:cached_prompt_savings_usd:rate5m{{{F_MST}}}) * 3600", "{{model}}")],
        unit="currencyUSD",
        w=18,
        stack=True,
    )
    b.newline()

    b.bargauge(
        "Budget burn (projected spend / budget)",
        "Projected spend of the day and month / budget from config/budgets.yaml (ai:budget_usage:ratio). "
        f"Orange from the budget alert threshold ({ctx.alert_name('budget')}).",
        [Q(f"ai:budget_usage:ratio{{{F_ST}}}", "{{service}} ({{period}})")],
        unit="percentunit",
        w=12,
        h=9,
        steps=above(t.alerts.cost.budget_usage_warning_ratio),
        links=[ctx.rb("budget"), ctx.rb("budget_forecast")],
    )
    b.table(
        "Monthly projection by service",
        "Projected 30-day spend per service and team at the last hour's rate (ai:cost_usd:monthly_projection).",
        [Q(f"sum by (service, team) (ai:cost_usd:monthly_projection{{{F_ST}}})", table=True)],
        unit="currencyUSD",
        w=12,
        h=9,
        value_title="Projected USD / 30 d",
        links=[dashboard_link("aiwatch-overview")],
    )
    return build(
        ctx,
        "aiwatch-cost",
        "Spend and tokens by model, service and team; cost and tokens per request; cache savings; budgets; "
        "unpriced traffic.",
        b,
    )
