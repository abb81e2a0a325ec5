"""Projected monthly cost: one definition, evaluated in two places.

    projection = spend over the last W / W x SECONDS_PER_MONTH,   W = windows.cost_projection (1h)

Prometheus: `ai:cost_usd:monthly_projection_total` = sum(rate(ai_cost_usd_total[W])) x
SECONDS_PER_MONTH, rendered by `promql()` (rate() divides the increase over W by W).
The exporter's `GET /api/metrics` computes the same from its own counters with
`monthly()`: the spend since the cumulative cost it had W ago. Its workers share
a small ring of (time, cumulative cost) samples in the multiprocess directory
(`CostSamples`, one sample per W/60); while the exporter is younger than W its
counters started at 0 at start-up, so the spend is its total, still divided by W
(as rate() does). So for the first hour after a start both say "this hour's
spend, as if the month went on like this hour", and they agree within
Prometheus' extrapolation (docs/metrics.md, tests/firsthour/test_projection.py).
The fast profile's Prometheus shortens W (20 s); the exporter keeps the
configured W.
"""

from __future__ import annotations

import fcntl
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .durations import SECONDS_PER_MONTH

SAMPLES_FILE = "cost-samples.json"


def promql(rate_expr: str) -> str:
    """The projection in PromQL, given the USD/s spend rate over W (`ai:cost_usd:rate1h`)."""
    return f"{rate_expr} * {SECONDS_PER_MONTH}"


@dataclass(frozen=True)
class Projection:
    monthly_usd: float
    spend_usd: float  # spend in the window
    window_seconds: float  # W
    since_unix: float  # where the spend is counted from (start-up, or a sample W ago)


def monthly(spend_usd: float, window_seconds: float) -> float:
    """The definition itself: spend over W, per second of W, for a 30-day month."""
    return spend_usd / window_seconds * SECONDS_PER_MONTH


def project(
    cost_now: float, now: float, started: float, window: float, samples: list[tuple[float, float]]
) -> Projection:
    """The projection at `now` from the cumulative cost, the start time and the shared samples."""
    since, base = started, 0.0  # counters start at 0 at start-up
    for t, cost in samples:  # oldest first: the newest sample at or before now - W
        if t <= now - window and t >= since:
            since, base = t, cost
    spend = max(0.0, cost_now - base)
    return Projection(monthly(spend, window), spend, window, since)


class CostSamples:
    """(time, cumulative cost) samples shared by the workers: a JSON file under a lock, oldest first."""

    def __init__(self, directory: Path, window: float) -> None:
        self.path = Path(directory) / SAMPLES_FILE
        self.window = window
        self.resolution = max(1.0, window / 60)

    def _locked(self, update: Callable[[list[tuple[float, float]]], list[tuple[float, float]] | None]):  # type: ignore[no-untyped-def]
        with open(self.path.with_suffix(".lock"), "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                try:
                    samples = [(float(t), float(c)) for t, c in json.loads(self.path.read_text())]
                except (OSError, ValueError, TypeError):
                    samples = []
                new = update(samples)
                if new is not None:
                    tmp = self.path.with_suffix(".tmp")
                    tmp.write_text(json.dumps(new))
                    tmp.replace(self.path)
                    return new
                return samples
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def read(self) -> list[tuple[float, float]]:
        return self._locked(lambda s: None)

    def observe(self, now: float, cost: float) -> None:
        """Add a sample unless another worker took one within the resolution; keep W plus a margin."""

        def update(samples: list[tuple[float, float]]) -> list[tuple[float, float]] | None:
            if samples and now - samples[-1][0] < self.resolution / 2:
                return None
            keep = [s for s in samples if s[0] >= now - self.window - 2 * self.resolution]
            return [*keep, (now, cost)]

        self._locked(update)


class Sampler(threading.Thread):
    """Takes a sample every `resolution` seconds in each worker (a daemon thread)."""

    def __init__(self, samples: CostSamples, cost: Callable[[], float]) -> None:
        super().__init__(name="aiwatch-cost-sampler", daemon=True)
        self.samples, self.cost = samples, cost
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(self.samples.resolution):
            try:
                self.samples.observe(time.time(), self.cost())
            except Exception:  # a sampling failure must never take the worker down
                continue
