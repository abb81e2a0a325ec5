"""HA pair + long-term store: one incident fires through both Prometheus replicas and vmalert, delivered once.

Real processes on loopback (aiwatch.stack.ha): the exporter, two Prometheus
(replica="a"/"b") remote-writing to VictoriaMetrics with deduplication, vmalert
evaluating the same fast-profile rule files against VictoriaMetrics, and one
Alertmanager (the committed config rendered for local sinks) receiving the alerts
of all three.
"""

from __future__ import annotations

import time
from contextlib import ExitStack

import pytest
from aiwatch.inbox import HttpSink, SmtpSink, pagerduty_event
from aiwatch.stack.ha import REPLICA_LABEL, start_replica, start_victoria_metrics, start_vmalert
from aiwatch.stack.local import Prometheus, metric_sum, start_alertmanager, start_exporter
from aiwatch.stack.pipeline import (
    RESEND,
    IncidentTraffic,
    render_alertmanager_for_sinks,
    render_fast_rules,
)
from aiwatch.stack.processes import LOOPBACK, free_ports, wait_for

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(240)]

ALERT = "AILatencyHigh"
INCIDENT = {"alertname": ALERT, "service": "orchestrator", "model": "gpt-4o", "severity": "critical"}
SETTLE = 10  # s: several group_interval (2 s) and resend (2 s) periods after the first page


def incident_alerts(alerts: list[dict], state: str = "firing") -> list[dict]:
    return [
        a["labels"]
        for a in alerts
        if a.get("state", "firing") == state and INCIDENT.items() <= a["labels"].items()
    ]


def test_incident_fires_through_prometheus_pair_and_vmalert_and_is_delivered_once(tmp_path):
    rules = render_fast_rules(tmp_path / "rules")
    with ExitStack() as stack:
        http = stack.enter_context(HttpSink())
        smtp = stack.enter_context(SmtpSink())
        am_cfg = render_alertmanager_for_sinks(
            tmp_path, http, smtp, routing_key="ha-routing-key", heartbeat_token="ha-heartbeat"
        )
        exporter = stack.enter_context(start_exporter(tmp_path, workers=1))
        am = stack.enter_context(start_alertmanager(tmp_path, am_cfg))
        vm = stack.enter_context(start_victoria_metrics(tmp_path, dedup_interval="1s"))
        ports = dict(zip("ab", free_ports(2), strict=True))
        targets = {
            "aiwatch": [f"{LOOPBACK}:{exporter.port}"],
            "prometheus": [f"{LOOPBACK}:{p}" for p in ports.values()],
            "alertmanager": [f"{LOOPBACK}:{am.port}"],
        }
        pair: dict[str, Prometheus] = {
            r: stack.enter_context(
                start_replica(
                    tmp_path,
                    targets,
                    replica=r,
                    remote_write_url=vm.url,
                    rules_dir=rules,
                    extra_args=[RESEND],
                    port=ports[r],
                )
            )
            for r in ports
        }
        vmalert = stack.enter_context(
            start_vmalert(tmp_path, rules, store_url=vm.url, alertmanager_url=am.url)
        )
        for prom in pair.values():
            wait_for(lambda prom=prom: prom.targets_up().get("aiwatch") == 1.0, 30, what="aiwatch target up")

        with IncidentTraffic(exporter.url) as traffic:
            # the same alert from all three evaluators
            for name, prom in pair.items():
                wait_for(
                    lambda prom=prom: incident_alerts(prom.alerts()), 90, what=f"{ALERT} in Prometheus {name}"
                )
            wait_for(lambda: incident_alerts(vmalert.alerts()), 60, what=f"{ALERT} in vmalert")
            page = http.wait(pagerduty_event("trigger", alertname=ALERT), 30, f"{ALERT} page")
            time.sleep(SETTLE)
            assert traffic.errors == []

            # all three delivered it to Alertmanager ...
            for prom in pair.values():
                assert metric_sum(prom.url, "prometheus_notifications_sent_total") > 0
            assert metric_sum(vmalert.url, "vmalert_alerts_sent_total") > 0
            # ... which holds one alert (identical label sets, no `replica`) and pages once
            held = incident_alerts(am.alerts())
            assert len(held) == 1, held
            assert REPLICA_LABEL not in held[0]
            pages = [n for n in http.received("pagerduty") if pagerduty_event("trigger", alertname=ALERT)(n)]
            assert len(pages) == 1, [p.body for p in pages]
            assert page.body["payload"]["custom_details"]["num_firing"] == "1"

        # the store holds each raw series once (no `replica` label, samples deduplicated) ...
        sel = 'ai_requests_total{service="orchestrator", model="gpt-4o"}'
        assert len(vm.query(sel)) == 1
        assert vm.query(f'count({{__name__=~"ai_.+", {REPLICA_LABEL}!=""}})') == []
        stored = float(vm.query(f"count_over_time({sel}[20s])")[0]["value"][1])
        scraped = float(pair["a"].query(f"count_over_time({sel}[20s])")[0]["value"][1])
        assert stored <= scraped * 1.25, f"{stored} samples in 20 s in the store, {scraped} in one Prometheus"
        # ... and the recorded series vmalert evaluated from it, not copies from the pair
        recorded = vm.query('ai:request_duration_seconds:p99_5m{service="orchestrator", model="gpt-4o"}')
        assert len(recorded) == 1 and float(recorded[0]["value"][1]) > 5
