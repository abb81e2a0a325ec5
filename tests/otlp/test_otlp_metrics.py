"""gen_ai.client.* metrics → events: delta and cumulative, one signal per service, bad points."""

from __future__ import annotations

import pytest
from aiwatch.config import Limits, Otlp
from aiwatch.otlp.build import (
    CUMULATIVE,
    DELTA,
    NANOS,
    T0,
    call_attrs,
    hist_point,
    histogram,
    metrics_request,
)
from aiwatch.otlp.metrics import DURATION, TOKEN_USAGE, map_metrics, representatives
from aiwatch.otlp.streams import Point, StreamStore
from opentelemetry.proto.metrics.v1 import metrics_pb2

LIMITS = Limits()
OTLP = Otlp(metrics_services=("svc",))
BOUNDS = [0.1, 1.0, 10.0]


def store() -> StreamStore:
    return StreamStore(None, started=T0 / NANOS - 60, max_streams=1000, ttl_seconds=3600)


def export(
    calls: int,
    errors: int = 0,
    input_tokens: int = 0,
    output_tokens: int = 0,
    *,
    at: int = T0 + NANOS,
    temporality: int = CUMULATIVE,
    service: str = "svc",
):
    """What openai-v2 exports after `calls` successful and `errors` rate-limited calls of ~0.5 s."""
    ok = hist_point(
        call_attrs(), count=calls, total=0.5 * calls, buckets=[0, calls, 0, 0], bounds=BOUNDS, at=at
    )
    failed = hist_point(
        call_attrs(**{"error.type": "openai.RateLimitError"}),
        count=errors,
        total=0.05 * errors,
        buckets=[errors, 0, 0, 0],
        bounds=BOUNDS,
        at=at,
    )
    tokens = [
        hist_point(call_attrs(**{"gen_ai.token.type": kind}), count=calls, total=float(n), at=at)
        for kind, n in (("input", input_tokens), ("output", output_tokens))
    ]
    return metrics_request(
        service, [histogram(DURATION, [ok, failed], temporality), histogram(TOKEN_USAGE, tokens, temporality)]
    )


def totals(out) -> tuple[int, int, int, int]:
    calls = len(out.events)
    errors = sum(e.status == "error" for e in out.events)
    return (
        calls,
        errors,
        sum(e.prompt_tokens for e in out.events),
        sum(e.completion_tokens for e in out.events),
    )


def test_delta_points_become_one_event_per_call_with_exact_tokens():
    out = map_metrics(export(3, 1, 1000, 301, temporality=DELTA), LIMITS, OTLP, store())
    assert totals(out) == (4, 1, 1000, 301)
    assert out.rejected == 0 and out.recorded == 4
    failed = [e for e in out.events if e.status == "error"]
    assert [(e.error_type, e.prompt_tokens, e.model, e.provider) for e in failed] == [
        ("rate_limit", 0, "gpt-4o", "openai")
    ]
    assert {e.duration_seconds for e in out.events if e.status == "ok"} == {0.5}


def test_cumulative_points_count_what_is_new_since_the_last_export():
    s = store()
    first = map_metrics(export(2, 0, 200, 20), LIMITS, OTLP, s)
    assert totals(first) == (2, 0, 200, 20)
    second = map_metrics(export(5, 1, 700, 90, at=T0 + 2 * NANOS), LIMITS, OTLP, s)
    assert totals(second) == (4, 1, 500, 70)
    retry = map_metrics(export(5, 1, 700, 90, at=T0 + 2 * NANOS), LIMITS, OTLP, s)
    assert totals(retry) == (0, 0, 0, 0) and retry.rejected == 0


def test_a_stream_older_than_the_exporter_starts_as_a_baseline():
    late = StreamStore(None, started=T0 / NANOS + 60, max_streams=1000, ttl_seconds=3600)
    assert totals(map_metrics(export(2, 0, 200, 20), LIMITS, OTLP, late)) == (0, 0, 0, 0)
    assert totals(map_metrics(export(3, 0, 300, 30, at=T0 + 2 * NANOS), LIMITS, OTLP, late)) == (
        1,
        0,
        100,
        10,
    )


def test_one_signal_per_service_and_switching_counts_from_the_next_export():
    s = store()
    ignored = map_metrics(export(2, 0, 200, 20), LIMITS, Otlp(), s)  # spans are authoritative
    assert ignored.events == [] and ignored.ignored == 4 and ignored.recorded == 0
    switched = map_metrics(export(3, 0, 300, 30, at=T0 + 2 * NANOS), LIMITS, OTLP, s)
    assert totals(switched) == (1, 0, 100, 10)  # the streams were tracked while ignored


def test_other_metrics_and_operations_are_skipped():
    other = histogram(
        "http.client.request.duration", [hist_point({"http.method": "GET"}, count=5, total=1.0)]
    )
    agent = histogram(DURATION, [hist_point({"gen_ai.operation.name": "invoke_agent"}, count=1, total=9.0)])
    odd = histogram(DURATION, [hist_point({"gen_ai.operation.name": ["chat"]}, count=1, total=9.0)])
    out = map_metrics(metrics_request("svc", [other, agent, odd]), LIMITS, OTLP, store())
    assert (out.skipped, out.recorded, out.events) == (3, 0, [])


def test_tokens_spread_over_successful_calls_only():
    out = map_metrics(export(3, 2, 10, 5, temporality=DELTA), LIMITS, OTLP, store())
    ok = [e for e in out.events if e.status == "ok"]
    assert sorted(e.prompt_tokens for e in ok) == [3, 3, 4] and sum(e.completion_tokens for e in ok) == 5
    assert all(e.prompt_tokens == 0 for e in out.events if e.status == "error")


def test_tokens_exported_apart_from_their_call_are_counted_once_as_usage():
    """openai-v2 records a call's duration, then its tokens: a periodic export between the two
    carries the call without its tokens, the next one the tokens without a call. Both exports
    together count every call once and every token once (round 20: CI lost the tokens when the
    second export was rejected)."""
    s = store()

    def split(calls: int, tokens_of: int, at: int):
        ok = hist_point(
            call_attrs(), count=calls, total=0.5 * calls, buckets=[0, calls, 0, 0], bounds=BOUNDS, at=at
        )
        tokens = [
            hist_point(
                call_attrs(**{"gen_ai.token.type": kind}), count=tokens_of, total=float(n * tokens_of), at=at
            )
            for kind, n in (("input", 100), ("output", 10))
        ]
        return metrics_request("svc", [histogram(DURATION, [ok]), histogram(TOKEN_USAGE, tokens)])

    first = map_metrics(split(3, 2, T0 + NANOS), LIMITS, OTLP, s)  # the third call's tokens not yet
    assert totals(first) == (3, 0, 200, 20) and first.usage == []
    second = map_metrics(split(3, 3, T0 + 2 * NANOS), LIMITS, OTLP, s)  # its tokens, no new call
    assert second.events == [] and second.rejected == 0 and second.recorded == 3
    assert [(u.service, u.model, u.provider, u.prompt_tokens, u.completion_tokens) for u in second.usage] == [
        ("svc", "gpt-4o", "openai", 100, 10)
    ]
    tokens = hist_point(call_attrs(**{"gen_ai.token.type": "input"}), count=1, total=2e7)
    huge = map_metrics(
        metrics_request("svc", [histogram(TOKEN_USAGE, [tokens], DELTA)]), LIMITS, OTLP, store()
    )
    assert (huge.events, huge.usage, huge.recorded, huge.rejected) == ([], [], 0, 1)
    assert "without a call: prompt_tokens must be between 0 and 10000000" in huge.message()  # as an event


def _bad(point=None, metric=None) -> str:
    metric = metric or histogram(DURATION, [point], DELTA)
    out = map_metrics(metrics_request("svc", [metric]), LIMITS, OTLP, store())
    assert out.events == [] and out.rejected == 1, out
    return out.message()


@pytest.mark.parametrize(
    ("kw", "reason"),
    [
        ({"buckets": [1, 1], "bounds": BOUNDS}, "bucket_counts must have len(explicit_bounds) + 1"),
        ({"buckets": [0, 1, 0, 0], "bounds": BOUNDS, "count": 2}, "summing to count"),
        ({"buckets": [0, 1, 0], "bounds": [1.0, 0.5]}, "explicit_bounds must be finite and increasing"),
        ({"total": -1.0}, "sum must be present, finite and >= 0"),
        ({"total": float("nan")}, "sum must be present"),
        ({"at": 0}, "time_unix_nano must be set"),
        ({"start": T0 + 5 * NANOS}, "start_time_unix_nano is after time_unix_nano"),
        ({"at": 2**64 - 1}, "must be real times"),
    ],
)
def test_bad_points_are_rejected(kw, reason):
    args = {"count": 1, "total": 0.5} | kw
    assert reason in _bad(hist_point(call_attrs(), **args))


def test_points_without_sum_and_other_metric_kinds_are_rejected():
    no_sum = hist_point(call_attrs(), count=1, total=0.5)
    no_sum.ClearField("sum")
    assert "sum must be present" in _bad(no_sum)
    gauge = metrics_pb2.Metric(
        name=DURATION, gauge=metrics_pb2.Gauge(data_points=[metrics_pb2.NumberDataPoint()])
    )
    assert "must be an explicit-bucket histogram, got gauge" in _bad(metric=gauge)
    expo = metrics_pb2.Metric(
        name=DURATION,
        exponential_histogram=metrics_pb2.ExponentialHistogram(
            data_points=[metrics_pb2.ExponentialHistogramDataPoint()]
        ),
    )
    assert "got exponential_histogram" in _bad(metric=expo)
    unspecified = histogram(DURATION, [hist_point(call_attrs(), count=1, total=0.5)], 0)
    assert "aggregation_temporality must be DELTA or CUMULATIVE" in _bad(metric=unspecified)


def test_absurd_counts_and_values_are_rejected():
    huge = map_metrics(export(200_000, temporality=DELTA), LIMITS, OTLP, store())
    assert huge.events == [] and huge.recorded == 0 and huge.rejected == 4
    assert "exceed otlp.max_calls_per_request" in huge.message()
    too_many_tokens = map_metrics(export(1, 0, 10**12, temporality=DELTA), LIMITS, OTLP, store())
    assert (
        too_many_tokens.events == []
        and "prompt_tokens: must be between 0 and 10000000" in too_many_tokens.message()
    )
    slow = hist_point(call_attrs(), count=1, total=7200.0, buckets=[0, 0, 0, 1], bounds=BOUNDS)
    assert "duration_seconds: must be a finite number" in _bad(slow)


def test_representative_durations():
    def reps(count, total, buckets):
        return representatives(Point("k", 1, 2, count, total, tuple(buckets), tuple(BOUNDS)))

    assert reps(3, 1.5, [0, 3, 0, 0]) == [(0.5, 3)]  # one bucket: the mean, exact
    assert reps(2, 0.25, []) == [(0.125, 2)]  # no buckets: the mean
    values, counts = zip(*reps(4, 20.0, [1, 2, 0, 1]), strict=True)
    assert values == pytest.approx((0.05, 0.55, 20.0 - 0.05 - 1.1)) and counts == (1, 2, 1)
    values, counts = zip(*reps(2, 11.0, [0, 1, 0, 1]), strict=True)
    assert values == pytest.approx((0.55, 10.45)) and counts == (1, 1)
    assert reps(2, 1.0, [0, 1, 0, 1]) == [(0.55, 1), (10.0, 1)]  # never below the last bound
    assert reps(0, 0.0, [0, 0, 0, 0]) == []
