"""POST /v1/events: LLM-call telemetry in, metrics out."""

from __future__ import annotations

from flask import Blueprint, jsonify, request

from ..events import validate_batch
from . import runtime
from .http import check_batch_size, read_write_body, validated

bp = Blueprint("events", __name__)


@bp.post("/v1/events")
def post_events():  # type: ignore[no-untyped-def]
    rt = runtime()
    limits = rt.config.limits
    body = read_write_body(request, rt.config)
    check_batch_size(body, "events", "events", limits.max_batch_events)
    events = validated(lambda: validate_batch(body, limits), "no event of this batch was recorded")
    rt.recorder.record_many(events)
    return jsonify({"accepted": len(events)}), 202
