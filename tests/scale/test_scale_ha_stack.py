"""`make up` / `make status` / `make down` with AIWATCH_TOPOLOGY=ha (aiwatch.stack.ha), natively.

The fast profile on free loopback ports, a tmp run directory, no secrets (every
receiver points at a refusing loopback address).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import requests
from aiwatch.stack.cli import main
from aiwatch.stack.native import STOPPED
from aiwatch.stack.processes import cmdline, free_ports, wait_for
from aiwatch.stack.settings import HA_COMPONENTS, PORT_ENV, Settings, StackError
from support.stack_cli import run_stack

pytestmark = pytest.mark.e2e


def test_topology_is_validated():
    with pytest.raises(StackError, match="AIWATCH_TOPOLOGY must be one of single, ha"):
        Settings.from_env(Path("run"), {"AIWATCH_TOPOLOGY": "triple"})
    with pytest.raises(StackError, match="ports must differ"):
        Settings.from_env(Path("run"), {"AIWATCH_TOPOLOGY": "ha", "VMALERT_PORT": "9090"})
    # the single stack does not reserve the pair's ports
    assert "vmalert" not in Settings.from_env(Path("run"), {"PROMETHEUS_PORT": "8880"}).ports


def test_ha_topology_refuses_compose(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("AIWATCH_TOPOLOGY", "ha")
    monkeypatch.setenv("AIWATCH_STACK_MODE", "compose")
    assert main(["up", "--run-dir", str(tmp_path)]) == 1
    assert "runs natively only" in capsys.readouterr().err


def test_up_status_down_of_the_ha_topology(tmp_path):
    run_dir = tmp_path / "run"
    secrets = tmp_path / "no-secrets"
    secrets.mkdir()
    env = dict(os.environ)
    env.update({var: str(p) for var, p in zip(PORT_ENV.values(), free_ports(len(PORT_ENV)), strict=True)})
    env.update(
        {
            "AIWATCH_STACK_MODE": "native",
            "AIWATCH_TOPOLOGY": "ha",
            "AIWATCH_PROFILE": "fast",
            "AIWATCH_WORKERS": "1",
            "AIWATCH_ALERTMANAGER_SECRETS_DIR": str(secrets),
            "AIWATCH_READY_TIMEOUT": "60",
        }
    )
    url = {c: f"http://127.0.0.1:{env[PORT_ENV[c]]}" for c in PORT_ENV}
    started: list[str] = []
    try:
        res = run_stack("up", run_dir, env, timeout=150)
        assert res.returncode == 0, res.stdout + res.stderr
        started = [c for c in HA_COMPONENTS if (run_dir / c / f"{c}.pid").exists()]
        assert set(started) >= set(HA_COMPONENTS) - {"grafana"}
        for comp in ("victoria-metrics", "vmalert", "prometheus-b"):
            assert url[comp] + "/" in res.stdout

        status = run_stack("status", run_dir, env, timeout=150)
        assert status.returncode == 0, status.stdout + status.stderr
        assert status.stdout.count("healthy") >= len(HA_COMPONENTS) - 1

        def store(expr: str) -> list[dict]:
            r = requests.get(url["victoria-metrics"] + "/api/v1/query", params={"query": expr}, timeout=5)
            return r.json()["data"]["result"]

        # both replicas write the exporter's `up` to the store as one series; vmalert evaluates the rules
        wait_for(lambda: store('up{job="aiwatch"}'), 60, what="the exporter's up in VictoriaMetrics")
        assert len(store('up{job="aiwatch"}')) == 1
        wait_for(
            lambda: any(
                a["name"] == "Watchdog"
                for a in requests.get(url["vmalert"] + "/api/v1/alerts", timeout=5).json()["data"]["alerts"]
            ),
            30,
            what="Watchdog in vmalert",
        )
    finally:
        pids = {c: int((run_dir / c / f"{c}.pid").read_text()) for c in started}
        res = run_stack("down", run_dir, env, timeout=150)
    assert res.returncode == 0, res.stderr
    assert [c for c, pid in pids.items() if cmdline(pid) is not None] == []
    status = run_stack("status", run_dir, env, timeout=150)
    assert status.returncode == STOPPED and "stopped" in status.stdout, status.stdout
