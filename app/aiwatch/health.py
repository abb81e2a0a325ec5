"""The AI health score: one formula, evaluated in two places.

score = 100 x sum(weight_i x (1 - min(1, bad_i / limit_i)))

Each component is a "bad" ratio (0 = perfect) with a limit at which that
component contributes nothing. A component without data counts as healthy.
The weights and limits live in config/thresholds.yaml (`health:`), read by the
one thresholds loader (aiwatch.mixin.thresholds). The exporter evaluates the
formula on its lifetime totals (`GET /api/metrics`); the Prometheus recording
rule `ai:health_score` is rendered from the same definition by `promql()`, so
the two can never disagree on the formula.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .mixin.thresholds import Component, Thresholds, load_thresholds, thresholds_path

__all__ = ["Bounds", "Component", "bounds_of", "load_bounds", "load_components", "promql", "score"]


@dataclass(frozen=True)
class Bounds:
    """Histogram bucket bounds the latency and low_confidence components count against."""

    slow_seconds: float
    low_confidence: float


def bounds_of(t: Thresholds) -> Bounds:
    """`slo.latency.threshold_seconds` and `quality.low_confidence_threshold` (the loader checked that
    both are bucket bounds: the ratios are read off those buckets)."""
    return Bounds(t.slo.latency.threshold_seconds, t.quality.low_confidence_threshold)


def load_components(directory: Path | None = None) -> tuple[Component, ...]:
    """The health components of the thresholds file in `directory` (the whole file is validated)."""
    return load_thresholds(thresholds_path(directory)).health.components


def load_bounds(directory: Path | None = None) -> Bounds:
    """The bucket bounds of the thresholds file in `directory` (the whole file is validated)."""
    return bounds_of(load_thresholds(thresholds_path(directory)))


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
