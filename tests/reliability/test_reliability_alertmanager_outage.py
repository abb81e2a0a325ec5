"""Alertmanager down while alerts fire: the notifications arrive once it is back.

Real Prometheus (fast rules, the documented override) and real Alertmanager
rendered for local sinks (aiwatch.stack.pipeline). The exporter target is a dead port, so
AIExporterDown (critical → PagerDuty + Slack) fires while Alertmanager is not
running; Prometheus keeps re-sending firing alerts, so they are delivered as
soon as Alertmanager starts.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from aiwatch.inbox import HttpSink, SmtpSink
from aiwatch.stack.local import start_alertmanager, start_prometheus
from aiwatch.stack.pipeline import RESEND, render_alertmanager_for_sinks, render_fast_rules
from aiwatch.stack.processes import free_port, wait_for

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(180)]  # e2e: scheduled first (tests/conftest.py)


def test_notifications_arrive_after_alertmanager_returns(tmp_path: Path):
    rules = render_fast_rules(tmp_path / "rules")
    with HttpSink() as http, SmtpSink() as smtp:
        am_cfg = render_alertmanager_for_sinks(
            tmp_path,
            http,
            smtp,
            routing_key="outage-test-routing-key",
            heartbeat_token="outage-test-heartbeat",
        )
        am_port = free_port()
        prom = start_prometheus(
            tmp_path,
            {"aiwatch": [f"127.0.0.1:{free_port()}"], "alertmanager": [f"127.0.0.1:{am_port}"]},
            rules_dir=rules,
            extra_args=[RESEND],
        )
        am = None
        try:
            wait_for(
                lambda: [
                    a
                    for a in prom.alerts()
                    if a["labels"]["alertname"] == "AIExporterDown" and a["state"] == "firing"
                ],
                40,
                what="AIExporterDown firing while Alertmanager is down",
            )
            time.sleep(3)  # at least one failed send attempt
            assert http.received() == []
            am = start_alertmanager(tmp_path, am_cfg, port=am_port)
            pd = http.wait(
                lambda r: (
                    r.kind == "pagerduty"
                    and r.body["event_action"] == "trigger"
                    and "AIExporterDown" in r.body["payload"]["summary"]
                ),
                40,
                what="the PagerDuty page after Alertmanager came back",
            )
            assert pd.body["routing_key"] == "outage-test-routing-key"
            assert pd.body["payload"]["severity"] == "critical"
            http.wait(
                lambda r: r.kind == "slack" and "AIExporterDown" in str(r.body),
                40,
                what="the Slack message after Alertmanager came back",
            )
            http.wait(lambda r: r.kind == "webhook", 40, what="the Watchdog heartbeat")
        finally:
            prom.stop()
            if am is not None:
                am.stop()
