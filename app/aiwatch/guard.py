"""Cardinality guard: bounded, normalised label values.

Prometheus keeps one series per label combination, so a client that sends a
fresh model name per request could exhaust it. Values are normalised (lower
case, a safe character set, bounded length). Known values (services in
services.yaml, models with a price) pass; other values are admitted up to a
cap per label, then folded into "other" and counted in
ai_label_overflow_total{label}. Priced models have a cap of their own because
price matching accepts open-ended names (dated snapshots and the like).

The admitted set lives per process: with N gunicorn workers the exposition
holds at most N x cap values per label, still a fixed bound.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from prometheus_client import Counter

OTHER: Final = "other"
# The characters a label value may hold, and its default length; config/ files
# are held to the same rule for the label values they declare.
LABEL_CHARS: Final = "a-z0-9_.:/-"
MAX_LABEL_CHARS: Final = 64
_UNSAFE: Final = re.compile(f"[^{LABEL_CHARS}]+")


def normalise(value: str, max_length: int = MAX_LABEL_CHARS) -> str:
    """Lower-case, replace unsafe runs with '_', trim; empty becomes 'unknown'."""
    v = _UNSAFE.sub("_", value.strip().lower())[:max_length].strip("_")
    return v or "unknown"


class LabelGuard:
    """Admits label values for one label name under a cap."""

    def __init__(
        self,
        label: str,
        known: Iterable[str] = (),
        cap: int = 50,
        max_length: int = MAX_LABEL_CHARS,
        overflow: Counter | None = None,
        is_known: Callable[[str], bool] | None = None,
        known_cap: int | None = None,
    ) -> None:
        self.label = label
        self._known = {normalise(k, max_length) for k in known}
        self._is_known = is_known
        self._cap = cap
        self._known_cap = known_cap
        self._max_length = max_length
        self._overflow = overflow.labels(label=label) if overflow is not None else None
        self._admitted: set[str] = set()
        self._admitted_known: set[str] = set()
        self._cache: dict[str, str] = {}
        self._lock = threading.Lock()

    def __call__(self, raw: str) -> str:
        hit = self._cache.get(raw)
        if hit is not None:
            return hit
        with self._lock:
            value = self._admit(normalise(raw, self._max_length))
            if value != OTHER and len(self._cache) < 4 * (self._cap + len(self._known)) + 1000:
                self._cache[raw] = value
        if value == OTHER and self._overflow is not None:
            self._overflow.inc()
        return value

    def _admit(self, value: str) -> str:
        if value in self._known or value in self._admitted or value in self._admitted_known:
            return value
        if value == OTHER:
            return value
        if self._is_known is not None and self._is_known(value):
            if self._known_cap is None or len(self._admitted_known) < self._known_cap:
                self._admitted_known.add(value)
                return value
            return OTHER
        if len(self._admitted) < self._cap:
            self._admitted.add(value)
            return value
        return OTHER
