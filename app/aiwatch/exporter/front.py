"""GET / (the front door) and GET /d/<uid> (a dashboard link that answers without Grafana).

`/` is the first URL `make up` prints: what this exporter is, its endpoints and
links to the rest of the stack. HTML for browsers, JSON for `Accept:
application/json` (the simulator reads it to say where to watch).

`/d/<uid>` is where alert `dashboard_url`s point on a native stack: it redirects
to Grafana when the stack runs one (AIWATCH_GRAFANA_URL), and otherwise lists the
dashboard's panels, each a link running its query in Prometheus with the
alert's team/service/model filters, and says how to import the dashboards.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from flask import Blueprint, Response, jsonify, redirect, request

from .. import __version__
from .http import ApiError
from .links import DASHBOARDS, stack_links
from .runbooks import shell

bp = Blueprint("front", __name__)

ENDPOINTS: tuple[tuple[str, str, str], ...] = (
    ("POST", "/v1/events", "LLM-call events (batch, atomic)"),
    ("POST", "/v1/screen/prompt", "screen a prompt for injection"),
    ("POST", "/v1/screen/output", "flag potential hallucinations in an output"),
    ("POST", "/v1/screen/results", "screening verdicts computed by the SDK (no texts)"),
    ("POST", "/v1/traces", "OTLP/HTTP traces (GenAI spans)"),
    ("POST", "/v1/metrics", "OTLP/HTTP metrics"),
    ("GET", "/metrics", "Prometheus exposition"),
    ("GET", "/api/metrics", "business view: cost, projection, health score"),
    ("GET", "/healthz", "liveness"),
    ("GET", "/readyz", "readiness"),
    ("GET", "/openapi.json", "this API, OpenAPI 3"),
    ("GET", "/runbooks/", "the runbooks, one per alert"),
)


def front_document() -> dict[str, Any]:
    links = stack_links()
    runbooks = links.runbooks or request.host_url.rstrip("/") + "/runbooks"
    return {
        "name": "aiwatch exporter",
        "version": __version__,
        "profile": links.profile,
        "endpoints": [{"method": m, "path": p, "what": w} for m, p, w in ENDPOINTS],
        "links": {
            "inbox": links.inbox + "/",
            "prometheus": links.prometheus + "/",
            "prometheus_alerts": links.prometheus + "/alerts",
            "alertmanager": links.alertmanager + "/",
            "grafana": links.grafana + "/" if links.grafana else None,
            "runbooks": runbooks + "/",
        },
    }


@bp.get("/")
def front():  # type: ignore[no-untyped-def]
    doc = front_document()
    if request.accept_mimetypes.best_match(["text/html", "application/json"]) == "application/json":
        return jsonify(doc)
    names = {
        "inbox": "Notification inbox (Slack, PagerDuty, e-mail as they would look)",
        "prometheus_alerts": "Prometheus: alerts",
        "prometheus": "Prometheus",
        "alertmanager": "Alertmanager",
        "grafana": "Grafana",
        "runbooks": "Runbooks",
    }
    links = "".join(
        f'<li><a href="{html.escape(url)}">{html.escape(names[key])}</a> <code>{html.escape(url)}</code></li>'
        for key, url in doc["links"].items()
        if url
    )
    rows = "".join(
        f"<tr><td>{m}</td><td><code>{html.escape(p)}</code></td><td>{html.escape(w)}</td></tr>"
        for m, p, w in ENDPOINTS
    )
    profile = f", stack profile <b>{html.escape(doc['profile'])}</b>" if doc["profile"] else ""
    body = (
        f"<h1>aiwatch exporter {html.escape(doc['version'])}</h1>"
        f"<p>LLM-call telemetry in, Prometheus metrics out{profile}. "
        "Try <code>make demo SCENARIO=error-burst</code>, then watch the alert in Prometheus and "
        "its notifications in the inbox.</p>"
        f"<h2>The stack</h2><ul>{links}</ul>"
        f"<h2>Endpoints</h2><table><tr><th></th><th>path</th><th>what</th></tr>{rows}</table>"
    )
    return Response(shell("aiwatch exporter", body), mimetype="text/html")


def _dashboard(uid: str) -> dict[str, Any] | None:
    if not re.fullmatch(r"[A-Za-z0-9_-]+", uid) or not DASHBOARDS.is_dir():
        return None
    for path in sorted(Path(DASHBOARDS).glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if data.get("uid") == uid:
            return data
    return None


def _filtered(expr: str, variables: dict[str, str]) -> str:
    """Grafana's $team/$service/$model replaced by the link's filters (All: any value)."""
    for name in ("team", "service", "model"):
        value = variables.get(name, "All")
        expr = expr.replace(f"${name}", ".*" if value in ("All", "") else re.escape(value))
    return expr.replace("$__rate_interval", "5m")


@bp.get("/d/<uid>")
def dashboard(uid: str):  # type: ignore[no-untyped-def]
    links = stack_links()
    query = request.query_string.decode()
    if links.grafana:
        return redirect(f"{links.grafana}/d/{uid}" + (f"?{query}" if query else ""), code=302)
    data = _dashboard(uid)
    if data is None:
        raise ApiError(404, f"no dashboard with uid {uid!r} in {DASHBOARDS}")
    variables = {k[4:]: v for k, v in request.args.items() if k.startswith("var-")}
    items = []
    for panel in data.get("panels", []):
        exprs = [t.get("expr") for t in panel.get("targets", []) if t.get("expr")]
        if not exprs:
            continue
        params = {}
        for i, expr in enumerate(exprs[:4]):
            params |= {f"g{i}.expr": _filtered(expr, variables), f"g{i}.tab": "0", f"g{i}.range_input": "1h"}
        url = f"{links.prometheus}/graph?{urlencode(params)}"
        items.append(
            f'<li><a href="{html.escape(url)}">{html.escape(panel.get("title") or "panel")}</a></li>'
        )
    shown = ", ".join(f"{k}={html.escape(v)}" for k, v in variables.items()) or "no filter"
    body = (
        f"<h1>{html.escape(data.get('title', uid))}</h1>"
        "<p>No Grafana runs with this stack, so this page stands in for the dashboard: each panel below "
        f"opens its query in Prometheus ({shown}). To see the real dashboards, import "
        "<code>grafana/dashboards/*.json</code> into a Grafana "
        "(<code>make import-dashboards GRAFANA_URL=… GRAFANA_TOKEN=…</code>) with a Prometheus data source at "
        f'<a href="{html.escape(links.prometheus)}/">{html.escape(links.prometheus)}</a>.</p>'
        f"<ul>{''.join(items)}</ul>"
        f'<p><a href="{html.escape(links.prometheus)}/alerts">Prometheus alerts</a></p>'
    )
    return Response(shell(data.get("title", uid), body), mimetype="text/html")
