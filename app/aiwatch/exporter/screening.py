"""POST /v1/screen/prompt and /v1/screen/output: safety checks as a service; POST /v1/screen/results:
verdicts the SDK computed itself (no texts), counted the same way.

Same contract as /v1/events: JSON only, bearer auth when configured, 413 for
oversized bodies or texts (never truncated: a truncated prompt could hide the
attack in the part not screened), 422 for wrong types or unknown fields.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, jsonify, request

from ..events import name_problem, validate_verdicts
from ..incidents import trace_id_from_traceparent
from ..safety import check_prompt_injection, flag_potential_hallucination
from . import runtime
from .http import ApiError, read_batch, read_write_body

bp = Blueprint("screening", __name__)


def _body(allowed: tuple[str, ...]) -> tuple[str, dict[str, str]]:
    """Validate {"text": str, <optional label fields>: str}; return text and labels."""
    rt = runtime()
    body = read_write_body(request, rt.config)
    if not isinstance(body, dict):
        raise ApiError(422, f"body must be a JSON object, got {type(body).__name__}")
    details: list[dict[str, Any]] = []
    for key in body:
        if key != "text" and key not in allowed:
            details.append({"field": key, "reason": f"unknown field (expected text, {', '.join(allowed)})"})
    text = body.get("text")
    if "text" not in body:
        details.append({"field": "text", "reason": "required"})
    elif not isinstance(text, str):
        details.append({"field": "text", "reason": f"must be a string, got {type(text).__name__}"})
    labels: dict[str, str] = {}
    for key in allowed:
        value = body.get(key, "unknown")
        reason = name_problem(value)
        if reason is not None:
            details.append({"field": key, "reason": reason})
        else:
            labels[key] = value
    if details:
        raise ApiError(422, f"{len(details)} invalid field(s)", details)
    assert isinstance(text, str)
    limit = rt.config.limits.max_text_bytes
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > limit:
        raise ApiError(413, f"text is {size} UTF-8 bytes; the limit is {limit} (limits.max_text_bytes)")
    return text, labels


@bp.post("/v1/screen/prompt")
def screen_prompt():  # type: ignore[no-untyped-def]
    text, labels = _body(("service",))
    result = check_prompt_injection(text)
    runtime().recorder.record_prompt_screen(labels["service"], result, text=text, trace_id=_trace_id())
    return jsonify(result), 200


@bp.post("/v1/screen/output")
def screen_output():  # type: ignore[no-untyped-def]
    text, labels = _body(("service", "model"))
    result = flag_potential_hallucination(text)
    runtime().recorder.record_output_screen(
        labels["model"], labels["service"], result, text=text, trace_id=_trace_id()
    )
    return jsonify(result), 200


def _trace_id() -> str | None:
    """The caller's trace (W3C traceparent header), for the incident log."""
    return trace_id_from_traceparent(request.headers.get("traceparent"))


@bp.post("/v1/screen/results")
def screen_results():  # type: ignore[no-untyped-def]
    """Verdicts the SDK computed itself (ExporterSink): counted as if the texts were screened here."""
    rt = runtime()
    verdicts = read_batch(request, rt.config, "verdicts", validate_verdicts)
    rec = rt.recorder
    for v in verdicts:
        if v.kind == "prompt":
            rec.record_prompt_screen(v.service, v.result())
        else:
            rec.record_output_screen(v.model or "unknown", v.service, v.result())
    return jsonify({"accepted": len(verdicts)}), 202
