"""`make up|down|status`: run the whole stack with Docker Compose, or natively without a Docker engine.

Compose is used when a Docker engine answers (`docker info`). Otherwise the
native stack starts the exporter (gunicorn), Prometheus and Alertmanager from
local binaries — and Grafana when one is installed — each daemonised with its
config, data, log and pid file under one run directory. Both modes use the
committed prometheus.yml, rules/ and alertmanager.yml: the native stack only
renders them with addresses and paths repointed (aiwatch.stackconfig,
aiwatch.amconfig), never a forked copy.

`down` stops exactly what `up` started: a pid is signalled only when its
command line names this run directory, so a recycled pid or a foreign process
is never killed. A second `up` starts nothing that is already running.
Every knob is an environment variable (see Settings.from_env and docs/stack.md).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import requests
import yaml

from .stackconfig import REPO, RULES_DIR, render_prometheus_config

COMPOSE_FILE = REPO / "docker-compose.yml"
COMPOSE_PROJECT = "aiwatch"
GEN_RULES = REPO / "scripts" / "gen_rules.py"
GRAFANA_DIR = REPO / "grafana"
DEFAULT_PORTS = {"exporter": 8000, "prometheus": 9090, "alertmanager": 9093, "grafana": 3000}
PORT_ENV = {
    "exporter": "AIWATCH_PORT",
    "prometheus": "PROMETHEUS_PORT",
    "alertmanager": "ALERTMANAGER_PORT",
    "grafana": "GRAFANA_PORT",
}
HEALTH_PATH = {
    "exporter": "/readyz",
    "prometheus": "/-/ready",
    "alertmanager": "/-/ready",
    "grafana": "/api/health",
}
START_ORDER = ("exporter", "alertmanager", "prometheus", "grafana")  # Prometheus finds AM up
PROFILES = {
    # name: rules profile for scripts/gen_rules.py, scrape/eval interval, shortened Alertmanager timers
    "default": {"rules": None, "interval": None, "fast_alertmanager": False},
    "fast": {"rules": "fast", "interval": "1s", "fast_alertmanager": True},
}
# Alertmanager timers of the fast profile: group_wait/group_interval/repeat_interval wherever the
# committed alertmanager.yml sets them (amconfig's documented test override).
FAST_ALERTMANAGER_TIMING = {"group_wait": "1s", "group_interval": "5s", "repeat_interval": "1m"}
STOP_TIMEOUT = 15.0


class StackError(RuntimeError):
    """A clear, user-facing failure of up/down/status."""


# --- settings --------------------------------------------------------------------------------------
@dataclass
class Settings:
    run_dir: Path
    mode: str = "auto"  # auto | native | compose
    bind: str = "127.0.0.1"
    ports: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_PORTS))
    workers: int = 2
    profile: str = "default"
    scrape_interval: str | None = None
    evaluation_interval: str | None = None
    ready_timeout: float = 90.0
    secrets_dir: Path = REPO / "alertmanager" / "secrets"

    @classmethod
    def from_env(cls, run_dir: Path, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env

        def get(name: str, default: str) -> str:
            return (env.get(name) or default).strip()

        s = cls(run_dir=Path(run_dir).resolve())
        s.mode = get("AIWATCH_STACK_MODE", "auto")
        if s.mode not in ("auto", "native", "compose"):
            raise StackError(f"AIWATCH_STACK_MODE must be auto, native or compose, got {s.mode!r}")
        s.bind = get("AIWATCH_BIND", s.bind)
        for comp, var in PORT_ENV.items():
            s.ports[comp] = _int_env(var, get(var, str(DEFAULT_PORTS[comp])), 1, 65535)
        if len(set(s.ports.values())) != len(s.ports):
            raise StackError(f"ports must differ: {s.ports}")
        s.workers = _int_env("AIWATCH_WORKERS", get("AIWATCH_WORKERS", "2"), 1, 64)
        s.profile = get("AIWATCH_PROFILE", "default")
        if s.profile not in PROFILES:
            raise StackError(f"AIWATCH_PROFILE must be one of {', '.join(PROFILES)}, got {s.profile!r}")
        interval = PROFILES[s.profile]["interval"]
        s.scrape_interval = env.get("AIWATCH_SCRAPE_INTERVAL") or interval
        s.evaluation_interval = env.get("AIWATCH_EVALUATION_INTERVAL") or interval
        for name, value in (
            ("AIWATCH_SCRAPE_INTERVAL", s.scrape_interval),
            ("AIWATCH_EVALUATION_INTERVAL", s.evaluation_interval),
        ):
            if value is not None and not _is_duration(value):
                raise StackError(f"{name} must be a Prometheus duration like 1s, 15s or 1m, got {value!r}")
        try:
            s.ready_timeout = float(get("AIWATCH_READY_TIMEOUT", "90"))
        except ValueError:
            raise StackError("AIWATCH_READY_TIMEOUT must be a number of seconds") from None
        if env.get("AIWATCH_ALERTMANAGER_SECRETS_DIR"):
            s.secrets_dir = Path(env["AIWATCH_ALERTMANAGER_SECRETS_DIR"]).resolve()
        return s

    @property
    def connect_host(self) -> str:
        """Where the stack's own components reach each other."""
        return "127.0.0.1" if self.bind in ("0.0.0.0", "", "::") else self.bind

    def url(self, comp: str) -> str:
        return f"http://{self.connect_host}:{self.ports[comp]}"


def _int_env(name: str, value: str, lo: int, hi: int) -> int:
    try:
        n = int(value)
    except ValueError:
        raise StackError(f"{name} must be an integer, got {value!r}") from None
    if not lo <= n <= hi:
        raise StackError(f"{name} must be between {lo} and {hi}, got {n}")
    return n


def _is_duration(v: str) -> bool:
    import re

    return bool(re.fullmatch(r"(\d+(ms|s|m|h))+", v))


# --- processes -------------------------------------------------------------------------------------
def _cmdline(pid: int) -> str | None:
    """The command line of a live, non-zombie process, or None."""
    proc = Path(f"/proc/{pid}")
    if proc.exists():
        try:
            stat = (proc / "stat").read_text()
            if stat.rsplit(")", 1)[1].split()[0] in ("Z", "X"):
                return None
            return (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
        except (OSError, IndexError):
            return None
    if sys.platform == "linux":
        return None
    out = subprocess.run(
        ["ps", "-o", "stat=,command=", "-p", str(pid)], capture_output=True, text=True, check=False
    )
    line = out.stdout.strip()
    if not line or line.startswith("Z"):
        return None
    return line.split(None, 1)[1] if " " in line else line


@dataclass
class Component:
    """One native process: its directory holds config, data, log and pid file."""

    name: str
    dir: Path

    @property
    def pid_file(self) -> Path:
        return self.dir / f"{self.name}.pid"

    @property
    def log_file(self) -> Path:
        return self.dir / f"{self.name}.log"

    def pid(self) -> int | None:
        try:
            return int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None

    def owns(self, pid: int) -> bool:
        """True when `pid` is alive and is the process this run directory started."""
        cmd = _cmdline(pid)
        return cmd is not None and f"{self.dir}{os.sep}" in cmd

    def running_pid(self) -> int | None:
        pid = self.pid()
        return pid if pid is not None and self.owns(pid) else None

    def start(self, argv: list[str], env: Mapping[str, str] | None = None) -> int:
        self.dir.mkdir(parents=True, exist_ok=True)
        full_env = dict(os.environ)
        full_env.update(env or {})
        with open(self.log_file, "ab") as log, open(os.devnull, "rb") as devnull:
            log.write(f"\n--- {time.strftime('%Y-%m-%dT%H:%M:%S')} {' '.join(argv)}\n".encode())
            log.flush()
            proc = subprocess.Popen(
                argv,
                stdin=devnull,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self.dir,
                env=full_env,
                start_new_session=True,
                close_fds=True,
            )
        self.pid_file.write_text(f"{proc.pid}\n")
        return proc.pid

    def stop(self, timeout: float = STOP_TIMEOUT) -> str:
        """Stop the process if it is ours; always clear the pid file. Returns what happened."""
        pid = self.pid()
        if pid is None:
            return "not running"
        if not self.owns(pid):
            self.pid_file.unlink(missing_ok=True)
            return f"not running (removed stale pid file for pid {pid}; not ours, left alone)"
        _signal(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self.owns(pid):
            time.sleep(0.1)
        how = "stopped"
        if self.owns(pid):
            _signal(pid, signal.SIGKILL)
            how = f"killed (did not stop within {timeout:.0f}s)"
            end = time.monotonic() + 5
            while time.monotonic() < end and self.owns(pid):
                time.sleep(0.1)
        self.pid_file.unlink(missing_ok=True)
        return f"{how} (pid {pid})"

    def log_tail(self, lines: int = 15) -> str:
        try:
            return "\n".join(self.log_file.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"


def _signal(pid: int, sig: int) -> None:
    """Signal the process group we created (gunicorn workers too), else just the pid."""
    try:
        if os.getpgid(pid) == pid:
            os.killpg(pid, sig)
        else:
            os.kill(pid, sig)
    except ProcessLookupError:
        pass


def _port_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def _healthy(url: str) -> bool:
    try:
        return requests.get(url, timeout=2).status_code == 200
    except requests.RequestException:
        return False


def _which(*names: str) -> str | None:
    for n in names:
        p = shutil.which(n)
        if p:
            return p
    return None


# --- native stack ----------------------------------------------------------------------------------
class NativeStack:
    def __init__(self, s: Settings) -> None:
        self.s = s
        self.components = {n: Component(n, s.run_dir / n) for n in START_ORDER}
        self.state_file = s.run_dir / "stack.json"

    # configs rendered from the committed files
    def _rules_dir(self) -> Path:
        profile = PROFILES[self.s.profile]["rules"]
        if profile is None:
            return RULES_DIR
        if not GEN_RULES.exists():
            raise StackError(f"AIWATCH_PROFILE={self.s.profile} needs {GEN_RULES.relative_to(REPO)}")
        out = self.s.run_dir / "prometheus" / f"rules-{profile}"
        shutil.rmtree(out, ignore_errors=True)
        res = subprocess.run(
            [sys.executable, str(GEN_RULES), "--profile", profile, "--out", str(out)],
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=120,
            check=False,
        )
        if res.returncode != 0:
            raise StackError(f"rendering the {profile} rules failed:\n{res.stderr or res.stdout}")
        return out

    def _prometheus_argv(self) -> list[str]:
        binary = _which("prometheus")
        if not binary:
            raise StackError(
                "prometheus is not installed: run `make setup` as root (apt-get install prometheus)"
            )
        c = self.components["prometheus"]
        host = self.s.connect_host
        targets = {
            "aiwatch": [f"{host}:{self.s.ports['exporter']}"],
            "prometheus": [f"{host}:{self.s.ports['prometheus']}"],
            "alertmanager": [f"{host}:{self.s.ports['alertmanager']}"],
        }
        cfg = render_prometheus_config(
            c.dir / "config",
            targets,
            rules_dir=self._rules_dir(),
            scrape_interval=self.s.scrape_interval,
            evaluation_interval=self.s.evaluation_interval,
        )
        return [
            binary,
            f"--config.file={cfg}",
            f"--storage.tsdb.path={c.dir / 'data'}",
            f"--web.listen-address={self.s.bind}:{self.s.ports['prometheus']}",
            f"--web.external-url={self.s.url('prometheus')}/",
            "--web.enable-lifecycle",
        ]

    def _alertmanager_argv(self) -> list[str]:
        binary = _which("prometheus-alertmanager", "alertmanager")
        if not binary:
            raise StackError(
                "Alertmanager is not installed: run `make setup` as root "
                "(apt-get install prometheus-alertmanager)"
            )
        c = self.components["alertmanager"]
        cfg = render_alertmanager(c.dir / "config", self.s)
        return [
            binary,
            f"--config.file={cfg}",
            f"--storage.path={c.dir / 'data'}",
            f"--web.listen-address={self.s.bind}:{self.s.ports['alertmanager']}",
            f"--web.external-url={self.s.url('alertmanager')}/",
            "--cluster.listen-address=",
        ]

    def _exporter_argv(self) -> list[str]:
        c = self.components["exporter"]
        return [
            sys.executable,
            "-m",
            "aiwatch.cli",
            "serve",
            "--host",
            self.s.bind,
            "--port",
            str(self.s.ports["exporter"]),
            "--workers",
            str(self.s.workers),
            "--multiproc-dir",
            str(c.dir / "multiproc"),
            "--pid-file",
            str(c.pid_file),
        ]

    def _grafana(self) -> tuple[list[str], dict[str, str]] | None:
        binary = _which("grafana-server", "grafana")
        if not binary:
            return None
        c = self.components["grafana"]
        prov = render_grafana_provisioning(
            c.dir / "provisioning", self.s.url("prometheus"), self.s.url("alertmanager")
        )
        home = next(
            (
                p
                for p in (
                    Path("/usr/share/grafana"),
                    Path("/usr/local/share/grafana"),
                    Path(binary).resolve().parents[1],
                )
                if (p / "conf").is_dir()
            ),
            None,
        )
        argv = [binary] + (["server"] if Path(binary).name == "grafana" else [])
        if home:
            argv.append(f"--homepath={home}")
        argv += [f"--pidfile={c.dir / 'grafana-server.pid'}", f"cfg:default.paths.data={c.dir / 'data'}"]
        env = {
            "GF_SERVER_HTTP_ADDR": self.s.bind,
            "GF_SERVER_HTTP_PORT": str(self.s.ports["grafana"]),
            "GF_PATHS_DATA": str(c.dir / "data"),
            "GF_PATHS_LOGS": str(c.dir / "logs"),
            "GF_PATHS_PLUGINS": str(c.dir / "plugins"),
            "GF_PATHS_PROVISIONING": str(prov),
            "GF_ANALYTICS_REPORTING_ENABLED": "false",
            "GF_ANALYTICS_CHECK_FOR_UPDATES": "false",
        }
        return argv, env

    def up(self) -> int:
        s = self.s
        s.run_dir.mkdir(parents=True, exist_ok=True)
        started: list[Component] = []
        running: dict[str, int] = {}
        previous = self._load_state()
        if previous:  # ports of a stack that is already up win over new env values
            for name, port in previous.get("ports", {}).items():
                if self.components[name].running_pid():
                    s.ports[name] = port
        plans: dict[str, Callable[[], tuple[list[str], dict[str, str]] | None]] = {
            "exporter": lambda: (self._exporter_argv(), {}),
            "alertmanager": lambda: (self._alertmanager_argv(), {}),
            "prometheus": lambda: (self._prometheus_argv(), {}),
            "grafana": self._grafana,
        }
        try:
            for name in START_ORDER:
                c = self.components[name]
                pid = c.running_pid()
                if pid:
                    running[name] = pid
                    print(f"  {name:<12} already running (pid {pid})")
                    continue
                c.pid_file.unlink(missing_ok=True)
                plan = plans[name]()
                if plan is None:
                    continue
                port = s.ports[name]
                if not _port_free(s.bind, port):
                    raise StackError(
                        f"port {port} for {name} is in use by another process; "
                        f"pick another with {PORT_ENV[name]}=<port> make up"
                    )
                argv, env = plan
                running[name] = c.start(argv, env)
                started.append(c)
                print(f"  {name:<12} started (pid {running[name]}, log {c.log_file})")
            self._save_state(running)
            self._wait_ready(list(running))
        except (StackError, OSError) as exc:
            for c in reversed(started):
                c.stop()
            if isinstance(exc, OSError):
                raise StackError(f"{exc}") from exc
            raise
        self._print_urls(running)
        return 0

    def _wait_ready(self, names: list[str]) -> None:
        deadline = time.monotonic() + self.s.ready_timeout
        pending = set(names)
        while pending:
            for name in sorted(pending):
                c = self.components[name]
                pid = c.pid()
                if pid is None or not c.owns(pid):
                    raise StackError(
                        f"{name} exited during start-up; last lines of {c.log_file}:\n{c.log_tail()}"
                    )
                if _healthy(self.s.url(name) + HEALTH_PATH[name]):
                    pending.discard(name)
            if not pending:
                return
            if time.monotonic() > deadline:
                names_ = ", ".join(sorted(pending))
                raise StackError(
                    f"not ready after {self.s.ready_timeout:.0f}s: {names_} "
                    f"(set AIWATCH_READY_TIMEOUT to wait longer); see the logs in {self.s.run_dir}"
                )
            time.sleep(0.3)

    def _print_urls(self, running: Mapping[str, int]) -> None:
        print(f"aiwatch stack is up (native, profile {self.s.profile}, run directory {self.s.run_dir}):")
        labels = {
            "exporter": "exporter    ",
            "prometheus": "Prometheus  ",
            "alertmanager": "Alertmanager",
            "grafana": "Grafana     ",
        }
        for name in START_ORDER:
            if name in running:
                print(f"  {labels[name]}  {self.s.url(name)}/")
        if "grafana" not in running:
            print(
                f"  Grafana       not installed here: import grafana/dashboards/*.json into your Grafana "
                f"(`make import-dashboards GRAFANA_URL=… GRAFANA_TOKEN=…`) with a Prometheus data source "
                f"at {self.s.url('prometheus')}"
            )
        print("next: `make demo SCENARIO=error-burst`, `make status`, `make down`")

    def down(self) -> int:
        for name in reversed(START_ORDER):
            c = self.components[name]
            if c.pid_file.exists():
                print(f"  {name:<12} {c.stop()}")
        self.state_file.unlink(missing_ok=True)
        print("aiwatch stack is down")
        return 0

    def status(self) -> int:
        state = self._load_state() or {}
        ports = state.get("ports", {})
        ok = True
        print(f"aiwatch stack (native, run directory {self.s.run_dir}):")
        for name in START_ORDER:
            c = self.components[name]
            pid = c.running_pid()
            if pid is None:
                if name == "grafana" and not c.pid_file.exists():
                    continue
                ok = False
                stale = " (stale pid file)" if c.pid_file.exists() else ""
                print(f"  {name:<12} stopped{stale}")
                continue
            url = f"http://{self.s.connect_host}:{ports.get(name, self.s.ports[name])}"
            healthy = _healthy(url + HEALTH_PATH[name])
            ok = ok and healthy
            print(f"  {name:<12} {'healthy' if healthy else 'UNHEALTHY':<10} pid {pid:<8} {url}/")
        return 0 if ok else 1

    def _load_state(self) -> dict | None:
        try:
            return json.loads(self.state_file.read_text())
        except (OSError, ValueError):
            return None

    def _save_state(self, running: Mapping[str, int]) -> None:
        state = {
            "mode": "native",
            "profile": self.s.profile,
            "ports": self.s.ports,
            "bind": self.s.bind,
            "pids": dict(running),
        }
        self.state_file.write_text(json.dumps(state, indent=2) + "\n")


# --- rendering of the other committed configs ------------------------------------------------------
def render_alertmanager(out_dir: Path, s: Settings) -> Path:
    """The committed alertmanager.yml, repointed by aiwatch.amconfig for this machine.

    Receivers whose secret file is missing go to a refusing loopback address (amconfig's rule),
    so a stack without secrets starts and never sends a fake credential anywhere.
    """
    import logging

    from . import amconfig

    logging.getLogger(amconfig.__name__).addHandler(logging.NullHandler())  # the note below says it
    missing = amconfig.missing_secrets(s.secrets_dir)
    if missing:
        print(
            f"  note: no {', '.join(missing)} in {s.secrets_dir}: those receivers stay local "
            f"(see alertmanager/secrets/*.example)"
        )
    timing = FAST_ALERTMANAGER_TIMING if PROFILES[s.profile]["fast_alertmanager"] else None
    try:
        return amconfig.render_alertmanager_config(out_dir, secrets_dir=s.secrets_dir, timing=timing)
    except ValueError as exc:
        raise StackError(f"cannot render alertmanager.yml: {exc}") from exc


def render_grafana_provisioning(out_dir: Path, prometheus_url: str, alertmanager_url: str) -> Path:
    """grafana/provisioning with data source URLs and dashboard paths pointed at this machine."""
    src = GRAFANA_DIR / "provisioning"
    shutil.rmtree(out_dir, ignore_errors=True)
    for sub in ("datasources", "dashboards", "plugins", "alerting"):
        (out_dir / sub).mkdir(parents=True, exist_ok=True)
    for path in sorted(src.glob("*/*.y*ml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for ds in doc.get("datasources", []) or []:
            kind = str(ds.get("type", "")).lower()
            if kind == "prometheus":
                ds["url"] = prometheus_url
            elif kind == "alertmanager":
                ds["url"] = alertmanager_url
        for prov in doc.get("providers", []) or []:
            opts = prov.get("options") or {}
            if "path" in opts:
                opts["path"] = str(GRAFANA_DIR / "dashboards")
        dest = out_dir / path.parent.name / path.name
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return out_dir


# --- Docker Compose --------------------------------------------------------------------------------
def docker_engine_available() -> bool:
    docker = _which("docker")
    if not docker:
        return False
    try:
        return subprocess.run([docker, "info"], capture_output=True, timeout=15, check=False).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def compose_command() -> list[str]:
    docker = _which("docker")
    if (
        docker
        and subprocess.run(
            [docker, "compose", "version"], capture_output=True, check=False, timeout=15
        ).returncode
        == 0
    ):
        return [docker, "compose"]
    legacy = _which("docker-compose")
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
        self.state_file = s.run_dir / "stack.json"

    def _run(self, *args: str, env: Mapping[str, str] | None = None) -> int:
        argv = [*compose_command(), "-f", str(COMPOSE_FILE), "-p", COMPOSE_PROJECT, *args]
        full = dict(os.environ)
        full.update(env or {})
        return subprocess.run(argv, cwd=REPO, env=full, check=False).returncode

    def up(self) -> int:
        self.s.run_dir.mkdir(parents=True, exist_ok=True)
        rules = None
        if PROFILES[self.s.profile]["rules"]:
            rules = NativeStack(self.s)._rules_dir()
        env = compose_env(self.s, rules)
        if self._run("up", "-d", "--build", env=env) != 0:
            raise StackError("docker compose up failed (see its output above)")
        self.state_file.write_text(
            json.dumps(
                {"mode": "compose", "profile": self.s.profile, "ports": self.s.ports, "env": env}, indent=2
            )
            + "\n"
        )
        deadline = time.monotonic() + self.s.ready_timeout
        pending = set(DEFAULT_PORTS)
        while pending and time.monotonic() < deadline:
            pending = {n for n in pending if not _healthy(self.s.url(n) + HEALTH_PATH[n])}
            time.sleep(0.5)
        if pending:
            raise StackError(
                f"not ready after {self.s.ready_timeout:.0f}s: {', '.join(sorted(pending))} "
                f"(`docker compose -p {COMPOSE_PROJECT} logs` shows why)"
            )
        print(f"aiwatch stack is up (Docker Compose, project {COMPOSE_PROJECT}):")
        for n in START_ORDER:
            print(f"  {n:<12}  {self.s.url(n)}/")
        print("next: `make demo SCENARIO=error-burst`, `make status`, `make down`")
        return 0

    def down(self) -> int:
        rc = self._run("down", "--remove-orphans")
        if rc == 0:
            self.state_file.unlink(missing_ok=True)
        return rc

    def status(self) -> int:
        self._run("ps")
        ok = True
        for n in START_ORDER:
            healthy = _healthy(self.s.url(n) + HEALTH_PATH[n])
            ok = ok and healthy
            print(f"  {n:<12} {'healthy' if healthy else 'UNHEALTHY':<10} {self.s.url(n)}/")
        return 0 if ok else 1


# --- entry point -----------------------------------------------------------------------------------
def choose(s: Settings, command: str) -> NativeStack | ComposeStack:
    """down/status follow the mode `up` recorded; up follows AIWATCH_STACK_MODE or `docker info`."""
    recorded = None
    with contextlib.suppress(OSError, ValueError, AttributeError):
        recorded = json.loads((s.run_dir / "stack.json").read_text()).get("mode")
    if command != "up" and recorded in ("native", "compose"):
        mode = recorded
    elif s.mode != "auto":
        mode = s.mode
    elif command == "up" and recorded == "native" and NativeStack(s).components["exporter"].running_pid():
        mode = "native"
    else:
        mode = "compose" if docker_engine_available() else "native"
    if mode == "compose" and command == "up":
        print("Docker engine found: starting the stack with Docker Compose")
    elif mode == "native" and command == "up":
        print(f"no Docker engine answers: starting the stack natively in {s.run_dir}")
    return ComposeStack(s) if mode == "compose" else NativeStack(s)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m aiwatch.stack", description=__doc__.split("\n\n")[0])
    p.add_argument("command", choices=("up", "down", "status"))
    p.add_argument("--run-dir", default="run", help="directory for configs, data, logs and pid files")
    args = p.parse_args(argv)
    try:
        s = Settings.from_env(Path(args.run_dir))
        stack = choose(s, args.command)
        return int(getattr(stack, args.command)())
    except StackError as exc:
        print(f"aiwatch stack: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
