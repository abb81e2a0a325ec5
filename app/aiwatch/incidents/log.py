"""The incident log: one JSON line per security, quality or resilience incident (docs/incidents.md).

Lines follow the versioned schema in `schema.json` (the one definition of the
format; tests validate every kind against it). The text a verdict was made on
is never written by default: only its sha256 and length, so a line can be
correlated with an application's own logs without the log becoming a store of
prompts. `include_text=True` adds the text itself, cut to fit the line.

Writing never raises into the caller (a verdict or an LLM call must not fail
because a log file cannot be written): failures are logged at most once a
minute.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import sys
import threading
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, Final

from ..breaker_events import Transition
from .writers import MAX_LINE_BYTES, Writer

log = logging.getLogger("aiwatch.incidents")

SCHEMA_VERSION: Final = 1
KINDS: Final = (
    "prompt_blocked",  # prompt screening said block (the SDK raised PromptBlocked / the caller was told)
    "prompt_flagged",  # prompt screening said flag (the call went ahead)
    "hallucination_flagged",  # an output was flagged as a potential hallucination
    "drift",  # an AIConfidenceDrift alert fired or resolved (Alertmanager webhook)
    "budget",  # a budget alert fired or resolved (Alertmanager webhook)
    "circuit_breaker",  # an SDK circuit breaker changed state
    "alert",  # any other alert routed to the incident-log webhook
)
SEVERITIES: Final = ("info", "warning", "critical")
SOURCES: Final = ("exporter", "sdk")
# The low-cardinality fields to index as Loki stream labels (or Elasticsearch keywords);
# everything else stays a field of the line.
STREAM_LABELS: Final = ("kind", "service", "severity")
# Injection risk level -> incident severity (blocked = high/critical, flagged = low/medium).
SEVERITY_OF_RISK: Final = {"low": "info", "medium": "info", "high": "warning", "critical": "critical"}
MAX_DETAIL_CHARS: Final = 512
_TRACEPARENT = re.compile(r"^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$")


def now_rfc3339() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def trace_id_from_traceparent(header: str | None) -> str | None:
    """The trace id of a W3C `traceparent` header, or None (absent, malformed, all zeros)."""
    m = _TRACEPARENT.match((header or "").strip().lower())
    if m is None or m.group(1) == "0" * 32:
        return None
    return m.group(1)


def current_trace_id() -> str | None:
    """The active OpenTelemetry trace id, when the application uses OpenTelemetry (never imports it)."""
    trace = sys.modules.get("opentelemetry.trace")
    if trace is None:
        return None
    try:
        ctx = trace.get_current_span().get_span_context()
        return f"{ctx.trace_id:032x}" if ctx.trace_id else None
    except Exception:
        return None


def _clip(value: Any) -> Any:
    """Details stay small: long strings are cut, containers walked."""
    if isinstance(value, str):
        return value if len(value) <= MAX_DETAIL_CHARS else value[: MAX_DETAIL_CHARS - 1] + "…"
    if isinstance(value, Mapping):
        return {str(k)[:64]: _clip(v) for k, v in list(value.items())[:32]}
    if isinstance(value, list | tuple):
        return [_clip(v) for v in list(value)[:32]]
    return value


class IncidentLog:
    """Builds incident records and writes them, one line each, through a Writer."""

    def __init__(self, writer: Writer, *, include_text: bool = False, source: str = "exporter") -> None:
        if source not in SOURCES:
            raise ValueError(f"source must be one of {SOURCES}, got {source!r}")
        self.writer = writer
        self.include_text = include_text
        self.source = source
        self._next_warning = 0.0
        self._warn_lock = threading.Lock()

    # -- what the Recorder and the exporter report ---------------------------------
    def prompt_screen(
        self,
        service: str,
        result: Mapping[str, Any],
        *,
        text: str | None = None,
        model: str | None = None,
        trace_id: str | None = None,
    ) -> None:
        """A blocked or flagged prompt (check_prompt_injection's verdict); allowed ones are not incidents."""
        action = result.get("action")
        if action not in ("block", "flag"):
            return
        matches = [m for m in result.get("matches") or () if isinstance(m, Mapping)]
        order = ("low", "medium", "high", "critical")
        worst = max(matches, key=lambda m: order.index(m.get("severity", "low")), default=None)
        risk = str(result.get("risk_level"))
        self.write(
            self.record(
                "prompt_blocked" if action == "block" else "prompt_flagged",
                SEVERITY_OF_RISK.get(risk, "warning"),
                service=service,
                model=model,
                category=None if worst is None else str(worst.get("category")),
                trace_id=trace_id,
                text=text,
                details={
                    "action": action,
                    "risk_level": risk,
                    "categories": sorted({str(m.get("category")) for m in matches}),
                    "pattern_ids": sorted({str(m.get("pattern_id")) for m in matches}),
                },
            )
        )

    def output_screen(
        self,
        model: str,
        service: str,
        result: Mapping[str, Any],
        *,
        text: str | None = None,
        trace_id: str | None = None,
    ) -> None:
        """An output flagged as a potential hallucination (flag_potential_hallucination's verdict)."""
        if not result.get("potential_hallucination_risk"):
            return
        categories = [str(c) for c in result.get("categories") or ()]
        evidence = [e for e in result.get("evidence") or () if isinstance(e, Mapping)]
        self.write(
            self.record(
                "hallucination_flagged",
                "warning",
                service=service,
                model=model,
                category=categories[0] if categories else None,
                trace_id=trace_id,
                text=text,
                details={
                    "categories": categories,
                    "pattern_ids": sorted({str(e.get("pattern_id")) for e in evidence}),
                    "confidence_adjustment": result.get("confidence_adjustment"),
                },
            )
        )

    def breaker(self, t: Transition, *, model: str | None = None, service: str | None = None) -> None:
        """A circuit-breaker transition (model/service: the guarded label values, when known)."""
        details: dict[str, Any] = {
            "from_state": t.from_state,
            "to_state": t.to_state,
            "reason": t.reason,
            "failures": t.failures,
            "calls": t.calls,
        }
        if t.retry_after_seconds is not None:
            details["retry_after_seconds"] = round(t.retry_after_seconds, 3)
        if t.fallback is not None:
            details["fallback"] = t.fallback
        self.write(
            self.record(
                "circuit_breaker",
                "warning" if t.to_state == "open" else "info",
                service=service or t.service,
                model=model or t.model,
                category=t.reason,
                trace_id=t.trace_id,
                details=details,
            )
        )

    # -- records ---------------------------------------------------------------------
    def record(
        self,
        kind: str,
        severity: str,
        *,
        service: str | None = None,
        model: str | None = None,
        category: str | None = None,
        trace_id: str | None = None,
        text: str | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """One incident as a dict in schema order (schema.json)."""
        rec: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "time": now_rfc3339(),
            "kind": kind,
            "severity": severity,
            "source": self.source,
            "service": service,
            "model": model,
            "category": category,
            "trace_id": trace_id,
            "text_sha256": None,
            "text_length": None,
            "details": _clip(dict(details or {})),
        }
        if text is not None:
            raw = text.encode("utf-8", "surrogatepass")
            rec["text_sha256"] = hashlib.sha256(raw).hexdigest()
            rec["text_length"] = len(text)
            if self.include_text:
                rec["text"] = text
        return rec

    @staticmethod
    def encode(rec: dict[str, Any]) -> bytes:
        """The line, at most MAX_LINE_BYTES: the text (if any) is cut first, then the details."""
        line = (json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8", "replace")
        if len(line) <= MAX_LINE_BYTES:
            return line
        rec = dict(rec)
        if "text" in rec:
            rec["text_truncated"] = True
            text, rec["text"] = rec["text"], ""
            room = MAX_LINE_BYTES - len(IncidentLog.encode(rec)) - 16  # json escapes are re-measured below
            while text and room > 0:
                cut = text.encode("utf-8", "replace")[:room].decode("utf-8", "ignore")
                rec["text"] = cut
                line = (json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
                if len(line) <= MAX_LINE_BYTES:
                    return line
                room -= max(16, len(line) - MAX_LINE_BYTES)
            rec.pop("text")
        rec["details"] = {"truncated": True}
        return (json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8", "replace")

    def write(self, rec: dict[str, Any]) -> None:
        try:
            self.writer.write(self.encode(rec))
        except Exception as exc:
            now = time.monotonic()
            with self._warn_lock:
                if now < self._next_warning:
                    return
                self._next_warning = now + 60.0
            log.error(
                "aiwatch: could not write the incident log (%s: %s); incidents are lost",
                type(exc).__name__,
                exc,
            )

    def close(self) -> None:
        self.writer.close()
