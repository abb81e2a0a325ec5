"""The whole alerting pipeline on loopback, as tests and benchmarks build it.

Only documented overrides are used: rules rendered with the fast profile
(`aiwatch.mixin.write_rules`), 1 s scrape/evaluation intervals, a 2 s alert resend delay in
Prometheus, and amconfig's endpoint/secret/timing overrides pointing every
receiver at local sinks (docs/rules.md, docs/alerting.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiwatch.amconfig import render_alertmanager_config
from aiwatch.mixin import write_rules

from support.servers import (
    Alertmanager,
    Exporter,
    Prometheus,
    free_port,
    start_alertmanager,
    start_exporter,
    start_prometheus,
    wait_for,
)
from support.sinks import HttpSink, SmtpSink

TEST_TIMING = {"group_wait": "1s", "group_interval": "2s", "repeat_interval": "1h"}
# alerts that fire before Prometheus has discovered Alertmanager (Watchdog, at the first
# evaluation) are otherwise re-sent only after the default 1m resend delay
RESEND = "--rules.alert.resend-delay=2s"


def render_fast_rules(out: Path) -> Path:
    """The real rules, rendered with the documented fast profile into `out`."""
    return write_rules(out, profile="fast")


def render_test_alertmanager(
    tmp: Path,
    http: HttpSink,
    smtp: SmtpSink,
    *,
    routing_key: str,
    heartbeat_token: str,
    timing: dict[str, str] | None = None,
) -> Path:
    """Secret files pointing at the sinks, and the committed alertmanager.yml rendered for them."""
    secrets = tmp / "secrets"
    secrets.mkdir(parents=True, exist_ok=True)
    (secrets / "slack_webhook_url").write_text(http.slack_url)
    (secrets / "pagerduty_routing_key").write_text(routing_key)
    (secrets / "smtp_password").write_text(smtp.password)
    (secrets / "heartbeat_token").write_text(heartbeat_token)
    return render_alertmanager_config(
        tmp / "am",
        pagerduty_url=http.pagerduty_url,
        smtp_smarthost=smtp.smarthost,
        smtp_require_tls=False,
        heartbeat_url=http.webhook_url,
        secrets_dir=secrets,
        timing=timing or TEST_TIMING,
        always_active=True,
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
def pipeline(tmp: Path, *, routing_key: str, heartbeat_token: str, **exporter_kw: Any) -> Iterator[Pipeline]:
    """Sinks, exporter, Alertmanager and Prometheus wired together; everything stops on exit."""
    rules = render_fast_rules(tmp / "rules")
    procs: list = []
    with HttpSink() as http, SmtpSink() as smtp:
        am_cfg = render_test_alertmanager(
            tmp, http, smtp, routing_key=routing_key, heartbeat_token=heartbeat_token
        )
        try:
            exporter = start_exporter(tmp, **{"workers": 2, **exporter_kw})
            procs.append(exporter)
            am = start_alertmanager(tmp, am_cfg)
            procs.append(am)
            port = free_port()
            prom = start_prometheus(
                tmp,
                {
                    "aiwatch": [f"127.0.0.1:{exporter.port}"],
                    "prometheus": [f"127.0.0.1:{port}"],
                    "alertmanager": [f"127.0.0.1:{am.port}"],
                },
                port=port,
                rules_dir=rules,
                extra_args=[RESEND],
            )
            procs.append(prom)
            wait_for(lambda: prom.targets_up().get("aiwatch") == 1.0, 30, what="aiwatch target up")
            yield Pipeline(http, smtp, exporter, am, prom, am_cfg)
        finally:
            for p in reversed(procs):
                p.stop()
