"""Shared building blocks of the aiwatch dashboards (grafanalib 0.7.1 + JSON post-processing).

Why a helper layer: every dashboard must use the datasource variable, carry the
same template variables, alert annotations and links, put a unit and a
description on every panel, and take its thresholds and runbook links from the
alert catalogue (`Context`: the validated config/thresholds.yaml and the alerts
built from it, the same objects rules/ is rendered from). grafanalib 0.7.1
predates the Grafana 10/11 field-config layout for some panels, so `finish()`
post-processes the generated dict into the current schema; the JSON is what
Grafana reads. grafanalib is a development dependency: only this package
imports it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from grafanalib import core as g
from grafanalib._gen import DashboardEncoder

from ..model import Catalogue
from ..thresholds import Thresholds

SCHEMA_VERSION = 39
DATASOURCE_UID = "aiwatch-prometheus"
DS: dict[str, str] = {"type": "prometheus", "uid": "${datasource}"}
TAG = "aiwatch"

# Label filters fed by the template variables; use the one matching the series' labels.
F_MST = 'model=~"$model", service=~"$service", team=~"$team"'
F_ST = 'service=~"$service", team=~"$team"'


@dataclass(frozen=True)
class Context:
    """What a dashboard reads: thresholds (`t`) and the alerts whose runbooks its panels link."""

    catalogue: Catalogue

    @property
    def t(self) -> Thresholds:
        return self.catalogue.thresholds

    @property
    def runbook_base(self) -> str:
        return self.t.runbooks.base_url.rstrip("/")

    def rb(self, signal: str) -> dict[str, Any]:
        """Panel link to the runbook of the alert with `signal` (its runbook_url annotation, verbatim)."""
        alert = self.catalogue.by_signal(signal)[0]
        return {"title": f"Runbook: {alert.name}", "url": alert.runbook_url, "targetBlank": True}

    def alert_name(self, signal: str) -> str:
        return self.catalogue.by_signal(signal)[0].name


# --------------------------------------------------------------------------- queries


@dataclass(frozen=True)
class Q:
    """One panel target: PromQL, legend, and whether Grafana runs it as an instant query."""

    expr: str
    legend: str = ""
    instant: bool = False
    table: bool = False


def _target(q: Q, ref: str) -> g.Target:
    return g.Target(
        expr=q.expr,
        legendFormat=q.legend,
        refId=ref,
        instant=q.instant or q.table,
        format="table" if q.table else "time_series",
        datasource=DS,
    )


# --------------------------------------------------------------------------- thresholds


@dataclass(frozen=True)
class Steps:
    """Grafana threshold steps: `base` colour below the first step, then (colour, value) ascending."""

    steps: Sequence[tuple[str, float]] = ()
    base: str = "green"

    def to_json(self) -> dict[str, Any]:
        values = [v for _, v in self.steps]
        if values != sorted(values):
            raise ValueError(f"threshold steps must ascend: {values}")
        return {
            "mode": "absolute",
            "steps": [{"color": self.base, "value": None}]
            + [{"color": c, "value": round(float(v), 12)} for c, v in self.steps],
        }


def above(warning: float | None = None, critical: float | None = None) -> Steps:
    """Higher is worse: orange from `warning`, red from `critical`."""
    steps = [("orange", warning)] if warning is not None else []
    steps += [("red", critical)] if critical is not None else []
    return Steps(steps)


def below(critical: float, warning: float | None = None) -> Steps:
    """Lower is worse: red below `critical`, orange below `warning`, green from there up."""
    if warning is None:
        return Steps([("green", critical)], base="red")
    return Steps([("orange", critical), ("green", warning)], base="red")


def band(warning: float, critical: float) -> Steps:
    """|value| is what alerts: red beyond ±critical, orange beyond ±warning, green inside."""
    return Steps(
        [("orange", -critical), ("green", -warning), ("orange", warning), ("red", critical)], base="red"
    )


def value_mappings(mappings: dict[float, tuple[str, str]]) -> list[dict[str, Any]]:
    """Grafana 8+ value mapping: exact values shown as text in a colour."""
    return [
        {
            "type": "value",
            "options": {
                f"{value:g}": {"text": text, "color": colour, "index": i}
                for i, (value, (text, colour)) in enumerate(sorted(mappings.items()))
            },
        }
    ]


# --------------------------------------------------------------------------- layout


@dataclass
class Layout:
    """Places panels left to right in rows of a given height; yields explicit GridPos."""

    y: int = 0
    x: int = 0
    row_h: int = 0

    def place(self, w: int, h: int) -> g.GridPos:
        if self.x + w > 24:
            self.newline()
        pos = g.GridPos(h=h, w=w, x=self.x, y=self.y)
        self.x += w
        self.row_h = max(self.row_h, h)
        return pos

    def newline(self) -> None:
        self.y += self.row_h
        self.x, self.row_h = 0, 0


# --------------------------------------------------------------------------- panels


@dataclass
class Board:
    """Collects panels of one dashboard with automatic, explicit positions."""

    layout: Layout = field(default_factory=Layout)
    panels: list[g.Panel] = field(default_factory=list)

    def _common(
        self,
        title: str,
        description: str,
        queries: Sequence[Q],
        w: int,
        h: int,
        links: Sequence[dict[str, Any]],
    ) -> dict[str, Any]:
        if not description:
            raise ValueError(f"panel {title!r}: a description is required")
        return {
            "title": title,
            "description": description,
            "dataSource": DS,
            "targets": [_target(q, chr(ord("A") + i)) for i, q in enumerate(queries)],
            "gridPos": self.layout.place(w, h),
            "links": list(links),
            "id": len(self.panels) + 1,
        }

    @staticmethod
    def _field(unit: str, steps: Steps | None, extra: dict[str, Any] | None = None) -> dict[str, Any]:
        defaults: dict[str, Any] = {"unit": unit, "thresholds": (steps or Steps()).to_json()}
        defaults.update(extra or {})
        return {"fieldConfig": {"defaults": defaults}}

    def timeseries(
        self,
        title: str,
        description: str,
        queries: Sequence[Q],
        *,
        unit: str,
        w: int = 12,
        h: int = 8,
        steps: Steps | None = None,
        links: Sequence[dict[str, Any]] = (),
        stack: bool = False,
        axis: str = "",
        minimum: float | None = None,
    ) -> None:
        extra = {"min": minimum} if minimum is not None else {}
        panel = g.TimeSeries(
            **self._common(title, description, queries, w, h, links),
            unit=unit,
            axisLabel=axis,
            fillOpacity=20 if stack else 10,
            stacking={"mode": "normal", "group": "A"} if stack else {},
            thresholdsStyleMode="line" if steps and steps.steps else "off",
            legendDisplayMode="table",
            legendCalcs=["lastNotNull", "max"],
            tooltipMode="multi",
            extraJson=self._field(unit, steps, extra),
        )
        self.panels.append(panel)

    def stat(
        self,
        title: str,
        description: str,
        queries: Sequence[Q],
        *,
        unit: str,
        w: int = 4,
        h: int = 5,
        steps: Steps | None = None,
        links: Sequence[dict[str, Any]] = (),
        decimals: int | None = None,
        color: str | None = None,
        limits: tuple[float, float] | None = None,
        mappings: dict[float, tuple[str, str]] | None = None,
    ) -> None:
        """`mappings`: value → (text, colour), e.g. {1: ("OK", "green")} for status stats."""
        extra: dict[str, Any] = {"color": {"mode": color}} if color else {}
        if limits:
            extra["min"], extra["max"] = limits
        if mappings:
            extra["mappings"] = value_mappings(mappings)
        panel = g.Stat(
            **self._common(title, description, queries, w, h, links),
            format=unit,
            decimals=decimals,
            reduceCalc="lastNotNull",
            colorMode="background" if steps and steps.steps else "value",
            graphMode="area",
            noValue="no data",
            extraJson=self._field(unit, steps, extra),
        )
        self.panels.append(panel)

    def gauge(
        self,
        title: str,
        description: str,
        queries: Sequence[Q],
        *,
        unit: str,
        w: int = 4,
        h: int = 5,
        steps: Steps | None = None,
        links: Sequence[dict[str, Any]] = (),
        minimum: float = 0,
        maximum: float = 1,
    ) -> None:
        panel = g.GaugePanel(
            **self._common(title, description, queries, w, h, links),
            format=unit,
            calc="lastNotNull",
            min=minimum,
            max=maximum,
            thresholds=[],
            extraJson={
                **self._field(unit, steps, {"min": minimum, "max": maximum}),
                "options": {
                    "reduceOptions": {"calcs": ["lastNotNull"], "fields": "", "values": False},
                    "showThresholdMarkers": True,
                    "showThresholdLabels": False,
                },
            },
        )
        self.panels.append(panel)

    def bargauge(
        self,
        title: str,
        description: str,
        queries: Sequence[Q],
        *,
        unit: str,
        w: int = 8,
        h: int = 8,
        steps: Steps | None = None,
        links: Sequence[dict[str, Any]] = (),
        minimum: float = 0,
        maximum: float | None = None,
        color: str | None = None,
    ) -> None:
        limits: dict[str, Any] = {"min": minimum}
        if color:
            limits["color"] = {"mode": color}
        if maximum is not None:
            limits["max"] = maximum
        panel = g.BarGauge(
            **self._common(title, description, queries, w, h, links),
            format=unit,
            calc="lastNotNull",
            displayMode="gradient",
            thresholds=[],
            extraJson={
                **self._field(unit, steps, limits),
                "options": {
                    "displayMode": "gradient",
                    "orientation": "horizontal",
                    "reduceOptions": {"calcs": ["lastNotNull"], "fields": "", "values": False},
                    "showThresholdLabels": None,
                    "showThresholdMarkers": None,
                    "showUnfilled": True,
                    "valueMode": "color",
                },
            },
        )
        self.panels.append(panel)

    def table(
        self,
        title: str,
        description: str,
        queries: Sequence[Q],
        *,
        unit: str,
        w: int = 24,
        h: int = 8,
        steps: Steps | None = None,
        links: Sequence[dict[str, Any]] = (),
        hide: Sequence[str] = ("Time",),
        field_links: dict[str, dict[str, Any]] | None = None,
        value_title: str = "Value",
    ) -> None:
        overrides = [
            {"matcher": {"id": "byName", "options": name}, "properties": [{"id": "links", "value": [link]}]}
            for name, link in (field_links or {}).items()
        ]
        panel = g.Table(
            **self._common(title, description, queries, w, h, links),
            unit=unit,
            filterable=True,
            overrides=overrides,
            transformations=[
                {
                    "id": "organize",
                    "options": {
                        "excludeByName": dict.fromkeys(hide, True),
                        "renameByName": {"Value": value_title},
                    },
                }
            ],
            extraJson=self._field(unit, steps),
        )
        self.panels.append(panel)

    def text(self, title: str, description: str, markdown: str, *, w: int = 24, h: int = 3) -> None:
        panel = g.Text(
            title=title,
            description=description,
            content=markdown,
            gridPos=self.layout.place(w, h),
            id=len(self.panels) + 1,
            extraJson={"fieldConfig": {"defaults": {"unit": "none"}}},
        )
        self.panels.append(panel)

    def newline(self) -> None:
        self.layout.newline()


# --------------------------------------------------------------------------- dashboard


def _query_var(name: str, label: str, expr: str, what: str) -> dict[str, Any]:
    definition = f"label_values({expr}, {what})"
    return {
        "type": "query",
        "name": name,
        "label": label,
        "datasource": DS,
        "definition": definition,
        "query": {"query": definition, "refId": f"PrometheusVariableQueryEditor-{name}", "qryType": 1},
        "refresh": 2,  # on time range change: new services appear without a reload
        "multi": True,
        "includeAll": True,
        "allValue": ".*",
        "current": {"selected": True, "text": ["All"], "value": ["$__all"]},
        "options": [],
        "regex": "",
        "sort": 1,
        "hide": 0,
    }


def variables() -> list[dict[str, Any]]:
    """datasource, team, service, model — chained, multi-valued, with All = `.*`."""
    return [
        {
            "type": "datasource",
            "name": "datasource",
            "label": "Prometheus",
            "query": "prometheus",
            "current": {"selected": True, "text": "Prometheus", "value": DATASOURCE_UID},
            "options": [],
            "regex": "",
            "refresh": 1,
            "hide": 0,
            "multi": False,
            "includeAll": False,
        },
        _query_var("team", "Team", "ai:requests:rate5m", "team"),
        _query_var("service", "Service", 'ai:requests:rate5m{team=~"$team"}', "service"),
        _query_var("model", "Model", 'ai:requests:rate5m{team=~"$team", service=~"$service"}', "model"),
    ]


ALERT_ANNOTATION_EXPR = 'ALERTS{alertstate="firing"}'


def annotations() -> list[dict[str, Any]]:
    return [
        {
            "builtIn": 1,
            "datasource": {"type": "grafana", "uid": "-- Grafana --"},
            "enable": True,
            "hide": True,
            "iconColor": "rgba(0, 211, 255, 1)",
            "name": "Annotations & Alerts",
            "type": "dashboard",
        },
        {
            "datasource": DS,
            "enable": True,
            "expr": ALERT_ANNOTATION_EXPR,
            "iconColor": "red",
            "name": "Firing alerts",
            "step": "60s",
            "titleFormat": "{{alertname}}",
            "textFormat": "severity={{severity}} service={{service}}",
            "tagKeys": "severity,service",
            "useValueForTime": False,
        },
    ]


DASHBOARDS = {
    "aiwatch-overview": "AI Overview",
    "aiwatch-cost": "AI Cost & Tokens",
    "aiwatch-quality": "AI Quality & Drift",
    "aiwatch-security": "AI Security",
    "aiwatch-slo": "AI SLOs",
}


def links(ctx: Context) -> list[dict[str, Any]]:
    """A dropdown to every aiwatch dashboard (variables and time kept) and the runbook index."""
    return [
        {
            "type": "dashboards",
            "tags": [TAG],
            "asDropdown": True,
            "includeVars": True,
            "keepTime": True,
            "title": "aiwatch dashboards",
            "icon": "external link",
            "targetBlank": False,
            "tooltip": "",
            "url": "",
        },
        {
            "type": "link",
            "title": "Runbooks",
            "url": ctx.runbook_base + "/",
            "icon": "doc",
            "tooltip": "runbooks/<AlertName>.md: meaning, impact, diagnosis, mitigation",
            "targetBlank": True,
            "asDropdown": False,
            "includeVars": False,
            "keepTime": False,
            "tags": [],
        },
    ]


def dashboard_link(uid: str) -> dict[str, Any]:
    """Panel link to another aiwatch dashboard, keeping time range and variables."""
    return {
        "title": f"Open {DASHBOARDS[uid]}",
        "url": f"/d/{uid}?${{__url_time_range}}&${{__all_variables}}",
        "targetBlank": False,
    }


def build(ctx: Context, uid: str, description: str, board: Board) -> g.Dashboard:
    """The grafanalib Dashboard for `uid`; `finish()` turns it into the committed JSON."""
    return g.Dashboard(
        title=DASHBOARDS[uid],
        uid=uid,
        description=description,
        tags=[TAG],
        panels=board.panels,
        templating=g.Templating(list=variables()),
        annotations=g.Annotations(list=annotations()),
        links=links(ctx),
        schemaVersion=SCHEMA_VERSION,
        time=g.Time("now-1h", "now"),
        refresh="30s",
        timezone="browser",
        graphTooltip=1,
        editable=True,
    )


# grafanalib keys that Grafana 10/11 no longer reads (always dropped) or that carry only defaults.
_LEGACY = ("span", "height", "minSpan", "color", "columns", "fontSize", "mappings", "error")
_DEFAULTED = (
    "cacheTimeout",
    "hideTimeOverride",
    "maxPerRow",
    "repeat",
    "repeatDirection",
    "timeFrom",
    "timeShift",
    "interval",
)


def _clean_panel(p: dict[str, Any]) -> dict[str, Any]:
    """Bring grafanalib's panel JSON to the Grafana 10/11 layout and drop legacy/null keys."""
    for key in _LEGACY:
        p.pop(key, None)
    for key in _DEFAULTED:
        if p.get(key) in (None, False, "", [], {}):
            p.pop(key, None)
    opts = p.get("options", {})
    opts.pop("fieldOptions", None)  # pre-7.0 bar gauge layout
    for key in [k for k, v in opts.items() if v is None]:
        opts.pop(key)
    fc = p.setdefault("fieldConfig", {"defaults": {}})
    fc.setdefault("overrides", [])
    defaults = fc["defaults"]
    for key in ("calcs", "override", "values", "limit", "title", "links", "decimals", "color"):
        if defaults.get(key) in (None, {}, [], False) or key in ("calcs", "override", "values", "limit"):
            defaults.pop(key, None)
    if defaults.get("mappings") is None:
        defaults["mappings"] = []
    fc.pop("showThresholdLabels", None)
    fc.pop("showThresholdMarkers", None)
    for t in p.get("targets", []):
        for key in ("target", "metric", "step", "query", "intervalFactor", "interval"):
            t.pop(key, None)
        t["editorMode"] = "code"
        t["range"] = not t["instant"]
    return p


def finish(dashboard: g.Dashboard) -> dict[str, Any]:
    """grafanalib object → plain dict in the current Grafana schema (what gets committed)."""
    data = json.loads(json.dumps(dashboard.to_json_data(), cls=DashboardEncoder))
    for key in ("rows", "hideControls", "sharedCrosshair", "style", "gnetId", "__inputs"):
        data.pop(key, None)
    data["id"] = None
    data["version"] = 1
    data["weekStart"] = ""
    data["liveNow"] = False
    data["fiscalYearStartMonth"] = 0
    data["panels"] = [_clean_panel(p) for p in data["panels"]]
    return data
