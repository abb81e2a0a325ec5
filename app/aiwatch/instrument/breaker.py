"""Circuit breakers for instrumented clients: stop calling a model that keeps failing.

One breaker per (model, service), the way resilience libraries build them:

    closed ──(N failures in a row, or failure_ratio of >= min_calls calls in `window`)──▶ open
    open ──(cooldown elapsed: the next call)──▶ half_open  (up to half_open_max_calls probes at once)
    half_open ──(a probe succeeds)──▶ closed     half_open ──(a probe fails)──▶ open

While a breaker is open (or its probe slots are taken) a call is not sent: it goes
to the `fallback` model when one is set and that model's own breaker admits it,
otherwise `CircuitOpen` is raised (an `AIWatchError`, with model, service and the
time until probes resume). Failures are the error types in `failure_types`
(timeout, rate_limit, server, other by default): a 4xx caused by the request
itself or a content filter says nothing about the provider's health. A stream
counts as a success once the provider has answered; an error in mid-stream is
not a breaker failure.

The optional budget breaker (`budget: true`, off by default) also fails calls fast
(`BudgetExhausted`) while the service's daily budget is spent, read from a
`BudgetSource` such as `PrometheusBudget` (the recording rule
ai:budget_spent:ratio_1d) off the call path.

Every transition is reported to the sink (`record_breaker`): the in-process
sink's Recorder sets ai_circuit_breaker_state, counts
ai_circuit_breaker_transitions_total and writes an incident line; the
ExporterSink posts it to the exporter, which does the same. Configuration:
config/services.yaml `circuit_breaker:` (docs/sdk.md); arguments override it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from typing import Any, Protocol

import requests

from ..breaker_events import Transition
from ..config import CircuitBreakerSettings
from ..incidents import current_trace_id
from . import extract
from .errors import AIWatchError

log = logging.getLogger("aiwatch.instrument")

NO_GUARD = contextlib.nullcontext()  # what a call without a breaker enters (reusable)


class CircuitOpen(AIWatchError):
    """The call was not sent: the breaker of (model, service) is open. `retry_after` seconds until probes."""

    def __init__(self, model: str, service: str, retry_after: float, reason: str) -> None:
        self.model = model
        self.service = service
        self.reason = reason
        self.retry_after = max(0.0, retry_after)
        self.retry_at = time.time() + self.retry_after  # wall clock
        super().__init__(
            f"aiwatch circuit breaker open for model {model!r} in service {service!r} ({reason}); "
            f"the call was not sent to the provider; next probe in {self.retry_after:.1f} s"
        )


class BudgetExhausted(CircuitOpen):
    """The call was not sent: the service's daily budget is spent and its budget breaker is on."""


class BudgetSource(Protocol):
    def spent_ratio(self, service: str) -> float | None:
        """Spend over the trailing day / daily budget for `service`, or None if unknown. Must not block."""
        ...


class _Breaker:
    """The state machine of one (model, service). Transitions are returned, reported by the caller
    outside the lock."""

    __slots__ = (
        "budget_open",
        "consecutive",
        "lock",
        "model",
        "opened_at",
        "outcomes",
        "probes",
        "reason",
        "service",
        "settings",
        "state",
    )

    def __init__(self, model: str, service: str, settings: CircuitBreakerSettings) -> None:
        self.model, self.service, self.settings = model, service, settings
        self.state = "closed"
        self.outcomes: deque[tuple[float, bool]] = deque()  # (time, failed) within the window
        self.consecutive = 0
        self.opened_at = 0.0
        self.probes = 0
        self.reason = ""
        self.budget_open = False
        self.lock = threading.Lock()

    def _to(self, state: str, reason: str, out: list[Transition], **kw: Any) -> None:
        out.append(Transition(self.model, self.service, self.state, state, reason, **kw))
        self.state = state
        if state == "open":
            self.reason = reason
        if state == "closed":
            self.outcomes.clear()
            self.consecutive = 0

    def retry_after(self, now: float) -> float:
        return max(0.0, self.opened_at + self.settings.cooldown_seconds - now)

    def admit(self, now: float, out: list[Transition]) -> bool | None:
        """None: denied; False: a normal call; True: a half-open probe (release it with done())."""
        with self.lock:
            if self.budget_open:
                return None
            if self.state == "open":
                if now < self.opened_at + self.settings.cooldown_seconds:
                    return None
                self._to("half_open", "cooldown_elapsed", out)
            if self.state == "half_open":
                if self.probes >= self.settings.half_open_max_calls:
                    return None
                self.probes += 1
                return True
            return False

    def done(self, probe: bool, failed: bool | None, now: float, out: list[Transition]) -> None:
        """Record a call's outcome (failed None: no verdict, e.g. the caller was cancelled)."""
        s = self.settings
        with self.lock:
            if probe:
                self.probes -= 1
                if self.state != "half_open" or failed is None:
                    return
                if failed:
                    self.opened_at = now
                    self._to(
                        "open",
                        "probe_failed",
                        out,
                        failures=1,
                        calls=1,
                        retry_after_seconds=s.cooldown_seconds,
                    )
                else:
                    self._to("closed", "probe_succeeded", out, calls=1)
                return
            if self.state != "closed" or failed is None:
                return  # a call admitted before another one tripped the breaker
            q = self.outcomes
            q.append((now, failed))
            horizon = now - s.window_seconds
            while q and q[0][0] < horizon:
                q.popleft()
            self.consecutive = self.consecutive + 1 if failed else 0
            if not failed:
                return
            failures = sum(1 for _, f in q if f)
            reason = None
            if s.consecutive_failures and self.consecutive >= s.consecutive_failures:
                reason = "consecutive_failures"
            elif len(q) >= s.min_calls and failures / len(q) >= s.failure_ratio:
                reason = "failure_ratio"
            if reason is not None:
                self.opened_at = now
                self._to(
                    "open",
                    reason,
                    out,
                    failures=failures,
                    calls=len(q),
                    retry_after_seconds=s.cooldown_seconds,
                    fallback=s.fallback_for(self.model),
                    trace_id=current_trace_id(),
                )

    def set_budget(self, spent: bool, out: list[Transition]) -> None:
        with self.lock:
            if spent == self.budget_open:
                return
            self.budget_open = spent
            if spent and self.state != "open":
                self.opened_at = float("inf")  # held open by the budget, not by a cooldown
                self._to("open", "budget_spent", out)
            elif not spent and self.state == "open" and self.reason == "budget_spent":
                self._to("closed", "budget_available", out)


class _Guard:
    """Entered around one provider call: records its outcome on the breaker that admitted it."""

    __slots__ = ("breaker", "owner", "probe")

    def __init__(self, owner: Breakers, breaker: _Breaker, probe: bool) -> None:
        self.owner, self.breaker, self.probe = owner, breaker, probe

    def __enter__(self) -> _Guard:
        return self

    def __exit__(self, typ: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        try:
            failed: bool | None
            if exc is None:
                failed = False
            elif isinstance(exc, Exception):
                failed = extract.error_type(exc) in self.breaker.settings.failure_types
            else:  # cancelled, interrupted: says nothing about the provider
                failed = None
            out: list[Transition] = []
            self.breaker.done(self.probe, failed, self.owner.clock(), out)
            self.owner.report(out)
        except Exception:
            log.exception("aiwatch: circuit breaker failed recording a call")


class Breakers:
    """Every breaker of one instrumented client, created per (model, service) on first use."""

    def __init__(
        self,
        settings_for: Callable[[str], CircuitBreakerSettings | None],
        report: Callable[[Transition], None],
        budget: BudgetSource | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.settings_for = settings_for
        self._report = report
        self.budget = budget
        self.clock = clock
        self._breakers: dict[tuple[str, str], _Breaker | None] = {}
        self._lock = threading.Lock()

    def _get(self, model: str, service: str) -> _Breaker | None:
        key = (model, service)
        b = self._breakers.get(key, self)
        if b is self:
            with self._lock:
                if key not in self._breakers:
                    s = self.settings_for(service)
                    self._breakers[key] = _Breaker(model, service, s) if s is not None and s.enabled else None
                b = self._breakers[key]
        return b  # type: ignore[return-value]

    def state(self, model: str, service: str) -> str:
        """The breaker's state ("closed" when it has none yet)."""
        b = self._breakers.get((model, service))
        return b.state if b is not None else "closed"

    def report(self, transitions: list[Transition]) -> None:
        for t in transitions:
            if t.to_state == "open":
                log.warning(
                    "aiwatch: circuit breaker opened for model %s in service %s (%s: %d of %d calls failed)%s",
                    t.model,
                    t.service,
                    t.reason,
                    t.failures,
                    t.calls,
                    f"; calls go to {t.fallback}" if t.fallback else "",
                )
            try:
                self._report(t)
            except Exception:
                log.exception("aiwatch: could not report a circuit-breaker transition")

    def _budget_check(self, b: _Breaker) -> None:
        if not b.settings.budget or self.budget is None:
            return
        try:
            ratio = self.budget.spent_ratio(b.service)
        except Exception:
            log.exception("aiwatch: budget source failed; the budget breaker stays as it was")
            return
        spent = ratio is not None and ratio >= 1.0
        if spent != b.budget_open:
            out: list[Transition] = []
            with self._lock:
                same = [x for (_, svc), x in self._breakers.items() if svc == b.service and x is not None]
            for x in same:
                x.set_budget(spent, out)
            self.report(out)

    def guard(self, call: Any, kwargs: dict[str, Any]) -> Any:
        """Admit `call` (an openai_client.Call) or raise CircuitOpen; may switch it to the fallback model."""
        b = self._get(call.model, call.service)
        if b is None:
            return NO_GUARD
        self._budget_check(b)
        now = self.clock()
        out: list[Transition] = []
        probe = b.admit(now, out)
        self.report(out)
        if probe is not None:
            return _Guard(self, b, probe)
        if b.budget_open:
            raise BudgetExhausted(call.model, call.service, 0.0, "daily budget spent")
        fallback = b.settings.fallback_for(call.model)
        if fallback is not None:
            fb = self._get(fallback, call.service)
            out = []
            fb_probe = False if fb is None else fb.admit(now, out)
            self.report(out)
            if fb_probe is not None:
                kwargs["model"] = call.model = fallback
                return NO_GUARD if fb is None else _Guard(self, fb, fb_probe)
        raise CircuitOpen(call.model, call.service, b.retry_after(now), b.reason or "open")


_FIELDS = {f.name for f in dataclasses.fields(CircuitBreakerSettings)}


def _override(base: CircuitBreakerSettings, overrides: Mapping[str, Any]) -> CircuitBreakerSettings:
    unknown = sorted(set(overrides) - _FIELDS)
    if unknown:
        raise ValueError(f"circuit_breaker: unknown setting(s) {unknown}; known: {sorted(_FIELDS)}")
    values = dict(overrides)
    if isinstance(values.get("fallback"), Mapping):
        values["fallback"] = tuple(values["fallback"].items())
    if "failure_types" in values:
        values["failure_types"] = tuple(values["failure_types"])
    return dataclasses.replace(base, **values)


def breakers_for(
    circuit_breaker: bool | CircuitBreakerSettings | Mapping[str, Any] | None,
    sink: Any,
    budget: BudgetSource | None = None,
) -> Breakers | None:
    """The client's breakers from `instrument_openai(circuit_breaker=...)`, or None (off).

    True: config/services.yaml (via $AIWATCH_CONFIG_DIR; built-in defaults without it); a mapping:
    those settings over the configured ones; a CircuitBreakerSettings: exactly that for every service.
    """
    if circuit_breaker is None or circuit_breaker is False:
        return None
    report = sink_reporter(sink)
    if isinstance(circuit_breaker, CircuitBreakerSettings):
        fixed = circuit_breaker
        return Breakers(lambda _service: fixed, report, budget)
    if circuit_breaker is not True and not isinstance(circuit_breaker, Mapping):
        raise TypeError(
            f"circuit_breaker must be True, a mapping or CircuitBreakerSettings, got {circuit_breaker!r}"
        )
    from .sinks import default_config

    configured = default_config().circuit_breakers
    overrides = {} if circuit_breaker is True else dict(circuit_breaker)
    _override(CircuitBreakerSettings(), overrides)  # bad overrides fail at instrumentation time
    cache: dict[str, CircuitBreakerSettings] = {}

    def settings_for(service: str) -> CircuitBreakerSettings:
        s = cache.get(service)
        if s is None:
            s = cache[service] = _override(
                configured.for_service(service) or CircuitBreakerSettings(), overrides
            )
        return s

    return Breakers(settings_for, report, budget)


def sink_reporter(sink: Any) -> Callable[[Transition], None]:
    """Where a client's transitions go: its sink's record_breaker, or the default in-process sink."""
    record = getattr(sink, "record_breaker", None)
    if record is None:
        from .sinks import default_sink

        record = default_sink().record_breaker
    return record


class PrometheusBudget:
    """Daily budget use per service from Prometheus (ai:budget_spent:ratio_1d), refreshed in the background.

    `spent_ratio` only reads the last answer, so a slow or unreachable Prometheus never delays a call; when
    Prometheus has not answered for `stale_after` seconds the ratio is unknown (None) and the budget breaker
    lets calls through (fail open: an outage of the monitoring must not stop the product).
    """

    QUERY = "max by (service) (ai:budget_spent:ratio_1d)"

    def __init__(
        self, url: str, *, refresh_seconds: float = 60.0, stale_after: float = 600.0, timeout: float = 5.0
    ) -> None:
        self.url = url.rstrip("/") + "/api/v1/query"
        self.refresh_seconds = refresh_seconds
        self.stale_after = stale_after
        self.timeout = timeout
        self._ratios: dict[str, float] = {}
        self._updated = float("-inf")
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._stop = threading.Event()

    def refresh(self) -> bool:
        """Query Prometheus now; True when it answered."""
        try:
            r = requests.get(self.url, params={"query": self.QUERY}, timeout=self.timeout)
            body = r.json()
            if r.status_code != 200 or body.get("status") != "success":
                raise ValueError(body.get("error") or f"HTTP {r.status_code}")
            ratios = {s["metric"].get("service", ""): float(s["value"][1]) for s in body["data"]["result"]}
        except Exception as exc:
            log.warning("aiwatch: budget breaker cannot read %s: %s", self.url, exc)
            return False
        self._ratios, self._updated = ratios, time.monotonic()
        return True

    def _run(self) -> None:
        while not self._stop.is_set():
            self.refresh()
            self._stop.wait(self.refresh_seconds)

    def spent_ratio(self, service: str) -> float | None:
        if self._thread is None:
            with self._lock:
                if self._thread is None:
                    self._thread = threading.Thread(target=self._run, name="aiwatch-budget", daemon=True)
                    self._thread.start()
        if time.monotonic() - self._updated > self.stale_after:
            return None
        return self._ratios.get(service)

    def close(self) -> None:
        self._stop.set()
