"""A circuit-breaker transition: its one definition for the SDK, the Recorder and the exporter.

The SDK's breakers (`aiwatch.instrument.breaker`) report every state change as a
`Transition`; the Recorder turns it into `ai_circuit_breaker_state` and
`ai_circuit_breaker_transitions_total` and an incident-log line. An SDK that
sends its events to a central exporter posts the same record to
`POST /v1/circuit-breakers` (wire form `transition_json`, validated by
`validate_transitions`), so a trip means the same thing in both places.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields
from typing import Any, Final

from .catalog import BREAKER_STATES
from .events import name_problem

# Why a breaker changed state.
REASONS: Final = (
    "consecutive_failures",  # closed -> open: N failures in a row
    "failure_ratio",  # closed -> open: too many of the window's calls failed
    "cooldown_elapsed",  # open -> half_open: probes are let through
    "probe_succeeded",  # half_open -> closed
    "probe_failed",  # half_open -> open
    "budget_spent",  # -> open: the service's daily budget is spent (budget breaker)
    "budget_available",  # open -> closed: spend is back under the budget
)
MAX_TRANSITIONS: Final = 1000  # per POST /v1/circuit-breakers


@dataclass(frozen=True, slots=True)
class Transition:
    """One state change of the breaker of a (model, service)."""

    model: str
    service: str
    from_state: str  # catalog.BREAKER_STATES
    to_state: str
    reason: str  # REASONS
    failures: int = 0  # failed calls the breaker counted when it decided
    calls: int = 0  # calls it counted (in its window, or probes)
    retry_after_seconds: float | None = None  # open: seconds until probes are let through
    fallback: str | None = None  # open: the model calls go to instead, if any
    trace_id: str | None = None  # the call that tripped it, when traced (32 hex digits)

    @property
    def tripped(self) -> bool:
        return self.to_state == "open"


def transition_json(t: Transition) -> dict[str, Any]:
    """The wire form (what POST /v1/circuit-breakers accepts), without unset optional fields."""
    return {k: v for k, v in asdict(t).items() if v is not None}


_FIELDS: Final = {f.name for f in fields(Transition)}
_REQUIRED: Final = ("model", "service", "from_state", "to_state", "reason")


def _problem(name: str, value: Any) -> str | None:
    if name in ("model", "service"):
        return name_problem(value)
    if name in ("from_state", "to_state"):
        return None if value in BREAKER_STATES else f"must be one of {', '.join(BREAKER_STATES)}"
    if name == "reason":
        return None if value in REASONS else f"must be one of {', '.join(REASONS)}"
    if name in ("failures", "calls"):
        ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 10**9
        return None if ok else "must be an integer from 0 to 1000000000"
    if name == "retry_after_seconds":
        ok = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
        return None if ok and 0 <= value <= 86400 else "must be a number of seconds from 0 to 86400"
    if name == "fallback":
        return name_problem(value)
    if name == "trace_id":
        ok = isinstance(value, str) and len(value) == 32 and all(c in "0123456789abcdef" for c in value)
        return None if ok else "must be 32 lower-case hex digits"
    return "unknown field"


def validate_transitions(body: Any) -> tuple[list[Transition], list[dict[str, Any]]]:
    """({"transitions": [...]}) -> (transitions, problems as {index, field, reason}); all or nothing."""
    if not isinstance(body, dict) or not isinstance(body.get("transitions"), list):
        raise ValueError('body must be a JSON object {"transitions": [...]}')
    extra = sorted(set(body) - {"transitions"})
    if extra:
        raise ValueError(f"unknown field {extra[0]!r} (expected transitions)")
    items = body["transitions"]
    if not items:
        raise ValueError("transitions must not be empty")
    if len(items) > MAX_TRANSITIONS:
        raise ValueError(f"at most {MAX_TRANSITIONS} transitions per request, got {len(items)}")
    out: list[Transition] = []
    problems: list[dict[str, Any]] = []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            problems.append({"index": i, "field": "", "reason": "must be an object"})
            continue
        bad = [{"index": i, "field": k, "reason": "required"} for k in _REQUIRED if k not in item]
        for name, value in item.items():
            if value is None and name not in _REQUIRED and name in _FIELDS:
                continue
            reason = _problem(name, value)
            if reason is not None:
                bad.append({"index": i, "field": name[:64], "reason": reason})
        if not bad and item["from_state"] == item["to_state"]:
            bad.append({"index": i, "field": "to_state", "reason": "must differ from from_state"})
        if bad:
            problems += bad
        else:
            out.append(Transition(**{k: v for k, v in item.items() if k in _FIELDS}))
    return out, problems
