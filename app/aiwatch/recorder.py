"""The one writer of aiwatch metrics: events, screening results and cache lookups in, series out.

Shared by the exporter (POST /v1/events, the screening endpoints) and the
SDK's in-process sink, so a call, a screened prompt or a cache hit means the
same thing wherever it is recorded. Every label value passes this recorder's
cardinality guards. Label children are cached per (model, service) pair: a
warm event costs a handful of dict lookups and counter increments. A pair
seen for the first time gets all its series created at zero, so the first
call after a restart still shows in rate().
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from operator import call
from typing import TYPE_CHECKING, Any

from . import __version__
from .breaker_events import Transition
from .catalog import (
    BREAKER_STATE_VALUE,
    BREAKER_STATES,
    CACHE_RESULTS,
    ERROR_TYPES,
    GUARDED_LABELS,
    OTLP_RESULTS,
    OTLP_SIGNALS,
    SCREEN_RESULT_OF_ACTION,
    SCREEN_RESULTS,
    Metrics,
    metrics,
)
from .config import Config
from .events import Event, Usage
from .guard import LabelGuard, normalise
from .pricing import Pricing, cached_savings

if TYPE_CHECKING:
    from .incidents import IncidentLog

Inc = Callable[[float], None]


def _inc_of(child: Any) -> Inc:
    """How to add to a counter child: its value's own inc (one call, one lock; what Counter.inc
    does after checking the amount, which the Recorder's amounts always pass), or Counter.inc where
    prometheus_client's internals are not as expected."""
    inc = getattr(getattr(child, "_value", None), "inc", None)
    return inc if callable(inc) else child.inc


class _Hist:
    """A histogram child as increments (its _sum and the bucket an amount falls in), so observations
    are batched like counter increments; Histogram.observe where internals are not as expected."""

    __slots__ = ("bounds", "buckets", "child", "sum")

    def __init__(self, child: Any) -> None:
        self.child = child
        try:
            self.sum: Inc | None = child._sum.inc
            self.bounds = tuple(child._upper_bounds)
            self.buckets = tuple(b.inc for b in child._buckets)
        except AttributeError:
            self.sum = None
        else:
            if len(self.bounds) != len(self.buckets):
                self.sum = None

    def observe(self, amount: float, inc: Callable[[Inc, float], Any]) -> None:
        if self.sum is None:
            self.child.observe(amount)
            return
        inc(self.sum, amount)
        if amount == amount:  # as Histogram.observe: NaN is in no bucket (amount <= bound is false)
            i = bisect_left(self.bounds, amount)
            if i < len(self.buckets):
                inc(self.buckets[i], 1.0)


@dataclass(slots=True)
class _Pair:
    """Everything one (model, service) pair writes, as increments."""

    labels: tuple[str, str]  # (model, service)
    requests: Inc
    errors: dict[str, Inc]
    duration: _Hist
    ttft: _Hist | None
    prompt: Inc
    completion: Inc
    cached: Inc
    cost: Inc
    unpriced: Inc
    savings: Inc
    confidence: _Hist | None


class Recorder:
    """Applies events and screening results to a Metrics set under the cardinality guards."""

    def __init__(
        self,
        config: Config,
        m: Metrics | None = None,
        pricing: Pricing | None = None,
        incidents: IncidentLog | None = None,
    ) -> None:
        self._config = config
        # Where blocked/flagged prompts, hallucination flags and breaker trips are also logged
        # (aiwatch.incidents); None: metrics only.
        self.incidents = incidents
        self._m = m or metrics()
        self._pricing = pricing or Pricing(config.prices)
        card = config.cardinality

        def guard(label: str, **kw: Any) -> LabelGuard:
            return LabelGuard(
                label,
                cap=card.max_unknown_values,
                max_length=card.max_label_length,
                overflow=self._m.label_overflow,
                **kw,
            )

        self._services = guard("service", known=config.services)
        self._models = guard(
            "model",
            known=[m for s in config.services.values() for m in s.models] + list(config.prices),
            is_known=lambda v: self._pricing.rate(v) is not None,
            known_cap=card.max_priced_models,
        )
        self._categories = guard("category")
        self._pairs: dict[tuple[str, str], _Pair] = {}
        self._series: dict[tuple[str, tuple[str, ...]], Any] = {}
        self._lock = threading.Lock()

    def reconfigured(self, config: Config) -> Recorder:
        """A recorder for a new configuration on the same metrics (guards and prices start afresh)."""
        return Recorder(config, self._m, incidents=self.incidents)

    # -- static series -------------------------------------------------
    def publish_config(self) -> None:
        """Export config-derived gauges and pre-initialise configured series."""
        m = self._m
        m.build_info.labels(version=__version__).set(1)
        for service, info in self._config.services.items():
            m.service_info.labels(service=service, team=info.team).set(1)
            for result in SCREEN_RESULTS:
                self._child("screened_prompts", service, result)
            for result in CACHE_RESULTS:
                self._child("cache", service, result)
            for model in info.models:
                self._pair(normalise(model), service)
        for service, periods in self._config.budgets.items():
            for period, amount in periods.items():
                m.budget.labels(service=service, period=period).set(amount)
        for label in GUARDED_LABELS:
            m.label_overflow.labels(label=label)
        for signal in OTLP_SIGNALS:  # at zero, so rate() sees the first rejection
            for result in OTLP_RESULTS:
                self._child("otlp_items", signal, result)
        for service, info in self._config.services.items():  # breaker transitions too, where configured
            settings = self._config.circuit_breakers.for_service(service)
            if settings is not None and settings.enabled:
                for model in info.models:
                    for state in BREAKER_STATES:
                        self._child("breaker_transitions", normalise(model), service, state)

    def _child(self, metric: str, *labels: str) -> Inc:
        """The increment of a metric's labelled child (by Metrics attribute), cached: label values
        are guarded."""
        key = (metric, labels)
        inc = self._series.get(key)
        if inc is None:
            inc = self._series[key] = _inc_of(getattr(self._m, metric).labels(*labels))
        return inc

    # -- events ----------------------------------------------------------
    def _pair(self, model: str, service: str) -> _Pair:
        key = (model, service)
        pair = self._pairs.get(key)
        if pair is not None:
            return pair
        with self._lock:
            pair = self._pairs.get(key)
            if pair is None:
                m = self._m
                pair = _Pair(
                    labels=key,
                    requests=_inc_of(m.requests.labels(model, service)),
                    errors={t: _inc_of(m.errors.labels(model, service, t)) for t in ERROR_TYPES},
                    duration=_Hist(m.duration.labels(model, service)),
                    ttft=None,
                    prompt=_inc_of(m.tokens.labels(model, service, "prompt")),
                    completion=_inc_of(m.tokens.labels(model, service, "completion")),
                    cached=_inc_of(m.tokens.labels(model, service, "cached_prompt")),
                    cost=_inc_of(m.cost.labels(model, service)),
                    unpriced=_inc_of(m.unpriced.labels(model, service)),
                    savings=_inc_of(m.cached_savings.labels(model, service)),
                    confidence=None,
                )
                self._pairs[key] = pair
        return pair

    def _first_use(self, p: _Pair, metric: str) -> _Hist:
        """A histogram of an optional field, created when first observed: pre-creating
        TTFT and confidence for every pair would double the series count."""
        hist = _Hist(getattr(self._m, metric).labels(*p.labels))
        setattr(p, metric, hist)
        return hist

    def record(self, ev: Event) -> None:
        self._record(ev, call)

    def record_many(self, events: Sequence[Event]) -> None:
        """Record a batch. Increments (counters, histogram sums and buckets) are summed per
        series first and written once each: every write is a locked mmap update in
        multiprocess mode, and a batch repeats the same few (model, service) series many times."""
        if len(events) == 1:
            self._record(events[0], call)
            return
        pending: dict[int, list] = {}

        def add(inc: Inc, amount: float) -> None:
            entry = pending.get(id(inc))
            if entry is None:
                pending[id(inc)] = [inc, amount]
            else:
                entry[1] += amount

        for ev in events:
            self._record(ev, add)
        for inc, amount in pending.values():
            inc(amount)

    def _record(self, ev: Event, inc: Callable[[Inc, float], Any]) -> None:
        service = self._services(ev.service)
        # cache_hit: the caller's response-cache lookup. A hit made no LLM call: count only the hit.
        if ev.cache_hit:
            inc(self._child("cache", service, "hit"), 1.0)
            return
        model = self._models(ev.model)
        p = self._pair(model, service)
        inc(p.requests, 1.0)
        if ev.status == "error":
            inc(p.errors[ev.error_type or "other"], 1.0)
        p.duration.observe(ev.duration_seconds, inc)
        if ev.ttft_seconds is not None:  # only streaming callers have TTFT
            (p.ttft or self._first_use(p, "ttft")).observe(ev.ttft_seconds, inc)
        if not self._charge(
            p, ev.model, ev.provider, ev.prompt_tokens, ev.completion_tokens, ev.cached_prompt_tokens, inc
        ):
            inc(p.unpriced, 1.0)
        if ev.confidence is not None:  # not every caller reports confidence
            (p.confidence or self._first_use(p, "confidence")).observe(ev.confidence, inc)
        if ev.cache_hit is False:
            inc(self._child("cache", service, "miss"), 1.0)

    def _charge(
        self,
        p: _Pair,
        model: str,
        provider: str | None,
        prompt: int,
        completion: int,
        cached: int,
        inc: Callable[[Inc, float], Any],
    ) -> bool:
        """Count a call's tokens, their cost and the cache savings; False when the model has no
        price. Priced by the caller's model name, not the folded label, so an
        overflowed-but-priced model is still costed (under "other")."""
        if prompt:
            inc(p.prompt, prompt)
        if completion:
            inc(p.completion, completion)
        if cached:
            inc(p.cached, cached)
        rate = self._pricing.rate(model.strip().lower(), provider)
        if rate is None:
            return False
        cost = rate.cost(prompt, completion, cached)
        if cost:
            inc(p.cost, cost)
        if cached:
            inc(p.savings, cached_savings(rate, prompt, cached))
        return True

    def record_usage(self, u: Usage) -> None:
        """Tokens and their cost without a call (`Usage`): requests, errors and durations were
        counted with the call itself, and so was an unpriced model."""
        self._charge(
            self._pair(self._models(u.model), self._services(u.service)),
            u.model,
            u.provider,
            u.prompt_tokens,
            u.completion_tokens,
            0,
            call,
        )

    # -- screening results -------------------------------------------------
    def record_prompt_screen(
        self, service: str, result: Mapping[str, Any], *, text: str | None = None, **incident: Any
    ) -> None:
        """Count one screened prompt (check_prompt_injection's verdict) and each distinct
        (category, severity) it matched: a long jailbreak with twenty regex hits is one
        attack, not twenty. A blocked or flagged prompt is also an incident (`text` is hashed
        there; `incident` may add model= and trace_id=)."""
        svc = self._services(service)
        self._child("screened_prompts", svc, SCREEN_RESULT_OF_ACTION[result["action"]])(1.0)
        for category, severity in sorted({(x["category"], x["severity"]) for x in result.get("matches", ())}):
            self._child("injections", svc, self._categories(category), severity)(1.0)
        if self.incidents is not None and result["action"] != "allow":
            model = incident.pop("model", None)
            self.incidents.prompt_screen(
                svc, result, text=text, model=self._models(model) if model else None, **incident
            )

    def record_output_screen(
        self, model: str, service: str, result: Mapping[str, Any], *, text: str | None = None, **incident: Any
    ) -> None:
        """Count one screened output (flag_potential_hallucination's verdict) and one flag per
        hallucination category found; a flagged output is also an incident."""
        mdl, svc = self._models(model), self._services(service)
        self._child("screened_outputs", mdl, svc)(1.0)
        for category in result.get("categories", ()):
            self._child("hallucinations", mdl, svc, self._categories(category))(1.0)
        if self.incidents is not None and result.get("potential_hallucination_risk"):
            self.incidents.output_screen(mdl, svc, result, text=text, **incident)

    def guard_label(self, label: str, value: str) -> str:
        """A service or model name through this recorder's cardinality guard (incident-log fields too)."""
        return (self._services if label == "service" else self._models)(value)

    # -- circuit breakers ----------------------------------------------------------
    def record_breaker(self, t: Transition) -> None:
        """A circuit-breaker transition: the state gauge, the transition counter, an incident line."""
        mdl, svc = self._models(t.model), self._services(t.service)
        self._m.breaker_state.labels(mdl, svc).set(BREAKER_STATE_VALUE[t.to_state])
        self._child("breaker_transitions", mdl, svc, t.to_state)(1.0)
        if self.incidents is not None:
            self.incidents.breaker(t, model=mdl, service=svc)

    # -- OTLP ingest ---------------------------------------------------------
    def record_otlp_items(self, signal: str, counts: Mapping[str, int]) -> None:
        """Count items received on an OTLP endpoint by result (recorded, skipped, ignored,
        rejected); see catalog.OTLP_RESULTS."""
        for result, n in counts.items():
            if n:
                self._child("otlp_items", signal, result)(float(n))
