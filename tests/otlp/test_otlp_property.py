"""Any attribute values of any type: the mapping never raises and accounts for every item."""

from __future__ import annotations

from aiwatch.config import Limits, Otlp
from aiwatch.otlp.build import CUMULATIVE, DELTA, T0, hist_point, histogram, metrics_request, span, traces
from aiwatch.otlp.metrics import DURATION, TOKEN_USAGE, map_metrics
from aiwatch.otlp.spans import SOURCES, map_spans
from aiwatch.otlp.streams import StreamStore
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

KEYS = [
    "gen_ai.operation.name",
    "error.type",
    "gen_ai.response.finish_reasons",
    "gen_ai.input.messages",
    "gen_ai.prompt",
    "gen_ai.token.type",
    *[k for keys in SOURCES.values() for k in keys],
]
scalars = st.one_of(
    st.sampled_from(["chat", "embeddings", "invoke_agent", "input", "output", "content_filter", "429"]),
    st.text(max_size=20),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.binary(max_size=8),
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)
attrs = st.dictionaries(st.sampled_from(KEYS), values, max_size=len(KEYS))
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))


@SETTINGS
@given(
    st.lists(
        st.tuples(attrs, st.integers(0, 2**64 - 1), st.integers(0, 2**64 - 1), st.booleans()), max_size=5
    )
)
def test_spans_never_raise(spans):
    req = traces({"svc": [span(a, start=s, end=e, error=err) for a, s, e, err in spans]})
    otlp = Otlp(screen_prompts=("svc",))
    out = map_spans(req, Limits(), otlp)
    assert out.recorded + out.skipped + out.ignored + out.rejected == len(spans)
    assert len(out.events) == out.recorded


@SETTINGS
@given(
    st.lists(
        st.tuples(
            st.sampled_from([DURATION, TOKEN_USAGE]),
            attrs,
            st.integers(0, 2**64 - 1),
            st.floats(allow_nan=True),
            st.lists(st.integers(0, 2**64 - 1), max_size=4),
            st.lists(st.floats(allow_nan=True), max_size=3),
            st.integers(0, 2**64 - 1),
        ),
        max_size=5,
    ),
    st.sampled_from([DELTA, CUMULATIVE]),
)
def test_metric_points_never_raise(points, temporality):
    metrics = [
        histogram(name, [hist_point(a, count=c, total=s, buckets=b, bounds=bd, start=T0, at=at)], temporality)
        for name, a, c, s, b, bd, at in points
    ]
    store = StreamStore(None, started=0.0, max_streams=100, ttl_seconds=3600)
    out = map_metrics(metrics_request("svc", metrics), Limits(), Otlp(metrics_services=("svc",)), store)
    assert out.recorded + out.skipped + out.ignored + out.rejected == len(points)
