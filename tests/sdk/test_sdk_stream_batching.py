"""Stream items after the first token are inspected in batches: the result must not change."""

from __future__ import annotations

from types import SimpleNamespace as NS
from typing import Any

from aiwatch.instrument.extract import CHAT
from aiwatch.instrument.openai_client import STREAM_BATCH, Instrumentation, SyncStream, wrap_create


class ListSink:
    def __init__(self) -> None:
        self.events: list[Any] = []

    def record(self, event: Any) -> None:
        self.events.append(event)

    def record_prompt_screen(self, service: str, result: Any) -> None: ...

    def record_output_screen(self, model: str, service: str, result: Any) -> None: ...

    def flush(self, timeout: float | None = None) -> bool:
        return True

    def close(self, timeout: float | None = None) -> None: ...


def _chunk(content: str | None, finish: str | None = None, lp: float | None = None) -> NS:
    logprobs = None if lp is None else NS(content=[NS(logprob=lp)])
    delta = NS(content=content, tool_calls=None, refusal=None)
    return NS(usage=None, choices=[NS(delta=delta, finish_reason=finish, logprobs=logprobs)])


def _create(sink: ListSink, items: list[NS]) -> Any:
    inst = Instrumentation(
        sink=sink,
        service="batch_svc",
        provider=None,
        cache=None,
        confidence=None,
        safety=None,
        screen_prompts=False,
        flag_outputs=False,
        include_stream_usage=False,
    )
    return wrap_create(inst, CHAT, lambda **kw: (x for x in items), is_async=False)


def _items() -> list[NS]:
    n = 3 * STREAM_BATCH + 5  # several full batches plus a partial one drained at the end
    items = [_chunk(None)] + [_chunk(f"w{i}", lp=0.0) for i in range(n)]
    items.append(_chunk(None, finish="content_filter"))
    items.append(NS(usage=NS(prompt_tokens=7, completion_tokens=n, prompt_tokens_details=None), choices=[]))
    return items


def test_late_items_are_all_inspected_with_for_loop() -> None:
    sink, items = ListSink(), _items()
    create = _create(sink, items)
    got = list(create(model="gpt-4o", messages=[], stream=True))
    assert got == items
    (ev,) = sink.events
    assert (ev.status, ev.error_type) == ("error", "content_filter")  # seen in the last item but one
    assert (ev.prompt_tokens, ev.completion_tokens) == (7, 3 * STREAM_BATCH + 5)
    assert ev.confidence == 1.0 and ev.ttft_seconds is not None


def test_late_items_are_all_inspected_with_next() -> None:
    sink, items = ListSink(), _items()
    stream = _create(sink, items)(model="gpt-4o", messages=[], stream=True)
    assert isinstance(stream, SyncStream)
    got = []
    while True:
        try:
            got.append(next(stream))
        except StopIteration:
            break
    assert got == items
    (ev,) = sink.events
    assert (ev.error_type, ev.completion_tokens) == ("content_filter", 3 * STREAM_BATCH + 5)


def test_closing_mid_stream_drains_what_was_read() -> None:
    sink = ListSink()
    items = [_chunk("a")] + [_chunk("b")] * (STREAM_BATCH + 2) + [_chunk(None, finish="content_filter")]
    items.append(_chunk("never read"))
    stream = _create(sink, items)(model="gpt-4o", messages=[], stream=True)
    it = iter(stream)
    for _ in range(len(items) - 1):
        next(it)
    stream.close()
    stream.close()
    (ev,) = sink.events  # recorded once, with the filtered item that was queued, not yet inspected
    assert ev.error_type == "content_filter"
