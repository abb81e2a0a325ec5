"""The stack's settings: every knob of `make up` is an environment variable (docs/stack.md)."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..durations import is_duration
from ..paths import ALERTMANAGER_DIR

# start order: the inbox before Alertmanager sends to it, Alertmanager before Prometheus finds it
COMPONENTS = ("inbox", "exporter", "alertmanager", "prometheus", "grafana")
# AIWATCH_TOPOLOGY=ha (aiwatch.stack.ha): a Prometheus pair remote-writing to VictoriaMetrics, vmalert
# evaluating the same rules over it; the store starts before its writers, vmalert after it.
HA_COMPONENTS = (
    "inbox",
    "exporter",
    "alertmanager",
    "victoria-metrics",
    "prometheus",
    "prometheus-b",
    "vmalert",
    "grafana",
)
TOPOLOGIES = {"single": COMPONENTS, "ha": HA_COMPONENTS}
DEFAULT_PORTS = {
    "inbox": 9095,
    "exporter": 8000,
    "prometheus": 9090,
    "alertmanager": 9093,
    "grafana": 3000,
    "prometheus-b": 9091,
    "victoria-metrics": 8428,
    "vmalert": 8880,
}
PORT_ENV = {
    "exporter": "AIWATCH_PORT",
    "prometheus": "PROMETHEUS_PORT",
    "alertmanager": "ALERTMANAGER_PORT",
    "grafana": "GRAFANA_PORT",
    "inbox": "INBOX_PORT",
    "prometheus-b": "PROMETHEUS_B_PORT",
    "victoria-metrics": "VICTORIA_METRICS_PORT",
    "vmalert": "VMALERT_PORT",
}
DEFAULT_SMTP_PORT = 9025  # the inbox's SMTP listener (INBOX_SMTP_PORT)
PROFILES = {
    # name: rules profile (aiwatch.stack.rules), scrape/eval interval, shortened Alertmanager timers
    "default": {"rules": None, "interval": None, "fast_alertmanager": False},
    "fast": {"rules": "fast", "interval": "1s", "fast_alertmanager": True},
}
# Alertmanager timers of the fast profile: group_wait/group_interval/repeat_interval wherever the
# committed alertmanager.yml sets them (the `timing` override of aiwatch.stack.alertmanager).
FAST_ALERTMANAGER_TIMING = {"group_wait": "1s", "group_interval": "5s", "repeat_interval": "1m"}


class StackError(RuntimeError):
    """A clear, user-facing failure of up/down/status."""


@dataclass
class Settings:
    run_dir: Path
    mode: str = "auto"  # auto | native | compose
    bind: str = "127.0.0.1"
    ports: dict[str, int] = field(default_factory=lambda: {c: DEFAULT_PORTS[c] for c in COMPONENTS})
    workers: int = 2
    profile: str = "default"
    topology: str = "single"  # single | ha
    scrape_interval: str | None = None
    evaluation_interval: str | None = None
    ready_timeout: float = 90.0
    secrets_dir: Path = ALERTMANAGER_DIR / "secrets"
    smtp_port: int = DEFAULT_SMTP_PORT
    example_port: int = 8080  # examples/chat_service.py's documented port, scraped as job "examples"
    config_dir: Path | None = None  # None: the demo config (config/ with config/demo/ merged over it)
    runbooks_url: str | None = None  # AIWATCH_RUNBOOKS_URL; None: from thresholds (see aiwatch.stack.links)
    dashboards_url: str | None = None  # AIWATCH_DASHBOARDS_URL; likewise

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
        s.topology = get("AIWATCH_TOPOLOGY", s.topology)
        if s.topology not in TOPOLOGIES:
            raise StackError(f"AIWATCH_TOPOLOGY must be one of {', '.join(TOPOLOGIES)}, got {s.topology!r}")
        # ports of the components this topology runs (the single stack's four are always known)
        s.ports = {
            comp: _int_env(PORT_ENV[comp], get(PORT_ENV[comp], str(DEFAULT_PORTS[comp])), 1, 65535)
            for comp in dict.fromkeys((*COMPONENTS, *s.components))
        }
        s.example_port = _int_env("AIWATCH_EXAMPLE_PORT", get("AIWATCH_EXAMPLE_PORT", "8080"), 1, 65535)
        s.smtp_port = _int_env("INBOX_SMTP_PORT", get("INBOX_SMTP_PORT", str(DEFAULT_SMTP_PORT)), 1, 65535)
        if len({*s.ports.values(), s.smtp_port}) != len(s.ports) + 1:
            raise StackError(f"ports must differ: {s.ports}, inbox SMTP {s.smtp_port}")
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
            if value is not None and not is_duration(value):
                raise StackError(f"{name} must be a Prometheus duration like 1s, 15s or 1m, got {value!r}")
        try:
            s.ready_timeout = float(get("AIWATCH_READY_TIMEOUT", "90"))
        except ValueError:
            raise StackError("AIWATCH_READY_TIMEOUT must be a number of seconds") from None
        if env.get("AIWATCH_ALERTMANAGER_SECRETS_DIR"):
            s.secrets_dir = Path(env["AIWATCH_ALERTMANAGER_SECRETS_DIR"]).resolve()
        if env.get("AIWATCH_CONFIG_DIR"):
            s.config_dir = Path(env["AIWATCH_CONFIG_DIR"]).resolve()
        for attr, var in (
            ("runbooks_url", "AIWATCH_RUNBOOKS_URL"),
            ("dashboards_url", "AIWATCH_DASHBOARDS_URL"),
        ):
            value = get(var, "")
            if value and not value.startswith(("http://", "https://")):
                raise StackError(f"{var} must be an http(s) URL, got {value!r}")
            setattr(s, attr, value.rstrip("/") or None)
        return s

    @property
    def components(self) -> tuple[str, ...]:
        """What `up` starts, in order, for this topology."""
        return TOPOLOGIES[self.topology]

    @property
    def connect_host(self) -> str:
        """Where the stack's own components reach each other."""
        return "127.0.0.1" if self.bind in ("0.0.0.0", "", "::") else self.bind

    @property
    def rules_profile(self) -> str | None:
        """The rules profile to render (None: the committed rules/ as they are)."""
        return PROFILES[self.profile]["rules"]

    @property
    def alertmanager_timing(self) -> dict[str, str] | None:
        return FAST_ALERTMANAGER_TIMING if PROFILES[self.profile]["fast_alertmanager"] else None

    def url(self, comp: str) -> str:
        return f"http://{self.connect_host}:{self.ports[comp]}"

    @property
    def state_file(self) -> Path:
        """What the last `up` recorded: mode, profile, ports (and the pids, or Compose's environment)."""
        return self.run_dir / "stack.json"

    def load_state(self) -> dict:
        try:
            state = json.loads(self.state_file.read_text())
        except (OSError, ValueError):
            return {}
        return state if isinstance(state, dict) else {}

    def save_state(self, mode: str, **extra: object) -> None:
        state = {"mode": mode, "profile": self.profile, "topology": self.topology, "ports": self.ports}
        state.update(bind=self.bind, **extra)
        self.state_file.write_text(json.dumps(state, indent=2) + "\n")


def _int_env(name: str, value: str, lo: int, hi: int) -> int:
    try:
        n = int(value)
    except ValueError:
        raise StackError(f"{name} must be an integer, got {value!r}") from None
    if not lo <= n <= hi:
        raise StackError(f"{name} must be between {lo} and {hi}, got {n}")
    return n
