"""The LLM-call telemetry event (the body of POST /v1/events): its one definition.

`Event` declares every field once: its name and Python type, whether it is
required (no default), its enum or upper bound, and its description. From it
come the validation of incoming events (`validate_event`, `validate_batch`),
the SDK's wire form (`event_json`) and the OpenAPI schema the exporter serves
(`openapi_schemas`), so the three cannot disagree.

Validation is complete before anything is recorded, so a batch is atomic:
either every event is valid and recorded, or the caller gets every problem
(index, field, reason) and nothing changes.
"""

from __future__ import annotations

import math
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import MISSING, dataclass, field, fields
from typing import Any, Final

from .catalog import ERROR_TYPES, HALLUCINATION_CATEGORIES, SCREEN_RESULT_OF_ACTION, SEVERITIES
from .config import Limits

# Longest accepted model, service or provider name, here and on the screening
# endpoints; the cardinality guard then cuts label values much shorter.
MAX_NAME_CHARS: Final = 256
STATUSES: Final = ("ok", "error")


def _spec(
    description: str = "",
    *,
    default: Any = MISSING,
    enum: tuple[str, ...] = (),
    maximum: str | float | None = None,
) -> Any:
    """A field of Event. `maximum` is a number or the name of the Limits attribute that bounds it."""
    return field(default=default, metadata={"description": description, "enum": enum, "maximum": maximum})


@dataclass(frozen=True, slots=True)
class Usage:
    """Tokens that reached the exporter apart from their call: counted (tokens, cost), not a call.

    OpenTelemetry instrumentations record a call's gen_ai.client.operation.duration and then its
    gen_ai.client.token.usage; a periodic metric export that falls between the two carries the
    call without its tokens, and the next export the tokens without a call (a CI run of round 20
    lost 3 of 7 prompt tokens that way when they were rejected).
    """

    model: str
    service: str
    provider: str | None
    prompt_tokens: int
    completion_tokens: int


@dataclass(slots=True, kw_only=True)  # not frozen: frozen init costs ~10 µs per event on the SDK's hot path
class Event:
    """One LLM call (or one response served from the caller's own cache)."""

    model: str = _spec("Model name as sent to the provider")
    service: str = _spec("Calling service")
    provider: str | None = _spec(
        "Provider id (openai, anthropic, ...), a hint for pricing; optional", default=None
    )
    prompt_tokens: int = _spec("Includes cached prompt tokens", maximum="max_tokens")
    completion_tokens: int = _spec(maximum="max_tokens")
    cached_prompt_tokens: int = _spec("Must not exceed prompt_tokens", default=0, maximum="max_tokens")
    duration_seconds: float = _spec(maximum="max_duration_seconds")
    ttft_seconds: float | None = _spec(
        "Streaming only; must not exceed duration_seconds", default=None, maximum="max_duration_seconds"
    )
    status: str = _spec(enum=STATUSES)
    error_type: str | None = _spec(
        "Required when status is error, forbidden otherwise", default=None, enum=ERROR_TYPES
    )
    confidence: float | None = _spec(default=None, maximum=1.0)
    cache_hit: bool | None = _spec(
        "true when the response came from the caller's own response cache: only "
        'ai_cache_requests_total{result="hit"} is counted (no LLM call, no tokens, no cost); '
        "false counts a cache miss alongside the call; absent when no cache is in use.",
        default=None,
    )


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field of Event as the wire format sees it."""

    name: str
    type: type  # str, int, float or bool
    required: bool
    default: Any
    enum: tuple[str, ...]
    maximum: str | float | None
    description: str

    def bound(self, limits: Limits) -> float | None:
        m = self.maximum
        return getattr(limits, m) if isinstance(m, str) else m

    def check(self, v: Any, limits: Limits) -> tuple[Any, str | None]:
        """(value, None) when v is acceptable (numbers as float), else (None, reason)."""
        out = _CHECKS[self.name](v, limits)
        return (None, out.reason) if isinstance(out, Invalid) else (out, None)

    def schema(self, limits: Limits) -> dict[str, Any]:
        """The OpenAPI 3.0 schema of this field."""
        s: dict[str, Any] = {"type": _JSON_TYPES[self.type]}
        if self.enum:
            s["enum"] = list(self.enum)
        elif self.type is str:
            s |= {"minLength": 1, "maxLength": MAX_NAME_CHARS}
        elif self.type in (int, float):
            s |= {"minimum": 0, "maximum": self.bound(limits)}
        if self.description:
            s["description"] = self.description
        return s


_JSON_TYPES: Final = {str: "string", int: "integer", float: "number", bool: "boolean"}


def _field_specs() -> tuple[FieldSpec, ...]:
    hints = typing.get_type_hints(Event)
    out = []
    for f in fields(Event):
        t = hints[f.name]
        if isinstance(t, types.UnionType):  # X | None: optional, the value's type is X
            t = next(a for a in typing.get_args(t) if a is not type(None))
        out.append(
            FieldSpec(
                name=f.name,
                type=t,
                required=f.default is MISSING,
                default=None if f.default is MISSING else f.default,
                enum=f.metadata["enum"],
                maximum=f.metadata["maximum"],
                description=f.metadata["description"],
            )
        )
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Invalid:
    reason: str


Check = Callable[[Any, Limits], Any]  # the accepted value, or Invalid


def _compile(f: FieldSpec) -> Check:
    """The check of one field, specialised once: validation runs it per field per event."""
    t, m = f.type, f.maximum
    if f.enum:
        allowed, bad_choice = frozenset(f.enum), Invalid(f"must be one of {', '.join(f.enum)}")
        return lambda v, _: v if type(v) is str and v in allowed else bad_choice
    if t is str:
        empty, long = (
            Invalid("must be a non-empty string"),
            Invalid(f"must be at most {MAX_NAME_CHARS} characters"),
        )
        return lambda v, _: (
            empty if not isinstance(v, str) or not v.strip() else long if len(v) > MAX_NAME_CHARS else v
        )
    if t is bool:
        not_bool = Invalid("must be a boolean")
        return lambda v, _: v if type(v) is bool else not_bool

    def hi(limits: Limits) -> Any:
        return getattr(limits, m) if isinstance(m, str) else m

    if t is int:
        not_int = Invalid("must be an integer")

        def check_int(v: Any, limits: Limits) -> Any:
            if type(v) is not int:  # bool is not accepted either
                return not_int
            return v if 0 <= v <= hi(limits) else Invalid(f"must be between 0 and {hi(limits)}")

        return check_int
    not_number = Invalid("must be a number")

    def check_number(v: Any, limits: Limits) -> Any:
        if type(v) is not float and type(v) is not int:
            return not_number
        v = float(v)
        if 0 <= v <= hi(limits):  # NaN fails every comparison
            return v
        return Invalid(f"must be a finite number between 0 and {hi(limits):g}")

    return check_number


EVENT_FIELDS: Final = _field_specs()
FIELDS: Final = frozenset(f.name for f in EVENT_FIELDS)
_CHECKS: Final = {f.name: _compile(f) for f in EVENT_FIELDS}


def usage_problem(usage: Usage, limits: Limits) -> str | None:
    """Why tokens without a call cannot be counted, or None: they are bound like an event's."""
    for name in ("prompt_tokens", "completion_tokens"):
        out = _CHECKS[name](getattr(usage, name), limits)
        if isinstance(out, Invalid):
            return f"{name} {out.reason}"
    return None


_VALIDATION: Final = tuple((f.name, f.required, _CHECKS[f.name]) for f in EVENT_FIELDS)
_WIRE: Final = tuple((f.name, f.required, f.default) for f in EVENT_FIELDS)


def event_json(ev: Event) -> dict[str, Any]:
    """The /v1/events wire form of an event (optional fields left out while at their default)."""
    d: dict[str, Any] = {}
    for name, required, default in _WIRE:
        v = getattr(ev, name)
        if required or v != default:
            d[name] = v
    return d


def openapi_schemas(limits: Limits) -> dict[str, dict[str, Any]]:
    """The OpenAPI component schemas derived from Event and the limits in force."""
    return {
        "EventBatch": {
            "type": "object",
            "additionalProperties": False,
            "required": ["events"],
            "properties": {
                "events": {
                    "type": "array",
                    "minItems": 1,
                    "maxItems": limits.max_batch_events,
                    "items": {"$ref": "#/components/schemas/Event"},
                }
            },
        },
        "Event": {
            "type": "object",
            "additionalProperties": False,
            "required": [f.name for f in EVENT_FIELDS if f.required],
            "properties": {f.name: f.schema(limits) for f in EVENT_FIELDS},
        },
        "Name": {"type": "string", "minLength": 1, "maxLength": MAX_NAME_CHARS},
        **verdict_schemas(limits),
    }


@dataclass(frozen=True, slots=True)
class Problem:
    index: int
    field: str
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return {"index": self.index, "field": self.field, "reason": self.reason}


_NAME: Final = next(f for f in EVENT_FIELDS if f.name == "service")
_DEFAULT_LIMITS: Final = Limits()


def name_problem(value: Any) -> str | None:
    """Why a model/service name is not acceptable, or None (the screening endpoints' rule too)."""
    return _NAME.check(value, _DEFAULT_LIMITS)[1]


def validate_event(ev: Any, i: int, limits: Limits, out: list[Problem]) -> Event | None:
    """Return the Event, or None after appending its problems to `out`."""
    if not isinstance(ev, dict):
        out.append(Problem(i, "", "event must be a JSON object"))
        return None
    before = len(out)
    for key in sorted(set(ev) - FIELDS, key=str):
        out.append(Problem(i, str(key)[:64], "unknown field"))
    values: dict[str, Any] = {}
    for name, required, check in _VALIDATION:
        v = ev.get(name)
        if v is None:  # absent (or null): the default, unless required
            if required:
                out.append(Problem(i, name, "required"))
            continue
        v = check(v, limits)
        if v.__class__ is Invalid:
            out.append(Problem(i, name, v.reason))
        else:
            values[name] = v
    _relations(ev, values, i, out)
    if len(out) > before:
        return None
    return Event(**values)


def _relations(ev: dict, v: dict[str, Any], i: int, out: list[Problem]) -> None:
    """Rules between fields (each field on its own is already checked)."""
    if v.get("cached_prompt_tokens", 0) > v.get("prompt_tokens", math.inf):
        out.append(Problem(i, "cached_prompt_tokens", "must not exceed prompt_tokens"))
    if v.get("ttft_seconds", 0.0) > v.get("duration_seconds", math.inf):
        out.append(Problem(i, "ttft_seconds", "must not exceed duration_seconds"))
    status = v.get("status")
    if status == "error" and ev.get("error_type") is None:
        out.append(Problem(i, "error_type", "required when status is 'error'"))
    elif status == "ok" and "error_type" in v:
        out.append(Problem(i, "error_type", "only allowed when status is 'error'"))


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


# --- screening verdicts (POST /v1/screen/results) ------------------------------------------------
# What the SDK's own screening decided, without the text: a central exporter counts them exactly as
# if it had screened the text itself (Recorder.record_prompt_screen / record_output_screen), so
# injection and hallucination alerts work for services that send events through ExporterSink.
VERDICT_KINDS: Final = ("prompt", "output")
VERDICT_ACTIONS: Final = tuple(SCREEN_RESULT_OF_ACTION)
MAX_VERDICT_MATCHES: Final = 100


@dataclass(frozen=True, slots=True)
class Verdict:
    """One screened prompt (action, distinct (category, severity) matches) or output (categories)."""

    kind: str
    service: str
    model: str | None = None
    action: str | None = None
    matches: tuple[tuple[str, str], ...] = ()
    categories: tuple[str, ...] = ()

    def result(self) -> dict[str, Any]:
        """The screening-result mapping the Recorder counts (the same shape the safety checks return)."""
        if self.kind == "prompt":
            return {
                "action": self.action,
                "matches": [{"category": c, "severity": s} for c, s in self.matches],
            }
        return {"categories": list(self.categories)}


def prompt_verdict_json(service: str, result: Mapping[str, Any]) -> dict[str, Any]:
    """The wire form of check_prompt_injection's verdict: the action and the distinct matches, no text."""
    matches = sorted({(m["category"], m["severity"]) for m in result.get("matches", ())})
    return {
        "kind": "prompt",
        "service": service,
        "action": result["action"],
        "matches": [{"category": c, "severity": s} for c, s in matches[:MAX_VERDICT_MATCHES]],
    }


def output_verdict_json(model: str, service: str, result: Mapping[str, Any]) -> dict[str, Any]:
    """The wire form of flag_potential_hallucination's verdict: the categories flagged, no text."""
    return {
        "kind": "output",
        "service": service,
        "model": model,
        "categories": list(result.get("categories", ())),
    }


def _verdict(raw: Any, i: int, out: list[Problem]) -> Verdict | None:
    if not isinstance(raw, dict):
        out.append(Problem(i, "", "verdict must be a JSON object"))
        return None
    before = len(out)
    kind = raw.get("kind")
    if kind not in VERDICT_KINDS:
        out.append(Problem(i, "kind", f"must be one of {', '.join(VERDICT_KINDS)}"))
        return None
    allowed = (
        {"kind", "service", "action", "matches"}
        if kind == "prompt"
        else {"kind", "service", "model", "categories"}
    )
    for key in sorted(set(raw) - allowed, key=str):
        out.append(Problem(i, str(key)[:64], f"unknown field for a {kind} verdict"))
    names = ("service",) if kind == "prompt" else ("service", "model")
    for name in names:
        reason = name_problem(raw.get(name))
        if reason is not None:
            out.append(Problem(i, name, reason))
    matches: list[tuple[str, str]] = []
    categories: list[str] = []
    if kind == "prompt":
        if raw.get("action") not in VERDICT_ACTIONS:
            out.append(Problem(i, "action", f"must be one of {', '.join(VERDICT_ACTIONS)}"))
        items = raw.get("matches", [])
        if not isinstance(items, list) or len(items) > MAX_VERDICT_MATCHES:
            out.append(Problem(i, "matches", f"must be an array of at most {MAX_VERDICT_MATCHES} matches"))
            items = []
        for j, m in enumerate(items):
            if not isinstance(m, dict) or set(m) != {"category", "severity"}:
                out.append(Problem(i, f"matches[{j}]", "must be an object with category and severity"))
            elif name_problem(m["category"]) is not None:
                out.append(Problem(i, f"matches[{j}].category", name_problem(m["category"]) or ""))
            elif m["severity"] not in SEVERITIES:
                out.append(Problem(i, f"matches[{j}].severity", f"must be one of {', '.join(SEVERITIES)}"))
            else:
                matches.append((m["category"], m["severity"]))
    else:
        items = raw.get("categories", [])
        if not isinstance(items, list) or any(c not in HALLUCINATION_CATEGORIES for c in items):
            out.append(Problem(i, "categories", f"must be an array of {', '.join(HALLUCINATION_CATEGORIES)}"))
        else:
            categories = sorted(set(items))
    if len(out) > before:
        return None
    return Verdict(
        kind=kind,
        service=raw["service"],
        model=raw.get("model"),
        action=raw.get("action"),
        matches=tuple(sorted(set(matches))),
        categories=tuple(categories),
    )


def validate_verdicts(body: Any, limits: Limits) -> tuple[list[Verdict], list[Problem]]:
    """Validate a whole {"verdicts": [...]} body (atomic like events). Raises ValueError for a bad envelope."""
    if not isinstance(body, dict) or set(body) != {"verdicts"}:
        raise ValueError('body must be a JSON object with only a "verdicts" array')
    items = body["verdicts"]
    if not isinstance(items, list) or not items:
        raise ValueError('"verdicts" must be a non-empty array')
    problems: list[Problem] = []
    valid = [_verdict(v, i, problems) for i, v in enumerate(items)]
    return [v for v in valid if v is not None], problems


def verdict_schemas(limits: Limits) -> dict[str, dict[str, Any]]:
    """OpenAPI schemas of POST /v1/screen/results."""
    name = {"$ref": "#/components/schemas/Name"}

    def verdict(kind: str, description: str, required: list[str], **properties: Any) -> dict[str, Any]:
        return {
            "type": "object",
            "additionalProperties": False,
            "description": description,
            "required": ["kind", "service", *required],
            "properties": {"kind": {"type": "string", "enum": [kind]}, "service": name, **properties},
        }

    return {
        "ScreenVerdictBatch": {
            "type": "object",
            "additionalProperties": False,
            "required": ["verdicts"],
            "properties": {
                "verdicts": {
                    "type": "array",
                    "minItems": 1,
                    "maxItems": limits.max_batch_events,
                    "items": {
                        "oneOf": [
                            {"$ref": "#/components/schemas/PromptVerdict"},
                            {"$ref": "#/components/schemas/OutputVerdict"},
                        ]
                    },
                }
            },
        },
        "PromptVerdict": verdict(
            "prompt",
            "check_prompt_injection's verdict on one prompt (the text is not sent)",
            required=["action"],
            action={"type": "string", "enum": list(VERDICT_ACTIONS)},
            matches={
                "type": "array",
                "maxItems": MAX_VERDICT_MATCHES,
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["category", "severity"],
                    "properties": {
                        "category": name,
                        "severity": {"type": "string", "enum": list(SEVERITIES)},
                    },
                },
            },
        ),
        "OutputVerdict": verdict(
            "output",
            "flag_potential_hallucination's verdict on one output (the text is not sent)",
            required=["model"],
            model=name,
            categories={"type": "array", "items": {"type": "string", "enum": list(HALLUCINATION_CATEGORIES)}},
        ),
    }
