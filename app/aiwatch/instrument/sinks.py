"""Where instrumented calls are recorded: the in-process Prometheus registry, or the exporter.

A sink takes finished `aiwatch.events.Event`s plus the safety-screen results
that the event format does not carry. The in-process sink applies events with
the same `Recorder` the exporter uses, so an event means the same thing in
both places; the service then exposes /metrics itself.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Mapping
from typing import Any, Protocol, runtime_checkable

from ..config import Config, load_config
from ..events import Event
from ..recorder import Recorder

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
    """Records into this process's default prometheus_client registry, through one Recorder."""

    def __init__(self, recorder: Recorder | None = None, config: Config | None = None) -> None:
        if recorder is None:
            config = config or default_config()
            recorder = Recorder(config)
            if config.source is not None:
                recorder.publish_config()
        self.recorder = recorder

    def record(self, event: Event) -> None:
        self.recorder.record(event)

    def record_prompt_screen(self, service: str, result: Mapping[str, Any]) -> None:
        self.recorder.record_prompt_screen(service, result)

    def record_output_screen(self, model: str, service: str, result: Mapping[str, Any]) -> None:
        self.recorder.record_output_screen(model, service, result)

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
