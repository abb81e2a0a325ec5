"""docker-compose.yml validated by `docker-compose config` (no Docker engine needed), plus the image recipe."""

from __future__ import annotations

import json
import os
import posixpath
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from aiwatch.paths import REPO
from aiwatch.stack.compose import compose_env
from aiwatch.stack.settings import Settings

LONG_RUNNING = ("exporter", "prometheus", "alertmanager", "grafana")
DOCKERFILE = REPO / "app" / "Dockerfile"


def compose(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    binary = shutil.which("docker-compose")
    assert binary, "docker-compose is installed by scripts/bootstrap.sh"
    # A clean environment: the user's own AIWATCH_* / *_PORT variables must not leak in.
    clean = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp"), **(env or {})}
    return subprocess.run(
        [binary, "-f", str(REPO / "docker-compose.yml"), "-p", "aiwatch", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=clean,
        timeout=60,
    )


def config(*args: str, env: dict[str, str] | None = None) -> dict:
    res = compose(*args, "config", env=env)
    assert res.returncode == 0, res.stderr
    return yaml.safe_load(res.stdout)


@pytest.fixture(scope="module")
def cfg() -> dict:
    return config()


def test_services_and_demo_profile(cfg: dict) -> None:
    res = compose("config", "--services")
    assert res.returncode == 0, res.stderr
    assert set(res.stdout.split()) == {*LONG_RUNNING, "simulator"}
    # only the simulator needs `--profile demo`; everything else starts with a plain `up`
    assert {n: s.get("profiles") for n, s in cfg["services"].items() if s.get("profiles")} == {
        "simulator": ["demo"]
    }
    sim = config("--profile", "demo", env={"SCENARIO": "drift", "RATE": "5"})["services"]["simulator"]
    assert "--scenario=drift" in sim["command"] and "--rate=5" in sim["command"]
    assert "--target=http://exporter:8000" in sim["command"]
    assert sim["depends_on"]["exporter"]["condition"] == "service_healthy"


def test_ports_bind_loopback_by_default_and_follow_the_env(cfg: dict) -> None:
    published = {name: svc["ports"] for name, svc in cfg["services"].items() if name != "simulator"}
    assert set(published) == set(LONG_RUNNING)
    for name, ports in published.items():
        assert all(p.startswith("127.0.0.1:") for p in ports), (name, ports)
    s = Settings.from_env(
        REPO / "run",
        env={
            "AIWATCH_BIND": "0.0.0.0",
            "AIWATCH_PORT": "18000",
            "PROMETHEUS_PORT": "19090",
            "ALERTMANAGER_PORT": "19093",
            "GRAFANA_PORT": "13000",
        },
    )
    over = config(env=compose_env(s))["services"]
    assert over["exporter"]["ports"] == ["0.0.0.0:18000:8000/tcp"]
    assert over["prometheus"]["ports"] == ["0.0.0.0:19090:9090/tcp"]
    assert over["alertmanager"]["ports"] == ["0.0.0.0:19093:9093/tcp"]
    assert over["grafana"]["ports"] == ["0.0.0.0:13000:3000/tcp"]
    assert "--web.external-url=http://localhost:19090/" in over["prometheus"]["command"]


def test_images_are_pinned_and_every_service_has_a_healthcheck(cfg: dict) -> None:
    for name in LONG_RUNNING:
        svc = cfg["services"][name]
        assert svc["healthcheck"]["test"][0] == "CMD", name
        image = svc["image"]
        repo, _, tag = image.rpartition(":")
        assert repo and tag and tag != "latest", image
    images = {n: cfg["services"][n]["image"] for n in LONG_RUNNING}
    assert images["prometheus"].startswith("prom/prometheus:v3.")
    assert images["grafana"].split(":")[1].split(".")[0] in ("11", "12")
    dockerfile = DOCKERFILE.read_text()
    base = next(ln.split()[1] for ln in dockerfile.splitlines() if ln.startswith("FROM "))
    assert base.startswith("python:3.11.") and "slim" in base


def test_exporter_is_hardened(cfg: dict) -> None:
    exp = cfg["services"]["exporter"]
    assert exp["read_only"] is True
    assert exp["cap_drop"] == ["ALL"]
    assert any(t.startswith("/run/aiwatch:") for t in exp["tmpfs"])
    assert "--multiproc-dir=/run/aiwatch/metrics" in exp["command"]
    assert exp["build"]["dockerfile"] == "app/Dockerfile"
    users = [ln.split()[1] for ln in DOCKERFILE.read_text().splitlines() if ln.startswith("USER ")]
    assert users and users[-1].split(":")[0] not in ("0", "root")
    assert "HEALTHCHECK" in DOCKERFILE.read_text()
    assert "-r requirements.txt -c constraints.txt" in DOCKERFILE.read_text()


def test_configs_are_the_committed_files_mounted_read_only(cfg: dict) -> None:
    mounts = {
        name: {v.split(":")[1]: v for v in svc.get("volumes", []) if v.startswith("/")}
        for name, svc in cfg["services"].items()
    }
    prom = mounts["prometheus"]
    assert prom["/etc/prometheus"].startswith(f"{REPO}/prometheus:") and prom["/etc/prometheus"].endswith(
        ":ro"
    )
    assert prom["/etc/prometheus/targets"].startswith(f"{REPO}/prometheus/compose-targets:")
    assert prom["/etc/rules"].startswith(f"{REPO}/rules:")
    # rule_files in prometheus.yml resolve (relative to /etc/prometheus) into the mounted rules dir
    pyml = yaml.safe_load((REPO / "prometheus" / "prometheus.yml").read_text())
    for pattern in pyml["rule_files"]:
        assert (
            posixpath.dirname(posixpath.normpath(posixpath.join("/etc/prometheus", pattern))) == "/etc/rules"
        )
    am = mounts["alertmanager"]
    assert am["/etc/alertmanager/secrets"] == f"{REPO}/alertmanager/secrets:/etc/alertmanager/secrets:ro"
    assert all(v.endswith(":ro") for v in am.values())
    graf = mounts["grafana"]
    prov = yaml.safe_load((REPO / "grafana/provisioning/dashboards/aiwatch.yml").read_text())
    assert prov["providers"][0]["options"]["path"] in graf
    assert graf[prov["providers"][0]["options"]["path"]].startswith(f"{REPO}/grafana/dashboards:")
    for name in ("prometheus", "alertmanager", "grafana"):
        named = [v for v in cfg["services"][name]["volumes"] if not v.startswith("/")]
        assert named and all(v.split(":")[0] in cfg["volumes"] for v in named), name


def test_compose_targets_name_compose_services(cfg: dict) -> None:
    for f in (REPO / "prometheus" / "compose-targets").glob("*.json"):
        for group in json.loads(f.read_text()):
            for target in group["targets"]:
                host = target.rsplit(":", 1)[0]
                assert host in cfg["services"] or host == "localhost", target
    datasource = yaml.safe_load((REPO / "grafana/provisioning/datasources/prometheus.yml").read_text())
    assert datasource["datasources"][0]["url"] == "http://prometheus:9090"


def test_fast_rules_dir_override(tmp_path: Path) -> None:
    s = Settings.from_env(REPO / "run", env={})
    over = config(env=compose_env(s, rules_dir=tmp_path))["services"]["prometheus"]
    assert f"{tmp_path}:/etc/rules:ro" in over["volumes"]


def test_dockerignore_admits_what_the_dockerfile_copies() -> None:
    ignore = (REPO / ".dockerignore").read_text().splitlines()
    admitted = {ln[1:].rstrip("/") for ln in ignore if ln.startswith("!")}
    assert "*" in ignore
    for ln in DOCKERFILE.read_text().splitlines():
        if ln.startswith("COPY "):
            for src in ln.split()[1:-1]:
                assert src.rstrip("/") in admitted, src
                assert (REPO / src).exists(), src


def test_native_grafana_provisioning_points_at_the_native_stack(tmp_path: Path) -> None:
    from aiwatch.stack.grafana import render_grafana_provisioning

    out = render_grafana_provisioning(tmp_path / "prov", "http://127.0.0.1:19090", "http://127.0.0.1:19093")
    ds = yaml.safe_load((out / "datasources" / "prometheus.yml").read_text())["datasources"][0]
    committed = yaml.safe_load((REPO / "grafana/provisioning/datasources/prometheus.yml").read_text())
    assert ds["url"] == "http://127.0.0.1:19090"
    assert {k: v for k, v in ds.items() if k != "url"} == {
        k: v for k, v in committed["datasources"][0].items() if k != "url"
    }
    prov = yaml.safe_load((out / "dashboards" / "aiwatch.yml").read_text())["providers"][0]
    assert prov["options"]["path"] == str(REPO / "grafana" / "dashboards")
