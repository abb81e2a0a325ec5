"""The SDK delivering to a real exporter (`aiwatch serve` under gunicorn) over POST /v1/events."""

from __future__ import annotations

import logging

import openai
import pytest
from aiwatch.fakellm import FakeOpenAI
from aiwatch.instrument import ExporterSink, instrument_openai, openai_client
from aiwatch.pricing import Pricing
from aiwatch.stack.local import start_exporter
from aiwatch.stack.processes import free_port
from support.scrape import scrape, value

pytestmark = pytest.mark.e2e  # conftest: started first

TOKEN = "sdk-test-token"
MSG = [{"role": "user", "content": "one two three four"}]


@pytest.fixture(scope="module")
def exporter(tmp_path_factory):
    proc = start_exporter(
        tmp_path_factory.mktemp("sdk-exporter"), workers=1, env={"AIWATCH_AUTH_TOKEN": TOKEN}
    )
    yield proc
    proc.stop()


@pytest.fixture
def fake():
    with FakeOpenAI(cached_tokens=1) as f:
        yield f


def test_calls_reach_the_exporter_and_are_priced_there(exporter, fake):
    sink = ExporterSink(exporter.url, token=TOKEN, flush_interval=0.05)
    try:
        c = instrument_openai(
            openai.OpenAI(base_url=fake.base_url, api_key="t", max_retries=0),
            sink=sink,
            service="orchestrator",
        )
        before = scrape(exporter.url)
        c.chat.completions.create(model="gpt-4o", messages=MSG)
        list(
            c.chat.completions.create(
                model="gpt-4o", messages=MSG, stream=True, stream_options={"include_usage": True}
            )
        )
        fake.fail_next(429)
        with pytest.raises(openai.RateLimitError):
            c.chat.completions.create(model="gpt-4o", messages=MSG)
        assert sink.flush(timeout=15)
        after = scrape(exporter.url)
    finally:
        sink.close(timeout=5)
    assert sink.sent == 3 and sink.dropped == 0

    lab = {"model": "gpt-4o", "service": "orchestrator"}

    def d(name, **extra):
        return value(after, name, **lab, **extra) - value(before, name, **lab, **extra)

    assert d("ai_requests_total") == 3
    assert d("ai_errors_total", error_type="rate_limit") == 1
    assert d("ai_tokens_total", token_type="prompt") == 8
    assert d("ai_tokens_total", token_type="completion") == 10
    assert d("ai_tokens_total", token_type="cached_prompt") == 2
    assert d("ai_time_to_first_token_seconds_count") == 1
    assert d("ai_cost_usd_total") == pytest.approx(2 * Pricing().cost("gpt-4o", 4, 5, 1))


def test_wrong_token_is_a_counted_reject_not_an_error(exporter, fake, caplog):
    sink = ExporterSink(exporter.url, token="wrong", flush_interval=0.05)
    try:
        c = instrument_openai(
            openai.OpenAI(base_url=fake.base_url, api_key="t", max_retries=0),
            sink=sink,
            service="orchestrator",
        )
        with caplog.at_level(logging.WARNING, logger="aiwatch.instrument"):
            r = c.chat.completions.create(model="gpt-4o", messages=MSG)
            assert sink.flush(timeout=15)
    finally:
        sink.close(timeout=5)
    assert r.choices[0].message.content == "Hello from the fake model"
    assert (sink.dropped_rejected, sink.sent, sink.retries) == (1, 0, 0)
    assert "HTTP 401" in caplog.text


def test_exporter_down_the_call_succeeds_and_the_drop_is_counted(fake):
    sink = ExporterSink(
        f"http://127.0.0.1:{free_port()}",
        max_retries=1,
        backoff_initial=0.01,
        flush_interval=0.01,
        timeout=1.0,
    )
    try:
        c = instrument_openai(
            openai.OpenAI(base_url=fake.base_url, api_key="t", max_retries=0),
            sink=sink,
            service="orchestrator",
        )
        r = c.chat.completions.create(model="gpt-4o", messages=MSG)
        assert r.usage.prompt_tokens == 4
        assert sink.flush(timeout=15)
    finally:
        sink.close(timeout=5)
    assert (sink.dropped_unreachable, sink.sent, sink.retries) == (1, 0, 1)


def test_exporter_url_from_the_environment(exporter, fake, monkeypatch):
    monkeypatch.setenv("AIWATCH_EXPORTER_URL", exporter.url)
    monkeypatch.setenv("AIWATCH_EXPORTER_TOKEN", TOKEN)
    c = instrument_openai(
        openai.OpenAI(base_url=fake.base_url, api_key="t", max_retries=0), service="rag_search"
    )
    sink = c._aiwatch_instrumentation.sink
    assert isinstance(sink, ExporterSink) and sink.url == exporter.url + "/v1/events"
    try:
        before = scrape(exporter.url)
        c.embeddings.create(model="text-embedding-3-small", input="a b c")
        assert sink.flush(timeout=15)
        after = scrape(exporter.url)
    finally:  # the env sink is shared per URL for the process: retire it with this exporter
        openai_client._env_sinks.pop(exporter.url).close(timeout=5)
    lab = {"model": "text-embedding-3-small", "service": "rag_search"}
    assert value(after, "ai_requests_total", **lab) - value(before, "ai_requests_total", **lab) == 1
    assert (
        value(after, "ai_tokens_total", **lab, token_type="prompt")
        - value(before, "ai_tokens_total", **lab, token_type="prompt")
        == 3
    )
