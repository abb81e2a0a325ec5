"""Alertmanager down while alerts fire: the notifications arrive once it is back.

Real Prometheus (fast rules, the documented override) and real Alertmanager
rendered by amconfig with local sinks. The exporter target is a dead port, so
AIExporterDown (critical → PagerDuty + Slack) fires while Alertmanager is not
running; Prometheus keeps re-sending firing alerts, so they are delivered as
soon as Alertmanager starts.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from aiwatch.amconfig import render_alertmanager_config
from support.servers import free_port, start_alertmanager, start_prometheus, wait_for
from support.sinks import HttpSink, SmtpSink

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.timeout(180)


def test_notifications_arrive_after_alertmanager_returns(tmp_path: Path):
    rules = tmp_path / "rules"
    subprocess.run(
        [sys.executable, str(REPO / "scripts" / "gen_rules.py"), "--profile", "fast", "--out", str(rules)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    with HttpSink() as http, SmtpSink() as smtp:
        secrets = tmp_path / "secrets"
        secrets.mkdir()
        (secrets / "slack_webhook_url").write_text(http.slack_url)
        (secrets / "pagerduty_routing_key").write_text("outage-test-routing-key")
        (secrets / "smtp_password").write_text(smtp.password)
        (secrets / "heartbeat_token").write_text("outage-test-heartbeat")
        am_cfg = render_alertmanager_config(
            tmp_path / "am",
            pagerduty_url=http.pagerduty_url,
            smtp_smarthost=smtp.smarthost,
            smtp_require_tls=False,
            heartbeat_url=http.webhook_url,
            secrets_dir=secrets,
            timing={"group_wait": "1s", "group_interval": "2s", "repeat_interval": "1h"},
            always_active=True,
        )
        am_port = free_port()
        prom = start_prometheus(
            tmp_path,
            {"aiwatch": [f"127.0.0.1:{free_port()}"], "alertmanager": [f"127.0.0.1:{am_port}"]},
            rules_dir=rules,
            extra_args=["--rules.alert.resend-delay=2s"],
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
