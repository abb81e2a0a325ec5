"""config/thresholds.yaml as typed data: the one loader every reader uses.

The rule generator, the dashboards, the traffic matrix, the exporter's health
score and `aiwatch check-config` all read the file through `load_thresholds()`,
so a value is validated once, the same way for everyone, and an error names the
file, the key and the problem (`<file>: alerts.latency.warning_for: must be a
Prometheus duration like 5m, got 'soon'`). Unknown keys are errors too: a typo
would otherwise silently keep the default behaviour.

The schema is the dataclasses below; each field's metadata says how its YAML
value is checked (`_num`, `_count`, `DUR`, ...).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping
from dataclasses import MISSING, dataclass, field, fields
from pathlib import Path
from typing import Any

import yaml

from ..catalog import CONFIDENCE_BUCKETS, LATENCY_BUCKETS, TTFT_BUCKETS
from ..catalog import SEVERITIES as DETECTION_SEVERITIES
from ..config import ConfigError, config_dir
from ..durations import is_duration, parse_duration

FILE_NAME = "thresholds.yaml"
PROFILE_NAMES = ("default", "fast")


# --------------------------------------------------------------------------- field kinds


def _num(
    *, low: float | None = None, high: float | None = None, below: float | None = None
) -> dict[str, Any]:
    """A finite number within [low, high] (and < below)."""
    return {"kind": "num", "low": low, "high": high, "below": below}


def _count(*, low: int = 0) -> dict[str, Any]:
    """A whole number >= low."""
    return {"kind": "count", "low": low}


DUR = {"kind": "dur"}  # a Prometheus duration (5m, 1h30m); kept as text because rules print it
TEXT = {"kind": "text"}


def _bucket(buckets: tuple[float, ...], metric: str) -> dict[str, Any]:
    """A bucket bound of a histogram: ratios and quantiles are read off the buckets exactly."""
    return {"kind": "bucket", "buckets": buckets, "metric": metric}


def _section(cls: type) -> dict[str, Any]:
    return {"kind": "section", "cls": cls}


def _choice(*choices: str) -> dict[str, Any]:
    """One of a fixed set of names."""
    return {"kind": "choice", "choices": choices}


BOUNDS = {"kind": "bounds"}  # increasing positive bucket bounds


# --------------------------------------------------------------------------- schema


@dataclass(frozen=True)
class Links:
    base_url: str = field(metadata=TEXT)


@dataclass(frozen=True)
class Quality:
    low_confidence_threshold: float = field(metadata=_bucket(CONFIDENCE_BUCKETS, "ai_response_confidence"))


@dataclass(frozen=True)
class Traffic:
    """Minimum evidence before a ratio, quantile or drift alert judges a window."""

    min_events: int = field(metadata=_count(low=1))
    min_bad_events: int = field(metadata=_count(low=1))
    min_confidence_samples: int = field(metadata=_count(low=1))


@dataclass(frozen=True)
class Windows:
    rate: str = field(metadata=DUR)
    sparse: str = field(metadata=DUR)
    volume: str = field(metadata=DUR)
    cost_projection: str = field(metadata=DUR)
    confidence_recent: str = field(metadata=DUR)
    confidence_baseline: str = field(metadata=DUR)
    confidence_baseline_offset: str = field(metadata=DUR)
    budget_spend: str = field(metadata=DUR)
    budget_forecast_lookback: str = field(metadata=DUR)
    budget_forecast_horizon: str = field(metadata=DUR)


@dataclass(frozen=True)
class DriftAlerts:
    warning_ratio: float = field(metadata=_num(low=0, below=1))
    critical_ratio: float = field(metadata=_num(low=0, below=1))
    warning_for: str = field(metadata=DUR)
    critical_for: str = field(metadata=DUR)


@dataclass(frozen=True)
class LatencyAlerts:
    p95_warning_seconds: float = field(metadata=_bucket(LATENCY_BUCKETS, "ai_request_duration_seconds"))
    p99_critical_seconds: float = field(metadata=_bucket(LATENCY_BUCKETS, "ai_request_duration_seconds"))
    warning_for: str = field(metadata=DUR)
    critical_for: str = field(metadata=DUR)


@dataclass(frozen=True)
class ErrorAlerts:
    ratio_warning: float = field(metadata=_num(low=0, below=1))
    warning_for: str = field(metadata=DUR)


@dataclass(frozen=True)
class TtftAlerts:
    p95_warning_seconds: float = field(metadata=_bucket(TTFT_BUCKETS, "ai_time_to_first_token_seconds"))
    warning_for: str = field(metadata=DUR)


@dataclass(frozen=True)
class HallucinationAlerts:
    flag_ratio_warning: float = field(metadata=_num(low=0, below=1))
    warning_for: str = field(metadata=DUR)


@dataclass(frozen=True)
class InjectionAlerts:
    min_detections: int = field(metadata=_count(low=1))
    severities: tuple[str, ...] = field(metadata={"kind": "severities"})
    warning_for: str = field(metadata=DUR)


@dataclass(frozen=True)
class CostAlerts:
    per_request_warning_usd: float = field(metadata=_num(low=0))
    per_request_warning_for: str = field(metadata=DUR)
    monthly_projection_warning_usd: float = field(metadata=_num(low=0))
    monthly_projection_warning_for: str = field(metadata=DUR)
    budget_usage_warning_ratio: float = field(metadata=_num(low=0))
    budget_usage_warning_for: str = field(metadata=DUR)
    budget_forecast_warning_for: str = field(metadata=DUR)


@dataclass(frozen=True)
class UnpricedAlerts:
    min_calls: int = field(metadata=_count(low=1))
    info_for: str = field(metadata=DUR)


@dataclass(frozen=True)
class InfoFor:
    info_for: str = field(metadata=DUR)


@dataclass(frozen=True)
class WarningFor:
    warning_for: str = field(metadata=DUR)


@dataclass(frozen=True)
class CriticalFor:
    critical_for: str = field(metadata=DUR)


@dataclass(frozen=True)
class NotificationAlerts:
    ratio_critical: float = field(metadata=_num(low=0, below=1))
    critical_for: str = field(metadata=DUR)


@dataclass(frozen=True)
class Alerts:
    drift: DriftAlerts = field(metadata=_section(DriftAlerts))
    latency: LatencyAlerts = field(metadata=_section(LatencyAlerts))
    errors: ErrorAlerts = field(metadata=_section(ErrorAlerts))
    ttft: TtftAlerts = field(metadata=_section(TtftAlerts))
    hallucination: HallucinationAlerts = field(metadata=_section(HallucinationAlerts))
    injection: InjectionAlerts = field(metadata=_section(InjectionAlerts))
    cost: CostAlerts = field(metadata=_section(CostAlerts))
    unpriced: UnpricedAlerts = field(metadata=_section(UnpricedAlerts))
    label_overflow: InfoFor = field(metadata=_section(InfoFor))
    exporter_down: CriticalFor = field(metadata=_section(CriticalFor))
    config_reload: WarningFor = field(metadata=_section(WarningFor))
    rule_failures: CriticalFor = field(metadata=_section(CriticalFor))
    notification_failures: NotificationAlerts = field(metadata=_section(NotificationAlerts))
    circuit_breaker: WarningFor = field(metadata=_section(WarningFor))


@dataclass(frozen=True)
class Objective:
    objective: float = field(metadata=_num(low=0, below=1))

    @property
    def budget(self) -> float:
        return round(1 - self.objective, 12)


@dataclass(frozen=True)
class LatencyObjective(Objective):
    threshold_seconds: float = field(metadata=_bucket(LATENCY_BUCKETS, "ai_request_duration_seconds"))


@dataclass(frozen=True)
class BurnRates:
    page_fast: float = field(metadata=_num(low=0))
    page_slow: float = field(metadata=_num(low=0))
    ticket_fast: float = field(metadata=_num(low=0))
    ticket_slow: float = field(metadata=_num(low=0))


@dataclass(frozen=True)
class WindowPair:
    long: str = field(metadata=DUR)
    short: str = field(metadata=DUR)


@dataclass(frozen=True)
class BurnWindows:
    page_fast: WindowPair = field(metadata=_section(WindowPair))
    page_slow: WindowPair = field(metadata=_section(WindowPair))
    ticket_fast: WindowPair = field(metadata=_section(WindowPair))
    ticket_slow: WindowPair = field(metadata=_section(WindowPair))


BURN_KEYS = ("page_fast", "page_slow", "ticket_fast", "ticket_slow")


@dataclass(frozen=True)
class Slo:
    availability: Objective = field(metadata=_section(Objective))
    latency: LatencyObjective = field(metadata=_section(LatencyObjective))
    burn_rates: BurnRates = field(metadata=_section(BurnRates))
    burn_windows: BurnWindows = field(metadata=_section(BurnWindows))
    page_for: str = field(metadata=DUR)
    ticket_for: str = field(metadata=DUR)

    def objectives(self) -> dict[str, Objective]:
        return {"availability": self.availability, "latency": self.latency}


@dataclass(frozen=True)
class FastProfile:
    for_: str = field(metadata={"kind": "dur", "key": "for"})
    windows: Mapping[str, str] = field(metadata={"kind": "window_map"})


@dataclass(frozen=True)
class Profiles:
    fast: FastProfile = field(metadata=_section(FastProfile))


# Prometheus's OTLP translation strategies whose names the optional OTel group can read (docs/otel.md):
# dots become underscores, with or without the unit suffix (`_seconds`).
OTEL_STRATEGIES = ("UnderscoreEscapingWithSuffixes", "UnderscoreEscapingWithoutSuffixes")


@dataclass(frozen=True)
class OtelMetrics:
    """OTel GenAI client metrics already in Prometheus: the optional ai-otel-metrics group (mixin/otel.py)."""

    translation_strategy: str = field(metadata=_choice(*OTEL_STRATEGIES))
    # bounds of gen_ai.client.operation.duration and .time_to_first_chunk, as the instrumentation sets them
    duration_buckets: tuple[float, ...] = field(metadata=BOUNDS)


@dataclass(frozen=True)
class Component:
    """One term of the health score: a 'bad' ratio that scores 0 at `limit`."""

    name: str
    weight: float
    limit: float
    description: str


@dataclass(frozen=True)
class Health:
    components: tuple[Component, ...] = field(metadata={"kind": "components"})


@dataclass(frozen=True)
class Thresholds:
    """Every value of config/thresholds.yaml, validated (see the file's header for the keys)."""

    runbooks: Links = field(metadata=_section(Links))
    dashboards: Links = field(metadata=_section(Links))
    quality: Quality = field(metadata=_section(Quality))
    traffic: Traffic = field(metadata=_section(Traffic))
    windows: Windows = field(metadata=_section(Windows))
    alerts: Alerts = field(metadata=_section(Alerts))
    slo: Slo = field(metadata=_section(Slo))
    profiles: Profiles = field(metadata=_section(Profiles))
    health: Health = field(metadata=_section(Health))
    otel_metrics: OtelMetrics = field(metadata=_section(OtelMetrics))
    path: Path = field(default=Path(FILE_NAME), metadata={"kind": "internal"})

    def windows_used(self) -> set[str]:
        """Every window the rules use: the profile's window map must cover each."""
        used = {getattr(self.windows, f.name) for f in fields(Windows)}
        for key in BURN_KEYS:
            pair = getattr(self.slo.burn_windows, key)
            used |= {pair.long, pair.short}
        return used

    def profile(self, name: str) -> Profile:
        """How durations are rendered for `name` (default: as configured; fast: shortened)."""
        if name == "default":
            return Profile("default")
        if name == "fast":
            return Profile("fast", self.profiles.fast.for_, dict(self.profiles.fast.windows))
        raise ConfigError(f"unknown profile {name!r}; choose one of {', '.join(PROFILE_NAMES)}")


@dataclass(frozen=True)
class Profile:
    """Durations as rendered: `default` as configured, `fast` mapped for end-to-end tests."""

    name: str
    for_override: str | None = None
    window_map: Mapping[str, str] = field(default_factory=dict)

    def window(self, value: str) -> str:
        return value if self.name == "default" else self.window_map[value]

    def for_(self, value: str) -> str:
        return self.for_override if self.for_override is not None else value


# --------------------------------------------------------------------------- loading


class _Reader:
    """Walks the YAML document along the schema; errors read '<file>: <key>: <problem>'."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, key: str, problem: str) -> ConfigError:
        return ConfigError(f"{self.path}: {key}: {problem}")

    def section(self, cls: type, node: Any, key: str) -> Any:
        if not isinstance(node, Mapping):
            raise self.fail(key or "(top level)", f"must be a mapping, got {type(node).__name__}")
        schema = [f for f in fields(cls) if f.metadata.get("kind") != "internal"]
        names = {f.metadata.get("key", f.name): f for f in schema}
        for name in node:
            if name not in names:
                where = f"{key}.{name}" if key else str(name)
                raise self.fail(where, f"unknown key (expected one of {', '.join(names)})")
        values = {}
        for name, f in names.items():
            sub = f"{key}.{name}" if key else name
            if name not in node:
                if f.default is not MISSING:
                    continue
                raise self.fail(sub, "missing")
            values[f.name] = self.value(f.metadata, node[name], sub)
        return cls(**values)

    def value(self, meta: Mapping[str, Any], raw: Any, key: str) -> Any:
        kind = meta["kind"]
        if kind == "section":
            return self.section(meta["cls"], raw, key)
        if kind in ("num", "bucket"):
            if isinstance(raw, bool) or not isinstance(raw, int | float) or not math.isfinite(raw):
                raise self.fail(key, f"must be a number, got {raw!r}")
            value = float(raw)
            if kind == "bucket":
                if value not in meta["buckets"]:
                    bounds = ", ".join(f"{b:g}" for b in meta["buckets"])
                    raise self.fail(
                        key, f"must be a bucket bound of {meta['metric']} ({bounds}), got {raw!r}"
                    )
                return value
            low, high, below = meta["low"], meta["high"], meta["below"]
            if low is not None and value < low:
                raise self.fail(key, f"must be >= {low:g}, got {raw!r}")
            if high is not None and value > high:
                raise self.fail(key, f"must be <= {high:g}, got {raw!r}")
            if below is not None and value >= below:
                raise self.fail(key, f"must be below {below:g}, got {raw!r}")
            return value
        if kind == "count":
            if isinstance(raw, bool) or not isinstance(raw, int) or raw < meta["low"]:
                raise self.fail(key, f"must be a whole number >= {meta['low']}, got {raw!r}")
            return raw
        if kind == "dur":
            if not is_duration(raw):
                raise self.fail(key, f"must be a Prometheus duration like 5m or 1h30m, got {raw!r}")
            return raw
        if kind == "text":
            if not isinstance(raw, str) or not raw.strip():
                raise self.fail(key, f"must be a non-empty string, got {raw!r}")
            return raw
        if kind == "severities":
            if (
                not isinstance(raw, list)
                or not raw
                or not all(isinstance(s, str) for s in raw)
                or not set(raw) <= set(DETECTION_SEVERITIES)
            ):
                raise self.fail(key, f"must list some of {', '.join(DETECTION_SEVERITIES)}, got {raw!r}")
            return tuple(raw)
        if kind == "choice":
            if raw not in meta["choices"]:
                raise self.fail(key, f"must be one of {', '.join(meta['choices'])}, got {raw!r}")
            return raw
        if kind == "bounds":
            ok = isinstance(raw, list) and raw
            ok = ok and all(isinstance(b, int | float) and not isinstance(b, bool) for b in raw)
            ok = ok and all(math.isfinite(b) and b > 0 for b in raw)
            if not ok or any(a >= b for a, b in itertools.pairwise(raw)):
                raise self.fail(key, f"must be a list of increasing positive bucket bounds, got {raw!r}")
            return tuple(float(b) for b in raw)
        if kind == "window_map":
            return self.window_map(raw, key)
        if kind == "components":
            return self.components(raw, key)
        raise AssertionError(kind)  # pragma: no cover - schema error

    def window_map(self, raw: Any, key: str) -> dict[str, str]:
        if not isinstance(raw, Mapping) or not raw:
            raise self.fail(key, "must be a non-empty mapping of durations (window: shortened window)")
        out = {}
        for src, dst in raw.items():
            if not is_duration(src) or not is_duration(dst):
                raise self.fail(f"{key}.{src}", f"must map a duration to a duration, got {src!r}: {dst!r}")
            out[src] = dst
        ordered = sorted(out.items(), key=lambda kv: parse_duration(kv[0]))
        for (a, fa), (b, fb) in itertools.pairwise(ordered):
            if parse_duration(fa) > parse_duration(fb):
                raise self.fail(key, f"must keep the order of the windows: {a} -> {fa} but {b} -> {fb}")
        return out

    def components(self, raw: Any, key: str) -> tuple[Component, ...]:
        if not isinstance(raw, Mapping) or not raw:
            raise self.fail(key, "must be a non-empty mapping")
        out = []
        for name, c in raw.items():
            sub = f"{key}.{name}"
            if not isinstance(c, Mapping):
                raise self.fail(sub, "must be a mapping with 'weight', 'limit' and 'description'")
            unknown = set(c) - {"weight", "limit", "description"}
            if unknown:
                raise self.fail(
                    f"{sub}.{sorted(unknown)[0]}", "unknown key (expected weight, limit, description)"
                )
            weight = self.value(
                {"kind": "num", "low": 0, "high": 1, "below": None}, c.get("weight"), f"{sub}.weight"
            )
            limit = self.value(
                {"kind": "num", "low": None, "high": None, "below": None}, c.get("limit"), f"{sub}.limit"
            )
            if limit <= 0:
                raise self.fail(f"{sub}.limit", f"must be > 0, got {limit:g}")
            out.append(Component(str(name), weight, limit, str(c.get("description", ""))))
        total = sum(c.weight for c in out)
        if abs(total - 1.0) > 1e-9:
            raise self.fail(key, f"weights must sum to 1, got {total:g}")
        return tuple(out)


def _check(t: Thresholds, r: _Reader) -> None:
    """Rules across keys: what one field's check cannot see."""
    if t.alerts.drift.warning_ratio >= t.alerts.drift.critical_ratio:
        raise r.fail("alerts.drift", "warning_ratio must be below critical_ratio")
    if parse_duration(t.windows.rate) >= parse_duration(t.windows.sparse):
        raise r.fail("windows.sparse", f"must be longer than windows.rate ({t.windows.rate})")
    if parse_duration(t.windows.confidence_baseline_offset) < parse_duration(t.windows.confidence_recent):
        raise r.fail(
            "windows.confidence_baseline_offset",
            "must be at least windows.confidence_recent, so the baseline ends where the recent window starts",
        )
    for key in BURN_KEYS:
        pair = getattr(t.slo.burn_windows, key)
        if parse_duration(pair.short) >= parse_duration(pair.long):
            raise r.fail(
                f"slo.burn_windows.{key}", f"short ({pair.short}) must be shorter than long ({pair.long})"
            )
    for slo, obj in t.slo.objectives().items():
        for key in BURN_KEYS:
            factor = getattr(t.slo.burn_rates, key)
            if factor * obj.budget >= 1:
                raise r.fail(
                    f"slo.burn_rates.{key}",
                    f"{factor:g} x the {slo} error budget ({obj.budget:g}) is >= 100 %: the condition can never hold",
                )
    top = t.otel_metrics.duration_buckets[-1]
    timed = bucket_thresholds(t)
    for key, value in ((k, v) for m in OTEL_TIMED for k, v in timed.get(m, {}).items()):
        if value > top:
            raise r.fail(
                "otel_metrics.duration_buckets",
                f"needs a bound >= {key} ({value:g}): calls slower than it cannot be told apart above {top:g}",
            )
    missing = sorted(t.windows_used() - set(t.profiles.fast.windows), key=parse_duration)
    if missing:
        raise r.fail("profiles.fast.windows", f"has no entry for window(s) {', '.join(missing)}")


def bucket_thresholds(t: Any, prefix: str = "") -> dict[str, dict[str, float]]:
    """{histogram: {key: value}}: every threshold the rules read off a bucket bound, from the schema."""
    out: dict[str, dict[str, float]] = {}
    for f in fields(t):
        kind, value = f.metadata.get("kind"), getattr(t, f.name)
        key = f"{prefix}{f.metadata.get('key', f.name)}"
        if kind == "bucket":
            out.setdefault(f.metadata["metric"], {})[key] = value
        elif kind == "section":
            for metric, found in bucket_thresholds(value, f"{key}.").items():
                out.setdefault(metric, {}).update(found)
    return out


# The histograms the optional OTel group fills from OTel duration histograms (mixin/otel.py).
OTEL_TIMED = ("ai_request_duration_seconds", "ai_time_to_first_token_seconds")


def thresholds_path(directory: Path | None = None) -> Path:
    """thresholds.yaml in `directory`, else in $AIWATCH_CONFIG_DIR or the repository's config/."""
    return Path(directory or config_dir()) / FILE_NAME


def load_thresholds(path: Path | None = None) -> Thresholds:
    """Read and validate a thresholds file (default: `thresholds_path()`); ConfigError on any problem."""
    path = Path(path) if path is not None else thresholds_path()
    r = _Reader(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found") from None
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot load: {exc}") from exc
    t = r.section(Thresholds, data if data is not None else {}, "")
    t = Thresholds(**{f.name: getattr(t, f.name) for f in fields(Thresholds) if f.name != "path"}, path=path)
    _check(t, r)
    return t
