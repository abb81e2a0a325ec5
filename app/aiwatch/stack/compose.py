"""The stack under Docker Compose (`docker-compose.yml`), used when a Docker engine answers.

Compose mounts the committed configs read-only; the settings reach it as the
environment variables docker-compose.yml reads (ports, bind address and, for
the fast profile, a directory of rendered rules).
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping
from pathlib import Path

from ..paths import REPO
from .components import HEALTH_PATH, wait_healthy
from .processes import http_ok, which
from .rules import rules_for_profile
from .settings import COMPONENTS, Settings, StackError

COMPOSE_FILE = REPO / "docker-compose.yml"
COMPOSE_PROJECT = "aiwatch"
# The local notification inbox is native-only: with Compose, receivers need their secrets (docs/stack.md).
COMPOSE_COMPONENTS = tuple(c for c in COMPONENTS if c != "inbox")


def docker_engine_available() -> bool:
    docker = which("docker")
    if not docker:
        return False
    try:
        return subprocess.run([docker, "info"], capture_output=True, timeout=15, check=False).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def compose_command() -> list[str]:
    docker = which("docker")
    if docker:
        version = subprocess.run([docker, "compose", "version"], capture_output=True, check=False, timeout=15)
        if version.returncode == 0:
            return [docker, "compose"]
    legacy = which("docker-compose")
    if legacy:
        return [legacy]
    raise StackError("a Docker engine answers but neither `docker compose` nor `docker-compose` is installed")


def compose_env(s: Settings, rules_dir: Path | None = None) -> dict[str, str]:
    """Environment that docker-compose.yml reads (ports, bind address, rules directory)."""
    env = {
        "AIWATCH_BIND": s.bind,
        "AIWATCH_PORT": str(s.ports["exporter"]),
        "PROMETHEUS_PORT": str(s.ports["prometheus"]),
        "ALERTMANAGER_PORT": str(s.ports["alertmanager"]),
        "GRAFANA_PORT": str(s.ports["grafana"]),
        "AIWATCH_WORKERS": str(s.workers),
    }
    if rules_dir is not None:
        env["AIWATCH_RULES_DIR"] = str(rules_dir)
    return env


class ComposeStack:
    def __init__(self, s: Settings) -> None:
        self.s = s

    def _run(self, *args: str, env: Mapping[str, str] | None = None) -> int:
        argv = [*compose_command(), "-f", str(COMPOSE_FILE), "-p", COMPOSE_PROJECT, *args]
        return subprocess.run(argv, cwd=REPO, env={**os.environ, **(env or {})}, check=False).returncode

    def up(self) -> int:
        self.s.run_dir.mkdir(parents=True, exist_ok=True)
        rules = None
        if self.s.rules_profile:
            rules = rules_for_profile(self.s.rules_profile, self.s.run_dir / "prometheus")
        env = compose_env(self.s, rules)
        if self._run("up", "-d", "--build", env=env) != 0:
            raise StackError("docker compose up failed (see its output above)")
        self.s.save_state("compose", env=env)
        wait_healthy(self.s, COMPOSE_COMPONENTS, f"(`docker compose -p {COMPOSE_PROJECT} logs` shows why)")
        print(f"aiwatch stack is up (Docker Compose, project {COMPOSE_PROJECT}):")
        for n in COMPOSE_COMPONENTS:
            print(f"  {n:<12}  {self.s.url(n)}/")
        print("next: `make demo SCENARIO=error-burst`, `make status`, `make down`")
        return 0

    def down(self) -> int:
        rc = self._run("down", "--remove-orphans")
        if rc == 0:
            self.s.state_file.unlink(missing_ok=True)
        return rc

    def status(self) -> int:
        """0: healthy; 1: something unhealthy; 3: not started (no run/stack.json), as in native mode."""
        if not self.s.state_file.exists():
            print("aiwatch stack is stopped (Docker Compose); `make up` starts it")
            return 3
        self._run("ps")
        ok = True
        for n in COMPOSE_COMPONENTS:
            healthy = http_ok(self.s.url(n) + HEALTH_PATH[n])
            ok = ok and healthy
            print(f"  {n:<12} {'healthy' if healthy else 'UNHEALTHY':<10} {self.s.url(n)}/")
        return 0 if ok else 1
