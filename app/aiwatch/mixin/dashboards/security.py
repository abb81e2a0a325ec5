"""AI Security: who is attacking which service with what, and how much is blocked at the source."""

from __future__ import annotations

from grafanalib.core import Dashboard

from .lib import F_ST, Board, Context, Q, above, build, dashboard_link


def build_dashboard(ctx: Context) -> Dashboard:
    t = ctx.t
    b = Board()
    severities = "|".join(t.alerts.injection.severities)  # the severities the alert counts

    b.stat(
        "Injection detections/s",
        "Prompt-injection pattern detections per second over 5 m, all severities "
        "(ai:prompt_injection_detections:rate5m).",
        [Q(f"sum(ai:prompt_injection_detections:rate5m{{{F_ST}}})")],
        unit="short",
        w=6,
    )
    window = t.windows.volume
    inj = t.alerts.injection
    b.stat(
        f"High/critical detections in {window} (top service)",
        f"The largest per-service count of {'/'.join(inj.severities)}-severity detections in the last {window} "
        f"(ai:prompt_injection_detections:increase{window}; blocked at the source). Orange from the count "
        f"{ctx.alert_name('injection')} fires at ({inj.min_detections} per service in {window}).",
        [
            Q(
                f"max(sum by (service) (ai:prompt_injection_detections:increase{window}"
                f'{{{F_ST}, severity=~"{severities}"}}))'
            )
        ],
        unit="short",
        w=6,
        steps=above(inj.min_detections),
        links=[ctx.rb("injection")],
    )
    b.stat(
        "Blocked ratio",
        "Blocked prompts / screened prompts over 5 m (ai:screened_prompts:rate5m by result).",
        [
            Q(
                f'sum(ai:screened_prompts:rate5m{{{F_ST}, result="blocked"}}) '
                f"/ (sum(ai:screened_prompts:rate5m{{{F_ST}}}) > 0)"
            )
        ],
        unit="percentunit",
        w=6,
    )
    b.stat(
        "Screened prompts/s",
        "Prompts screened for injection per second, all results (ai:screened_prompts:rate5m).",
        [Q(f"sum(ai:screened_prompts:rate5m{{{F_ST}}})")],
        unit="reqps",
        w=6,
    )
    b.newline()

    b.timeseries(
        "Detections by category",
        "Injection detections per second by attack category (ai:prompt_injection_detections:rate5m).",
        [Q(f"sum by (category) (ai:prompt_injection_detections:rate5m{{{F_ST}}})", "{{category}}")],
        unit="short",
        axis="detections/s",
        stack=True,
        links=[ctx.rb("injection")],
    )
    b.timeseries(
        "Detections by severity",
        "Injection detections per second by severity (low, medium, high, critical).",
        [Q(f"sum by (severity) (ai:prompt_injection_detections:rate5m{{{F_ST}}})", "{{severity}}")],
        unit="short",
        axis="detections/s",
        stack=True,
    )
    b.newline()

    b.timeseries(
        "Screened prompts by result",
        "Screened prompts per second by result: allowed, flagged (served, logged) and blocked.",
        [Q(f"sum by (result) (ai:screened_prompts:rate5m{{{F_ST}}})", "{{result}}")],
        unit="reqps",
        stack=True,
    )
    b.timeseries(
        "Blocked ratio by service",
        "Blocked / screened prompts per service over 5 m (ai:screened_prompts_blocked:ratio_rate5m).",
        [Q(f"ai:screened_prompts_blocked:ratio_rate5m{{{F_ST}}}", "{{service}}")],
        unit="percentunit",
        minimum=0,
    )
    b.newline()

    b.bargauge(
        "Top attacked services",
        "The 10 services with the most injection detections per second now, with their owning team.",
        [
            Q(
                f"topk(10, sum by (service, team) (ai:prompt_injection_detections:rate5m{{{F_ST}}}))",
                "{{service}} ({{team}})",
                instant=True,
            )
        ],
        unit="short",
        w=12,
    )
    b.table(
        "Detections by service, category and severity",
        "Current detections per second for every service, category and severity combination with traffic.",
        [
            Q(
                f"sum by (service, team, category, severity) "
                f"(ai:prompt_injection_detections:rate5m{{{F_ST}}}) > 0",
                table=True,
            )
        ],
        unit="short",
        w=12,
        value_title="detections/s",
        links=[dashboard_link("aiwatch-overview")],
    )
    return build(
        ctx,
        "aiwatch-security",
        "Prompt-injection detections by category and severity, blocked ratio and most attacked services.",
        b,
    )
