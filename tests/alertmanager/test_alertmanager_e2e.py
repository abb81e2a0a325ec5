"""End to end: POST /v1/events → gunicorn exporter → Prometheus (fast rules) → Alertmanager → sinks.

Real processes on loopback only, wired by aiwatch.stack.pipeline with its
documented overrides (fast rules, 1 s intervals, 2 s resend delay, the
`timing` / `always_active` overrides of docs/alerting.md). `IncidentTraffic`
drives three incidents at once: AILatencyHigh (critical pages and goes to Slack
#aiwatch-platform; its warning is inhibited), AICostPerRequestHigh (warning →
Slack #aiwatch-personas) and AIUnpricedModelTraffic (info → e-mail).
"""

from __future__ import annotations

import pytest
import yaml
from aiwatch.inbox import email_message, email_text, pagerduty_event, slack_message
from aiwatch.stack.pipeline import IncidentTraffic, pipeline
from aiwatch.stack.processes import wait_for

ROUTING_KEY = "e2e-routing-key-read-from-file"
HEARTBEAT_TOKEN = "e2e-heartbeat-token"

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(180)]


@pytest.fixture
def stack(tmp_path):
    """Sinks, exporter, Alertmanager and Prometheus wired together; stops everything."""
    with pipeline(tmp_path, routing_key=ROUTING_KEY, heartbeat_token=HEARTBEAT_TOKEN) as s:
        s.config = yaml.safe_load(s.am_config.read_text())
        yield s


def test_alerts_reach_the_right_sinks_with_the_right_content(stack):
    http, smtp, am, prom = stack.http, stack.smtp, stack.am, stack.prom
    traffic = IncidentTraffic(stack.exporter.url)
    traffic.start()
    try:
        # critical → PagerDuty, severity passed through, routing key from its file, links
        page = http.wait(pagerduty_event("trigger", alertname="AILatencyHigh"), 90, "AILatencyHigh page")
        assert page.body["routing_key"] == ROUTING_KEY
        assert page.body["payload"]["severity"] == "critical"
        assert page.body["payload"]["component"] == "orchestrator"
        assert page.body["payload"]["group"] == "platform"
        assert page.body["dedup_key"]
        links = {link["text"]: link["href"] for link in page.body["links"]}
        assert links["Runbook"].endswith("AILatencyHigh.md")
        assert (
            "/d/aiwatch-overview?" in links["Dashboard"] and "var-service=orchestrator" in links["Dashboard"]
        )
        assert links["Silence"].startswith(am.url + "/#/silences/new?filter=")

        # critical → also the owning team's Slack channel, with the runbook link
        crit = http.wait(slack_message("CRITICAL AILatencyHigh · orchestrator"), 30, "critical in Slack")
        att = crit.body["attachments"][0]
        assert crit.body["channel"] == "#aiwatch-platform"
        assert f"<{links['Runbook']}|" in att["text"]
        assert "*team:* `platform`" in att["text"] and "*model:* `gpt-4o`" in att["text"]
        assert att["color"] == "danger"

        # warning → Slack of the owning team
        warn = http.wait(
            slack_message("WARNING AICostPerRequestHigh · persona_runtime"), 60, "cost warning in Slack"
        )
        assert warn.body["channel"] == "#aiwatch-personas"
        assert "AICostPerRequestHigh.md|" in warn.body["attachments"][0]["text"]

        # info → e-mail, subject from the template, authenticated with the password file (AUTH PLAIN)
        mail = smtp.wait(email_message("AIUnpricedModelTraffic"), 60, "info e-mail")
        assert mail.headers["Subject"].startswith(
            "[aiwatch] [FIRING:1] INFO AIUnpricedModelTraffic · rag_search"
        )
        assert "AIUnpricedModelTraffic.md" in email_text(mail.body)
        html = mail.body.get_body(preferencelist=("html",)).get_content()
        assert 'AIUnpricedModelTraffic.md">Runbook</a>' in html and "var-service=rag_search" in html
        assert any(login.startswith("PLAIN:") for login in smtp.logins)

        # Watchdog → heartbeat, bearer token from its file
        beat = http.wait(lambda r: r.kind == "webhook", 30, "heartbeat")
        assert beat.body["commonLabels"]["alertname"] == "Watchdog"
        assert beat.headers["Authorization"] == f"Bearer {HEARTBEAT_TOKEN}"

        # inhibition: the warning of the same alert and service fires in Prometheus, is muted in Alertmanager
        wait_for(
            lambda: prom.query(
                'ALERTS{alertname="AILatencyHigh",service="orchestrator",'
                'severity="warning",alertstate="firing"}'
            ),
            30,
            what="warning fires",
        )

        def muted_warning():
            return [
                a
                for a in am.alerts()
                if a["labels"]["alertname"] == "AILatencyHigh"
                and a["labels"]["severity"] == "warning"
                and a["labels"].get("service") == "orchestrator"
            ]

        warnings = wait_for(muted_warning, 30, what="warning in Alertmanager")
        assert all(a["status"]["state"] == "suppressed" and a["status"]["inhibitedBy"] for a in warnings)
    finally:
        traffic.stop()
    assert traffic.errors == []
    for r in http.received("slack"):
        if "AILatencyHigh" in r.body["attachments"][0]["title"]:
            assert "*severity:* `warning`" not in r.body["attachments"][0]["text"]

    # traffic stopped → the incident resolves → resolved notifications (send_resolved: true)
    resolve = http.wait(pagerduty_event("resolve", dedup_key=page.body["dedup_key"]), 60, "PagerDuty resolve")
    assert resolve.body["routing_key"] == ROUTING_KEY
    done = http.wait(
        lambda r: (
            r.kind == "slack"
            and r.body["attachments"][0]["title"].startswith("[RESOLVED]")
            and "AILatencyHigh · orchestrator" in r.body["attachments"][0]["title"]
        ),
        30,
        "Slack resolved",
    )
    assert done.body["channel"] == "#aiwatch-platform"
    assert done.body["attachments"][0]["color"] == "good"
    assert [r for r in http.received() if r.status >= 300] == []
