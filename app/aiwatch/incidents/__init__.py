"""The structured incident log (docs/incidents.md).

    from aiwatch.incidents import IncidentLog, RotatingFileWriter
    incidents = IncidentLog(RotatingFileWriter("/var/log/aiwatch/incidents.jsonl", 10_485_760, 5), source="sdk")

Blocked and flagged prompts, hallucination flags, drift and budget alerts and
circuit-breaker transitions become JSON lines with a versioned schema
(`schema.json`, `SCHEMA_VERSION`). The exporter writes them from its config
(`config/exporter.yaml` `incident_log:`, `from_settings`); in a service, pass an
`IncidentLog` to `aiwatch.instrument.InProcessSink(incidents=...)`.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from ..config import IncidentLogSettings
from .log import (
    KINDS,
    SCHEMA_VERSION,
    SEVERITIES,
    SEVERITY_OF_RISK,
    STREAM_LABELS,
    IncidentLog,
    current_trace_id,
    trace_id_from_traceparent,
)
from .writers import MAX_LINE_BYTES, RotatingFileWriter, StreamWriter, Writer


@cache
def schema() -> dict[str, Any]:
    """The JSON Schema of an incident line (version SCHEMA_VERSION)."""
    return json.loads(resources.files(__name__).joinpath("schema.json").read_text(encoding="utf-8"))


def from_settings(settings: IncidentLogSettings, source: str = "exporter") -> IncidentLog | None:
    """The incident log `config/exporter.yaml` asks for, or None when its target is off."""
    if settings.target == "off":
        return None
    if settings.target == "file":
        assert settings.path is not None  # config.py requires it
        writer: Writer = RotatingFileWriter(settings.path, settings.max_bytes, settings.backup_count)
    else:
        writer = StreamWriter()
    return IncidentLog(writer, include_text=settings.include_text, source=source)


__all__ = [
    "KINDS",
    "MAX_LINE_BYTES",
    "SCHEMA_VERSION",
    "SEVERITIES",
    "SEVERITY_OF_RISK",
    "STREAM_LABELS",
    "IncidentLog",
    "RotatingFileWriter",
    "StreamWriter",
    "Writer",
    "current_trace_id",
    "from_settings",
    "schema",
    "trace_id_from_traceparent",
]
