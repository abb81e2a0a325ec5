"""The Recorder's increments (prometheus_client value incs, histogram buckets found by bisection,
batched in record_many) write what Counter.inc and Histogram.observe write."""

from __future__ import annotations

import math

import aiwatch.recorder as recorder
import pytest
from aiwatch.catalog import LATENCY_BUCKETS, build_metrics
from aiwatch.config import Config
from aiwatch.events import Event, Usage
from aiwatch.recorder import Recorder
from prometheus_client import CollectorRegistry


def _events() -> list[Event]:
    out = []
    durations = [0.0, 0.05, 0.0500001, 0.3, 1.0, 29.9, 30.0, 31.0, 3599.0, *LATENCY_BUCKETS]
    for i, duration in enumerate(durations * 3):
        out.append(
            Event(
                model=("gpt-4o", "gpt-4o-mini", "mystery")[i % 3],
                service=f"svc-{i % 2}",
                prompt_tokens=100 + 7 * i,
                completion_tokens=3 * i,
                cached_prompt_tokens=i % 4,
                duration_seconds=duration,
                ttft_seconds=duration / 2 if i % 2 else None,
                status="error" if i % 5 == 0 else "ok",
                error_type="timeout" if i % 5 == 0 else None,
                confidence=(i % 11) / 10 if i % 3 else None,
                cache_hit=(i % 7 == 0) if i % 2 else None,
            )
        )
    return out


def _samples(reg: CollectorRegistry) -> dict:
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for fam in reg.collect()
        for s in fam.samples
        if not s.name.endswith("_created")
    }


def _recorded(batched: bool) -> dict:
    reg = CollectorRegistry()
    rec = Recorder(Config(), m=build_metrics(reg))
    rec.publish_config()
    events = _events()
    if batched:
        for i in range(0, len(events), 10):
            rec.record_many(events[i : i + 10])
    else:
        for ev in events:
            rec.record(ev)
    rec.record_prompt_screen("svc-0", {"action": "flag", "matches": [{"category": "x", "severity": "high"}]})
    rec.record_output_screen("gpt-4o", "svc-1", {"categories": ["medical"]})
    return _samples(reg)


def _public_api_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The Recorder with prometheus_client's public methods only (its fallback path)."""

    def no_internals(self: recorder._Hist, child: object) -> None:
        self.child, self.sum = child, None

    monkeypatch.setattr(recorder, "_inc_of", lambda child: child.inc)
    monkeypatch.setattr(recorder._Hist, "__init__", no_internals)


def test_single_events_write_exactly_what_the_public_api_writes(monkeypatch):
    fast = _recorded(batched=False)
    _public_api_only(monkeypatch)
    assert fast == _recorded(batched=False)
    observed = sum(1 for ev in _events() if not ev.cache_hit)
    assert sum(v for (name, _), v in fast.items() if name == "ai_request_duration_seconds_count") == observed


def test_batches_write_the_same_counts_and_sums(monkeypatch):
    batched = _recorded(batched=True)
    _public_api_only(monkeypatch)
    single = _recorded(batched=False)
    assert batched.keys() == single.keys()
    for k, v in single.items():
        # counts are equal; sums equal up to the order in which a batch adds them up
        assert math.isclose(batched[k], v, rel_tol=1e-12), k


def test_nan_falls_in_no_bucket_as_in_prometheus_client():
    reg = CollectorRegistry()
    hist = recorder._Hist(build_metrics(reg).duration.labels("a", "b"))
    hist.observe(float("nan"), recorder.call)
    buckets = [
        s.value
        for fam in reg.collect()
        for s in fam.samples
        if s.name == "ai_request_duration_seconds_bucket"
    ]
    assert len(buckets) == len(LATENCY_BUCKETS) + 1 and set(buckets) == {0.0}


def test_usage_adds_tokens_and_cost_without_a_call() -> None:
    """Tokens exported apart from their call (OTLP metrics): a call plus its late tokens count what
    the call with its tokens counts, and an unpriced model's call is not counted unpriced twice."""

    def recorded(split: bool, model: str) -> dict:
        reg = CollectorRegistry()
        rec = Recorder(Config(), m=build_metrics(reg))
        tokens = (0, 0) if split else (1200, 300)
        rec.record(
            Event(model=model, service="svc", prompt_tokens=tokens[0], completion_tokens=tokens[1],
                  duration_seconds=0.4, status="ok")
        )  # fmt: skip
        if split:
            rec.record_usage(Usage(model, "svc", "openai", 1200, 300))
        return _samples(reg)

    for model in ("gpt-4o", "mystery"):
        whole, split = recorded(False, model), recorded(True, model)
        assert split == pytest.approx(whole)
        assert any(name == "ai_cost_usd_total" and v > 0 for (name, _), v in whole.items()) == (
            model == "gpt-4o"
        )
