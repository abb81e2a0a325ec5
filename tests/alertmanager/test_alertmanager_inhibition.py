"""Inhibit rules of the committed config, checked on a real Alertmanager fed alerts through its API.

Fast and deterministic (no Prometheus): alerts are posted with the labels the
rules in rules/ carry; Alertmanager's own API reports which are inhibited.
The end-to-end test shows the same with real traffic.
"""

from __future__ import annotations

import contextlib

import pytest
import requests
from aiwatch.inbox import HttpSink, SmtpSink
from aiwatch.stack.alertmanager import render_alertmanager_config
from aiwatch.stack.local import start_alertmanager
from aiwatch.stack.processes import wait_for

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(60)]
EXPORTER_DOWN = "AIExporterDown"


@pytest.fixture
def am(tmp_path):
    with HttpSink() as http, SmtpSink() as smtp:
        cfg = render_alertmanager_config(
            tmp_path / "am",
            pagerduty_url=http.pagerduty_url,
            slack_api_url=http.slack_url,
            smtp_smarthost=smtp.smarthost,
            smtp_require_tls=False,
            heartbeat_url=http.webhook_url,
            secrets_dir=tmp_path / "none",
        )
        proc = start_alertmanager(tmp_path, cfg)
        try:
            yield proc
        finally:
            proc.stop()


def post(am, alerts: list[dict]) -> None:
    body = [
        {"labels": a, "annotations": {"summary": "s", "runbook_url": "http://127.0.0.1/r.md"}} for a in alerts
    ]
    r = requests.post(f"{am.url}/api/v2/alerts", json=body, timeout=10)
    assert r.status_code == 200, r.text


def states(am) -> dict[tuple, bool]:
    """(alertname, severity, service) -> inhibited? as Alertmanager's API reports it now."""
    return {
        (a["labels"]["alertname"], a["labels"].get("severity"), a["labels"].get("service")): bool(
            a["status"]["inhibitedBy"]
        )
        for a in am.alerts()
    }


def settled(am, expected: dict[tuple, bool]) -> dict[tuple, bool]:
    """The inhibitor learns source alerts asynchronously: poll until the state matches, then report it."""
    with contextlib.suppress(TimeoutError):  # the caller's assertion shows the difference
        wait_for(lambda: states(am) == expected, 10, what="inhibition state")
    return states(am)


def test_critical_mutes_lesser_severities_of_same_alert_and_service(am, rule_alerts):
    # every alert name that exists at both critical and warning severity in rules/
    sev = {}
    for a in rule_alerts:
        sev.setdefault(a["name"], set()).add(a["labels"].get("severity"))
    pairs = sorted(n for n, s in sev.items() if {"critical", "warning"} <= s)
    assert "AILatencyHigh" in pairs
    alerts = []
    for name in pairs:
        alerts += [
            {"alertname": name, "severity": "critical", "service": "orchestrator", "team": "platform"},
            {"alertname": name, "severity": "warning", "service": "orchestrator", "team": "platform"},
            {"alertname": name, "severity": "info", "service": "orchestrator", "team": "platform"},
            # same alert, other service: not muted
            {"alertname": name, "severity": "warning", "service": "rag_search", "team": "search"},
        ]
    alerts.append({"alertname": "AICostPerRequestHigh", "severity": "warning", "service": "orchestrator"})
    expected = {("AICostPerRequestHigh", "warning", "orchestrator"): False}  # other alert, same service
    for name in pairs:
        expected[(name, "critical", "orchestrator")] = False
        expected[(name, "warning", "orchestrator")] = True
        expected[(name, "info", "orchestrator")] = True
        expected[(name, "warning", "rag_search")] = False
    post(am, alerts)
    assert settled(am, expected) == expected


def test_exporter_down_mutes_alerts_computed_from_its_data(am, rule_alerts):
    names = sorted({a["name"]: a["labels"].get("severity") for a in rule_alerts}.items())
    assert EXPORTER_DOWN in dict(names)
    alerts = [
        {"alertname": n, "severity": s or "none", "service": "orchestrator"}
        for n, s in names
        if n != EXPORTER_DOWN
    ]
    alerts.append({"alertname": EXPORTER_DOWN, "severity": "critical", "job": "aiwatch"})
    # muted: everything computed from the exporter's data; audible: the stack's own health, the heartbeat
    expected = {
        (a["alertname"], a["severity"], a.get("service")): a["alertname"].startswith("AI")
        and a["alertname"] != EXPORTER_DOWN
        for a in alerts
    }
    assert expected[("Watchdog", "none", "orchestrator")] is False
    assert expected[("AILatencyHigh", "critical", "orchestrator")] is True
    post(am, alerts)
    assert settled(am, expected) == expected
