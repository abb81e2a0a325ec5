"""Validation of LLM-call telemetry events (the body of POST /v1/events).

Validation is complete before anything is recorded, so a batch is atomic:
either every event is valid and recorded, or the caller gets every problem
(index, field, reason) and nothing changes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from .catalog import ERROR_TYPES
from .config import Limits

MAX_NAME_CHARS = 256
STATUSES = ("ok", "error")
FIELDS = frozenset(
    {
        "model",
        "service",
        "provider",
        "prompt_tokens",
        "completion_tokens",
        "cached_prompt_tokens",
        "duration_seconds",
        "ttft_seconds",
        "status",
        "error_type",
        "confidence",
        "cache_hit",
    }
)


@dataclass(slots=True)  # not frozen: frozen init costs ~10 µs per event on the SDK's hot path
class Event:
    model: str
    service: str
    prompt_tokens: int
    completion_tokens: int
    duration_seconds: float
    status: str
    provider: str | None = None
    cached_prompt_tokens: int = 0
    ttft_seconds: float | None = None
    error_type: str | None = None
    confidence: float | None = None
    cache_hit: bool | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    index: int
    field: str
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return {"index": self.index, "field": self.field, "reason": self.reason}


def _name(ev: dict, key: str, i: int, out: list[Problem], required: bool) -> str | None:
    v = ev.get(key)
    if v is None:
        if required:
            out.append(Problem(i, key, "required"))
        return None
    if not isinstance(v, str) or not v.strip():
        out.append(Problem(i, key, "must be a non-empty string"))
        return None
    if len(v) > MAX_NAME_CHARS:
        out.append(Problem(i, key, f"must be at most {MAX_NAME_CHARS} characters"))
        return None
    return v


def _int(ev: dict, key: str, i: int, out: list[Problem], limit: int, required: bool) -> int | None:
    v = ev.get(key)
    if v is None:
        if required:
            out.append(Problem(i, key, "required"))
        return None
    if isinstance(v, bool) or not isinstance(v, int):
        out.append(Problem(i, key, "must be an integer"))
        return None
    if v < 0 or v > limit:
        out.append(Problem(i, key, f"must be between 0 and {limit}"))
        return None
    return v


def _num(ev: dict, key: str, i: int, out: list[Problem], hi: float, required: bool) -> float | None:
    v = ev.get(key)
    if v is None:
        if required:
            out.append(Problem(i, key, "required"))
        return None
    if isinstance(v, bool) or not isinstance(v, int | float):
        out.append(Problem(i, key, "must be a number"))
        return None
    v = float(v)
    if not math.isfinite(v) or v < 0 or v > hi:
        out.append(Problem(i, key, f"must be a finite number between 0 and {hi:g}"))
        return None
    return v


def validate_event(ev: Any, i: int, limits: Limits, out: list[Problem]) -> Event | None:
    """Return the Event, or None after appending its problems to `out`."""
    if not isinstance(ev, dict):
        out.append(Problem(i, "", "event must be a JSON object"))
        return None
    before = len(out)
    for key in sorted(set(ev) - FIELDS):
        out.append(Problem(i, str(key)[:64], "unknown field"))
    model = _name(ev, "model", i, out, True)
    service = _name(ev, "service", i, out, True)
    provider = _name(ev, "provider", i, out, False)
    pt = _int(ev, "prompt_tokens", i, out, limits.max_tokens, True)
    ct = _int(ev, "completion_tokens", i, out, limits.max_tokens, True)
    cpt = _int(ev, "cached_prompt_tokens", i, out, limits.max_tokens, False)
    if cpt is not None and pt is not None and cpt > pt:
        out.append(Problem(i, "cached_prompt_tokens", "must not exceed prompt_tokens"))
    dur = _num(ev, "duration_seconds", i, out, limits.max_duration_seconds, True)
    ttft = _num(ev, "ttft_seconds", i, out, limits.max_duration_seconds, False)
    if ttft is not None and dur is not None and ttft > dur:
        out.append(Problem(i, "ttft_seconds", "must not exceed duration_seconds"))
    conf = _num(ev, "confidence", i, out, 1.0, False)

    status = ev.get("status")
    error_type = ev.get("error_type")
    if status is None:
        out.append(Problem(i, "status", "required"))
    elif status not in STATUSES:
        out.append(Problem(i, "status", f"must be one of {', '.join(STATUSES)}"))
    elif status == "error":
        if error_type is None:
            out.append(Problem(i, "error_type", "required when status is 'error'"))
        elif error_type not in ERROR_TYPES:
            out.append(Problem(i, "error_type", f"must be one of {', '.join(ERROR_TYPES)}"))
    elif error_type is not None:
        out.append(Problem(i, "error_type", "only allowed when status is 'error'"))

    cache_hit = ev.get("cache_hit")
    if cache_hit is not None and not isinstance(cache_hit, bool):
        out.append(Problem(i, "cache_hit", "must be a boolean"))

    if len(out) > before:
        return None
    return Event(
        model=model,  # type: ignore[arg-type]
        service=service,  # type: ignore[arg-type]
        provider=provider,
        prompt_tokens=pt,  # type: ignore[arg-type]
        completion_tokens=ct,  # type: ignore[arg-type]
        cached_prompt_tokens=cpt or 0,
        duration_seconds=dur,  # type: ignore[arg-type]
        ttft_seconds=ttft,
        status=status,
        error_type=error_type,
        confidence=conf,
        cache_hit=cache_hit,
    )


def validate_batch(body: Any, limits: Limits) -> tuple[list[Event], list[Problem]]:
    """Validate a whole {"events": [...]} body. Raises ValueError for a bad envelope."""
    if not isinstance(body, dict) or "events" not in body:
        raise ValueError('body must be a JSON object with an "events" array')
    extra = set(body) - {"events"}
    if extra:
        raise ValueError(f"unknown top-level field {sorted(map(str, extra))[0]!r}")
    events = body["events"]
    if not isinstance(events, list):
        raise ValueError('"events" must be an array')
    if not events:
        raise ValueError('"events" must not be empty')
    problems: list[Problem] = []
    valid = [validate_event(ev, i, limits, problems) for i, ev in enumerate(events)]
    return [e for e in valid if e is not None], problems
