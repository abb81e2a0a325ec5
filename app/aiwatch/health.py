"""The AI health score: one formula, evaluated in two places.

score = 100 x sum(weight_i x (1 - min(1, bad_i / limit_i)))

Each component is a "bad" ratio (0 = perfect) with a limit at which that
component contributes nothing. A component without data counts as healthy.
The weights and limits live in config/thresholds.yaml (`health:`). The exporter
evaluates the formula on its lifetime totals (`GET /api/metrics`); the
Prometheus recording rule `ai:health_score` is rendered from the same
definition by `promql()`, so the two can never disagree on the formula.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from .config import ConfigError, config_dir


@dataclass(frozen=True)
class Component:
    name: str
    weight: float
    limit: float
    description: str


def load_components(directory: Path | None = None) -> tuple[Component, ...]:
    path = (directory or config_dir()) / "thresholds.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot load: {exc}") from exc
    raw = (data.get("health") or {}).get("components")
    if not isinstance(raw, dict) or not raw:
        raise ConfigError(f"{path}: health.components: must be a non-empty mapping")
    comps = []
    for name, c in raw.items():
        key = f"health.components.{name}"
        try:
            weight, limit = float(c["weight"]), float(c["limit"])
        except (TypeError, KeyError, ValueError) as exc:
            raise ConfigError(f"{path}: {key}: needs numeric 'weight' and 'limit'") from exc
        if weight < 0 or limit <= 0:
            raise ConfigError(f"{path}: {key}: weight must be >= 0 and limit > 0")
        comps.append(Component(name, weight, limit, str(c.get("description", ""))))
    total = sum(c.weight for c in comps)
    if abs(total - 1.0) > 1e-9:
        raise ConfigError(f"{path}: health.components: weights must sum to 1, got {total:g}")
    return tuple(comps)


@dataclass(frozen=True)
class Bounds:
    """Histogram bucket bounds the latency and low_confidence components count against."""

    slow_seconds: float
    low_confidence: float


def load_bounds(directory: Path | None = None) -> Bounds:
    """`slo.latency.threshold_seconds` and `quality.low_confidence_threshold`, which must be
    bucket bounds of the catalog's histograms (the ratios are read off those buckets)."""
    from .catalog import CONFIDENCE_BUCKETS, LATENCY_BUCKETS

    path = (directory or config_dir()) / "thresholds.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        slow = float(data["slo"]["latency"]["threshold_seconds"])
        low = float(data["quality"]["low_confidence_threshold"])
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
        raise ConfigError(
            f"{path}: slo.latency.threshold_seconds and quality.low_confidence_threshold are required numbers"
        ) from exc
    if slow not in LATENCY_BUCKETS:
        raise ConfigError(f"{path}: slo.latency.threshold_seconds: must be one of {LATENCY_BUCKETS}")
    if low not in CONFIDENCE_BUCKETS:
        raise ConfigError(f"{path}: quality.low_confidence_threshold: must be one of {CONFIDENCE_BUCKETS}")
    return Bounds(slow, low)


def score(bad: Mapping[str, float | None], components: tuple[Component, ...]) -> float:
    """Health score 0-100 from each component's bad ratio (None = no data = healthy)."""
    total = 0.0
    for c in components:
        ratio = bad.get(c.name)
        value = 1.0 if ratio is None else 1.0 - min(1.0, max(0.0, ratio) / c.limit)
        total += c.weight * value
    return round(100.0 * total, 2)


def promql(bad: Mapping[str, str], components: tuple[Component, ...], healthy: str = "vector(1)") -> str:
    """The same formula as PromQL, given each component's bad-ratio expression.

    `healthy` is the fallback when a component's expression returns nothing
    (no traffic): vector(1) for a global score, or an expression carrying the
    grouping labels for a per-service score.
    """
    terms = []
    for c in components:
        expr = bad[c.name]
        terms.append(f"{c.weight:g} * ((1 - clamp_max(clamp_min({expr}, 0) / {c.limit:g}, 1)) or {healthy})")
    return "100 * (\n  " + "\n  + ".join(terms) + "\n)"
