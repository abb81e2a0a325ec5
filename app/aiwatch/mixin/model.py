"""The catalogue's data types: recording rules, alerts and their traffic-matrix scenarios.

Everything the renderers need is a named field here, so rules/*.yml, docs/alerts.md,
the traffic-matrix promtool tests and the dashboards' runbook links are all read off
the same objects.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..durations import parse_duration
from .thresholds import Profile, Thresholds

SEVERITIES = ("critical", "warning", "info", "none")


@dataclass(frozen=True)
class Record:
    record: str
    expr: str
    labels: str  # documentation: the labels the series carries
    meaning: str

    def to_dict(self) -> dict[str, Any]:
        return {"record": self.record, "expr": self.expr}


@dataclass(frozen=True)
class Target:
    """Detection-time targets of the traffic matrix, in minutes from the start of the incident."""

    busy: int  # at >= 10 calls/min
    sparse: int  # at 1 call/min


WARNING_TARGET = Target(busy=15, sparse=60)
CRITICAL_TARGET = Target(busy=10, sparse=30)  # page-worthy incidents are caught faster


@dataclass(frozen=True)
class Scenario:
    """What one series sends in the traffic matrix: healthy traffic, and the incident the alert must catch.

    `family` names the metrics a series sends (see aiwatch.mixin.matrix.FAMILIES); the mixes map a
    per-call category of that family to its share of calls. Healthy runs add one `outlier` call of
    that category to realistic noise, and a sparse run sends only three calls, one of them the outlier.
    """

    family: str
    healthy: Mapping[Any, float]
    incident: Mapping[Any, float]
    outlier: Any
    incident_text: str
    healthy_text: str
    timeline: str = "standard"  # standard | slo-page | slo-ticket: history, length and resolution
    incident_floor: Mapping[Any, float] = field(default_factory=dict)  # minimum calls/min per category
    target: Target | None = None  # None: set by severity; see `target_note` when there is none
    target_note: str = ""


@dataclass(frozen=True)
class Alert:
    name: str
    severity: str
    expr: str
    for_: str | None
    summary: str
    description: str
    runbook_url: str
    signal: str  # stable id the dashboards link runbooks by (e.g. "latency", "slo_availability")
    labels: tuple[str, ...]  # labels the alert carries besides alertname and severity
    condition: str  # human-readable condition for docs/alerts.md
    low_traffic: str  # how the alert behaves at low traffic, for docs/alerts.md
    dashboard: str | None = None  # Grafana uid
    dashboard_url: str | None = None
    scenario: Scenario | None = None  # traffic matrix, or None with `matrix_exempt` saying why
    matrix_exempt: str = ""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"alert": self.name, "expr": self.expr}
        if self.for_ and parse_duration(self.for_) > 0:
            out["for"] = self.for_
        out["labels"] = {"severity": self.severity}
        ann = {"summary": self.summary, "description": self.description, "runbook_url": self.runbook_url}
        if self.dashboard_url:
            ann["dashboard_url"] = self.dashboard_url
        out["annotations"] = ann
        return out

    @property
    def target(self) -> Target | None:
        if self.scenario is None:
            return None
        if self.scenario.target is not None or self.scenario.target_note:
            return self.scenario.target
        return CRITICAL_TARGET if self.severity == "critical" else WARNING_TARGET


@dataclass(frozen=True)
class Group:
    name: str
    file: str
    rules: tuple[Record | Alert, ...]
    optional: bool = False  # rendered, but loaded only when the operator opts in (rules/optional/)


@dataclass(frozen=True)
class Catalogue:
    """Every rule group for one profile, built from one validated thresholds file."""

    thresholds: Thresholds
    profile: Profile
    groups: tuple[Group, ...]

    def alerts(self) -> list[Alert]:
        return [r for g in self.groups for r in g.rules if isinstance(r, Alert)]

    def records(self) -> list[Record]:
        return [r for g in self.groups for r in g.rules if isinstance(r, Record)]

    def by_signal(self, signal: str) -> list[Alert]:
        found = [a for a in self.alerts() if a.signal == signal]
        if not found:
            known = sorted({a.signal for a in self.alerts()})
            raise KeyError(f"no alert with signal {signal!r} (known: {', '.join(known)})")
        return found

    def file_of(self, rule: Record | Alert) -> str:
        return next(g.file for g in self.groups if rule in g.rules)

    def __iter__(self) -> Iterator[Group]:
        return iter(self.groups)
