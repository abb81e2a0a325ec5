"""Wrap an `openai` v1+ client so every call is measured, with no other change to the caller.

The wrapper replaces `create` on the client's own resource objects
(chat.completions, responses, embeddings) — nothing global is patched, two
clients can be instrumented differently, and `with_options()`/`copy()` return
instrumented copies. Return values are the client's own objects (streams are
wrapped in a thin proxy that forwards everything) and exceptions are re-raised
unchanged. Instrumentation failures are logged, never raised: monitoring must
not take a service down.
"""

from __future__ import annotations

import functools
import inspect
import logging
import math
import os
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import openai

from ..config import Limits
from ..error_types import stream_error_type
from ..events import MAX_NAME_CHARS, Event
from . import extract
from .attribution import detect_service
from .breaker import NO_GUARD, Breakers, BudgetSource, breakers_for
from .cache import ResponseCache
from .extract import CHAT, EMBEDDINGS, RESPONSES, StreamState
from .safety_hooks import PromptBlocked, SafetyChecks, load_safety
from .sinks import RateLimitedLog, Sink, default_sink, screen_context

log = logging.getLogger("aiwatch.instrument")
_LIMITS = Limits()
_MAX_DURATION, _MAX_TOKENS = _LIMITS.max_duration_seconds, _LIMITS.max_tokens
_MISS = object()
_END = object()  # a stream's end, as next()/anext() default
_MARK = "_aiwatch_instrumentation"
# Parameters that change how a request is sent, not what it asks: not part of the cache key.
_TRANSPORT_PARAMS = frozenset({"timeout", "extra_headers", "extra_query"})
_RESOURCES = ((CHAT, ("chat", "completions")), (RESPONSES, ("responses",)), (EMBEDDINGS, ("embeddings",)))
# Stream items after the first token are inspected in batches of this many (see Call.observe).
STREAM_BATCH = 32

Confidence = Callable[[Any], float | None]


def _provider_of(client: Any) -> str | None:
    host = getattr(getattr(client, "base_url", None), "host", "") or ""
    if host == "api.openai.com":
        return "openai"
    if host.endswith(".openai.azure.com"):
        return "azure"
    return None  # let pricing match the model under any provider


def _clamp_conf(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return min(1.0, max(0.0, float(value)))


@dataclass(eq=False)
class Instrumentation:
    """Per-client settings and the code shared by every wrapped call."""

    sink: Sink
    service: str | None
    provider: str | None
    cache: ResponseCache | None
    confidence: Confidence | None
    safety: SafetyChecks | None
    screen_prompts: bool
    flag_outputs: bool
    include_stream_usage: bool
    breakers: Breakers | None = None  # circuit breakers (breaker.py), None when off
    # per client: one noisy client cannot mute another
    warn: RateLimitedLog = field(default_factory=lambda: RateLimitedLog(log))

    # -- before the call ------------------------------------------------------
    def begin(self, endpoint: str, kwargs: dict[str, Any]) -> tuple[Call | None, Any]:
        """Start a call: (Call, _MISS), or (None, cached response). Raises PromptBlocked."""
        try:
            service = self.service or detect_service(sys._getframe(2))
            model = kwargs.get("model")
            model = model if isinstance(model, str) and model else "unknown"
            streaming = bool(kwargs.get("stream"))
        except Exception:
            log.exception("aiwatch: instrumentation failed before the call")
            return None, _MISS
        if self.screen_prompts and endpoint != EMBEDDINGS:
            self._screen_prompt(service, endpoint, kwargs)
        if streaming and self.include_stream_usage and endpoint == CHAT and "stream_options" not in kwargs:
            kwargs["stream_options"] = {"include_usage": True}
        call = Call(self, endpoint, model, service, streaming)
        if self.cache is not None and not streaming:
            try:
                key = ResponseCache.key(
                    endpoint, {k: v for k, v in kwargs.items() if k not in _TRANSPORT_PARAMS}
                )
                if key is not None:
                    hit = self.cache.get(key)
                    if hit is not None:
                        call.emit(status="ok", cache_hit=True)
                        return None, hit
                    call.cache_key = key
            except Exception:
                log.exception("aiwatch: response cache lookup failed")
        return call, _MISS

    def _screen_prompt(self, service: str, endpoint: str, kwargs: dict[str, Any]) -> None:
        try:
            text = extract.prompt_text(endpoint, kwargs)
            if not text:
                return
            result = self.safety.check_prompt_injection(text)  # type: ignore[union-attr]
            self.sink.record_prompt_screen(
                service, result, **screen_context(self.sink, text, model=kwargs.get("model"))
            )
        except Exception:
            self.warn.warning(
                "screen", "aiwatch: prompt screening failed; the call proceeds unscreened", exc_info=True
            )
            return
        if result.get("action") == "block":
            raise PromptBlocked(result)
        if result.get("action") == "flag":
            self.warn.warning(
                "flag-prompt",
                "aiwatch: prompt flagged by injection screening (service=%s, risk_level=%s)",
                service,
                result.get("risk_level"),
            )


class Call:
    """One LLM call in flight: measures it and emits exactly one event."""

    __slots__ = (
        "cache_key",
        "done",
        "endpoint",
        "inst",
        "items",
        "model",
        "pending",
        "service",
        "state",
        "streaming",
        "t0",
        "ttft",
    )

    def __init__(
        self, inst: Instrumentation, endpoint: str, model: str, service: str, streaming: bool
    ) -> None:
        self.inst = inst
        self.endpoint = endpoint
        self.model = model
        self.service = service
        self.streaming = streaming
        self.cache_key: str | None = None
        self.done = False
        self.ttft: float | None = None
        self.state: StreamState | None = None
        self.items: list[Any] | None = None
        self.pending: list[Any] | None = None
        self.t0 = time.perf_counter()

    def emit(
        self,
        status: str,
        error_type: str | None = None,
        tokens: tuple[int, int, int] = (0, 0, 0),
        confidence: float | None = None,
        cache_hit: bool | None = None,
    ) -> None:
        self.done = True
        dur = time.perf_counter() - self.t0
        if dur > _MAX_DURATION:
            dur = _MAX_DURATION
        prompt, completion, cached = tokens
        if prompt > _MAX_TOKENS:
            prompt = _MAX_TOKENS
        if completion > _MAX_TOKENS:
            completion = _MAX_TOKENS
        ttft = self.ttft
        if ttft is not None and ttft > dur:
            ttft = dur
        self.inst.sink.record(
            Event(
                model=self.model[:MAX_NAME_CHARS],
                service=self.service[:MAX_NAME_CHARS] or "unknown",
                provider=self.inst.provider,
                prompt_tokens=prompt,
                completion_tokens=completion,
                cached_prompt_tokens=cached if cached < prompt else prompt,
                duration_seconds=dur,
                ttft_seconds=ttft,
                status=status,
                error_type=error_type if status == "error" else None,
                confidence=confidence,
                cache_hit=cache_hit if cache_hit is not None else (False if self.cache_key else None),
            )
        )

    def _confidence(self, subject: Any, fallback: Callable[[], float | None]) -> float | None:
        fn = self.inst.confidence
        if fn is not None:
            try:
                value = _clamp_conf(fn(subject))
            except Exception:
                self.inst.warn.warning("confidence", "aiwatch: confidence callable failed", exc_info=True)
                value = None
            if value is not None:
                return value
        return _clamp_conf(fallback())

    def _flag_output(self, text: str) -> None:
        if not text:
            return
        inst = self.inst
        result = inst.safety.flag_potential_hallucination(text)  # type: ignore[union-attr]
        inst.sink.record_output_screen(self.model, self.service, result, **screen_context(inst.sink, text))
        if result.get("potential_hallucination_risk"):
            self.inst.warn.warning(
                "hallucination",
                "aiwatch: potential hallucination in output (service=%s, model=%s, categories=%s)",
                self.service,
                self.model,
                result.get("categories"),
            )

    # -- non-streaming ----------------------------------------------------
    def finish(self, resp: Any) -> None:
        try:
            ep = self.endpoint
            if ep == CHAT:
                tokens, filtered, probs = extract.chat_summary(resp)
                conf = probs if self.inst.confidence is None else self._confidence(resp, lambda: probs)
            else:
                tokens = extract.usage_tokens(getattr(resp, "usage", None))
                conf = self._confidence(resp, lambda: extract.logprob_confidence(ep, resp))
                filtered = extract.is_content_filtered(ep, resp)
            if filtered:
                self.emit("error", "content_filter", tokens, conf)
                return
            self.emit("ok", None, tokens, conf)
            if self.cache_key is not None:
                self.inst.cache.put(self.cache_key, resp)  # type: ignore[union-attr]
            if self.inst.flag_outputs and ep != EMBEDDINGS:
                self._flag_output(extract.output_text(ep, resp))
        except Exception:
            log.exception("aiwatch: instrumentation failed after the call")

    def fail(self, exc: BaseException) -> None:
        if self.done:
            return
        try:
            self.emit("error", extract.error_type(exc))
        except Exception:
            log.exception("aiwatch: instrumentation failed recording an error")

    def returned(self, resp: Any, stream: type[_StreamProxy]) -> Any:
        """What the wrapper hands back: a stream wrapped to be measured, or the response, recorded."""
        if self.streaming and hasattr(resp, stream.ITER):
            return stream(resp, self)
        self.finish(resp)
        return resp

    # -- streaming ----------------------------------------------------------
    # Per-item work is what a stream's overhead is made of, and it runs between
    # the client's own parsing of each chunk, which evicts our code and data
    # from the CPU caches: one cold inspection costs several times a warm one.
    # So until the first token only the TTFT check runs per item (it must be
    # timed on arrival); after it, items are queued and inspected in a tight
    # loop every STREAM_BATCH items and at the end, where the code stays warm. The
    # result is the same, in the same order; at most STREAM_BATCH items are held.
    def start_stream(self) -> None:
        self.state = StreamState(keep_text=self.inst.flag_outputs)
        if self.inst.confidence is not None:
            self.items = []

    def observe(self, item: Any) -> None:
        pending = self.pending
        if pending is not None:
            pending.append(item)
            if len(pending) >= STREAM_BATCH:
                self._drain()
        else:
            try:
                if self.state.feed(self.endpoint, item):  # type: ignore[union-attr]
                    self.ttft = time.perf_counter() - self.t0
                    self.pending = []
            except Exception:
                log.exception("aiwatch: instrumentation failed reading a stream item")
        if self.items is not None:
            self.items.append(item)

    def _drain(self) -> None:
        pending = self.pending
        if not pending:
            return
        batch = pending[:]
        pending.clear()  # in place: SyncStream.__iter__ appends to this list directly
        self.state.feed_many(self.endpoint, batch, _log_item_error)  # type: ignore[union-attr]

    def finish_stream(self) -> None:
        if self.done:
            return
        try:
            self._drain()
            st = self.state
            assert st is not None
            tokens = extract.usage_tokens(st.usage)
            if st.usage is None and self.endpoint == CHAT:
                self.inst.warn.warning(
                    "no-usage",
                    "aiwatch: streamed chat call without usage; tokens and cost are not "
                    "counted (pass stream_options={'include_usage': True} or "
                    "include_stream_usage=True)",
                )
            conf = (
                self._confidence(self.items, st.confidence)
                if st.probs or self.inst.confidence is not None
                else None
            )
            if st.content_filter:
                self.emit("error", "content_filter", tokens, conf)
            elif st.error_code is not None:
                self.emit("error", stream_error_type(st.error_code), tokens, conf)
            else:
                self.emit("ok", None, tokens, conf)
                if self.inst.flag_outputs:
                    self._flag_output("".join(st.text))
        except Exception:
            log.exception("aiwatch: instrumentation failed finishing a stream")


def _log_item_error() -> None:
    log.exception("aiwatch: instrumentation failed reading a stream item")


class _StreamProxy:
    """What the sync and async stream proxies share: forwarding, and recording the call exactly once."""

    ITER = ""  # the method a streamed response has and a whole response lacks

    def __init__(self, stream: Any, call: Call) -> None:
        self._stream = stream
        self._call = call
        call.start_stream()

    def _item(self, item: Any, end: type[Exception]) -> Any:
        """Hand on what the wrapped stream gave (or record the end of it)."""
        if item is _END:
            self._call.finish_stream()
            raise end
        self._call.observe(item)
        return item

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

    def __del__(self) -> None:
        call = self.__dict__.get("_call")
        if call is not None and not call.done:
            call.finish_stream()


class SyncStream(_StreamProxy):
    """Forwards a `openai.Stream`; records the call when it is exhausted, fails, or is closed."""

    ITER = "__next__"

    def __iter__(self) -> Iterator[Any]:
        # A generator over the stream's own iterator, like openai.Stream.__iter__: resuming it is
        # cheaper per item than the __next__ protocol below. After the first token an item costs
        # a list append (see Call: items are inspected in batches).
        call = self._call
        observe = call.observe
        try:
            it = iter(self._stream)
            for item in it:
                observe(item)
                yield item
                if call.pending is not None and call.items is None:
                    break
            pending = call.pending
            if pending is not None and call.items is None:
                append, drain = pending.append, call._drain
                for item in it:
                    append(item)
                    if len(pending) >= STREAM_BATCH:
                        drain()
                    yield item
        except Exception as exc:
            call.fail(exc)
            raise
        call.finish_stream()

    def __next__(self) -> Any:
        try:
            item = next(self._stream, _END)
        except Exception as exc:
            self._call.fail(exc)
            raise
        return self._item(item, StopIteration)

    def close(self) -> None:
        try:
            self._stream.close()
        finally:
            self._call.finish_stream()

    def __enter__(self) -> SyncStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncStream(_StreamProxy):
    """Forwards a `openai.AsyncStream`; records the call when it is exhausted, fails, or is closed."""

    ITER = "__aiter__"

    def __aiter__(self) -> AsyncStream:
        return self

    async def __anext__(self) -> Any:
        try:
            item = await anext(self._stream, _END)
        except Exception as exc:
            self._call.fail(exc)
            raise
        return self._item(item, StopAsyncIteration)

    async def close(self) -> None:
        try:
            await self._stream.close()
        finally:
            self._call.finish_stream()

    async def aclose(self) -> None:
        await self.close()

    async def __aenter__(self) -> AsyncStream:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


def wrap_create(
    inst: Instrumentation, endpoint: str, orig: Callable[..., Any], is_async: bool
) -> Callable[..., Any]:
    if is_async:

        @functools.wraps(orig)
        async def acreate(*args: Any, **kwargs: Any) -> Any:
            call, cached = inst.begin(endpoint, kwargs)
            if call is None:
                return await orig(*args, **kwargs) if cached is _MISS else cached
            with inst.breakers.guard(call, kwargs) if inst.breakers else NO_GUARD:
                try:
                    resp = await orig(*args, **kwargs)
                except Exception as exc:
                    call.fail(exc)
                    raise
                return call.returned(resp, AsyncStream)

        acreate.__wrapped_by_aiwatch__ = orig  # type: ignore[attr-defined]
        return acreate

    @functools.wraps(orig)
    def create(*args: Any, **kwargs: Any) -> Any:
        call, cached = inst.begin(endpoint, kwargs)
        if call is None:
            return orig(*args, **kwargs) if cached is _MISS else cached
        with inst.breakers.guard(call, kwargs) if inst.breakers else NO_GUARD:
            try:
                resp = orig(*args, **kwargs)
            except Exception as exc:
                call.fail(exc)
                raise
            return call.returned(resp, SyncStream)

    create.__wrapped_by_aiwatch__ = orig  # type: ignore[attr-defined]
    return create


def _resource(client: Any, path: tuple[str, ...]) -> Any:
    obj = client
    for name in path:
        obj = getattr(obj, name, None)
        if obj is None:
            return None
    return obj


def _apply(client: Any, inst: Instrumentation) -> Any:
    # openai decorates its async create methods with a sync wrapper, so ask the client too.
    client_async = isinstance(client, openai.AsyncOpenAI)
    for endpoint, path in _RESOURCES:
        res = _resource(client, path)
        if res is not None and callable(getattr(res, "create", None)):
            orig = res.create
            is_async = client_async or inspect.iscoroutinefunction(inspect.unwrap(orig))
            res.create = wrap_create(inst, endpoint, orig, is_async)
    orig_copy = client.copy

    @functools.wraps(orig_copy)
    def copy(*args: Any, **kwargs: Any) -> Any:
        return _apply(orig_copy(*args, **kwargs), inst)

    client.copy = client.with_options = copy
    setattr(client, _MARK, inst)
    return client


def instrument_openai(
    client: Any,
    *,
    service: str | None = None,
    sink: Sink | str | None = None,
    screen_prompts: bool = False,
    flag_outputs: bool = False,
    cache: ResponseCache | bool | None = None,
    confidence: Confidence | None = None,
    provider: str | None = None,
    include_stream_usage: bool = False,
    safety: SafetyChecks | None = None,
    circuit_breaker: Any = None,
    budget_source: BudgetSource | None = None,
) -> Any:
    """Instrument an `openai.OpenAI` / `openai.AsyncOpenAI` client in place and return it.

    service: label for every call; default $AIWATCH_SERVICE, else detected from the call stack.
    sink: where events go — an InProcessSink (default: this process's registry, or an
        ExporterSink when $AIWATCH_EXPORTER_URL is set), an ExporterSink, or an exporter URL.
    screen_prompts: screen user text with aiwatch.safety before sending; "block" raises PromptBlocked.
    flag_outputs: run hallucination flagging on outputs (warn and count, never block).
    cache: True or a ResponseCache to serve identical non-streaming requests from memory.
    confidence: callable(response) -> 0..1 (streams: called with the list of stream items);
        without it (or when it returns None) confidence is the mean token probability from logprobs.
    provider: pricing provider hint; default derived from the client's base URL.
    include_stream_usage: add stream_options={"include_usage": True} to streamed chat calls that do
        not set stream_options, so their tokens and cost are counted (adds a final chunk whose
        `choices` is empty).
    safety: object with check_prompt_injection / flag_potential_hallucination (default aiwatch.safety).
    circuit_breaker: True (config/services.yaml), a mapping of settings over it, or a
        CircuitBreakerSettings: fail fast (CircuitOpen) or use the fallback model while a model keeps
        failing. Off by default. budget_source: for the budget breaker (e.g. breaker.PrometheusBudget).
    """
    if getattr(client, _MARK, None) is not None:
        raise ValueError("this client is already instrumented; call uninstrument_openai(client) first")
    if (screen_prompts or flag_outputs) and safety is None:
        safety = load_safety()
    if cache is True:
        cache = ResponseCache()
    elif cache is False:
        cache = None
    if isinstance(sink, str):
        sink = _exporter_sink(sink)
    elif sink is None:
        sink = _env_sink()
    if not isinstance(sink, Sink):
        raise TypeError(f"sink must provide record/record_prompt_screen/record_output_screen, got {sink!r}")
    inst = Instrumentation(
        sink=sink,
        service=service or os.environ.get("AIWATCH_SERVICE") or None,
        provider=provider or _provider_of(client),
        cache=cache,
        confidence=confidence,
        safety=safety,
        screen_prompts=screen_prompts,
        flag_outputs=flag_outputs,
        include_stream_usage=include_stream_usage,
        breakers=breakers_for(circuit_breaker, sink, budget_source),
    )
    return _apply(client, inst)


def _exporter_sink(url: str) -> Sink:
    """An ExporterSink for a URL, with the bearer token from $AIWATCH_EXPORTER_TOKEN."""
    from .exporter_sink import ExporterSink

    return ExporterSink(url, token=os.environ.get("AIWATCH_EXPORTER_TOKEN") or None)


_env_sinks: dict[str, Sink] = {}


def _env_sink() -> Sink:
    """Zero-config sink: the exporter at $AIWATCH_EXPORTER_URL (one per URL), else in-process."""
    url = os.environ.get("AIWATCH_EXPORTER_URL")
    if not url:
        return default_sink()
    if url not in _env_sinks:
        _env_sinks[url] = _exporter_sink(url)
    return _env_sinks[url]


def uninstrument_openai(client: Any) -> Any:
    """Undo instrument_openai on this client (copies made earlier stay instrumented)."""
    if getattr(client, _MARK, None) is None:
        return client
    for _, path in _RESOURCES:
        res = _resource(client, path)
        if res is not None and "create" in vars(res):
            del res.create
    for name in ("copy", "with_options", _MARK):
        client.__dict__.pop(name, None)
    return client
