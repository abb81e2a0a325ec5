"""Alerting latency: from an incident's first event to the notification at each sink.

Two views:
1. production — computed from the committed configs (prometheus.yml intervals,
   each alert's `for:` in rules/, the Alertmanager route's group_wait /
   group_interval): best and worst case, no measurement;
2. test intervals — measured: the loopback pipeline of the end-to-end tests
   (aiwatch.stack.pipeline: gunicorn exporter → Prometheus with fast-profile
   rules and 1 s intervals → Alertmanager with the test timing → local
   PagerDuty / Slack / SMTP sinks), timed from the first POST /v1/events of the
   incident.
"""

from __future__ import annotations

import re
import tempfile
import time
from pathlib import Path

import yaml
from aiwatch.durations import parse_duration
from aiwatch.inbox import email_message, pagerduty_event, slack_message
from aiwatch.paths import PROMETHEUS_DIR, RULES_DIR
from aiwatch.stack.alertmanager import ALERTMANAGER_YML
from aiwatch.stack.pipeline import TEST_TIMING, IncidentTraffic, pipeline

# The incidents IncidentTraffic drives: (sink, alert, severity, service, team).
INCIDENTS = [
    ("PagerDuty", "AILatencyHigh", "critical", "orchestrator", "platform"),
    ("Slack", "AILatencyHigh", "critical", "orchestrator", "platform"),
    ("Slack", "AICostPerRequestHigh", "warning", "persona_runtime", "personas"),
    ("e-mail", "AIUnpricedModelTraffic", "info", "rag_search", "search"),
]


def _matches(matcher: str, labels: dict[str, str]) -> bool:
    m = re.fullmatch(r'\s*(\w+)\s*(=~|!~|!=|=)\s*"(.*)"\s*', matcher)
    if not m:
        raise ValueError(f"unsupported matcher {matcher!r}")
    name, op, value = m.groups()
    got = labels.get(name, "")
    return {
        "=": got == value,
        "!=": got != value,
        "=~": re.fullmatch(value, got) is not None,
        "!~": re.fullmatch(value, got) is None,
    }[op]


def route_timings(route: dict, labels: dict[str, str], inherited: dict | None = None) -> dict[str, dict]:
    """receiver -> effective {group_wait, group_interval, active_time_intervals} (Alertmanager semantics)."""
    eff = dict(inherited or {})
    for key in ("group_wait", "group_interval", "repeat_interval", "active_time_intervals"):
        if key in route:
            eff[key] = route[key]
    out: dict[str, dict] = {}
    for child in route.get("routes") or []:
        if all(_matches(m, labels) for m in child.get("matchers", [])):
            out.update(route_timings(child, labels, eff))
            if not child.get("continue"):
                return out
    return out or {route["receiver"]: eff}


def rule_for(alert: str, severity: str, rules_dir: Path = RULES_DIR) -> float:
    for path in sorted(rules_dir.glob("*.yml")):
        for group in yaml.safe_load(path.read_text()).get("groups", []):
            for rule in group.get("rules", []):
                if rule.get("alert") == alert and (rule.get("labels") or {}).get("severity") == severity:
                    return parse_duration(rule.get("for", "0s"))
    raise LookupError(f"no rule {alert} at severity {severity} in {rules_dir}")


def production_rows() -> list[str]:
    prom = yaml.safe_load((PROMETHEUS_DIR / "prometheus.yml").read_text())["global"]
    scrape, evaluation = parse_duration(prom["scrape_interval"]), parse_duration(prom["evaluation_interval"])
    am = yaml.safe_load(ALERTMANAGER_YML.read_text())
    receivers = {"PagerDuty": "pagerduty", "e-mail": "email"}
    rows = []
    for sink, alert, severity, service, team in INCIDENTS:
        labels = {"alertname": alert, "severity": severity, "service": service, "team": team}
        timings = route_timings(am["route"], labels)
        receiver = receivers.get(sink, f"slack-{team}")
        t = timings[receiver]
        hold = rule_for(alert, severity)
        wait = parse_duration(t["group_wait"])
        best = hold + wait
        # first scrape after the event, recording rule then alert rule evaluation, `for`, group_wait
        worst = scrape + 2 * evaluation + hold + wait
        note = " + wait for working hours" if t.get("active_time_intervals") else ""
        rows.append(
            f"| {sink} | {alert} ({severity}) | {scrape:g} s + 2×{evaluation:g} s + for {hold:g} s "
            f"+ group_wait {wait:g} s | {best / 60:.1f} min | {worst / 60:.1f} min{note} | "
            f"{t['group_interval']} / {t['repeat_interval']} |"
        )
    return rows


def measure() -> tuple[dict[str, float], float]:
    """Seconds from the first event to each sink's notification, and from the last event to the PD resolve."""
    with (
        tempfile.TemporaryDirectory(prefix="bench-alerting-") as d,
        pipeline(Path(d), routing_key="bench-routing-key", heartbeat_token="bench-token") as p,
    ):
        t0 = time.monotonic()
        with IncidentTraffic(p.exporter.url) as traffic:
            page = p.http.wait(pagerduty_event("trigger", alertname="AILatencyHigh"), 90)
            got = {
                "PagerDuty (critical)": page.at,
                "Slack (critical)": p.http.wait(slack_message("CRITICAL AILatencyHigh"), 90).at,
                "Slack (warning)": p.http.wait(slack_message("AICostPerRequestHigh"), 90).at,
                "e-mail (info)": p.smtp.wait(email_message("AIUnpricedModelTraffic"), 90).at,
            }
        resolved = p.http.wait(pagerduty_event("resolve", dedup_key=page.body["dedup_key"]), 90).at
        return {k: v - t0 for k, v in got.items()}, resolved - traffic.last_post


def run() -> str:
    lines = [
        "Time from an incident's first event to the notification at each sink.",
        "",
        "**Production intervals** (computed from prometheus/prometheus.yml, rules/ and "
        "alertmanager/alertmanager.yml; best case = `for` + group_wait, worst case adds one scrape "
        "and two rule evaluations; assumes the signal crosses its threshold at once, while a 5-minute "
        "window may need longer to build up):",
        "",
        "| sink | alert | path | best | worst | group_interval / repeat_interval |",
        "|---|---|---|---|---|---|",
        *production_rows(),
        "",
    ]
    measured, resolved = measure()
    lines += [
        "**Test intervals** (measured: real exporter, Prometheus and Alertmanager on loopback; "
        "fast-profile rules (`for` 2 s, 10 s windows), 1 s scrape/evaluation, "
        f"Alertmanager timing {TEST_TIMING}):",
        "",
        "| sink | first event → notification |",
        "|---|---|",
        *[f"| {k} | {v:.1f} s |" for k, v in measured.items()],
        f"| PagerDuty resolve (AILatencyHigh) | {resolved:.1f} s after the last event |",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(run())
