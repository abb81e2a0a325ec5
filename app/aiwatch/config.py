"""Load and validate the versioned inputs in config/.

A bad file stops start-up with one line naming the file, the key and the
problem, so an operator never has to guess which edit broke the exporter.
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .catalog import BUDGET_PERIODS, ERROR_TYPES
from .durations import parse_duration
from .guard import LABEL_CHARS, MAX_LABEL_CHARS
from .paths import CONFIG_DIR

LABEL_VALUE_RE = re.compile(f"^[a-z0-9][{LABEL_CHARS}]*$")


class ConfigError(ValueError):
    """A config file is missing, unparsable or holds an invalid value."""


def config_dir() -> Path:
    """The config directory: $AIWATCH_CONFIG_DIR or the repository's config/."""
    return Path(os.environ.get("AIWATCH_CONFIG_DIR") or CONFIG_DIR)


@dataclass(frozen=True)
class Limits:
    max_batch_events: int = 1000
    max_body_bytes: int = 1_048_576
    max_text_bytes: int = 102_400
    max_tokens: int = 10_000_000
    max_duration_seconds: float = 3600.0


@dataclass(frozen=True)
class Cardinality:
    max_label_length: int = MAX_LABEL_CHARS
    max_unknown_values: int = 50
    max_priced_models: int = 300


@dataclass(frozen=True)
class Otlp:
    """The OTLP/HTTP receiver (docs/otel.md): limits, signal choice, prompt screening."""

    max_items_per_request: int = 10_000  # spans or metric data points per request (413 beyond)
    max_decompressed_bytes: int = 8_388_608  # gzip bodies are inflated up to this (413 beyond)
    max_calls_per_request: int = 100_000  # calls derived from metric points per request
    max_streams: int = 10_000  # cumulative metric streams remembered (shared by the workers)
    stream_ttl_seconds: float = 3600.0  # a stream not exported for this long is forgotten
    metrics_services: tuple[str, ...] = ()  # counted from gen_ai.client.* metrics, not from spans
    screen_prompts: tuple[str, ...] = ()  # span-carried prompts of these services are screened


@dataclass(frozen=True)
class CircuitBreakerSettings:
    """One service's SDK circuit breaker (services.yaml `circuit_breaker:`; docs/sdk.md)."""

    enabled: bool = True
    failure_ratio: float = 0.5  # open when >= this share of the window's calls failed ...
    min_calls: int = 10  # ... and the window holds at least this many calls
    consecutive_failures: int = 5  # or after this many failures in a row (0: rule off)
    window_seconds: float = 60.0
    cooldown_seconds: float = 30.0  # open this long, then probes are let through (half-open)
    half_open_max_calls: int = 1  # concurrent probes while half-open
    failure_types: tuple[str, ...] = ("timeout", "rate_limit", "server", "other")
    fallback: tuple[tuple[str, str], ...] = ()  # (model, fallback model) pairs
    budget: bool = False  # budget breaker: fail fast once the service's daily budget is spent

    def fallback_for(self, model: str) -> str | None:
        return dict(self.fallback).get(model)


@dataclass(frozen=True)
class CircuitBreakers:
    """Breaker settings: the `circuit_breaker:` defaults of services.yaml (None when the file has none)
    merged with each service's own section."""

    defaults: CircuitBreakerSettings | None = None
    services: dict[str, CircuitBreakerSettings] = field(default_factory=dict)

    def for_service(self, service: str) -> CircuitBreakerSettings | None:
        """The settings for `service`: its own section, else the defaults, else None (not configured)."""
        return self.services.get(service, self.defaults)


@dataclass(frozen=True)
class IncidentLogSettings:
    """The exporter's incident log (exporter.yaml `incident_log:`; docs/incidents.md)."""

    target: str = "stdout"  # stdout | file | off
    path: str | None = None  # file target: the JSON-lines file (rotated as path.1, path.2, ...)
    max_bytes: int = 10_485_760  # rotate when the file reaches this size
    backup_count: int = 5  # rotated files kept
    include_text: bool = False  # write the raw prompt/output text (off: sha256 and length only)


INCIDENT_TARGETS = ("stdout", "file", "off")


@dataclass(frozen=True)
class PriceOverride:
    input_per_mtok: float
    output_per_mtok: float
    cached_input_per_mtok: float | None = None


@dataclass(frozen=True)
class ServiceInfo:
    team: str
    models: tuple[str, ...] = ()


@dataclass(frozen=True)
class Config:
    limits: Limits = field(default_factory=Limits)
    cardinality: Cardinality = field(default_factory=Cardinality)
    services: dict[str, ServiceInfo] = field(default_factory=dict)
    budgets: dict[str, dict[str, float]] = field(default_factory=dict)
    prices: dict[str, PriceOverride] = field(default_factory=dict)
    auth_token: str | None = None
    source: Path | None = None
    otlp: Otlp = field(default_factory=Otlp)
    circuit_breakers: CircuitBreakers = field(default_factory=CircuitBreakers)
    incident_log: IncidentLogSettings = field(default_factory=IncidentLogSettings)


class ConfigFile:
    """Typed accessors that report errors as '<file>: <key path>: <problem>'."""

    def __init__(self, path: Path, required: bool = True) -> None:
        self.path = path
        if not path.exists():
            if required:
                raise ConfigError(f"{path}: file not found")
            self.data: Any = {}
            return
        try:
            self.data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: not valid YAML: {exc}") from exc
        if not isinstance(self.data, dict):
            raise ConfigError(f"{path}: top level must be a mapping, got {type(self.data).__name__}")

    def fail(self, key: str, problem: str) -> ConfigError:
        return ConfigError(f"{self.path}: {key}: {problem}")

    def mapping(self, value: Any, key: str) -> dict[str, Any]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise self.fail(key, f"must be a mapping, got {type(value).__name__}")
        return value

    def number(self, value: Any, key: str, *, minimum: float = 0.0, integer: bool = False) -> float:
        ok = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
        if integer:
            ok = ok and float(value).is_integer()
        if not ok or value < minimum:
            kind = "an integer" if integer else "a number"
            raise self.fail(key, f"must be {kind} >= {minimum:g}, got {value!r}")
        return int(value) if integer else float(value)

    def label(self, value: Any, key: str) -> str:
        if not isinstance(value, str) or not LABEL_VALUE_RE.match(value) or len(value) > MAX_LABEL_CHARS:
            raise self.fail(
                key,
                f"must be a lower-case label value ([{LABEL_CHARS}], at most {MAX_LABEL_CHARS} chars), "
                f"got {value!r}",
            )
        return value


def _dataclass_from(f: ConfigFile, section: str, cls: type, raw: Any) -> Any:
    raw = f.mapping(raw, section)
    defaults = cls()
    values = {}
    for name, value in raw.items():
        if not hasattr(defaults, name):
            raise f.fail(f"{section}.{name}", f"unknown key (expected one of {sorted(vars(defaults))})")
        default = getattr(defaults, name)
        values[name] = f.number(value, f"{section}.{name}", minimum=1, integer=isinstance(default, int))
    return cls(**values)


def load_config(directory: Path | None = None) -> Config:
    """Read every config file; raise ConfigError on the first problem."""
    d = Path(directory) if directory else config_dir()

    ex = ConfigFile(d / "exporter.yaml", required=False)
    limits = _dataclass_from(ex, "limits", Limits, ex.data.get("limits"))
    card = _dataclass_from(ex, "cardinality", Cardinality, ex.data.get("cardinality"))

    otlp = _otlp(ex)
    incident_log = _incident_log(ex)

    sv = ConfigFile(d / "services.yaml")
    services: dict[str, ServiceInfo] = {}
    breaker_defaults = (
        _breaker(sv, sv.data["circuit_breaker"], "circuit_breaker", CircuitBreakerSettings())
        if "circuit_breaker" in sv.data
        else None
    )
    breakers: dict[str, CircuitBreakerSettings] = {}
    for name, info in sv.mapping(sv.data.get("services"), "services").items():
        key = f"services.{name}"
        sv.label(name, key)
        info = sv.mapping(info, key)
        if "team" not in info:
            raise sv.fail(key, "missing 'team'")
        models = info.get("models") or []
        if not isinstance(models, list):
            raise sv.fail(f"{key}.models", "must be a list of model names")
        services[name] = ServiceInfo(
            team=sv.label(info["team"], f"{key}.team"),
            models=tuple(sv.label(m, f"{key}.models[{i}]") for i, m in enumerate(models)),
        )
        if "circuit_breaker" in info:
            base = breaker_defaults or CircuitBreakerSettings()
            breakers[name] = _breaker(sv, info["circuit_breaker"], f"{key}.circuit_breaker", base)

    bd = ConfigFile(d / "budgets.yaml")
    budgets: dict[str, dict[str, float]] = {}
    for name, periods in bd.mapping(bd.data.get("services"), "services").items():
        key = f"services.{name}"
        bd.label(name, key)
        if name not in services:
            raise bd.fail(key, f"service is not declared in {sv.path.name}")
        periods = bd.mapping(periods, key)
        for period, amount in periods.items():
            if period not in BUDGET_PERIODS:
                raise bd.fail(f"{key}.{period}", f"period must be one of {', '.join(BUDGET_PERIODS)}")
            budgets.setdefault(name, {})[period] = bd.number(amount, f"{key}.{period}")

    pr = ConfigFile(d / "pricing.yaml", required=False)
    prices: dict[str, PriceOverride] = {}
    for model, p in pr.mapping(pr.data.get("models"), "models").items():
        key = f"models.{model}"
        pr.label(model, key)
        p = pr.mapping(p, key)
        for required in ("input_per_mtok", "output_per_mtok"):
            if required not in p:
                raise pr.fail(key, f"missing '{required}' (USD per million tokens)")
        unknown = set(p) - {"input_per_mtok", "output_per_mtok", "cached_input_per_mtok"}
        if unknown:
            raise pr.fail(f"{key}.{sorted(unknown)[0]}", "unknown key")
        cached = p.get("cached_input_per_mtok")
        prices[model] = PriceOverride(
            input_per_mtok=pr.number(p["input_per_mtok"], f"{key}.input_per_mtok"),
            output_per_mtok=pr.number(p["output_per_mtok"], f"{key}.output_per_mtok"),
            cached_input_per_mtok=None
            if cached is None
            else pr.number(cached, f"{key}.cached_input_per_mtok"),
        )

    return Config(
        limits=limits,
        cardinality=card,
        services=services,
        budgets=budgets,
        prices=prices,
        auth_token=auth_token_from_env(),
        source=d,
        otlp=otlp,
        circuit_breakers=CircuitBreakers(breaker_defaults, breakers),
        incident_log=incident_log,
    )


_BREAKER_DURATIONS = {"window": "window_seconds", "cooldown": "cooldown_seconds"}


def _breaker(f: ConfigFile, raw: Any, key: str, base: CircuitBreakerSettings) -> CircuitBreakerSettings:
    """A `circuit_breaker:` mapping applied over `base` (the defaults for a service's own section)."""
    raw = f.mapping(raw, key)
    keys = ("enabled", "failure_ratio", "min_calls", "consecutive_failures", "window", "cooldown")
    keys += ("half_open_max_calls", "failure_types", "fallback", "budget")
    values: dict[str, Any] = {}
    for name, value in raw.items():
        k = f"{key}.{name}"
        if name in ("enabled", "budget"):
            if not isinstance(value, bool):
                raise f.fail(k, f"must be true or false, got {value!r}")
            values[name] = value
        elif name == "failure_ratio":
            ratio = f.number(value, k)
            if not 0 < ratio <= 1:
                raise f.fail(k, f"must be a ratio in (0, 1], got {value!r}")
            values[name] = ratio
        elif name in ("min_calls", "half_open_max_calls"):
            values[name] = f.number(value, k, minimum=1, integer=True)
        elif name == "consecutive_failures":
            values[name] = f.number(value, k, minimum=0, integer=True)
        elif name in _BREAKER_DURATIONS:
            try:
                seconds = parse_duration(value)
            except ValueError as exc:
                raise f.fail(k, str(exc)) from None
            if seconds <= 0:
                raise f.fail(k, f"must be a positive duration, got {value!r}")
            values[_BREAKER_DURATIONS[name]] = float(seconds)
        elif name == "failure_types":
            if not isinstance(value, list) or not value or any(v not in ERROR_TYPES for v in value):
                raise f.fail(
                    k, f"must be a non-empty list of error types ({', '.join(ERROR_TYPES)}), got {value!r}"
                )
            values[name] = tuple(dict.fromkeys(value))
        elif name == "fallback":
            pairs = []
            for model, to in f.mapping(value, k).items():
                f.label(model, f"{k}.{model}")
                f.label(to, f"{k}.{model}")
                if to == model:
                    raise f.fail(f"{k}.{model}", "a model cannot be its own fallback")
                pairs.append((model, to))
            values[name] = tuple(pairs)
        else:
            raise f.fail(k, f"unknown key (expected one of {', '.join(keys)})")
    return CircuitBreakerSettings(**{**vars(base), **values})


def _incident_log(f: ConfigFile) -> IncidentLogSettings:
    """The `incident_log:` section of exporter.yaml."""
    raw = f.mapping(f.data.get("incident_log"), "incident_log")
    base = IncidentLogSettings()
    values: dict[str, Any] = {}
    for name, value in raw.items():
        k = f"incident_log.{name}"
        if name == "target":
            if value not in INCIDENT_TARGETS:
                raise f.fail(k, f"must be one of {', '.join(INCIDENT_TARGETS)}, got {value!r}")
            values[name] = value
        elif name == "path":
            if not isinstance(value, str) or not value.strip():
                raise f.fail(k, f"must be a file path, got {value!r}")
            values[name] = value
        elif name in ("max_bytes", "backup_count"):
            # a file holds at least one line (4096 bytes at most, PIPE_BUF)
            values[name] = f.number(value, k, minimum=4096 if name == "max_bytes" else 1, integer=True)
        elif name == "include_text":
            if not isinstance(value, bool):
                raise f.fail(k, f"must be true or false, got {value!r}")
            values[name] = value
        else:
            raise f.fail(k, f"unknown key (expected one of {', '.join(vars(base))})")
    settings = IncidentLogSettings(**{**vars(base), **values})
    if settings.target == "file" and not settings.path:
        raise f.fail("incident_log.path", "required when target is file")
    return settings


def _otlp(f: ConfigFile) -> Otlp:
    """The `otlp:` section of exporter.yaml: numbers like `limits`, plus two lists of services."""
    raw = dict(f.mapping(f.data.get("otlp"), "otlp"))
    lists: dict[str, tuple[str, ...]] = {}
    for key in ("metrics_services", "screen_prompts"):
        value = raw.pop(key, None) or []
        if not isinstance(value, list):
            raise f.fail(f"otlp.{key}", f"must be a list of service names, got {type(value).__name__}")
        lists[key] = tuple(f.label(v, f"otlp.{key}[{i}]") for i, v in enumerate(value))
    numbers = _dataclass_from(f, "otlp", Otlp, raw)
    return Otlp(**{**vars(numbers), **lists})


def auth_token_from_env() -> str | None:
    """Optional bearer token for write endpoints: $AIWATCH_AUTH_TOKEN_FILE or $AIWATCH_AUTH_TOKEN."""
    path = os.environ.get("AIWATCH_AUTH_TOKEN_FILE")
    if path:
        try:
            token = Path(path).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigError(f"{path}: cannot read auth token file: {exc.strerror}") from exc
        if not token:
            raise ConfigError(f"{path}: auth token file is empty")
        return token
    return os.environ.get("AIWATCH_AUTH_TOKEN") or None
