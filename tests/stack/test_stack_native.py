"""`make up` / `make status` / `make down` in native mode, end to end.

Runs `python -m aiwatch.stack` as the Makefile does, with a tmp run directory,
free loopback ports and the fast profile (AIWATCH_PROFILE=fast: fast rules,
1 s scrape/evaluation, short Alertmanager timers). No secrets directory, so
every receiver sends to the stack's local inbox.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from aiwatch.simulate import SCENARIOS
from aiwatch.stack.processes import Child, cmdline, free_ports, wait_for
from support.stack_cli import run_stack

pytestmark = pytest.mark.e2e
COMPONENTS = ("exporter", "alertmanager", "prometheus")


def alive(pid: int) -> bool:
    """Running (a zombie waiting for its reaper is not running)."""
    return cmdline(pid) is not None


def group_pids(pgid: int) -> set[int]:
    """Every live process of a process group (gunicorn master and workers)."""
    out = set()
    for p in Path("/proc").iterdir():
        if p.name.isdigit():
            try:
                if int(p.joinpath("stat").read_text().rsplit(")", 1)[1].split()[2]) == pgid and alive(
                    int(p.name)
                ):
                    out.add(int(p.name))
            except (OSError, IndexError, ValueError):
                pass
    return out


def base_env(tmp: Path) -> dict[str, str]:
    secrets = tmp / "no-secrets"
    secrets.mkdir(exist_ok=True)
    env = dict(os.environ)
    ports = [str(p) for p in free_ports(7)]
    env.update(
        {
            "AIWATCH_STACK_MODE": "native",
            "AIWATCH_PROFILE": "fast",
            "AIWATCH_PORT": ports[0],
            "PROMETHEUS_PORT": ports[1],
            "ALERTMANAGER_PORT": ports[2],
            "GRAFANA_PORT": ports[3],
            "INBOX_PORT": ports[4],
            "INBOX_SMTP_PORT": ports[5],
            "AIWATCH_EXAMPLE_PORT": ports[6],  # nothing listens: the examples job is down
            "AIWATCH_WORKERS": "2",
            "AIWATCH_ALERTMANAGER_SECRETS_DIR": str(secrets),
            "AIWATCH_READY_TIMEOUT": "60",
        }
    )
    return env


class Stack:
    def __init__(self, run_dir: Path, env: dict[str, str]) -> None:
        self.run_dir, self.env = run_dir, env
        self.urls = {
            "exporter": f"http://127.0.0.1:{env['AIWATCH_PORT']}",
            "prometheus": f"http://127.0.0.1:{env['PROMETHEUS_PORT']}",
            "alertmanager": f"http://127.0.0.1:{env['ALERTMANAGER_PORT']}",
        }

    def pids(self) -> dict[str, int]:
        return {c: int((self.run_dir / c / f"{c}.pid").read_text()) for c in COMPONENTS}

    def query(self, expr: str) -> list[dict]:
        r = requests.get(self.urls["prometheus"] + "/api/v1/query", params={"query": expr}, timeout=5)
        return r.json()["data"]["result"]


@pytest.fixture(scope="module")
def native(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    tmp = tmp_path_factory.mktemp("stack")
    s = Stack(tmp / "run", base_env(tmp))
    res = run_stack("up", s.run_dir, s.env)
    assert res.returncode == 0, res.stdout + res.stderr
    s.up_output = res.stdout  # type: ignore[attr-defined]
    pids = s.pids()
    everything = set().union(*(group_pids(p) for p in pids.values()))
    try:
        yield s
    finally:
        run_stack("down", s.run_dir, s.env)
        for pid in everything:  # safety net only: the down test asserts these are gone
            if alive(pid):
                os.kill(pid, signal.SIGKILL)


def test_up_prints_urls_and_every_scrape_target_is_up(native: Stack) -> None:
    out = native.up_output  # type: ignore[attr-defined]
    for url in native.urls.values():
        assert url + "/" in out
    assert "Grafana" in out
    pids = native.pids()
    assert all(alive(p) for p in pids.values())
    assert len(group_pids(pids["exporter"])) == 3  # gunicorn master + 2 workers

    def all_up() -> bool:
        res = native.query("up")
        return {r["metric"]["job"]: r["value"][1] for r in res} == {
            "aiwatch": "1",
            "prometheus": "1",
            "alertmanager": "1",
            "examples": "0",
        }

    wait_for(all_up, timeout=30, what="every scrape target up")

    def discovered() -> bool:
        am = native.query("prometheus_notifications_alertmanagers_discovered")
        return bool(am) and float(am[0]["value"][1]) == 1

    wait_for(discovered, timeout=30, what="Alertmanager discovered by Prometheus")


def test_second_up_starts_no_duplicates(native: Stack) -> None:
    before = native.pids()
    res = run_stack("up", native.run_dir, native.env)
    assert res.returncode == 0, res.stderr
    assert res.stdout.count("already running") == 4  # inbox, exporter, Alertmanager, Prometheus
    assert native.pids() == before


def test_status_reports_each_component(native: Stack) -> None:
    res = run_stack("status", native.run_dir, native.env)
    assert res.returncode == 0, res.stdout + res.stderr
    for comp in COMPONENTS:
        line = next(ln for ln in res.stdout.splitlines() if ln.strip().startswith(comp))
        assert "healthy" in line and str(native.pids()[comp]) in line


def test_error_burst_fires_its_alert_through_to_alertmanager(native: Stack) -> None:
    wait_for(lambda: native.query('up{job="aiwatch"} == 1'), timeout=30, what="first scrape of the exporter")
    argv = [sys.executable, "-m", "aiwatch.cli", "simulate", "--scenario", "error-burst", "--rate", "40"]
    argv += ["--duration", "60", "--target", native.urls["exporter"], "--seed", "3"]
    sim = Child("simulate", argv, native.run_dir.parent)
    expected = set(SCENARIOS["error-burst"]["alerts"])
    try:

        def firing() -> set[str]:
            alerts = requests.get(native.urls["prometheus"] + "/api/v1/alerts", timeout=5).json()
            return {
                a["labels"]["alertname"] for a in alerts["data"]["alerts"] if a["state"] == "firing"
            } & expected

        fired = wait_for(firing, timeout=60, interval=0.5, what=f"one of {expected} firing in Prometheus")

        def in_alertmanager() -> set[str]:
            alerts = requests.get(native.urls["alertmanager"] + "/api/v2/alerts", timeout=5).json()
            return {a["labels"]["alertname"] for a in alerts} & fired

        received = wait_for(in_alertmanager, timeout=30, interval=0.5, what="the alert in Alertmanager")
        assert received <= expected
    finally:
        sim.stop()
    assert sim.popen.returncode in (0, -signal.SIGTERM), sim.log()


def test_down_leaves_no_process_behind(native: Stack) -> None:
    pids = native.pids()
    everything = set().union(*(group_pids(p) for p in pids.values()))
    assert len(everything) >= 5
    res = run_stack("down", native.run_dir, native.env)
    assert res.returncode == 0, res.stderr
    assert [p for p in everything if alive(p)] == []
    assert not any((native.run_dir / c / f"{c}.pid").exists() for c in COMPONENTS)
    res = run_stack("status", native.run_dir, native.env)
    assert res.returncode == 3 and "aiwatch stack is stopped" in res.stdout
    for url in native.urls.values():
        with pytest.raises(requests.ConnectionError):
            requests.get(url, timeout=2)


def test_down_never_kills_a_process_it_did_not_start(tmp_path: Path) -> None:
    run_dir = tmp_path / "run"
    (run_dir / "exporter").mkdir(parents=True)
    stranger = subprocess.Popen(["sleep", "60"], start_new_session=True)
    try:
        (run_dir / "exporter" / "exporter.pid").write_text(f"{stranger.pid}\n")  # e.g. a recycled pid
        (run_dir / "stack.json").write_text(json.dumps({"mode": "native"}))
        res = run_stack("status", run_dir, base_env(tmp_path))
        assert res.returncode == 1 and "stale pid file" in res.stdout
        res = run_stack("down", run_dir, base_env(tmp_path))
        assert res.returncode == 0
        assert "not ours, left alone" in res.stdout
        assert stranger.poll() is None
        assert not (run_dir / "exporter" / "exporter.pid").exists()
    finally:
        stranger.kill()
        stranger.wait()


def test_up_refuses_a_busy_port_and_leaves_nothing_running(tmp_path: Path) -> None:
    env = base_env(tmp_path)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        env["PROMETHEUS_PORT"] = str(busy.getsockname()[1])
        res = run_stack("up", tmp_path / "run", env)
    assert res.returncode == 1
    assert f"port {env['PROMETHEUS_PORT']} for prometheus is in use" in res.stderr
    assert "PROMETHEUS_PORT" in res.stderr
    # exporter and Alertmanager started before the clash were stopped again
    assert not list((tmp_path / "run").glob("*/*.pid"))
    for port in (env["AIWATCH_PORT"], env["ALERTMANAGER_PORT"]):
        with pytest.raises(requests.ConnectionError):
            requests.get(f"http://127.0.0.1:{port}/", timeout=2)


def test_bad_settings_are_clear_errors(tmp_path: Path) -> None:
    for var, value, msg in (
        ("AIWATCH_PORT", "eighty", "AIWATCH_PORT must be an integer"),
        ("AIWATCH_PROFILE", "turbo", "AIWATCH_PROFILE must be one of default, fast"),
        ("AIWATCH_SCRAPE_INTERVAL", "1 sec", "AIWATCH_SCRAPE_INTERVAL must be"),
    ):
        env = base_env(tmp_path)
        env[var] = value
        res = run_stack("up", tmp_path / "run", env)
        assert res.returncode == 1 and msg in res.stderr, res.stderr
