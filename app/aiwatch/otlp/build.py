"""Build OTLP export requests with the `opentelemetry-proto` classes, as an OTel SDK would.

Used by the tests, the OTLP benchmark and anyone who wants to smoke-test an
exporter's `/v1/traces` and `/v1/metrics` without an instrumented app.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterable, Mapping
from typing import Any

from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import ExportMetricsServiceRequest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, ArrayValue, KeyValue, KeyValueList
from opentelemetry.proto.metrics.v1 import metrics_pb2
from opentelemetry.proto.trace.v1 import trace_pb2

PROTOBUF = "application/x-protobuf"
NANOS = 1_000_000_000
T0 = int(time.time() * NANOS)  # import time: streams starting here start after any exporter made before
DELTA = metrics_pb2.AGGREGATION_TEMPORALITY_DELTA
CUMULATIVE = metrics_pb2.AGGREGATION_TEMPORALITY_CUMULATIVE
_ids = itertools.count(1)


def any_value(v: Any) -> AnyValue:
    if isinstance(v, bool):
        return AnyValue(bool_value=v)
    if isinstance(v, int):
        return AnyValue(int_value=v)
    if isinstance(v, float):
        return AnyValue(double_value=v)
    if isinstance(v, bytes):
        return AnyValue(bytes_value=v)
    if isinstance(v, list | tuple):
        return AnyValue(array_value=ArrayValue(values=[any_value(x) for x in v]))
    if isinstance(v, dict):
        return AnyValue(kvlist_value=KeyValueList(values=kvs(v)))
    return AnyValue(string_value=str(v))


def kvs(attrs: Mapping[str, Any]) -> list[KeyValue]:
    return [KeyValue(key=k, value=any_value(v)) for k, v in attrs.items()]


def genai_attrs(
    op: str = "chat",
    model: str = "gpt-4o",
    provider: str = "openai",
    input_tokens: int = 100,
    output_tokens: int = 50,
) -> dict[str, Any]:
    return {
        "gen_ai.operation.name": op,
        "gen_ai.provider.name": provider,
        "gen_ai.request.model": model,
        "gen_ai.response.model": model + "-2024-08-06",
        "gen_ai.usage.input_tokens": input_tokens,
        "gen_ai.usage.output_tokens": output_tokens,
    }


def span(
    attrs: Mapping[str, Any] | None = None,
    *,
    duration: float = 0.5,
    start: int = T0,
    end: int | None = None,
    error: bool = False,
    name: str = "chat gpt-4o",
    events: Iterable[trace_pb2.Span.Event] = (),
) -> trace_pb2.Span:
    """A finished span; `attrs` None makes a GenAI chat span with default usage."""
    n = next(_ids)
    s = trace_pb2.Span(
        trace_id=n.to_bytes(16, "big"),
        span_id=n.to_bytes(8, "big"),
        name=name,
        kind=trace_pb2.Span.SPAN_KIND_CLIENT,
        start_time_unix_nano=start,
        end_time_unix_nano=end if end is not None else start + int(duration * NANOS),
        attributes=kvs(genai_attrs() if attrs is None else attrs),
        events=list(events),
    )
    if error:
        s.status.code = trace_pb2.Status.STATUS_CODE_ERROR
    return s


def span_event(name: str, attrs: Mapping[str, Any]) -> trace_pb2.Span.Event:
    return trace_pb2.Span.Event(name=name, time_unix_nano=T0, attributes=kvs(attrs))


def traces(by_service: Mapping[str | None, list[trace_pb2.Span]]) -> ExportTraceServiceRequest:
    """One ResourceSpans per service (None: a resource without service.name)."""
    req = ExportTraceServiceRequest()
    for service, spans in by_service.items():
        rs = req.resource_spans.add()
        if service is not None:
            rs.resource.attributes.extend(kvs({"service.name": service, "telemetry.sdk.language": "python"}))
        ss = rs.scope_spans.add()
        ss.scope.name = "opentelemetry.instrumentation.openai_v2"
        ss.spans.extend(spans)
    return req


def hist_point(
    attrs: Mapping[str, Any],
    *,
    count: int,
    total: float,
    buckets: list[int] | None = None,
    bounds: list[float] | None = None,
    start: int = T0,
    at: int = T0 + NANOS,
) -> metrics_pb2.HistogramDataPoint:
    return metrics_pb2.HistogramDataPoint(
        attributes=kvs(attrs),
        start_time_unix_nano=start,
        time_unix_nano=at,
        count=count,
        sum=total,
        bucket_counts=buckets or [],
        explicit_bounds=bounds or [],
    )


def histogram(name: str, points: list[metrics_pb2.HistogramDataPoint], temporality: int = CUMULATIVE):
    return metrics_pb2.Metric(
        name=name, histogram=metrics_pb2.Histogram(data_points=points, aggregation_temporality=temporality)
    )


def metrics_request(service: str, metrics: list[metrics_pb2.Metric], instance: str = "i-1"):
    req = ExportMetricsServiceRequest()
    rm = req.resource_metrics.add()
    rm.resource.attributes.extend(kvs({"service.name": service, "service.instance.id": instance}))
    sm = rm.scope_metrics.add()
    sm.scope.name = "opentelemetry.instrumentation.openai_v2"
    sm.metrics.extend(metrics)
    return req


def call_attrs(model: str = "gpt-4o", **extra: Any) -> dict[str, Any]:
    attrs = {"gen_ai.operation.name": "chat", "gen_ai.provider.name": "openai", "gen_ai.request.model": model}
    attrs.update(extra)
    return attrs
