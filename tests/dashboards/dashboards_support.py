"""Helpers shared by the dashboard tests: load the committed JSON, extract and run panel queries."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from aiwatch import paths

REPO = paths.REPO  # re-exported for the dashboard tests
DASH_DIR = paths.GRAFANA_DIR / "dashboards"
THRESHOLDS = paths.CONFIG_DIR / "thresholds.yaml"
UIDS = ("aiwatch-overview", "aiwatch-cost", "aiwatch-quality", "aiwatch-security", "aiwatch-slo")

# Grafana variables → values Prometheus can run. `.+` (not `.*`) for the label
# variables, so a matcher on a label the series lacks selects nothing and fails.
SUBSTITUTIONS = {
    "__rate_interval": "1m",
    "__interval": "15s",
    "__range": "1h",
    "team": ".+",
    "service": ".+",
    "model": ".+",
}
_VAR = re.compile(r"\$\{(\w+)(?::\w+)?\}|\$(\w+)")
_LEGEND_LABEL = re.compile(r"\{\{\s*(\w+)\s*\}\}")
_LABEL_VALUES = re.compile(r"^label_values\((.*),\s*(\w+)\)$", re.S)


def load_dashboards(directory: Path = DASH_DIR) -> dict[str, dict[str, Any]]:
    out = {}
    for f in sorted(directory.glob("*.json")):
        data = json.loads(f.read_text(encoding="utf-8"))
        out[data["uid"]] = data
    return out


def thresholds_yaml() -> dict[str, Any]:
    return yaml.safe_load(THRESHOLDS.read_text(encoding="utf-8"))


def dotted(doc: dict[str, Any], key: str) -> float:
    node: Any = doc
    for part in key.split("."):
        assert isinstance(node, dict) and part in node, f"config/thresholds.yaml lacks {key!r}"
        node = node[part]
    return float(node)


def substitute(expr: str) -> str:
    def repl(m: re.Match[str]) -> str:
        name = m.group(1) or m.group(2)
        if name not in SUBSTITUTIONS:
            raise KeyError(f"unknown Grafana variable ${name} in {expr!r}")
        return SUBSTITUTIONS[name]

    return _VAR.sub(repl, expr)


@dataclass(frozen=True)
class PanelQuery:
    dashboard: str
    panel: str
    ref: str
    expr: str
    legend: str

    @property
    def where(self) -> str:
        return f"{self.dashboard} / {self.panel!r} / {self.ref}"


def panel_queries(dashboards: dict[str, dict[str, Any]]) -> Iterator[PanelQuery]:
    for uid, dash in dashboards.items():
        for panel in dash["panels"]:
            for t in panel.get("targets", []):
                yield PanelQuery(uid, panel["title"], t["refId"], t["expr"], t.get("legendFormat", ""))
        for ann in dash["annotations"]["list"]:
            if "expr" in ann:
                yield PanelQuery(
                    uid, f"annotation {ann['name']}", "-", ann["expr"], ann.get("titleFormat", "")
                )


def variable_queries(dashboards: dict[str, dict[str, Any]]) -> Iterator[tuple[str, str, str, str]]:
    """(dashboard uid, variable name, series expression, label) of every label_values() variable."""
    for uid, dash in dashboards.items():
        for var in dash["templating"]["list"]:
            if var["type"] != "query":
                continue
            query = var["query"]["query"] if isinstance(var["query"], dict) else var["query"]
            m = _LABEL_VALUES.match(query.strip())
            assert m, f"{uid}: variable {var['name']}: expected label_values(expr, label), got {query!r}"
            yield uid, var["name"], m.group(1), m.group(2)


def check_live(query: Callable[[str], list[dict]], dashboards: dict[str, dict[str, Any]]) -> list[str]:
    """Run every panel target and variable query; return one line per problem (empty = all good).

    A query fails when it does not parse, returns no series, or its legend names
    a label that the returned series do not carry.
    """
    problems: list[str] = []
    for q in panel_queries(dashboards):
        expr = substitute(q.expr)
        try:
            result = query(expr)
        except AssertionError as exc:
            problems.append(f"{q.where}: does not run: {exc}")
            continue
        if not result:
            problems.append(f"{q.where}: no data for {expr}")
            continue
        for label in _LEGEND_LABEL.findall(q.legend):
            missing = [r["metric"] for r in result if label not in r["metric"]]
            if missing:
                problems.append(f"{q.where}: legend label {label!r} absent from {missing[0]} ({expr})")
    for uid, name, series, label in variable_queries(dashboards):
        expr = substitute(series)
        try:
            result = query(expr)
        except AssertionError as exc:
            problems.append(f"{uid}: variable {name}: does not run: {exc}")
            continue
        if not any(label in r["metric"] for r in result):
            problems.append(f"{uid}: variable {name}: no series with label {label!r} for {expr}")
    return problems
