"""Where instrumented calls are recorded: the in-process Prometheus registry, or the exporter.

A sink takes finished `aiwatch.events.Event`s plus the safety-screen results
that the event format does not carry. The in-process sink applies events with
the same `Recorder` the exporter uses, so an event means the same thing in
both places; the service then exposes /metrics itself.
"""

from __future__ import annotations

import inspect
import logging
import os
import threading
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from ..breaker_events import Transition
from ..config import Config, load_config
from ..events import Event
from ..recorder import Recorder

if TYPE_CHECKING:
    from ..incidents import IncidentLog

log = logging.getLogger("aiwatch.instrument")


@runtime_checkable
class Sink(Protocol):
    def record(self, event: Event) -> None: ...

    def record_prompt_screen(self, service: str, result: Mapping[str, Any]) -> None: ...

    def record_output_screen(self, model: str, service: str, result: Mapping[str, Any]) -> None: ...

    def flush(self, timeout: float | None = None) -> bool: ...

    def close(self, timeout: float | None = None) -> None: ...


class RateLimitedLog:
    """Log a warning per key at most once per interval, with the count suppressed since."""

    def __init__(self, logger: logging.Logger, interval: float = 60.0) -> None:
        self._logger = logger
        self._interval = interval
        self._next: dict[str, float] = {}
        self._suppressed: dict[str, int] = {}
        self._lock = threading.Lock()

    def warning(self, key: str, msg: str, *args: Any, exc_info: bool = False) -> None:
        now = time.monotonic()
        with self._lock:
            if now < self._next.get(key, 0.0):
                self._suppressed[key] = self._suppressed.get(key, 0) + 1
                return
            self._next[key] = now + self._interval
            suppressed = self._suppressed.pop(key, 0)
        if suppressed:
            msg += f" ({suppressed} similar warnings suppressed)"
        self._logger.warning(msg, *args, exc_info=exc_info)


def default_config() -> Config:
    """Config for the in-process sink: the config directory when AIWATCH_CONFIG_DIR is set.

    Without it a service gets built-in defaults (pricing from genai-prices, no
    known services), so instrumentation needs no files to work.
    """
    return load_config() if os.environ.get("AIWATCH_CONFIG_DIR") else Config()


class InProcessSink:
    """Records into this process's default prometheus_client registry, through one Recorder.

    `incidents`: an aiwatch.incidents.IncidentLog that also gets blocked/flagged prompts, hallucination
    flags and circuit-breaker transitions (docs/incidents.md); none by default.
    """

    def __init__(
        self,
        recorder: Recorder | None = None,
        config: Config | None = None,
        incidents: IncidentLog | None = None,
    ) -> None:
        if recorder is None:
            config = config or default_config()
            recorder = Recorder(config, incidents=incidents)
            if config.source is not None:
                recorder.publish_config()
        elif incidents is not None:
            recorder.incidents = incidents
        self.recorder = recorder

    def record(self, event: Event) -> None:
        self.recorder.record(event)

    def record_prompt_screen(self, service: str, result: Mapping[str, Any], **context: Any) -> None:
        self.recorder.record_prompt_screen(service, result, **context)

    def record_output_screen(
        self, model: str, service: str, result: Mapping[str, Any], **context: Any
    ) -> None:
        self.recorder.record_output_screen(model, service, result, **context)

    def record_breaker(self, transition: Transition) -> None:
        self.recorder.record_breaker(transition)

    def flush(self, timeout: float | None = None) -> bool:
        return True

    def close(self, timeout: float | None = None) -> None:
        return None


_default_lock = threading.Lock()
_default: InProcessSink | None = None


def default_sink() -> InProcessSink:
    """The process-wide in-process sink (one Recorder, so one cardinality guard)."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = InProcessSink()
    return _default


_takes_context: dict[type, bool] = {}


def screen_context(sink: Any, text: str, **context: Any) -> dict[str, Any]:
    """Keyword arguments for a sink's record_*_screen: the screened text (hashed into the incident log)
    and the trace, for sinks that take them; {} for custom sinks with the two-argument signature."""
    kind = type(sink)
    ok = _takes_context.get(kind)
    if ok is None:
        try:
            params = inspect.signature(sink.record_prompt_screen).parameters.values()
            ok = any(p.kind is p.VAR_KEYWORD for p in params)
        except (TypeError, ValueError):
            ok = False
        _takes_context[kind] = ok
    if not ok:
        return {}
    from ..incidents import current_trace_id

    return {"text": text, "trace_id": current_trace_id(), **context}
