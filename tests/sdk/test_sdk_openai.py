"""The SDK with the real `openai` client against the local fake provider, recording in-process.

Assertions read the default prometheus_client registry (what a service's
/metrics would show) and compare before/after, so tests stay independent.
"""

from __future__ import annotations

import asyncio
import logging
from typing import ClassVar

import openai
import pytest
from aiwatch.config import Config
from aiwatch.fakellm import FakeOpenAI
from aiwatch.instrument import InProcessSink, ResponseCache, instrument_openai, uninstrument_openai
from aiwatch.pricing import Pricing
from prometheus_client import REGISTRY

HERE = "test_sdk_openai"  # this module's name: what zero-config attribution must find
MSG = [{"role": "system", "content": "be brief"}, {"role": "user", "content": "one two three"}]
# prompt tokens = words of all messages ("be brief" + "one two three"); reply = 5 words
PROMPT, COMPLETION = 5, 5


def val(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


class Snap:
    """Metric values of one (model, service) pair, to compare before/after a call."""

    NAMES: ClassVar[dict[str, tuple[str, dict[str, str]]]] = {
        "requests": ("ai_requests_total", {}),
        "prompt": ("ai_tokens_total", {"token_type": "prompt"}),
        "completion": ("ai_tokens_total", {"token_type": "completion"}),
        "cached": ("ai_tokens_total", {"token_type": "cached_prompt"}),
        "cost": ("ai_cost_usd_total", {}),
        "unpriced": ("ai_unpriced_requests_total", {}),
        "dur_count": ("ai_request_duration_seconds_count", {}),
        "ttft_count": ("ai_time_to_first_token_seconds_count", {}),
        "conf_count": ("ai_response_confidence_count", {}),
        "conf_sum": ("ai_response_confidence_sum", {}),
        **{
            f"err_{t}": ("ai_errors_total", {"error_type": t})
            for t in ("timeout", "rate_limit", "server", "client", "content_filter", "other")
        },
    }

    def __init__(self, model: str, service: str) -> None:
        self.labels = {"model": model, "service": service}
        self.before = self._read()

    def _read(self) -> dict[str, float]:
        return {k: val(n, **self.labels, **extra) for k, (n, extra) in self.NAMES.items()}

    def delta(self) -> dict[str, float]:
        now = self._read()
        return {k: round(now[k] - self.before[k], 12) for k in now if now[k] != self.before[k]}


@pytest.fixture
def fake():
    with FakeOpenAI(cached_tokens=2) as f:
        yield f


@pytest.fixture
def sink():
    """A fresh in-process sink (own cardinality guard) on the default registry."""
    return InProcessSink(config=Config())


def client(fake: FakeOpenAI, **kw) -> openai.OpenAI:
    timeout = kw.pop("timeout", 10.0)
    return instrument_openai(
        openai.OpenAI(base_url=fake.base_url, api_key="test", max_retries=0, timeout=timeout), **kw
    )


def aclient(fake: FakeOpenAI, **kw) -> openai.AsyncOpenAI:
    timeout = kw.pop("timeout", 10.0)
    return instrument_openai(
        openai.AsyncOpenAI(base_url=fake.base_url, api_key="test", max_retries=0, timeout=timeout), **kw
    )


# -- success -----------------------------------------------------------------
def test_chat_zero_config_records_tokens_cost_confidence_under_detected_service(fake, monkeypatch):
    monkeypatch.delenv("AIWATCH_SERVICE", raising=False)
    monkeypatch.delenv("AIWATCH_EXPORTER_URL", raising=False)
    snap = Snap("gpt-4o", HERE)
    c = client(fake)  # no sink, no service: default in-process sink + stack attribution
    r = c.chat.completions.create(model="gpt-4o", messages=MSG, logprobs=True)
    assert r.choices[0].message.content == "Hello from the fake model"
    d = snap.delta()
    expected_cost = Pricing().cost("gpt-4o", PROMPT, COMPLETION, 2)
    assert expected_cost and expected_cost > 0
    assert d.pop("cost") == pytest.approx(expected_cost)
    assert d.pop("conf_sum") == pytest.approx(0.8)  # mean exp(logprob) = token_prob
    assert d == {
        "requests": 1,
        "prompt": PROMPT,
        "completion": COMPLETION,
        "cached": 2,
        "dur_count": 1,
        "conf_count": 1,
    }


def test_service_argument_and_environment_override_detection(fake, sink, monkeypatch):
    monkeypatch.setenv("AIWATCH_SERVICE", "persona_runtime")
    env = Snap("gpt-4o-mini", "persona_runtime")
    client(fake, sink=sink).chat.completions.create(model="gpt-4o-mini", messages=MSG)
    assert env.delta()["requests"] == 1
    arg = Snap("gpt-4o-mini", "orchestrator")
    client(fake, sink=sink, service="orchestrator").chat.completions.create(model="gpt-4o-mini", messages=MSG)
    assert arg.delta()["requests"] == 1


def test_responses_and_embeddings(fake, sink):
    c = client(fake, sink=sink, service="rag_search")
    snap = Snap("gpt-4o", "rag_search")
    r = c.responses.create(
        model="gpt-4o", input="what is four plus four", include=["message.output_text.logprobs"]
    )
    assert r.output_text == "Hello from the fake model"
    d = snap.delta()
    assert (d["requests"], d["prompt"], d["completion"], d["cached"]) == (1, 5, 5, 2)
    assert d["conf_sum"] == pytest.approx(0.8)

    emb = Snap("text-embedding-3-small", "rag_search")
    e = c.embeddings.create(model="text-embedding-3-small", input=["alpha beta", "gamma"])
    assert len(e.data) == 2
    d = emb.delta()
    assert (d["requests"], d["prompt"], d.get("completion", 0)) == (1, 3, 0)
    expected = Pricing().cost("text-embedding-3-small", 3, 0)
    if expected is None:  # no price in the pricing source: counted as unpriced, never guessed
        assert d["unpriced"] == 1 and "cost" not in d
    else:
        assert d["cost"] == pytest.approx(expected)


# -- streaming -----------------------------------------------------------------
def test_chat_stream_with_usage_records_ttft_and_tokens_when_consumed(fake, sink):
    c = client(fake, sink=sink, service="stream_svc")
    snap = Snap("gpt-4o", "stream_svc")
    stream = c.chat.completions.create(
        model="gpt-4o", messages=MSG, stream=True, stream_options={"include_usage": True}
    )
    assert snap.delta() == {}  # nothing recorded until the stream is consumed
    text = "".join(ch.choices[0].delta.content or "" for ch in stream if ch.choices)
    assert text == "Hello from the fake model"
    d = snap.delta()
    assert d.pop("cost") > 0
    assert d == {
        "requests": 1,
        "prompt": PROMPT,
        "completion": COMPLETION,
        "cached": 2,
        "dur_count": 1,
        "ttft_count": 1,
    }
    assert val("ai_time_to_first_token_seconds_sum", model="gpt-4o", service="stream_svc") <= val(
        "ai_request_duration_seconds_sum", model="gpt-4o", service="stream_svc"
    )


def test_chat_stream_without_usage_still_counts_the_call(fake, sink):
    c = client(fake, sink=sink, service="stream_svc2")
    snap = Snap("gpt-4o", "stream_svc2")
    for _ in c.chat.completions.create(model="gpt-4o", messages=MSG, stream=True):
        pass
    d = snap.delta()
    assert d == {"requests": 1, "dur_count": 1, "ttft_count": 1}
    assert "stream_options" not in fake.requests[-1][1]


def test_include_stream_usage_option_requests_usage(fake, sink):
    c = client(fake, sink=sink, service="stream_svc3", include_stream_usage=True)
    snap = Snap("gpt-4o", "stream_svc3")
    with c.chat.completions.create(model="gpt-4o", messages=MSG, stream=True) as stream:
        chunks = list(stream)
    assert chunks[-1].choices == [] and chunks[-1].usage.completion_tokens == COMPLETION
    assert fake.requests[-1][1]["stream_options"] == {"include_usage": True}
    assert snap.delta()["completion"] == COMPLETION


def test_stream_closed_early_is_recorded_once(fake, sink):
    c = client(fake, sink=sink, service="stream_svc4")
    snap = Snap("gpt-4o", "stream_svc4")
    stream = c.chat.completions.create(model="gpt-4o", messages=MSG, stream=True)
    first = next(iter(stream))
    assert first.choices[0].delta.role == "assistant"
    stream.close()
    stream.close()
    del stream
    assert snap.delta() == {"requests": 1, "dur_count": 1}


def test_responses_stream(fake, sink):
    c = client(fake, sink=sink, service="stream_svc5")
    snap = Snap("gpt-4o", "stream_svc5")
    types = [ev.type for ev in c.responses.create(model="gpt-4o", input="one two", stream=True)]
    assert types[0] == "response.created" and types[-1] == "response.completed"
    d = snap.delta()
    assert (d["requests"], d["prompt"], d["completion"], d["cached"], d["ttft_count"]) == (1, 2, 5, 2, 1)


# -- failures -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("status", "code", "exc_type", "error_type"),
    [
        (429, None, openai.RateLimitError, "rate_limit"),
        (500, None, openai.InternalServerError, "server"),
        (503, None, openai.InternalServerError, "server"),
        (404, None, openai.NotFoundError, "client"),
        (400, "content_policy_violation", openai.BadRequestError, "content_filter"),
        (400, "content_filter", openai.BadRequestError, "content_filter"),
        (400, "invalid_value", openai.BadRequestError, "client"),
    ],
)
def test_http_errors_are_classified_and_reraised(fake, sink, status, code, exc_type, error_type):
    c = client(fake, sink=sink, service="errsvc")
    snap = Snap("gpt-4o", "errsvc")
    fake.fail_next(status, code=code, message="boom")
    with pytest.raises(exc_type) as info:
        c.chat.completions.create(model="gpt-4o", messages=MSG)
    assert info.value.status_code == status and "boom" in str(info.value)
    assert snap.delta() == {"requests": 1, "dur_count": 1, f"err_{error_type}": 1}


def test_timeout_is_classified(fake, sink):
    c = client(fake, sink=sink, service="errsvc2", timeout=0.3)
    snap = Snap("gpt-4o", "errsvc2")
    fake.delay_next(3.0)
    with pytest.raises(openai.APITimeoutError):
        c.chat.completions.create(model="gpt-4o", messages=MSG)
    assert snap.delta() == {"requests": 1, "dur_count": 1, "err_timeout": 1}


def test_connection_error_is_other(sink):
    c = instrument_openai(
        openai.OpenAI(base_url="http://127.0.0.1:9/v1", api_key="t", max_retries=0),
        sink=sink,
        service="errsvc3",
    )
    snap = Snap("gpt-4o", "errsvc3")
    with pytest.raises(openai.APIConnectionError):
        c.chat.completions.create(model="gpt-4o", messages=MSG)
    assert snap.delta() == {"requests": 1, "dur_count": 1, "err_other": 1}


def test_content_filter_finish_reason_is_an_error_but_the_response_is_returned(fake, sink):
    c = client(fake, sink=sink, service="errsvc4")
    snap = Snap("gpt-4o", "errsvc4")
    fake.filter_next()
    r = c.chat.completions.create(model="gpt-4o", messages=MSG)
    assert r.choices[0].finish_reason == "content_filter"
    d = snap.delta()
    assert (d["requests"], d["err_content_filter"], d["prompt"]) == (1, 1, PROMPT)

    fake.filter_next()
    for _ in c.chat.completions.create(model="gpt-4o", messages=MSG, stream=True):
        pass
    assert snap.delta()["err_content_filter"] == 2

    fake.filter_next()
    r = c.responses.create(model="gpt-4o", input="x")
    assert r.incomplete_details.reason == "content_filter"
    assert snap.delta()["err_content_filter"] == 3


# -- async ------------------------------------------------------------------------
def test_async_client(fake, sink):
    c = aclient(fake, sink=sink, service="async_svc")
    slow = aclient(fake, sink=sink, service="async_svc", timeout=0.3)
    snap = Snap("gpt-4o", "async_svc")

    async def main() -> str:
        r = await c.chat.completions.create(model="gpt-4o", messages=MSG)
        stream = await c.chat.completions.create(
            model="gpt-4o", messages=MSG, stream=True, stream_options={"include_usage": True}
        )
        parts = [ch.choices[0].delta.content or "" async for ch in stream if ch.choices]
        fake.fail_next(429)
        with pytest.raises(openai.RateLimitError):
            await c.chat.completions.create(model="gpt-4o", messages=MSG)
        fake.delay_next(3.0)
        with pytest.raises(openai.APITimeoutError):
            await slow.chat.completions.create(model="gpt-4o", messages=MSG)
        async with await c.responses.create(model="gpt-4o", input="a b c", stream=True) as rs:
            async for _ in rs:
                pass
        await c.embeddings.create(model="gpt-4o", input="a b")
        return r.choices[0].message.content + "|" + "".join(parts)

    assert asyncio.run(main()) == "Hello from the fake model|Hello from the fake model"
    d = snap.delta()
    assert d["requests"] == 6 and d["err_rate_limit"] == 1 and d["err_timeout"] == 1
    assert d["ttft_count"] == 2  # the two streams
    assert d["prompt"] == PROMPT * 2 + 3 + 2
    assert d["completion"] == COMPLETION * 3


# -- cache, confidence, lifecycle ---------------------------------------------
def test_response_cache_serves_identical_requests_without_calling_the_provider(fake, sink):
    c = client(fake, sink=sink, service="cache_svc", cache=ResponseCache(max_entries=8, ttl_seconds=600))
    snap = Snap("gpt-4o", "cache_svc")
    hits = val("ai_cache_requests_total", service="cache_svc", result="hit")
    misses = val("ai_cache_requests_total", service="cache_svc", result="miss")
    a = c.chat.completions.create(model="gpt-4o", messages=MSG)
    b = c.chat.completions.create(model="gpt-4o", messages=MSG)
    other = c.chat.completions.create(model="gpt-4o", messages=MSG, temperature=0.5)
    assert b is a and other is not a
    assert len(fake.requests) == 2
    assert val("ai_cache_requests_total", service="cache_svc", result="hit") - hits == 1
    assert val("ai_cache_requests_total", service="cache_svc", result="miss") - misses == 2
    assert snap.delta()["requests"] == 2  # a hit is not an LLM call
    # streams and failures are never cached
    list(c.chat.completions.create(model="gpt-4o", messages=MSG, stream=True))
    fake.fail_next(500)
    with pytest.raises(openai.InternalServerError):
        c.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "new"}])
    c.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "new"}])
    assert len(fake.requests) == 5


def test_confidence_callable_wins_over_logprobs_and_is_clamped(fake, sink):
    seen = []

    def conf(resp):
        seen.append(resp)
        return 1.7 if isinstance(resp, list) else 0.25

    c = client(fake, sink=sink, service="conf_svc", confidence=conf)
    snap = Snap("gpt-4o", "conf_svc")
    c.chat.completions.create(model="gpt-4o", messages=MSG, logprobs=True)
    list(c.chat.completions.create(model="gpt-4o", messages=MSG, stream=True))
    d = snap.delta()
    assert d["conf_count"] == 2 and d["conf_sum"] == pytest.approx(0.25 + 1.0)
    assert isinstance(seen[0], openai.types.chat.ChatCompletion)
    assert len(seen[1]) == 7  # role chunk + 5 words + finish chunk


def test_a_broken_sink_never_breaks_the_call(fake, caplog):
    class Broken(InProcessSink):
        def record(self, event):
            raise RuntimeError("sink down")

    c = client(fake, sink=Broken(config=Config()), service="broken_svc")
    with caplog.at_level(logging.ERROR, logger="aiwatch.instrument"):
        r = c.chat.completions.create(model="gpt-4o", messages=MSG)
        fake.fail_next(429)
        with pytest.raises(openai.RateLimitError):
            c.chat.completions.create(model="gpt-4o", messages=MSG)
    assert r.choices[0].message.content == "Hello from the fake model"
    assert "sink down" in caplog.text


def test_with_options_copies_stay_instrumented_and_uninstrument_restores(fake, sink):
    c = client(fake, sink=sink, service="copy_svc")
    with pytest.raises(ValueError, match="already instrumented"):
        instrument_openai(c)
    snap = Snap("gpt-4o", "copy_svc")
    c.with_options(timeout=5).chat.completions.create(model="gpt-4o", messages=MSG)
    assert snap.delta()["requests"] == 1
    uninstrument_openai(c)
    c.chat.completions.create(model="gpt-4o", messages=MSG)
    assert snap.delta()["requests"] == 1
    instrument_openai(c, sink=sink, service="copy_svc")
    c.chat.completions.create(model="gpt-4o", messages=MSG)
    assert snap.delta()["requests"] == 2


def test_a_failing_confidence_callable_falls_back_to_logprobs(fake, sink, caplog):
    def conf(resp):
        raise ZeroDivisionError("bad scorer")

    c = client(fake, sink=sink, service="conf_svc2", confidence=conf)
    snap = Snap("gpt-4o", "conf_svc2")
    with caplog.at_level(logging.WARNING, logger="aiwatch.instrument"):
        c.chat.completions.create(model="gpt-4o", messages=MSG, logprobs=True)
    d = snap.delta()
    assert d["conf_count"] == 1 and d["conf_sum"] == pytest.approx(0.8)
    assert "confidence callable failed" in caplog.text
