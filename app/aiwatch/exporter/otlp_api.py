"""POST /v1/traces, /v1/metrics and /v1/logs: OTLP/HTTP in, the same metrics as /v1/events out.

An OTel SDK pointed at the exporter (OTEL_EXPORTER_OTLP_ENDPOINT) sends its
three signals here. Protobuf or JSON, gzip or not, with the same bearer token
and body limit as /v1/events. Answers follow OTLP/HTTP: 200 with an export
response (partial_success lists spans or points rejected as invalid, the rest
is recorded), or a 4xx whose body is a google.rpc.Status saying what was
wrong and nothing recorded. Logs get a 200 that says they are not ingested,
so an SDK exporting logs to the same endpoint never fails or retries.
"""

from __future__ import annotations

from typing import Any, TypeVar

from flask import Blueprint, Response, current_app, request
from opentelemetry.proto.collector.logs.v1 import logs_service_pb2
from opentelemetry.proto.collector.metrics.v1 import metrics_service_pb2
from opentelemetry.proto.collector.trace.v1 import trace_service_pb2
from werkzeug.exceptions import RequestEntityTooLarge

from ..catalog import OTLP_RESULTS
from ..otlp.decode import JSON, PROTOBUF, OtlpError, content_type, encode, inflate, parse, status_body
from ..otlp.metrics import map_metrics
from ..otlp.outcome import Outcome
from ..otlp.spans import map_spans
from ..otlp.streams import StreamStore
from ..safety import check_prompt_injection
from . import Runtime, runtime
from .http import ApiError, check_auth

bp = Blueprint("otlp", __name__)
M = TypeVar("M")
_STORE = "aiwatch.otlp.streams"


def _reply(status: int, body: bytes, ctype: str) -> Response:
    return Response(body, status=status, content_type=ctype)


def _request_ctype() -> str:
    """The encoding to answer in: the request's, JSON when it was neither."""
    return PROTOBUF if (request.mimetype or "").lower() == PROTOBUF else JSON


@bp.errorhandler(OtlpError)
@bp.errorhandler(ApiError)
def _rejected(err: OtlpError | ApiError) -> Response:
    resp = _reply(err.status, status_body(err.status, err.message, _request_ctype()), _request_ctype())
    if err.status == 401:
        resp.headers["WWW-Authenticate"] = 'Bearer realm="aiwatch"'
    return resp


@bp.errorhandler(RequestEntityTooLarge)
def _too_large(_exc: Exception) -> Response:
    return _rejected(OtlpError(413, "request body too large (limits.max_body_bytes)"))


def _body(rt: Runtime) -> tuple[bytes, str]:
    """Auth, content type, size limits as sent and once inflated; then the raw OTLP bytes."""
    check_auth(request, rt.config.auth_token)
    ctype = content_type(request.mimetype)
    limit = rt.config.limits.max_body_bytes
    if request.content_length is not None and request.content_length > limit:
        raise OtlpError(
            413, f"body of {request.content_length} bytes exceeds limits.max_body_bytes ({limit})"
        )
    raw = request.stream.read(limit + 1)
    if len(raw) > limit:
        raise OtlpError(413, f"body exceeds limits.max_body_bytes ({limit})")
    body = inflate(raw, request.headers.get("Content-Encoding"), rt.config.otlp.max_decompressed_bytes)
    return body, ctype


def _check_items(n: int, what: str, rt: Runtime) -> None:
    limit = rt.config.otlp.max_items_per_request
    if n > limit:
        raise OtlpError(413, f"{n} {what} in one request exceed otlp.max_items_per_request ({limit})")


def _count(rt: Runtime, signal: str, out: Outcome) -> None:
    rt.recorder.record_otlp_items(signal, {result: getattr(out, result) for result in OTLP_RESULTS})


def _store(rt: Runtime) -> StreamStore:
    """This process's handle on the cumulative-stream state (one file for all workers)."""
    store = current_app.extensions.get(_STORE)
    if store is None:
        path = rt.multiproc_dir / "otlp" / "streams.sqlite3" if rt.multiproc_dir else None
        store = StreamStore(
            path,
            started=rt.started,
            max_streams=rt.config.otlp.max_streams,
            ttl_seconds=rt.config.otlp.stream_ttl_seconds,
        )
        current_app.extensions[_STORE] = store
    store.max_streams, store.ttl_seconds = rt.config.otlp.max_streams, rt.config.otlp.stream_ttl_seconds
    return store


def _screen(rt: Runtime, prompts: list[tuple[str, str]]) -> None:
    """Screen span-carried prompts (otlp.screen_prompts); the text is dropped right after."""
    if not prompts:
        return
    for service, text in prompts:
        rt.recorder.record_prompt_screen(service, check_prompt_injection(text), text=text)


def _request(rt: Runtime, message: type[M]) -> tuple[M, str]:
    """The parsed export request and the encoding to answer in."""
    body, ctype = _body(rt)
    return parse(body, ctype, message), ctype


def _answer(rt: Runtime, signal: str, out: Outcome, resp: Any, rejected_field: str, ctype: str) -> Response:
    """Record what was mapped, count every item, and name the rejected ones in partial_success."""
    if out.events:
        rt.recorder.record_many(out.events)
    for usage in out.usage:
        rt.recorder.record_usage(usage)
    _count(rt, signal, out)
    if out.rejected or out.notes:
        setattr(resp.partial_success, rejected_field, out.rejected)
        resp.partial_success.error_message = out.message()
    return _reply(200, encode(resp, ctype), ctype)


@bp.post("/v1/traces")
def post_traces() -> Response:
    rt = runtime()
    req, ctype = _request(rt, trace_service_pb2.ExportTraceServiceRequest)
    _check_items(sum(len(ss.spans) for rs in req.resource_spans for ss in rs.scope_spans), "spans", rt)
    out = map_spans(req, rt.config.limits, rt.config.otlp)
    _screen(rt, out.prompts)
    resp = trace_service_pb2.ExportTraceServiceResponse()
    return _answer(rt, "spans", out, resp, "rejected_spans", ctype)


@bp.post("/v1/metrics")
def post_metrics() -> Response:
    rt = runtime()
    req, ctype = _request(rt, metrics_service_pb2.ExportMetricsServiceRequest)
    n = 0
    for rm in req.resource_metrics:
        for sm in rm.scope_metrics:
            for metric in sm.metrics:
                kind = metric.WhichOneof("data")
                n += len(getattr(metric, kind).data_points) if kind else 0
    _check_items(n, "data points", rt)
    out = map_metrics(req, rt.config.limits, rt.config.otlp, _store(rt))
    resp = metrics_service_pb2.ExportMetricsServiceResponse()
    return _answer(rt, "metric_points", out, resp, "rejected_data_points", ctype)


@bp.post("/v1/logs")
def post_logs() -> Response:
    """Accepted and discarded: a warning in partial_success (rejected 0), never an error."""
    rt = runtime()
    req, ctype = _request(rt, logs_service_pb2.ExportLogsServiceRequest)
    n = sum(len(sl.log_records) for rl in req.resource_logs for sl in rl.scope_logs)
    _count(rt, "log_records", Outcome(ignored=n))
    resp = logs_service_pb2.ExportLogsServiceResponse()
    if n:
        resp.partial_success.error_message = (
            f"aiwatch ingests OTLP traces and metrics, not logs: {n} log record(s) discarded"
        )
    return _reply(200, encode(resp, ctype), ctype)
