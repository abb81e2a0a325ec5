"""End to end: OTel GenAI metrics scraped by a real Prometheus feed the ai:* layer and its alerts.

An app instrumented with the official openai-v2 instrumentation and the OTel SDK's Prometheus
exporter (otel_prometheus_app.py) calls the local fake provider; a real Prometheus scrapes it as
job "orchestrator" (the job Prometheus's OTLP receiver derives from service.name) and evaluates the
fast-profile rules with the optional ai-otel-metrics group added to rule_files. Checks the names the
translation produces, the copies' totals against what the app did, and AIErrorRateHigh firing on an
incident that exists only in OTel series.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from aiwatch.fakellm import FakeOpenAI
from aiwatch.mixin import otel, write_rules
from aiwatch.mixin.thresholds import load_thresholds
from aiwatch.paths import CONFIG_DIR
from aiwatch.stack.components import server_argv
from aiwatch.stack.local import Prometheus
from aiwatch.stack.processes import LOOPBACK, free_port

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(180)]

APP = Path(__file__).with_name("otel_prometheus_app.py")
CALLS = 60  # the incident: every 5th call rate limited, every 10th (offset 2) a server error
PROMPT_TOKENS, COMPLETION_TOKENS = 2, 5  # "hello there"; the fake's "Hello from the fake model"


class App:
    """The instrumented app as a child process, driven one call at a time over its standard input."""

    def __init__(self, base_url: str, port: int, log: Path) -> None:
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith("OTEL_") and k != "PROMETHEUS_MULTIPROC_DIR"
        }
        env["OTEL_SERVICE_NAME"] = "orchestrator"
        self.stderr = open(log, "wb")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            [sys.executable, str(APP), base_url, str(port)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.stderr,
            text=True,
            env=env,
        )
        self.log = log
        assert self.readline() == "ready", log.read_text()

    def readline(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().strip()
        assert line, f"the app exited: {self.log.read_text()}"
        return line

    def call(self) -> str:
        assert self.proc.stdin is not None
        self.proc.stdin.write("call\n")
        self.proc.stdin.flush()
        return self.readline()

    def stop(self) -> None:
        if self.proc.poll() is None:
            try:
                self.proc.communicate("quit\n", timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self.stderr.close()


def wait_for(what: str, check: Callable[[], Any], timeout: float = 45.0) -> Any:
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        last = check()
        if last:
            return last
        time.sleep(0.5)
    raise AssertionError(f"timed out waiting for {what}; last: {last!r}")


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[FakeOpenAI, App, Prometheus]]:
    work = tmp_path_factory.mktemp("otel-prom")
    rules = write_rules(work / "rules", profile="fast")
    assert (rules / otel.FILE).is_file()
    app_port, prom_port = free_port(), free_port()
    cfg = work / "prometheus.yml"
    cfg.write_text(
        yaml.safe_dump(
            {
                "global": {"scrape_interval": "1s", "scrape_timeout": "1s", "evaluation_interval": "1s"},
                # the standard groups plus the optional one, as docs/otel.md says to load it
                "rule_files": [str(rules / "*.yml"), str(rules / "optional" / "*.yml")],
                "scrape_configs": [
                    {"job_name": "orchestrator", "static_configs": [{"targets": [f"{LOOPBACK}:{app_port}"]}]}
                ],
            }
        ),
        encoding="utf-8",
    )
    with FakeOpenAI() as fake:
        app = App(fake.base_url, app_port, work / "app.log")
        try:
            argv = server_argv("prometheus", cfg, work / "data", LOOPBACK, prom_port)
            prom = Prometheus("prometheus", prom_port, argv, work).started("prometheus", 30)
            try:
                yield fake, app, prom
            finally:
                prom.stop()
        finally:
            app.stop()


def total(prom: Prometheus, expr: str) -> float | None:
    result = prom.query(expr)
    return float(result[0]["value"][1]) if result else None


def by(prom: Prometheus, expr: str, label: str) -> dict[str, float]:
    return {r["metric"].get(label, ""): float(r["value"][1]) for r in prom.query(expr)}


def test_names_and_labels_as_the_translation_writes_them(stack: tuple[FakeOpenAI, App, Prometheus]) -> None:
    _, app, prom = stack
    assert app.call() == "Hello from the fake model"
    wait_for(
        "the first call scraped",
        lambda: total(prom, "sum(gen_ai_client_operation_duration_seconds_count)") == 1,
    )
    names = set(by(prom, 'count by (__name__) ({job="orchestrator", __name__=~"gen_ai_.*"})', "__name__"))
    assert {
        f"{m}_{part}"
        for m in ("gen_ai_client_operation_duration_seconds", "gen_ai_client_token_usage")
        for part in ("bucket", "count", "sum")
    } <= names, names
    (series,) = prom.query("gen_ai_client_operation_duration_seconds_count")
    labels = series["metric"]
    assert labels["gen_ai_operation_name"] == "chat" and labels["gen_ai_request_model"] == "gpt-4o-mini", (
        labels
    )
    assert labels["job"] == "orchestrator"
    assert set(by(prom, "gen_ai_client_token_usage_sum", "gen_ai_token_type")) == {"input", "output"}
    # the instrumentation applies the semantic conventions' bucket advice: the bounds in thresholds.yaml
    bounds = {
        float(le) for le in by(prom, "gen_ai_client_operation_duration_seconds_bucket", "le") if le != "+Inf"
    }
    assert sorted(bounds) == list(
        load_thresholds(CONFIG_DIR / "thresholds.yaml").otel_metrics.duration_buckets
    )


def test_copies_count_what_the_app_did_and_the_error_alert_fires(
    stack: tuple[FakeOpenAI, App, Prometheus],
) -> None:
    fake, app, prom = stack
    replies = []
    for i in range(CALLS):
        if i % 5 == 0:
            fake.fail_next(429, code="rate_limit_exceeded")
        elif i % 10 == 2:
            fake.fail_next(500)
        replies.append(app.call())
        time.sleep(0.05)
    assert replies.count("RateLimitError") == 12 and replies.count("InternalServerError") == 6, replies
    ok = 1 + CALLS - 18  # with the first test's call

    wait_for(
        "every call copied", lambda: total(prom, 'sum(ai_requests_total{job="orchestrator"})') == 1 + CALLS
    )
    assert wait_for(
        "failures by type",
        lambda: (
            by(prom, 'sum by (error_type) (ai_errors_total{job="orchestrator"})', "error_type")
            == {"rate_limit": 12.0, "server": 6.0}
            or None
        ),
    )
    tokens = by(prom, 'sum by (token_type) (ai_tokens_total{job="orchestrator"})', "token_type")
    assert tokens == {"prompt": ok * PROMPT_TOKENS, "completion": ok * COMPLETION_TOKENS}
    (model,) = by(prom, 'sum by (model, service) (ai_requests_total{service="orchestrator"})', "model")
    assert model == "gpt-4o-mini"
    assert by(prom, 'ai:service_team:info{service="orchestrator"}', "team") == {"unassigned": 1.0}

    def firing() -> list[dict]:
        return [
            a["labels"]
            for a in prom.alerts()
            if a["labels"]["alertname"] == "AIErrorRateHigh" and a["state"] == "firing"
        ]

    (labels,) = wait_for("AIErrorRateHigh firing", firing)
    assert labels == {
        "alertname": "AIErrorRateHigh",
        "severity": "warning",
        "model": "gpt-4o-mini",
        "service": "orchestrator",
        "team": "unassigned",
    }
