"""AI SLOs: multi-window burn rates (Google SRE workbook) and the error budget left, per service."""

from __future__ import annotations

from grafanalib.core import Dashboard

from .lib import F_ST, Board, Context, Q, above, below, build


def build_dashboard(ctx: Context) -> Dashboard:
    t = ctx.t
    b = Board()
    avail_budget = 1 - t.slo.availability.objective
    latency_budget = 1 - t.slo.latency.objective
    page = above(t.slo.burn_rates.page_slow, t.slo.burn_rates.page_fast)
    ticket = above(t.slo.burn_rates.ticket_slow, t.slo.burn_rates.ticket_fast)

    def burn(kind: str, budget: float, windows: tuple[str, ...]) -> list[Q]:
        record = f"ai:slo_{kind}:ratio_rate"
        return [Q(f"{record}{w}{{{F_ST}}} / {budget:g}", f"{{{{service}}}} {w}") for w in windows]

    b.text(
        "Objectives",
        "SLO objectives and burn-rate thresholds, all read from config/thresholds.yaml (slo).",
        f"**Availability**: {100 * t.slo.availability.objective:g} % of calls succeed "
        f"(error budget {100 * avail_budget:g} %). "
        f"**Latency**: {100 * t.slo.latency.objective:g} % of calls finish within "
        f"{t.slo.latency.threshold_seconds:g} s. "
        f"Burn rate = error ratio / error budget. Page: 1 h and 5 m above {t.slo.burn_rates.page_fast:g}x, or 6 h and "
        f"30 m above {t.slo.burn_rates.page_slow:g}x. Ticket: 1 d and 2 h above {t.slo.burn_rates.ticket_fast:g}x, or 3 d and "
        f"6 h above {t.slo.burn_rates.ticket_slow:g}x.",
        h=3,
    )
    b.newline()

    b.timeseries(
        "Availability burn rate: page windows (1h, 6h)",
        "Failed-call ratio / error budget over 1 h and 6 h per service "
        "(ai:slo_availability_errors:ratio_rate1h/6h). Lines at the page burn-rate thresholds (slow window "
        "orange, fast window red).",
        burn("availability_errors", avail_budget, ("1h", "6h")),
        unit="short",
        axis="x budget",
        steps=page,
        links=[ctx.rb("slo_availability")],
        minimum=0,
    )
    b.timeseries(
        "Availability burn rate: ticket windows (1d, 3d)",
        "Failed-call ratio / error budget over 1 d and 3 d per service "
        "(ai:slo_availability_errors:ratio_rate1d/3d). Lines at the ticket burn-rate thresholds.",
        burn("availability_errors", avail_budget, ("1d", "3d")),
        unit="short",
        axis="x budget",
        steps=ticket,
        links=[ctx.rb("slo_availability")],
        minimum=0,
    )
    b.newline()

    b.timeseries(
        "Latency burn rate: page windows (1h, 6h)",
        "Share of calls slower than the latency SLO threshold / latency error budget over 1 h and 6 h "
        "(ai:slo_latency_slow:ratio_rate1h/6h). Lines at the page burn-rate thresholds.",
        burn("latency_slow", latency_budget, ("1h", "6h")),
        unit="short",
        axis="x budget",
        steps=page,
        links=[ctx.rb("slo_latency")],
        minimum=0,
    )
    b.timeseries(
        "Latency burn rate: ticket windows (1d, 3d)",
        "Share of slow calls / latency error budget over 1 d and 3 d (ai:slo_latency_slow:ratio_rate1d/3d). "
        "Lines at the ticket burn-rate thresholds.",
        burn("latency_slow", latency_budget, ("1d", "3d")),
        unit="short",
        axis="x budget",
        steps=ticket,
        links=[ctx.rb("slo_latency")],
        minimum=0,
    )
    b.newline()

    b.bargauge(
        "Availability error budget remaining (3d)",
        "1 - (failed-call ratio over 3 d / error budget) per service: 100 % = untouched, 0 % = spent at "
        "exactly the sustainable rate, negative = over budget (the 3 d ticket condition).",
        [Q(f"1 - ai:slo_availability_errors:ratio_rate3d{{{F_ST}}} / {avail_budget:g}", "{{service}}")],
        unit="percentunit",
        w=12,
        minimum=-1,
        maximum=1,
        steps=below(0.0),
        links=[ctx.rb("slo_availability")],
    )
    b.bargauge(
        "Latency error budget remaining (3d)",
        "1 - (slow-call share over 3 d / latency error budget) per service.",
        [Q(f"1 - ai:slo_latency_slow:ratio_rate3d{{{F_ST}}} / {latency_budget:g}", "{{service}}")],
        unit="percentunit",
        w=12,
        minimum=-1,
        maximum=1,
        steps=below(0.0),
        links=[ctx.rb("slo_latency")],
    )
    b.newline()

    b.timeseries(
        "Availability (1d) vs objective",
        "Share of successful calls over 1 d per service (1 - ai:slo_availability_errors:ratio_rate1d). Red "
        "below the availability objective.",
        [Q(f"1 - ai:slo_availability_errors:ratio_rate1d{{{F_ST}}}", "{{service}}")],
        unit="percentunit",
        steps=below(t.slo.availability.objective),
    )
    b.timeseries(
        "Fast calls (1d) vs objective",
        "Share of calls within the latency SLO threshold over 1 d per service "
        "(1 - ai:slo_latency_slow:ratio_rate1d). Red below the latency objective.",
        [Q(f"1 - ai:slo_latency_slow:ratio_rate1d{{{F_ST}}}", "{{service}}")],
        unit="percentunit",
        steps=below(t.slo.latency.objective),
    )
    return build(
        ctx,
        "aiwatch-slo",
        "Availability and latency SLOs: multi-window multi-burn-rate view and error budget remaining.",
        b,
    )
