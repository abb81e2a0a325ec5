"""Turn validated events into metric updates.

Shared by the exporter (POST /v1/events) and the SDK's in-process sink so an
event means the same thing wherever it is recorded. Label children are cached
per (model, service) pair: a warm event costs a handful of dict lookups and
counter increments. A pair seen for the first time gets all its series
created at zero, so the first call after a restart still shows in rate().
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import __version__
from .catalog import CACHE_RESULTS, ERROR_TYPES, SCREEN_RESULTS, Metrics, metrics
from .config import Config
from .events import Event
from .guard import LabelGuard, normalise
from .pricing import Pricing, cached_savings


@dataclass(slots=True)
class _Pair:
    requests: Any
    errors: dict[str, Any]
    duration: Any
    ttft: Any
    prompt: Any
    completion: Any
    cached: Any
    cost: Any
    unpriced: Any
    savings: Any
    confidence: Any


class Recorder:
    """Applies events to a Metrics set under the cardinality guard."""

    def __init__(self, config: Config, m: Metrics | None = None, pricing: Pricing | None = None) -> None:
        self.config = config
        self.m = m or metrics()
        self.pricing = pricing or Pricing(config.prices)
        card = config.cardinality
        self.services = LabelGuard(
            "service",
            known=config.services,
            cap=card.max_unknown_values,
            max_length=card.max_label_length,
            overflow=self.m.label_overflow,
        )
        self.models = LabelGuard(
            "model",
            known=[m for s in config.services.values() for m in s.models] + list(config.prices),
            cap=card.max_unknown_values,
            max_length=card.max_label_length,
            overflow=self.m.label_overflow,
            is_known=lambda v: self.pricing.rate(v) is not None,
            known_cap=card.max_priced_models,
        )
        self.categories = LabelGuard(
            "category",
            cap=card.max_unknown_values,
            max_length=card.max_label_length,
            overflow=self.m.label_overflow,
        )
        self._pairs: dict[tuple[str, str], _Pair] = {}
        self._lock = threading.Lock()

    # -- static series -------------------------------------------------
    def publish_config(self) -> None:
        """Export config-derived gauges and pre-initialise configured series."""
        m = self.m
        m.build_info.labels(version=__version__).set(1)
        for service, info in self.config.services.items():
            m.service_info.labels(service=service, team=info.team).set(1)
            for result in SCREEN_RESULTS:
                m.screened_prompts.labels(service=service, result=result)
            for result in CACHE_RESULTS:
                m.cache.labels(service=service, result=result)
            for model in info.models:
                self._pair(normalise(model), service)
        for service, periods in self.config.budgets.items():
            for period, amount in periods.items():
                m.budget.labels(service=service, period=period).set(amount)
        for label in ("model", "service", "category"):
            m.label_overflow.labels(label=label)

    # -- events ----------------------------------------------------------
    def _pair(self, model: str, service: str) -> _Pair:
        key = (model, service)
        pair = self._pairs.get(key)
        if pair is not None:
            return pair
        with self._lock:
            pair = self._pairs.get(key)
            if pair is None:
                m = self.m
                pair = _Pair(
                    requests=m.requests.labels(model, service),
                    errors={t: m.errors.labels(model, service, t) for t in ERROR_TYPES},
                    duration=m.duration.labels(model, service),
                    ttft=None,
                    prompt=m.tokens.labels(model, service, "prompt"),
                    completion=m.tokens.labels(model, service, "completion"),
                    cached=m.tokens.labels(model, service, "cached_prompt"),
                    cost=m.cost.labels(model, service),
                    unpriced=m.unpriced.labels(model, service),
                    savings=m.cached_savings.labels(model, service),
                    confidence=None,
                )
                self._pairs[key] = pair
        return pair

    def record(self, ev: Event) -> None:
        self._record(ev, _inc_now)

    def record_many(self, events: list[Event]) -> None:
        """Record a batch. Counter increments are summed per series first and written
        once each: every write is a locked mmap update in multiprocess mode, and a
        batch repeats the same few (model, service) series many times."""
        if len(events) == 1:
            self._record(events[0], _inc_now)
            return
        pending: dict[int, list] = {}

        def add(child: Any, amount: float = 1.0) -> None:
            entry = pending.get(id(child))
            if entry is None:
                pending[id(child)] = [child, amount]
            else:
                entry[1] += amount

        for ev in events:
            self._record(ev, add)
        for child, amount in pending.values():
            child.inc(amount)

    def _record(self, ev: Event, inc: Callable[..., None]) -> None:
        service = self.services(ev.service)
        if ev.cache_hit:  # served from the caller's response cache: no LLM call, count only the hit
            inc(self.m.cache.labels(service, "hit"))
            return
        model = self.models(ev.model)
        p = self._pair(model, service)
        inc(p.requests)
        if ev.status == "error":
            inc(p.errors[ev.error_type or "other"])
        p.duration.observe(ev.duration_seconds)
        if ev.ttft_seconds is not None:
            if p.ttft is None:  # created on first use: only streaming callers have TTFT
                p.ttft = self.m.ttft.labels(model, service)
            p.ttft.observe(ev.ttft_seconds)
        if ev.prompt_tokens:
            inc(p.prompt, ev.prompt_tokens)
        if ev.completion_tokens:
            inc(p.completion, ev.completion_tokens)
        if ev.cached_prompt_tokens:
            inc(p.cached, ev.cached_prompt_tokens)
        # Price by the caller's model name, not the folded label, so an
        # overflowed-but-priced model is still costed (under "other").
        rate = self.pricing.rate(ev.model.strip().lower(), ev.provider)
        if rate is None:
            inc(p.unpriced)
        else:
            cost = rate.cost(ev.prompt_tokens, ev.completion_tokens, ev.cached_prompt_tokens)
            if cost:
                inc(p.cost, cost)
            if ev.cached_prompt_tokens:
                inc(p.savings, cached_savings(rate, ev.prompt_tokens, ev.cached_prompt_tokens))
        if ev.confidence is not None:
            if p.confidence is None:  # created on first use: not every caller reports confidence
                p.confidence = self.m.confidence.labels(model, service)
            p.confidence.observe(ev.confidence)
        if ev.cache_hit is False:
            inc(self.m.cache.labels(service, "miss"))


def _inc_now(child: Any, amount: float = 1.0) -> None:
    child.inc(amount)
