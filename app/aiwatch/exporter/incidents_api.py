"""POST /v1/alerts (Alertmanager's webhook) and POST /v1/circuit-breakers (SDK breaker transitions).

Both are write endpoints like /v1/events: JSON only, bearer auth when the
exporter has a token, 413 beyond the body limit, 422 listing every invalid
field; a request is all or nothing. /v1/alerts turns drift and budget alerts
into incident-log lines (docs/incidents.md); /v1/circuit-breakers records the
transitions an SDK with an ExporterSink reports (metrics and incident lines).
"""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify, request

from ..breaker_events import validate_transitions
from ..incidents.alerts import AlertIncidents, parse_webhook
from . import runtime
from .http import read_write_body, validated

bp = Blueprint("incidents", __name__)
_DEDUP = "aiwatch.alert_incidents"


@bp.post("/v1/alerts")
def post_alerts():  # type: ignore[no-untyped-def]
    rt = runtime()
    body = read_write_body(request, rt.config)
    alerts = validated(lambda: parse_webhook(body), "no alert of this request was logged")
    if rt.incidents is None:
        return jsonify({"logged": 0, "repeats": 0, "incident_log": "off"}), 200
    dedup = current_app.extensions.setdefault(_DEDUP, AlertIncidents())
    logged, repeats = dedup.log(rt.incidents, alerts, guard=rt.recorder.guard_label)
    return jsonify({"logged": logged, "repeats": repeats, "incident_log": rt.config.incident_log.target}), 200


@bp.post("/v1/circuit-breakers")
def post_circuit_breakers():  # type: ignore[no-untyped-def]
    rt = runtime()
    body = read_write_body(request, rt.config)
    transitions = validated(lambda: validate_transitions(body), "no transition of this request was recorded")
    rec = rt.recorder
    for t in transitions:
        rec.record_breaker(t)
    return jsonify({"accepted": len(transitions)}), 202
