"""End to end: POST /v1/events → gunicorn exporter → Prometheus (fast rules) → Alertmanager → sinks.

Real processes on loopback only. The only test-specific settings are the
documented overrides: rules rendered with `gen_rules.py --profile fast`, 1 s
scrape/evaluation intervals and a 2 s alert resend delay in Prometheus, and
amconfig's `timing` / `always_active` (docs/alerting.md). Traffic drives three incidents at once:

  orchestrator / gpt-4o      every call takes 10 s → AILatencyHigh critical (P99 > 5 s) AND warning (P95 > 2 s):
                             critical pages + Slack #aiwatch-platform; the warning is inhibited
  persona_runtime / gpt-4    2k+1k tokens per call → AICostPerRequestHigh warning → Slack #aiwatch-personas
  rag_search / unpriced      a model without a price → AIUnpricedModelTraffic info → e-mail
"""

from __future__ import annotations

import threading

import pytest
import yaml
from support.pipeline import pipeline
from support.servers import event, post_events, wait_for
from support.sinks import HttpSink, email_text

ROUTING_KEY = "e2e-routing-key-read-from-file"
HEARTBEAT_TOKEN = "e2e-heartbeat-token"
UNPRICED_MODEL = "e2e-unpriced-model"

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(180)]


def traffic_batch() -> list[dict]:
    return [
        *[event("gpt-4o", "orchestrator", duration_seconds=10.0) for _ in range(2)],
        *[event("gpt-4", "persona_runtime", prompt_tokens=2000, completion_tokens=1000) for _ in range(2)],
        *[event(UNPRICED_MODEL, "rag_search") for _ in range(2)],
    ]


class Traffic(threading.Thread):
    """Posts a batch every 0.5 s until stopped; remembers when it started (for the benchmark)."""

    def __init__(self, url: str) -> None:
        super().__init__(daemon=True)
        self.url, self.stop_flag, self.errors = url, threading.Event(), []

    def run(self) -> None:
        while not self.stop_flag.is_set():
            r = post_events(self.url, traffic_batch())
            if r.status_code != 202:
                self.errors.append(r.text)
            self.stop_flag.wait(0.5)

    def stop(self) -> None:
        self.stop_flag.set()
        self.join(timeout=10)


@pytest.fixture
def stack(tmp_path):
    """Sinks, exporter, Alertmanager and Prometheus wired together (support.pipeline); stops everything."""
    with pipeline(tmp_path, routing_key=ROUTING_KEY, heartbeat_token=HEARTBEAT_TOKEN) as s:
        s.config = yaml.safe_load(s.am_config.read_text())
        yield s


def slack_titled(http: HttpSink, needle: str):
    return lambda r: r.kind == "slack" and needle in r.body["attachments"][0]["title"]


def test_alerts_reach_the_right_sinks_with_the_right_content(stack):
    http, smtp, am, prom = stack.http, stack.smtp, stack.am, stack.prom
    traffic = Traffic(stack.exporter.url)
    traffic.start()
    try:
        # critical → PagerDuty, severity passed through, routing key from its file, links
        page = http.wait(
            lambda r: (
                r.kind == "pagerduty"
                and r.body["event_action"] == "trigger"
                and r.body["payload"].get("class") == "AILatencyHigh"
            ),
            90,
            "AILatencyHigh page",
        )
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
        crit = http.wait(slack_titled(http, "CRITICAL AILatencyHigh · orchestrator"), 30, "critical in Slack")
        att = crit.body["attachments"][0]
        assert crit.body["channel"] == "#aiwatch-platform"
        assert f"<{links['Runbook']}|" in att["text"]
        assert "*team:* `platform`" in att["text"] and "*model:* `gpt-4o`" in att["text"]
        assert att["color"] == "danger"

        # warning → Slack of the owning team
        warn = http.wait(
            slack_titled(http, "WARNING AICostPerRequestHigh · persona_runtime"), 60, "cost warning in Slack"
        )
        assert warn.body["channel"] == "#aiwatch-personas"
        assert "AICostPerRequestHigh.md|" in warn.body["attachments"][0]["text"]

        # info → e-mail, subject from the template, authenticated with the password file (AUTH PLAIN)
        mail = smtp.wait(
            lambda r: "AIUnpricedModelTraffic" in r.headers.get("Subject", ""), 60, "info e-mail"
        )
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
    resolve = http.wait(
        lambda r: (
            r.kind == "pagerduty"
            and r.body["event_action"] == "resolve"
            and r.body["dedup_key"] == page.body["dedup_key"]
        ),
        60,
        "PagerDuty resolve",
    )
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
