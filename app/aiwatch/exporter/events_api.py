"""POST /v1/events: LLM-call telemetry in, metrics out."""

from __future__ import annotations

from flask import Blueprint, jsonify, request

from ..events import validate_batch
from . import runtime
from .http import ApiError, check_auth, read_json

bp = Blueprint("events", __name__)


@bp.post("/v1/events")
def post_events():  # type: ignore[no-untyped-def]
    rt = runtime()
    check_auth(request, rt.config.auth_token)
    limits = rt.config.limits
    body = read_json(request, limits.max_body_bytes)
    if isinstance(body, dict) and isinstance(body.get("events"), list):
        n = len(body["events"])
        if n > limits.max_batch_events:
            raise ApiError(413, f"batch of {n} events exceeds the limit of {limits.max_batch_events}")
    try:
        events, problems = validate_batch(body, limits)
    except ValueError as exc:
        raise ApiError(422, str(exc)) from exc
    if problems:
        raise ApiError(
            422,
            f"{len(problems)} invalid field(s); no event of this batch was recorded",
            [p.as_dict() for p in problems[:1000]],
        )
    rt.recorder.record_many(events)
    return jsonify({"accepted": len(events)}), 202
