"""`aiwatch doctor` against a real deployment on loopback: healthy, then deliberately broken.

One stack for the whole module (the tests run in order and each restores what it breaks,
except the last two, which break it for good): the gunicorn exporter, Prometheus with the
fast-profile rules (runbook links pointing at a loopback server holding a copy of
runbooks/), Alertmanager routing to the local sinks of aiwatch.inbox, a stand-in for
Grafana's search API, and traffic for every service (calls with confidence, screened
prompts). "Real receivers" in a test can only be loopback sinks: config/doctor.yaml's
`trusted_receivers` declares them real, the way an operator declares a local relay.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import requests
import yaml
from aiwatch.doctor import Context, run
from aiwatch.doctor.probe import Probe
from aiwatch.doctor.settings import load_doctor_settings, resolve_targets
from aiwatch.inbox import HttpSink, SmtpSink
from aiwatch.mixin import write_rules
from aiwatch.paths import CONFIG_DIR, GRAFANA_DIR, RUNBOOKS_DIR
from aiwatch.reload import load_all
from aiwatch.stack.local import event, post_events, start_alertmanager, start_exporter, start_prometheus
from aiwatch.stack.pipeline import render_alertmanager_for_sinks
from aiwatch.stack.processes import LOOPBACK, free_port, wait_for
from support.standins import JsonHandler

pytestmark = pytest.mark.e2e

WINDOW = "30s"
TOKEN = "grafana-doctor-token"
UIDS = sorted(json.loads(p.read_text())["uid"] for p in (GRAFANA_DIR / "dashboards").glob("*.json"))


class Serve(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, handler: Any) -> None:
        super().__init__((LOOPBACK, 0), handler)
        self.url = f"http://{LOOPBACK}:{self.server_address[1]}"
        threading.Thread(target=self.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass


class StandInGrafana:
    """GET /api/search?dashboardUIDs=... with a Bearer token, like Grafana's search API."""

    def __init__(self) -> None:
        self.uids = set(UIDS)
        grafana = self

        class Handler(JsonHandler):
            def do_GET(self) -> None:
                from urllib.parse import parse_qs, urlsplit

                parts = urlsplit(self.path)
                if self.headers.get("Authorization") != f"Bearer {TOKEN}":
                    status, body = 401, {"message": "Unauthorized"}
                elif parts.path != "/api/search":
                    status, body = 404, {"message": "Not found"}
                else:
                    wanted = parse_qs(parts.query).get("dashboardUIDs", [])
                    body = [{"uid": u, "type": "dash-db", "title": u} for u in wanted if u in grafana.uids]
                    status = 200
                self.reply_json(status, body)

        self.server = Serve(Handler)
        self.url = self.server.url


@dataclass
class Stack:
    work: Path
    config: Path  # the deployment's config directory (what the exporter runs with)
    runbooks: Path  # what the runbook server serves (a copy of runbooks/)
    rules: Path
    exporter: Any
    prometheus: Any
    alertmanager: Any
    grafana: StandInGrafana
    trusted: list[str]
    traffic: threading.Event  # set: the traffic thread stops

    def diagnose(self, config: Path | None = None, **urls: str | None) -> dict[str, Any]:
        """Run every check; {check id: Result}."""
        directory = config or self.config
        loaded = load_all(directory)
        targets = resolve_targets(
            self.work / "no-run-dir",
            exporter=urls.get("exporter", self.exporter.url),
            prometheus=self.prometheus.url,
            alertmanager=self.alertmanager.url,
            grafana=urls.get("grafana", self.grafana.url),
            grafana_token=TOKEN,
        )
        settings = load_doctor_settings(directory)
        ctx = Context(
            targets, loaded.config, loaded.thresholds, settings, Probe(5.0), settings.telemetry_window
        )
        return {r.id: r for r in run(ctx)}

    def variant(self, name: str, edit: Any) -> Path:
        """A copy of the config directory with one file edited: edit(path_of_copy)."""
        d = self.work / f"config-{name}"
        shutil.rmtree(d, ignore_errors=True)
        shutil.copytree(self.config, d)
        edit(d)
        return d


def _traffic(url: str, services: dict[str, Any], stop: threading.Event, errors: list[str]) -> None:
    while not stop.wait(0.5):
        events = [
            event(model, svc, confidence=0.8)
            for svc, info in services.items()
            for model in info["models"]
            for _ in range(3)
        ]
        try:
            r = post_events(url, events)
            if r.status_code != 202:
                errors.append(r.text)
            for svc in services:
                requests.post(
                    f"{url}/v1/screen/prompt", json={"text": "What is 2 + 2?", "service": svc}, timeout=10
                )
        except requests.RequestException as exc:
            if not stop.is_set():
                errors.append(repr(exc))
            return


@pytest.fixture(scope="module")
def stack(tmp_path_factory) -> Iterator[Stack]:
    work = tmp_path_factory.mktemp("doctor")
    runbooks = work / "site" / "runbooks"
    shutil.copytree(RUNBOOKS_DIR, runbooks)
    site = Serve(partial(Quiet, directory=str(work / "site")))
    config = work / "config"
    shutil.copytree(CONFIG_DIR, config)
    thresholds = yaml.safe_load((config / "thresholds.yaml").read_text())
    thresholds["runbooks"]["base_url"] = f"{site.url}/runbooks"
    (config / "thresholds.yaml").write_text(yaml.safe_dump(thresholds, sort_keys=False))
    rules = write_rules(work / "rules", "fast", thresholds=config / "thresholds.yaml")
    services = yaml.safe_load((config / "services.yaml").read_text())["services"]
    stop, errors = threading.Event(), []
    with HttpSink() as http, SmtpSink() as smtp:
        exporter = start_exporter(work, workers=2, config_dir=config)
        am = prom = None
        try:
            am_cfg = render_alertmanager_for_sinks(
                work,
                http,
                smtp,
                routing_key="0123456789abcdef" * 2,
                heartbeat_token="doctor-heartbeat",
                incidents_url=f"{exporter.url}/v1/alerts",
            )
            am = start_alertmanager(work, am_cfg)
            port = free_port()
            targets = {
                "aiwatch": [f"{LOOPBACK}:{exporter.port}"],
                "prometheus": [f"{LOOPBACK}:{port}"],
                "alertmanager": [f"{LOOPBACK}:{am.port}"],
            }
            prom = start_prometheus(work, targets, port=port, rules_dir=rules)
            wait_for(lambda: prom.targets_up().get("aiwatch") == 1.0, 30, what="aiwatch target up")
            threading.Thread(
                target=_traffic, args=(exporter.url, services, stop, errors), daemon=True
            ).start()
            trusted = [f"{LOOPBACK}:{http.port}", smtp.smarthost, "example.com"]
            (config / "doctor.yaml").write_text(
                yaml.safe_dump({"telemetry_window": WINDOW, "trusted_receivers": trusted})
            )
            yield Stack(work, config, runbooks, rules, exporter, prom, am, StandInGrafana(), trusted, stop)
            assert not errors, errors[:3]
        finally:
            stop.set()
            for proc in (prom, am, exporter):
                if proc is not None:
                    proc.stop()
            site.stop()


def failing(results: dict[str, Any]) -> dict[str, Any]:
    return {k: r for k, r in results.items() if r.status != "pass"}


def test_a_healthy_deployment_passes_every_item(stack):
    # the drift baseline (40 s window ending 15 s ago in the fast profile) fills last
    state: dict[str, Any] = {}

    def healthy() -> bool:
        state["results"] = stack.diagnose()
        return not failing(state["results"])

    try:
        wait_for(healthy, 60, interval=2, what="every doctor item to pass")
    except Exception:
        pytest.fail(
            "not all items pass:\n"
            + "\n".join(f"{k}: {r.summary}" for k, r in failing(state["results"]).items())
        )
    results = state["results"]
    assert list(results) == [
        "exporter",
        "scrape",
        "telemetry",
        "budgets",
        "rules",
        "rule-health",
        "runbooks",
        "routing",
        "receivers",
        "drift",
        "screening",
        "dashboards",
        "breakers",
        "incidents",
    ]
    assert "critical → pagerduty, slack-aiwatch" in results["routing"].summary
    assert "info → email" in results["routing"].summary


def test_cli_json_and_exit_code_on_the_healthy_stack(stack):
    argv = [
        sys.executable, "-m", "aiwatch.doctor", "--json",
        "--config-dir", str(stack.config), "--run-dir", str(stack.work / "no-run-dir"),
        "--exporter-url", stack.exporter.url, "--prometheus-url", stack.prometheus.url,
        "--alertmanager-url", stack.alertmanager.url, "--grafana-url", stack.grafana.url,
        "--grafana-token", TOKEN,
    ]  # fmt: skip
    proc = subprocess.run(argv, capture_output=True, text=True, timeout=120, check=False)
    report = json.loads(proc.stdout)
    assert proc.returncode == 0 and report["ok"] is True, proc.stdout + proc.stderr
    assert report["summary"] == {"pass": 14, "warn": 0, "fail": 0}
    assert {c["status"] for c in report["checks"]} == {"pass"}
    # the same deployment seen without Grafana: a warning, still exit 0; --strict makes it 1
    no_grafana = [a for a in argv if a not in ("--grafana-url", stack.grafana.url)]
    env = {k: v for k, v in os.environ.items() if k != "GRAFANA_URL"}
    proc = subprocess.run(no_grafana, capture_output=True, text=True, timeout=120, check=False, env=env)
    assert proc.returncode == 0 and json.loads(proc.stdout)["summary"]["warn"] == 1, proc.stderr
    proc = subprocess.run(
        [*no_grafana, "--strict"], capture_output=True, text=True, timeout=120, check=False, env=env
    )
    assert proc.returncode == 1
    proc = subprocess.run(
        [*argv, "--window", "soon"], capture_output=True, text=True, timeout=60, check=False
    )
    assert proc.returncode == 2 and "soon" in proc.stderr


def test_a_service_without_traffic(stack):
    def add_ghost(d: Path) -> None:
        for name, entry in (
            ("services.yaml", {"team": "platform", "models": ["gpt-4o"]}),
            ("budgets.yaml", {"day": 5}),
        ):
            data = yaml.safe_load((d / name).read_text())
            data["services"]["ghost_service"] = entry
            (d / name).write_text(yaml.safe_dump(data, sort_keys=False))

    bad = failing(stack.diagnose(stack.variant("ghost", add_ghost)))
    assert bad["telemetry"].status == "fail"
    assert bad["telemetry"].summary == f"ghost_service: no LLM calls recorded in the last {WINDOW}"
    assert "instrument the service" in bad["telemetry"].fix
    # the running exporter does not know the service either: no budget exported for it
    assert (
        "ghost_service: budgeted in config/budgets.yaml but the exporter exports no" in bad["budgets"].summary
    )
    assert bad["screening"].status == "warn" and "ghost_service" in bad["screening"].summary
    assert set(bad) == {"telemetry", "budgets", "screening"}


def test_a_service_without_a_budget(stack):
    def drop_budget(d: Path) -> None:
        data = yaml.safe_load((d / "budgets.yaml").read_text())
        del data["services"]["rag_search"]
        (d / "budgets.yaml").write_text(yaml.safe_dump(data))

    bad = failing(stack.diagnose(stack.variant("budget", drop_budget)))
    assert set(bad) == {"budgets"}
    assert bad["budgets"].summary == "rag_search: no budget in config/budgets.yaml"
    assert "config/budgets.yaml" in bad["budgets"].fix


def test_stand_in_receivers(stack):
    """Without the allow-list, the loopback sinks are what they are: stand-ins."""

    def untrust(d: Path) -> None:
        (d / "doctor.yaml").write_text(yaml.safe_dump({"telemetry_window": WINDOW}))

    bad = failing(stack.diagnose(stack.variant("untrusted", untrust)))
    assert set(bad) == {"receivers"}
    details = "\n".join(bad["receivers"].details)
    for receiver in (
        "pagerduty (pagerduty)",
        "slack-platform (slack)",
        "email (email)",
        "heartbeat (webhook)",
    ):
        assert f"{receiver}: " in details, receiver
    assert "is a loopback address (a local stand-in)" in details
    assert "recipient ai-platform-info@example.com is in a reserved example domain" in details
    assert "alertmanager/secrets/" in bad["receivers"].fix


def test_a_runbook_link_that_404s(stack):
    page = stack.runbooks / "AILatencyHigh.md"
    saved = page.read_bytes()
    page.unlink()
    try:
        bad = failing(stack.diagnose())
    finally:
        page.write_bytes(saved)
    assert set(bad) == {"runbooks"}
    assert bad["runbooks"].summary.endswith("/runbooks/AILatencyHigh.md: HTTP 404")


def test_grafana_missing_a_dashboard(stack):
    stack.grafana.uids.discard("aiwatch-slo")
    try:
        bad = failing(stack.diagnose())
    finally:
        stack.grafana.uids.add("aiwatch-slo")
    assert set(bad) == {"dashboards"}
    assert bad["dashboards"].summary == "dashboard aiwatch-slo is missing"
    assert "make import-dashboards" in bad["dashboards"].fix


def test_the_sdk_budget_source_reads_this_prometheus(stack):
    """PrometheusBudget (the SDK's budget breaker input) against the same real Prometheus and rules."""
    from aiwatch.instrument import PrometheusBudget

    expected = stack.prometheus.query("max by (service) (ai:budget_spent:ratio_1d)")
    assert expected, "the traffic spends: every service has a spent ratio"
    source = PrometheusBudget(stack.prometheus.url, refresh_seconds=3600)
    assert source.refresh()
    for r in expected:
        got = source.spent_ratio(r["metric"]["service"])
        assert got is not None and 0 < got == pytest.approx(float(r["value"][1]), rel=0.5)
    source.close()
    down = PrometheusBudget(f"http://{LOOPBACK}:{free_port()}", refresh_seconds=3600, timeout=1)
    assert not down.refresh() and down.spent_ratio("orchestrator") is None  # unknown: calls go on
    down.close()


def test_a_broken_rule_file(stack):
    """A rule that fails every evaluation (many-to-many match): reported with Prometheus's error."""
    broken = stack.rules / "broken.rules.yml"
    broken.write_text(
        "groups:\n  - name: doctor-broken\n    rules:\n"
        "      - record: doctor:broken:ratio\n        expr: up * on () up\n"
    )
    stack.prometheus.signal(signal.SIGHUP)

    def evaluated() -> bool:
        groups = requests.get(f"{stack.prometheus.url}/api/v1/rules", timeout=10).json()["data"]["groups"]
        return any(g["name"] == "doctor-broken" and g["rules"][0]["health"] == "err" for g in groups)

    wait_for(evaluated, 30, what="the broken rule evaluated")
    bad = failing(stack.diagnose())
    assert set(bad) == {"rule-health"}
    assert "doctor-broken/doctor:broken:ratio: err:" in bad["rule-health"].details[0]
    assert "many-to-many" in bad["rule-health"].details[0] or "duplicate" in bad["rule-health"].details[0]
    # a rule group of the catalogue missing is reported too
    removed = stack.rules / "ai-alerts-security.rules.yml"
    saved = removed.read_bytes()
    removed.unlink()
    stack.prometheus.signal(signal.SIGHUP)
    wait_for(
        lambda: (
            "ai-alerts-security"
            not in {
                g["name"]
                for g in requests.get(f"{stack.prometheus.url}/api/v1/rules", timeout=10).json()["data"][
                    "groups"
                ]
            }
        ),
        30,
        what="the security group unloaded",
    )
    bad = failing(stack.diagnose())
    removed.write_bytes(saved)
    broken.unlink()
    stack.prometheus.signal(signal.SIGHUP)
    assert (
        bad["rules"].summary == "rule group ai-alerts-security (ai-alerts-security.rules.yml) is not loaded"
    )
    assert {"rules", "rule-health"} <= set(bad)


def test_the_exporter_down(stack):
    """Last: stops the stack's exporter. /readyz and the scrape both fail."""
    stack.traffic.set()
    stack.exporter.stop()
    wait_for(lambda: stack.prometheus.targets_up().get("aiwatch") == 0.0, 30, what="the scrape to fail")
    bad = failing(stack.diagnose())
    assert bad["exporter"].status == "fail" and "could not check" in bad["exporter"].summary
    assert "--exporter-url" in bad["exporter"].fix
    assert bad["scrape"].status == "fail" and "target(s) down" in bad["scrape"].summary
