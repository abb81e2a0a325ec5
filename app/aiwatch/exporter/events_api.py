"""POST /v1/events: LLM-call telemetry in, metrics out."""

from __future__ import annotations

from flask import Blueprint, jsonify, request

from ..events import validate_batch
from . import runtime
from .http import read_batch

bp = Blueprint("events", __name__)


@bp.post("/v1/events")
def post_events():  # type: ignore[no-untyped-def]
    rt = runtime()
    events = read_batch(request, rt.config, "events", validate_batch)
    rt.recorder.record_many(events)
    return jsonify({"accepted": len(events)}), 202
