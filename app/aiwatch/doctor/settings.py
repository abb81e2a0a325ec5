"""What the doctor examines (the deployment's URLs) and how it judges it (config/doctor.yaml)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..config import ConfigError, ConfigFile
from ..durations import parse_duration
from ..stack.settings import DEFAULT_PORTS, Settings, StackError

FILE_NAME = "doctor.yaml"


@dataclass(frozen=True)
class DoctorSettings:
    """config/doctor.yaml: every key optional."""

    telemetry_window: str = "1h"  # a service must have sent calls (and screened prompts) within this
    # Receivers accepted as real although they look like local stand-ins (loopback, example domains):
    # "host", "host:port" or an e-mail domain. For a relay on the same host, or for tests.
    trusted_receivers: tuple[str, ...] = ()
    http_timeout_seconds: float = 5.0


def load_doctor_settings(config_dir: Path) -> DoctorSettings:
    """Read <config_dir>/doctor.yaml (absent: defaults). ConfigError names the file, key and problem."""
    f = ConfigFile(Path(config_dir) / FILE_NAME, required=False)
    base = DoctorSettings()
    values: dict[str, object] = {}
    for key, value in f.data.items():
        if key == "telemetry_window":
            try:
                if parse_duration(value) <= 0:
                    raise ValueError(f"must be a positive duration, got {value!r}")
            except ValueError as exc:
                raise f.fail(key, str(exc)) from None
            values[key] = value
        elif key == "trusted_receivers":
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                raise f.fail(key, "must be a list of host, host:port or e-mail domain strings")
            values[key] = tuple(v.strip().lower() for v in value)
        elif key == "http_timeout":
            try:
                values["http_timeout_seconds"] = float(parse_duration(value))
            except ValueError as exc:
                raise f.fail(key, str(exc)) from None
        else:
            raise f.fail(key, "unknown key (expected telemetry_window, trusted_receivers, http_timeout)")
    return DoctorSettings(**{**vars(base), **values})  # type: ignore[arg-type]


@dataclass(frozen=True)
class Targets:
    exporter: str
    prometheus: str
    alertmanager: str
    grafana: str | None = None
    grafana_token: str | None = field(default=None, repr=False)


def resolve_targets(
    run_dir: Path,
    *,
    exporter: str | None = None,
    prometheus: str | None = None,
    alertmanager: str | None = None,
    grafana: str | None = None,
    grafana_token: str | None = None,
) -> Targets:
    """URLs: the flags, else the ports `make up` recorded in <run_dir>/stack.json, else the environment's
    (AIWATCH_PORT, PROMETHEUS_PORT, ...) defaults. Grafana only when given (flag or GRAFANA_URL)."""
    try:
        s = Settings.from_env(Path(run_dir))
    except StackError as exc:
        raise ConfigError(str(exc)) from None
    state = s.load_state()
    ports = state.get("ports") if isinstance(state.get("ports"), dict) else {}
    for comp in DEFAULT_PORTS:
        if isinstance(ports.get(comp), int):
            s.ports[comp] = ports[comp]
    if isinstance(state.get("bind"), str):
        s.bind = state["bind"]
    return Targets(
        exporter=(exporter or s.url("exporter")).rstrip("/"),
        prometheus=(prometheus or s.url("prometheus")).rstrip("/"),
        alertmanager=(alertmanager or s.url("alertmanager")).rstrip("/"),
        grafana=(grafana or os.environ.get("GRAFANA_URL") or "").rstrip("/") or None,
        grafana_token=grafana_token or os.environ.get("GRAFANA_TOKEN") or None,
    )
