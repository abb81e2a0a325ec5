"""Real servers on free loopback ports for tests and benchmarks: the exporter, Prometheus, Alertmanager.

Each is a foreground `Child` logging to a file in the caller's work directory,
started with the same command lines as the native stack (aiwatch.stack.components)
and the committed configs rendered for its addresses. Every start waits for the
health check, bounded in time; `stop()` (or the context manager) ends it.
Nothing here talks to a non-loopback address.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Self

import requests

from .components import HEALTH_PATH, exporter_argv, server_argv
from .processes import LOOPBACK, Child, free_port
from .prometheus import render_prometheus_config


class LocalServer(Child):
    """A `Child` that serves HTTP on LOOPBACK:`port`."""

    def __init__(self, name: str, port: int, argv: Sequence[str], work_dir: Path, **kw: Any) -> None:
        self.port = port
        self.url = f"http://{LOOPBACK}:{port}"
        super().__init__(f"{name}-{port}", argv, work_dir, **kw)

    def started(self, component: str, timeout: float) -> Self:
        self.wait_ready(self.url + HEALTH_PATH[component], timeout)
        return self


class Exporter(LocalServer):
    def __init__(
        self, port: int, argv: Sequence[str], work_dir: Path, multiproc_dir: Path, **kw: Any
    ) -> None:
        self.multiproc_dir = multiproc_dir
        super().__init__("exporter", port, argv, work_dir, **kw)


class QueryApi(LocalServer):
    """A server with Prometheus's instant-query API (Prometheus, VictoriaMetrics)."""

    def query(self, expr: str, at: float | None = None) -> list[dict]:
        params: dict[str, Any] = {"query": expr}
        if at is not None:
            params["time"] = at
        body = requests.get(f"{self.url}/api/v1/query", params=params, timeout=10).json()
        if body.get("status") != "success":
            raise AssertionError(f"query failed: {expr}: {body.get('error')}")
        return body["data"]["result"]


class AlertsApi(LocalServer):
    """A server that lists its alerts the way Prometheus does (Prometheus, vmalert)."""

    def alerts(self) -> list[dict]:
        return requests.get(f"{self.url}/api/v1/alerts", timeout=10).json()["data"]["alerts"]


class Prometheus(QueryApi, AlertsApi):
    def targets_up(self) -> dict[str, float]:
        return {r["metric"]["job"]: float(r["value"][1]) for r in self.query("up")}


class Alertmanager(LocalServer):
    def alerts(self) -> list[dict]:
        return requests.get(f"{self.url}/api/v2/alerts", timeout=10).json()


def start_exporter(
    work_dir: Path,
    *,
    workers: int = 2,
    port: int | None = None,
    config_dir: Path | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = 90.0,
) -> Exporter:
    """`aiwatch serve` under real gunicorn; waits for /readyz.

    The master builds the safety matchers before it binds (gunicorn_conf.on_starting): ~5 s on
    an idle 2-core host, 25-35 s when the test workers and their servers load both cores (a CI run
    of round 19 timed out at 30 s), hence the longer wait than the other servers'.
    """
    port = port or free_port()
    mp = Path(work_dir) / f"mp-{port}"
    argv = exporter_argv(LOOPBACK, port, workers, mp, config_dir=config_dir)
    return Exporter(port, argv, work_dir, mp, env=env).started("exporter", timeout)


def start_prometheus(
    work_dir: Path,
    targets: Mapping[str, Sequence[str]],
    *,
    port: int | None = None,
    rules_dir: Path | None = None,
    scrape_interval: str = "1s",
    evaluation_interval: str = "1s",
    extra_args: Sequence[str] = (),
    data_dir: Path | None = None,
    timeout: float = 30.0,
) -> Prometheus:
    """Real Prometheus with the committed prometheus.yml rendered for `targets` (job -> host:port list)."""
    port = port or free_port()
    work = Path(work_dir) / f"prometheus-{port}"
    work.mkdir(parents=True, exist_ok=True)
    cfg = render_prometheus_config(
        work,
        targets,
        rules_dir=rules_dir,
        scrape_interval=scrape_interval,
        evaluation_interval=evaluation_interval,
    )
    argv = server_argv("prometheus", cfg, data_dir or work / "data", LOOPBACK, port, extra=extra_args)
    return Prometheus("prometheus", port, argv, work_dir).started("prometheus", timeout)


def start_alertmanager(
    work_dir: Path,
    config_file: Path,
    *,
    port: int | None = None,
    data_dir: Path | None = None,
    extra_args: Sequence[str] = (),
    timeout: float = 30.0,
) -> Alertmanager:
    """Real Alertmanager with a rendered config (aiwatch.stack.alertmanager), clustering off."""
    port = port or free_port()
    data = data_dir or Path(work_dir) / f"alertmanager-{port}"
    data.mkdir(parents=True, exist_ok=True)
    argv = server_argv("alertmanager", config_file, data, LOOPBACK, port, extra=extra_args)
    return Alertmanager("alertmanager", port, argv, work_dir).started("alertmanager", timeout)


def event(model: str = "gpt-4o", service: str = "orchestrator", **kw: Any) -> dict[str, Any]:
    """A valid event for /v1/events, any field overridable."""
    ev = {"prompt_tokens": 100, "completion_tokens": 50, "duration_seconds": 0.4, "status": "ok"}
    return {"model": model, "service": service, **ev, **kw}


def post_events(url: str, events: list[dict], timeout: float = 10.0) -> requests.Response:
    """POST a batch to the exporter at `url` (/v1/events)."""
    return requests.post(f"{url}/v1/events", json={"events": events}, timeout=timeout)


def metric_sum(url: str, name: str = "ai_requests_total") -> float:
    """Sum of every sample called `name` in a server's own /metrics (the exporter, Prometheus, vmalert)."""
    from prometheus_client.parser import text_string_to_metric_families

    text = requests.get(url + "/metrics", timeout=10).text
    return sum(s.value for f in text_string_to_metric_families(text) for s in f.samples if s.name == name)
