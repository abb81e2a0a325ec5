"""Metric recording for screening results, shared by the exporter and the SDK.

One place decides what a screening result means in Prometheus terms, so the
HTTP endpoints and in-process instrumentation count the same way. Label values
for service/model/category go through the caller's cardinality guards.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..catalog import Metrics
from ..catalog import metrics as default_metrics
from ..guard import normalise as normalise_label

Guard = Callable[[str], str]

RESULT_OF_ACTION = {"allow": "allowed", "flag": "flagged", "block": "blocked"}


def record_prompt_screen(
    result: Mapping[str, Any],
    service: str,
    metrics: Metrics | None = None,
    *,
    services: Guard = normalise_label,
    categories: Guard = normalise_label,
) -> None:
    """Count one screened prompt and each distinct (category, severity) it matched.

    Detections count once per prompt per (category, severity), not per regex
    hit, so a long jailbreak with twenty matches is one attack, not twenty.
    """
    m = metrics or default_metrics()
    svc = services(service)
    m.screened_prompts.labels(service=svc, result=RESULT_OF_ACTION[result["action"]]).inc()
    pairs = {(x["category"], x["severity"]) for x in result.get("matches", ())}
    for category, severity in sorted(pairs):
        m.injections.labels(service=svc, category=categories(category), severity=severity).inc()


def record_output_screen(
    result: Mapping[str, Any],
    model: str,
    service: str,
    metrics: Metrics | None = None,
    *,
    models: Guard = normalise_label,
    services: Guard = normalise_label,
    categories: Guard = normalise_label,
) -> None:
    """Count one screened output and one flag per hallucination category found."""
    m = metrics or default_metrics()
    mdl, svc = models(model), services(service)
    m.screened_outputs.labels(model=mdl, service=svc).inc()
    for category in result.get("categories", ()):
        m.hallucinations.labels(model=mdl, service=svc, category=categories(category)).inc()
