"""gen_ai.client.* metrics → events, for services counted from metrics (otlp.metrics_services).

Two histograms of the GenAI semantic conventions carry what aiwatch counts:
gen_ai.client.operation.duration (one observation per call, error.type on
failed calls) and gen_ai.client.token.usage (input and output tokens per call).
Their increments since the previous export (delta points as they are,
cumulative ones through `streams`) become one event per call:

- calls and errors: the duration increment's count, by error.type;
- durations: each call gets its bucket's midpoint (the mean when all calls of
  the increment fall in one bucket; calls above the last bound share what is
  left of the sum), so ai_request_duration_seconds is approximate, counts are
  exact;
- tokens: the token increments of the same (service, model, provider,
  operation) spread over its successful calls, so token and cost totals are
  exact. An increment with no call beside it (the instrumentation records a
  call's duration, then its tokens, and a periodic export can fall between)
  is counted as tokens and cost alone (`Usage`), not as a call. Metrics carry
  no cache-read split: every input token is priced at the input rate. Time to
  first token comes from spans only.

Streams of every service are tracked, counted or not, so moving a service
between signals counts from its next export on.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from opentelemetry.proto.metrics.v1 import metrics_pb2

from ..config import Limits, Otlp
from ..error_types import error_type_from_name
from ..events import Event, Problem, Usage, usage_problem, validate_event
from ..guard import normalise
from . import OPERATION, is_inference
from .outcome import Outcome
from .spans import ERROR_TYPE, SOURCES
from .streams import Point, StreamStore
from .values import attributes, service_name

DURATION = "gen_ai.client.operation.duration"
TOKEN_USAGE = "gen_ai.client.token.usage"
TOKEN_TYPE = "gen_ai.token.type"
INPUT_TYPES = frozenset({"input", "prompt"})
OUTPUT_TYPES = frozenset({"output", "completion"})
MAX_NS = 2**63 - 1  # timestamps beyond year 2262 are not real
_DELTA = metrics_pb2.AGGREGATION_TEMPORALITY_DELTA
_CUMULATIVE = metrics_pb2.AGGREGATION_TEMPORALITY_CUMULATIVE

CallKey = tuple[str, str, "str | None", str]  # service, model, provider, operation


@dataclass
class _Calls:
    """What the increments say about the calls of one CallKey."""

    durations: dict[str | None, list[tuple[float, int]]] = field(default_factory=lambda: defaultdict(list))
    input_tokens: int = 0
    output_tokens: int = 0
    points: int = 0  # data points that brought something new


@dataclass(frozen=True, slots=True)
class _Meta:
    metric: str
    counted: bool
    key: CallKey
    error_type: str | None
    token_type: str | None


def _points(metric: Any) -> int:
    kind = metric.WhichOneof("data")
    return len(getattr(metric, kind).data_points) if kind else 0


def _stream_key(resource: Any, scope: Any, metric: str, attrs: dict[str, Any]) -> str:
    ident = [
        sorted(attributes(resource.attributes).items()),
        scope.name,
        scope.version,
        metric,
        sorted(attrs.items()),
    ]
    return hashlib.blake2b(json.dumps(ident, default=repr).encode(), digest_size=16).hexdigest()


def _check(dp: Any) -> str | None:
    """Why a histogram data point cannot be used, or None."""
    bounds, buckets = list(dp.explicit_bounds), list(dp.bucket_counts)
    if not dp.time_unix_nano or dp.time_unix_nano > MAX_NS or dp.start_time_unix_nano > MAX_NS:
        return "time_unix_nano must be set and start_time_unix_nano/time_unix_nano must be real times"
    if dp.start_time_unix_nano > dp.time_unix_nano:
        return "start_time_unix_nano is after time_unix_nano"
    if not dp.HasField("sum") or not math.isfinite(dp.sum) or dp.sum < 0:
        return "sum must be present, finite and >= 0"
    if any(not math.isfinite(b) for b in bounds) or any(b >= c for b, c in itertools.pairwise(bounds)):
        return "explicit_bounds must be finite and increasing"
    if buckets and (len(buckets) != len(bounds) + 1 or sum(buckets) != dp.count):
        return "bucket_counts must have len(explicit_bounds) + 1 entries summing to count"
    return None


def representatives(inc: Point) -> list[tuple[float, int]]:
    """(value, number of calls) standing for the observations of a histogram increment."""
    if inc.count <= 0:
        return []
    filled = [(i, c) for i, c in enumerate(inc.buckets) if c]
    if len(filled) <= 1:
        return [(inc.sum / inc.count, inc.count)]
    bounds = inc.bounds
    out: list[tuple[float, int]] = []
    used, overflow = 0.0, 0
    for i, c in filled:
        if i == len(bounds):
            overflow = c
            continue
        lo = max(bounds[i - 1], 0.0) if i else 0.0
        v = (lo + max(bounds[i], 0.0)) / 2
        out.append((v, c))
        used += v * c
    if overflow:
        out.append((max(bounds[-1], (inc.sum - used) / overflow), overflow))
    return out


def map_metrics(request: Any, limits: Limits, otlp: Otlp, store: StreamStore) -> Outcome:
    """Turn an ExportMetricsServiceRequest into events for the services counted from metrics."""
    out = Outcome()
    by_metrics = frozenset(otlp.metrics_services)
    cumulative: list[tuple[Point, _Meta]] = []
    increments: list[tuple[Point, _Meta]] = []
    for rm in request.resource_metrics:
        service = service_name(rm.resource)
        counted = normalise(service) in by_metrics
        for sm in rm.scope_metrics:
            for metric in sm.metrics:
                if metric.name not in (DURATION, TOKEN_USAGE):
                    out.skipped += _points(metric)
                    continue
                kind = metric.WhichOneof("data")
                if kind != "histogram":
                    out.reject(
                        _points(metric),
                        f"{metric.name}: must be an explicit-bucket histogram, got {kind or 'no data'}",
                    )
                    continue
                temporality = metric.histogram.aggregation_temporality
                if temporality not in (_DELTA, _CUMULATIVE):
                    out.reject(
                        _points(metric), f"{metric.name}: aggregation_temporality must be DELTA or CUMULATIVE"
                    )
                    continue
                for dp in metric.histogram.data_points:
                    attrs = attributes(dp.attributes)
                    if not is_inference(attrs):
                        out.skipped += 1
                        continue
                    problem = _check(dp)
                    if problem:
                        out.reject(1, f"{metric.name} point: {problem}")
                        continue
                    meta = _meta(metric.name, counted, service, attrs)
                    point = Point(
                        key=_stream_key(rm.resource, sm.scope, metric.name, attrs),
                        start_ns=dp.start_time_unix_nano,
                        time_ns=dp.time_unix_nano,
                        count=dp.count,
                        sum=dp.sum,
                        buckets=tuple(dp.bucket_counts),
                        bounds=tuple(dp.explicit_bounds),
                    )
                    (cumulative if temporality == _CUMULATIVE else increments).append((point, meta))
    # Every service's cumulative streams advance, counted or not (see the module docstring).
    advanced = store.advance([p for p, _ in cumulative])
    changes: list[tuple[Point | None, _Meta]] = [
        *increments,
        *zip(advanced, (m for _, m in cumulative), strict=True),
    ]
    calls: dict[CallKey, _Calls] = defaultdict(_Calls)
    for inc, meta in changes:
        if not meta.counted:
            out.ignored += 1
            continue
        out.recorded += 1
        if inc is None or not inc.count:
            continue  # nothing new since the last export
        c = calls[meta.key]
        c.points += 1
        if meta.metric == DURATION:
            c.durations[meta.error_type].extend(representatives(inc))
        elif meta.token_type in INPUT_TYPES:
            c.input_tokens += round(inc.sum)
        elif meta.token_type in OUTPUT_TYPES:
            c.output_tokens += round(inc.sum)
    total = sum(n for c in calls.values() for reps in c.durations.values() for _, n in reps)
    if total > otlp.max_calls_per_request:
        n, out.recorded = out.recorded, 0
        out.reject(
            n,
            f"{total} calls in one request exceed otlp.max_calls_per_request ({otlp.max_calls_per_request})",
        )
        return out
    for key, c in calls.items():
        events, problem = _events(key, c, limits)
        usage = None
        if problem is None and not events and (c.input_tokens or c.output_tokens):
            usage = Usage(key[1], key[0], key[2], c.input_tokens, c.output_tokens)  # apart from their calls
            if reason := usage_problem(usage, limits):
                problem = f"{TOKEN_USAGE} without a call: {reason}"
        if (
            problem is not None
        ):  # the points of one (service, model, provider, operation) stand or fall together
            out.recorded -= c.points
            out.reject(c.points, f"{key[0]}/{key[1]}: {problem}")
        elif events:
            out.events.extend(events)
        elif usage:
            out.usage.append(usage)
    return out


def _meta(metric: str, counted: bool, service: str, attrs: dict[str, Any]) -> _Meta:
    model = next((attrs[k] for k in SOURCES["model"] if isinstance(attrs.get(k), str)), "unknown")
    provider = next((attrs[k] for k in SOURCES["provider"] if isinstance(attrs.get(k), str)), None)
    err = attrs.get(ERROR_TYPE)
    return _Meta(
        metric=metric,
        counted=counted,
        key=(service, model, provider, str(attrs[OPERATION])),
        error_type=error_type_from_name(str(err)) if err is not None else None,
        token_type=str(attrs.get(TOKEN_TYPE)) if metric == TOKEN_USAGE else None,
    )


def _events(key: CallKey, c: _Calls, limits: Limits) -> tuple[list[Event], str | None]:
    """One event per call, the key's tokens spread over its successful calls; or why not."""
    slots = [(v, n, err) for err, reps in c.durations.items() for v, n in reps]
    ok = sum(n for _, n, err in slots if err is None)
    carriers = ok or sum(n for _, n, _ in slots)
    if not carriers:  # tokens alone, if any: the caller counts them as Usage
        return [], None
    base_in, rest_in = divmod(c.input_tokens, carriers)
    base_out, rest_out = divmod(c.output_tokens, carriers)
    events: list[Event] = []
    first = True
    for v, n, err in slots:
        carries = err is None or not ok
        groups = []
        if carries and first:
            groups.append((1, base_in + rest_in, base_out + rest_out))
            n -= 1
            first = False
        if n:
            groups.append((n, base_in if carries else 0, base_out if carries else 0))
        for count, pin, pout in groups:
            ev: dict[str, Any] = {
                "model": key[1],
                "service": key[0],
                "prompt_tokens": pin,
                "completion_tokens": pout,
                "duration_seconds": v,
                "status": "ok" if err is None else "error",
            }
            if key[2] is not None:
                ev["provider"] = key[2]
            if err is not None:
                ev["error_type"] = err
            problems: list[Problem] = []
            event = validate_event(ev, 0, limits, problems)
            if event is None:
                return [], "; ".join(f"{p.field}: {p.reason}" for p in problems[:3])
            events.extend([event] * count)  # identical calls share one (read-only) Event
    return events, None
