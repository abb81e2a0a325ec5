"""Batched, never-blocking delivery of events to the exporter's POST /v1/events.

The caller's LLM call only pays for a deque append: a background thread
batches events and posts them with bounded exponential backoff. Anything that
cannot be delivered is dropped and counted, never raised: a full queue
(`dropped_queue_full`), an exporter that stays unreachable or answers 5xx/429
through every retry (`dropped_unreachable`), or a 4xx rejection
(`dropped_rejected`). Drops are logged at warning level at most once a minute
per kind.

Safety-screen verdicts (what the SDK's own prompt screening and output
flagging decided, never the text) go the same way to POST /v1/screen/results,
so the central exporter counts them and the injection and hallucination alerts
work for services in this mode. `local` is kept for callers that pass one; it
is no longer written to (that would count each verdict twice once the service's
own /metrics is scraped too).
"""

from __future__ import annotations

import atexit
import logging
import random
import threading
import time
import weakref
from collections import deque
from collections.abc import Mapping
from typing import Any

import requests

from ..breaker_events import Transition, transition_json
from ..events import Event, event_json, output_verdict_json, prompt_verdict_json
from .sinks import InProcessSink, RateLimitedLog, default_sink

log = logging.getLogger("aiwatch.instrument")


class ExporterSink:
    """Send events to an aiwatch exporter from a bounded background queue."""

    def __init__(
        self,
        url: str,
        *,
        token: str | None = None,
        batch_size: int = 200,
        flush_interval: float = 1.0,
        max_queue: int = 10_000,
        max_retries: int = 3,
        backoff_initial: float = 0.2,
        backoff_max: float = 5.0,
        timeout: float = 5.0,
        local: InProcessSink | None = None,
    ) -> None:
        if batch_size < 1 or max_queue < 1 or max_retries < 0:
            raise ValueError("batch_size and max_queue must be >= 1, max_retries >= 0")
        self.url = url.rstrip("/") + "/v1/events"
        self.breaker_url = url.rstrip("/") + "/v1/circuit-breakers"
        self._transitions: deque[Transition] = deque(maxlen=1000)  # rare: one per breaker state change
        self.verdicts_url = url.rstrip("/") + "/v1/screen/results"
        self.batch_size = batch_size
        self.flush_interval = flush_interval
        self.max_retries = max_retries
        self.backoff_initial = backoff_initial
        self.backoff_max = backoff_max
        self.timeout = timeout
        self._local = local
        self.max_queue = max_queue
        # A plain deque, not queue.Queue: append is atomic and wakes nobody, so a
        # recorded event costs no lock, no notify and no GIL hand-off to the worker.
        # The worker wakes every flush_interval, or when a full batch is waiting.
        self._buf: deque[Event] = deque()
        self._verdicts: deque[dict[str, Any]] = deque()  # wire-form screening verdicts, same bound
        self._wake = threading.Event()
        self._flushes: list[threading.Event] = []
        self._session = requests.Session()
        self._session.headers["Content-Type"] = "application/json"
        if token:
            self._session.headers["Authorization"] = f"Bearer {token}"
        self._stop = threading.Event()
        self._closed = False  # set with _stop; a plain attribute is cheaper to test per event
        self._warn = RateLimitedLog(log)
        self._lock = threading.Lock()
        # Counters (read them as attributes or via stats()).
        self.sent = 0
        self.batches = 0
        self.verdicts_sent = 0  # screening verdicts delivered to /v1/screen/results
        self.retries = 0
        self.dropped_queue_full = 0
        self.dropped_unreachable = 0
        self.dropped_rejected = 0
        self._thread = threading.Thread(target=self._run, name="aiwatch-exporter-sink", daemon=True)
        self._thread.start()
        ref = weakref.ref(self)
        atexit.register(lambda: (s := ref()) is not None and s.close(timeout=2.0))

    # -- caller side (never blocks, never raises) --------------------------
    @property
    def local(self) -> InProcessSink:
        if self._local is None:
            self._local = default_sink()
        return self._local

    def record(self, event: Event) -> None:
        if self._closed:
            self._count("dropped_queue_full", 1, "aiwatch: exporter sink is closed; event dropped")
            return
        buf = self._buf
        n = len(buf)
        if n >= self.max_queue:  # bound is approximate under concurrent callers (by their number)
            self._count(
                "dropped_queue_full", 1, "aiwatch: exporter sink queue full (%d events); dropping events", n
            )
            return
        buf.append(event)
        if n + 1 == self.batch_size:
            self._wake.set()

    # Screening verdicts go to the exporter (never the texts): it counts them and, when its
    # incident log is on, logs the blocked and flagged ones. `context` (text, trace id) stays here.
    def record_prompt_screen(self, service: str, result: Mapping[str, Any], **context: Any) -> None:
        self._queue_verdict(prompt_verdict_json(service, result))

    def record_output_screen(
        self, model: str, service: str, result: Mapping[str, Any], **context: Any
    ) -> None:
        self._queue_verdict(output_verdict_json(model, service, result))

    def _queue_verdict(self, verdict: dict[str, Any]) -> None:
        if self._stop.is_set() or len(self._verdicts) >= self.max_queue:
            self._count(
                "dropped_queue_full", 1, "aiwatch: exporter sink verdict queue full or closed; dropping"
            )
            return
        self._verdicts.append(verdict)

    def record_breaker(self, transition: Transition) -> None:
        """Queue a circuit-breaker transition for POST /v1/circuit-breakers (sent with the next batch)."""
        self._transitions.append(transition)
        self._wake.set()

    @property
    def dropped(self) -> int:
        return self.dropped_queue_full + self.dropped_unreachable + self.dropped_rejected

    def stats(self) -> dict[str, int]:
        with self._lock:
            return {
                "sent": self.sent,
                "batches": self.batches,
                "verdicts_sent": self.verdicts_sent,
                "retries": self.retries,
                "queued": len(self._buf) + len(self._verdicts),
                "dropped_queue_full": self.dropped_queue_full,
                "dropped_unreachable": self.dropped_unreachable,
                "dropped_rejected": self.dropped_rejected,
            }

    def flush(self, timeout: float | None = 10.0) -> bool:
        """Deliver (or drop) everything queued so far. False if that took longer than `timeout`."""
        if not self._thread.is_alive():
            return not self._buf and not self._verdicts
        done = threading.Event()
        with self._lock:
            self._flushes.append(done)
        self._wake.set()
        return done.wait(timeout)

    def close(self, timeout: float | None = 10.0) -> None:
        """Flush, then stop the thread. Retries still pending at the deadline are dropped."""
        if not self._thread.is_alive():
            return
        deadline = None if timeout is None else time.monotonic() + timeout
        self.flush(timeout)
        self._closed = True
        self._stop.set()  # cuts backoff sleeps short and ends the worker loop
        self._wake.set()
        self._thread.join(None if deadline is None else max(0.0, deadline - time.monotonic()))
        self._session.close()

    # -- worker side --------------------------------------------------------
    def _count(self, name: str, n: int, msg: str, *args: Any) -> None:
        with self._lock:
            setattr(self, name, getattr(self, name) + n)
        self._warn.warning(name, msg, *args)

    def _run(self) -> None:
        buf = self._buf
        while True:
            self._wake.wait(self.flush_interval)
            self._wake.clear()
            with self._lock:  # flushes asked for before this drain are answered after it
                flushes, self._flushes = self._flushes, []
            while buf:
                batch = [buf.popleft() for _ in range(min(self.batch_size, len(buf)))]
                self._send(batch)
            verdicts = self._verdicts
            while verdicts:
                vbatch = [verdicts.popleft() for _ in range(min(self.batch_size, len(verdicts)))]
                self._deliver(self.verdicts_url, {"verdicts": vbatch}, len(vbatch), "verdicts")
            if self._transitions:
                self._send_transitions()
            for done in flushes:
                done.set()
            if self._stop.is_set():
                with self._lock:
                    for done in self._flushes:
                        done.set()
                return

    def _send_transitions(self) -> None:
        """Breaker transitions (rare: one per state change), retried and counted like events."""
        q = self._transitions
        batch = [q.popleft() for _ in range(len(q))]
        self._deliver(
            self.breaker_url, {"transitions": [transition_json(t) for t in batch]}, len(batch), "transitions"
        )

    def _send(self, batch: list[Event]) -> None:
        self._deliver(self.url, {"events": [event_json(e) for e in batch]}, len(batch), "events")

    def _deliver(self, url: str, body: dict[str, Any], n: int, what: str) -> None:
        """POST `body` (`n` events, verdicts or transitions) with bounded retries; count it as sent or dropped."""
        delay = self.backoff_initial
        reason = "no attempt"
        for attempt in range(self.max_retries + 1):
            if attempt:
                with self._lock:
                    self.retries += 1
                if self._stop.wait(delay * (0.5 + random.random() / 2)):  # closing: no more waiting
                    break
                delay = min(delay * 2, self.backoff_max)
            try:
                r = self._session.post(url, json=body, timeout=self.timeout)
            except requests.RequestException as exc:
                reason = f"{type(exc).__name__}: {exc}"
                continue
            if r.status_code < 300:
                with self._lock:
                    if what == "events":
                        self.sent += n
                        self.batches += 1
                    elif what == "verdicts":
                        self.verdicts_sent += n
                return
            if r.status_code == 429 or r.status_code >= 500:
                reason = f"HTTP {r.status_code}"
                continue
            self._count(
                "dropped_rejected",
                n,
                "aiwatch: exporter rejected %d %s with HTTP %d: %s",
                n,
                what,
                r.status_code,
                r.text[:500],
            )
            return
        else:
            self._count(
                "dropped_unreachable",
                n,
                "aiwatch: dropped %d %s after %d attempts to %s (%s)",
                n,
                what,
                self.max_retries + 1,
                url,
                reason,
            )
            return
        self._count(
            "dropped_unreachable", n, "aiwatch: dropped %d %s at shutdown while retrying %s", n, what, url
        )
