"""Alertmanager's webhook (payload version 4) -> incident lines: drift and budget transitions.

alertmanager/alertmanager.yml routes the alerts named in `ALERT_KINDS` to the
`incident-log` webhook receiver (`continue: true`, so their normal routing is
unchanged) with `send_resolved: true`: each firing and each resolution
becomes one line. Alertmanager re-sends a group on every `repeat_interval` and
whenever the group changes; a worker drops an (alert, status, start) it has
already logged, so repeats rarely reach the log, and a consumer can drop the
rest by `details.fingerprint` + `details.status` + `details.starts_at`.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Final

from .log import SEVERITIES, IncidentLog

# Alerts that are incidents, by the kind they are logged as. The incident-log route in
# alertmanager.yml matches exactly these names (tests/incidents checks both ways).
ALERT_KINDS: Final = {
    "AIConfidenceDrift": "drift",
    "AIServiceBudgetBurn": "budget",
    "AIBudgetExhaustionForecast": "budget",
}
STATUSES: Final = ("firing", "resolved")
MAX_ALERTS: Final = 1000
_PROMOTED: Final = ("alertname", "severity", "service", "model")
_MAX_LABEL_CHARS: Final = 1024


@dataclass(frozen=True)
class WebhookAlert:
    status: str
    labels: dict[str, str]
    annotations: dict[str, str]
    starts_at: str
    ends_at: str | None
    fingerprint: str | None

    @property
    def key(self) -> tuple[str, str, str]:
        ident = self.fingerprint or "\x00".join(f"{k}={v}" for k, v in sorted(self.labels.items()))
        return ident, self.status, self.starts_at


def _str_map(value: Any, i: int, name: str, problems: list[dict[str, Any]]) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        problems.append({"index": i, "field": name, "reason": "must be an object of strings"})
        return {}
    out: dict[str, str] = {}
    for k, v in value.items():
        if not isinstance(v, str) or len(k) > _MAX_LABEL_CHARS or len(v) > 16 * _MAX_LABEL_CHARS:
            problems.append({"index": i, "field": f"{name}.{k[:64]}", "reason": "must be a string"})
        else:
            out[k] = v
    return out


def parse_webhook(body: Any) -> tuple[list[WebhookAlert], list[dict[str, Any]]]:
    """Validate an Alertmanager webhook body; ValueError for the envelope, problems per alert."""
    if not isinstance(body, dict):
        raise ValueError("body must be an Alertmanager webhook object (version 4)")
    if body.get("version") != "4":
        raise ValueError(f'version must be "4" (Alertmanager webhook payload), got {body.get("version")!r}')
    alerts = body.get("alerts")
    if not isinstance(alerts, list):
        raise ValueError("alerts must be a list")
    if len(alerts) > MAX_ALERTS:
        raise ValueError(f"at most {MAX_ALERTS} alerts per request, got {len(alerts)}")
    out: list[WebhookAlert] = []
    problems: list[dict[str, Any]] = []
    for i, a in enumerate(alerts):
        if not isinstance(a, dict):
            problems.append({"index": i, "field": "", "reason": "must be an object"})
            continue
        before = len(problems)
        status = a.get("status")
        if status not in STATUSES:
            problems.append(
                {"index": i, "field": "status", "reason": f"must be one of {', '.join(STATUSES)}"}
            )
        labels = _str_map(a.get("labels"), i, "labels", problems)
        if "labels" in a and not labels.get("alertname"):
            problems.append({"index": i, "field": "labels.alertname", "reason": "required"})
        elif "labels" not in a:
            problems.append({"index": i, "field": "labels", "reason": "required"})
        annotations = _str_map(a.get("annotations"), i, "annotations", problems)
        fields = {}
        for name in ("startsAt", "endsAt", "fingerprint"):
            v = a.get(name)
            if v is not None and (not isinstance(v, str) or len(v) > 64):
                problems.append(
                    {"index": i, "field": name, "reason": "must be a string of at most 64 characters"}
                )
            fields[name] = v
        if not isinstance(fields["startsAt"], str) or not fields["startsAt"]:
            problems.append({"index": i, "field": "startsAt", "reason": "required"})
        if len(problems) == before:
            out.append(
                WebhookAlert(
                    status=status,
                    labels=labels,
                    annotations=annotations,
                    starts_at=fields["startsAt"],
                    ends_at=fields["endsAt"] if status == "resolved" else None,
                    fingerprint=fields["fingerprint"] or None,
                )
            )
    return out, problems


class AlertIncidents:
    """Writes webhook alerts to an IncidentLog, dropping repeats this process has already logged."""

    def __init__(self, remember: int = 4096) -> None:
        self._seen: OrderedDict[tuple[str, str, str], None] = OrderedDict()
        self._remember = remember
        self._lock = threading.Lock()

    def _first_time(self, key: tuple[str, str, str]) -> bool:
        with self._lock:
            if key in self._seen:
                self._seen.move_to_end(key)
                return False
            self._seen[key] = None
            if len(self._seen) > self._remember:
                self._seen.popitem(last=False)
            return True

    def log(self, incidents: IncidentLog, alerts: list[WebhookAlert], guard: Any = None) -> tuple[int, int]:
        """(logged, repeats). `guard(label, value)` bounds service/model values like the metrics' labels."""
        logged = repeats = 0
        for a in alerts:
            if not self._first_time(a.key):
                repeats += 1
                continue
            name = a.labels["alertname"]
            severity = a.labels.get("severity", "")
            service, model = a.labels.get("service"), a.labels.get("model")
            if guard is not None:
                service = guard("service", service) if service else None
                model = guard("model", model) if model else None
            details: dict[str, Any] = {
                "alertname": name,
                "status": a.status,
                "starts_at": a.starts_at,
                "ends_at": a.ends_at,
                "fingerprint": a.fingerprint,
                "labels": {k: v for k, v in a.labels.items() if k not in _PROMOTED},
            }
            if "summary" in a.annotations:
                details["summary"] = a.annotations["summary"]
            incidents.write(
                incidents.record(
                    ALERT_KINDS.get(name, "alert"),
                    severity if severity in SEVERITIES else "warning",
                    service=service,
                    model=model,
                    category=name,
                    details=details,
                )
            )
            logged += 1
        return logged, repeats
