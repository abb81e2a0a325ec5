"""The whole alerting pipeline on loopback, as the end-to-end tests and the alerting benchmark build it.

exporter (gunicorn) -> Prometheus -> Alertmanager -> local sinks (aiwatch.inbox),
with the committed configs and only documented overrides: rules rendered with
the fast profile, 1 s scrape/evaluation intervals, a 2 s alert resend delay in
Prometheus, and aiwatch.stack.alertmanager's endpoint/secret/timing overrides
pointing every receiver at the sinks (docs/rules.md, docs/alerting.md).

`IncidentTraffic` drives three incidents at once, each reaching another sink:

  orchestrator / gpt-4o      every call takes 10 s -> AILatencyHigh critical (P99 > 5 s) and warning
                             (P95 > 2 s): PagerDuty + Slack #aiwatch-platform; the warning is inhibited
  persona_runtime / gpt-4    2k+1k tokens per call -> AICostPerRequestHigh warning -> Slack #aiwatch-personas
  rag_search / unpriced      a model without a price -> AIUnpricedModelTraffic info -> e-mail
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..inbox import HttpSink, SmtpSink
from .alertmanager import render_alertmanager_config
from .local import (
    Alertmanager,
    Exporter,
    Prometheus,
    event,
    post_events,
    start_alertmanager,
    start_exporter,
    start_prometheus,
)
from .processes import LOOPBACK, free_port, wait_for
from .rules import render_rules

TEST_TIMING = {"group_wait": "1s", "group_interval": "2s", "repeat_interval": "1h"}
# alerts that fire before Prometheus has discovered Alertmanager (Watchdog, at the first
# evaluation) are otherwise re-sent only after the default 1m resend delay
RESEND = "--rules.alert.resend-delay=2s"
UNPRICED_MODEL = "incident-unpriced-model"


def render_fast_rules(out: Path) -> Path:
    """The real rules, rendered with the documented fast profile into `out`."""
    return render_rules("fast", out)


def render_alertmanager_for_sinks(
    work_dir: Path,
    http: HttpSink,
    smtp: SmtpSink,
    *,
    routing_key: str,
    heartbeat_token: str,
    timing: dict[str, str] | None = None,
    incidents_url: str | None = None,
) -> Path:
    """Secret files pointing at the sinks, and the committed alertmanager.yml rendered for them."""
    secrets = work_dir / "secrets"
    secrets.mkdir(parents=True, exist_ok=True)
    (secrets / "slack_webhook_url").write_text(http.slack_url)
    (secrets / "pagerduty_routing_key").write_text(routing_key)
    (secrets / "smtp_password").write_text(smtp.password)
    (secrets / "heartbeat_token").write_text(heartbeat_token)
    return render_alertmanager_config(
        work_dir / "am",
        pagerduty_url=http.pagerduty_url,
        smtp_smarthost=smtp.smarthost,
        smtp_require_tls=False,
        heartbeat_url=http.webhook_url,
        secrets_dir=secrets,
        timing=timing or TEST_TIMING,
        always_active=True,
        incidents_url=incidents_url,
    )


@dataclass
class Pipeline:
    http: HttpSink
    smtp: SmtpSink
    exporter: Exporter
    am: Alertmanager
    prom: Prometheus
    am_config: Path


@contextmanager
def pipeline(
    work_dir: Path, *, routing_key: str, heartbeat_token: str, **exporter_kw: Any
) -> Iterator[Pipeline]:
    """Sinks, exporter, Alertmanager and Prometheus wired together; everything stops on exit."""
    rules = render_fast_rules(work_dir / "rules")
    with ExitStack() as stack:
        http = stack.enter_context(HttpSink())
        smtp = stack.enter_context(SmtpSink())
        exporter = stack.enter_context(start_exporter(work_dir, **{"workers": 2, **exporter_kw}))
        am_cfg = render_alertmanager_for_sinks(
            work_dir,
            http,
            smtp,
            routing_key=routing_key,
            heartbeat_token=heartbeat_token,
            incidents_url=f"{exporter.url}/v1/alerts",
        )
        am = stack.enter_context(start_alertmanager(work_dir, am_cfg))
        port = free_port()
        targets = {
            "aiwatch": [f"{LOOPBACK}:{exporter.port}"],
            "prometheus": [f"{LOOPBACK}:{port}"],
            "alertmanager": [f"{LOOPBACK}:{am.port}"],
        }
        prom = stack.enter_context(
            start_prometheus(work_dir, targets, port=port, rules_dir=rules, extra_args=[RESEND])
        )
        wait_for(lambda: prom.targets_up().get("aiwatch") == 1.0, 30, what="aiwatch target up")
        yield Pipeline(http, smtp, exporter, am, prom, am_cfg)


def incident_batch() -> list[dict[str, Any]]:
    """One batch of the three incidents (two events each)."""
    return [
        *[event("gpt-4o", "orchestrator", duration_seconds=10.0)] * 2,
        *[event("gpt-4", "persona_runtime", prompt_tokens=2000, completion_tokens=1000)] * 2,
        *[event(UNPRICED_MODEL, "rag_search")] * 2,
    ]


class IncidentTraffic(threading.Thread):
    """Posts `incident_batch()` every 0.5 s until stopped; records rejected batches and the last post."""

    def __init__(self, url: str) -> None:
        super().__init__(daemon=True)
        self.url = url
        self.errors: list[str] = []
        self.last_post = 0.0  # time.monotonic() of the last accepted batch
        self._stop_flag = threading.Event()

    def run(self) -> None:
        while not self._stop_flag.is_set():
            r = post_events(self.url, incident_batch())
            if r.status_code == 202:
                self.last_post = time.monotonic()
            else:
                self.errors.append(r.text)
            self._stop_flag.wait(0.5)

    def stop(self) -> None:
        self._stop_flag.set()
        self.join(timeout=10)

    def __enter__(self) -> IncidentTraffic:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
