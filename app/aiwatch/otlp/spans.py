"""GenAI client spans → events, per the OpenTelemetry GenAI semantic conventions.

A span is an LLM call when its gen_ai.operation.name is an inference operation
(chat, text_completion, generate_content, embeddings); any other span is
skipped after one look at its attribute keys. Each call becomes the dict a
client would POST to /v1/events and goes through the same validation, so a
span with negative tokens, an end before its start or a duration beyond
limits.max_duration_seconds is rejected exactly like such an event.
"""

from __future__ import annotations

import json
from typing import Any

from opentelemetry.proto.trace.v1 import trace_pb2

from ..config import Limits, Otlp
from ..error_types import error_type_from_name
from ..events import Problem, validate_event
from ..guard import normalise
from . import OPERATION, is_inference
from .outcome import Outcome
from .values import attributes, service_name

ERROR_TYPE = "error.type"
# Where each event field comes from: the current attribute first, then older spellings.
SOURCES: dict[str, tuple[str, ...]] = {
    "model": ("gen_ai.request.model", "gen_ai.response.model"),
    "provider": ("gen_ai.provider.name", "gen_ai.system"),
    "prompt_tokens": ("gen_ai.usage.input_tokens", "gen_ai.usage.prompt_tokens"),
    "completion_tokens": ("gen_ai.usage.output_tokens", "gen_ai.usage.completion_tokens"),
    "cached_prompt_tokens": ("gen_ai.usage.cache_read.input_tokens", "gen_ai.usage.cache_read_input_tokens"),
    "ttft_seconds": ("gen_ai.response.time_to_first_chunk", "gen_ai.response.time_to_first_token"),
}
FINISH_REASONS = "gen_ai.response.finish_reasons"
NANOS = 1e9
_ERROR = trace_pb2.Status.STATUS_CODE_ERROR


def is_genai_call(span: Any) -> bool:
    """The cheap test every span gets: does it carry gen_ai.operation.name at all?"""
    for kv in span.attributes:  # noqa: SIM110 - a plain loop is the cheapest form here
        if kv.key == OPERATION:
            return True
    return False


def _label(span: Any) -> str:
    return f"span {span.span_id.hex() or '?'} ({span.name[:64]!r})"


def span_event(span: Any, attrs: dict[str, Any], service: str) -> tuple[dict[str, Any], dict[str, str]]:
    """The /v1/events dict for one GenAI span, and which attribute each field came from."""
    ev: dict[str, Any] = {"service": service}
    source: dict[str, str] = {"service": "resource service.name"}
    for field, keys in SOURCES.items():
        for key in keys:
            if attrs.get(key) is not None:
                ev[field], source[field] = attrs[key], key
                break
    ev.setdefault("model", "unknown")
    ev.setdefault("prompt_tokens", 0)  # a failed call reports no usage
    ev.setdefault("completion_tokens", 0)
    if isinstance(ev.get("ttft_seconds"), int) and not isinstance(ev["ttft_seconds"], bool):
        ev["ttft_seconds"] = float(ev["ttft_seconds"])

    start, end = span.start_time_unix_nano, span.end_time_unix_nano
    source["duration_seconds"] = "end_time_unix_nano - start_time_unix_nano"
    if not start or not end:
        ev["duration_seconds"] = None  # reported as required
    elif end < start:
        ev["duration_seconds"] = -1.0  # reported as out of range, under this name:
        source["duration_seconds"] = "end_time_unix_nano (before start_time_unix_nano)"
    else:
        ev["duration_seconds"] = (end - start) / NANOS

    err = attrs.get(ERROR_TYPE)
    reasons = attrs.get(FINISH_REASONS)
    filtered = isinstance(reasons, list) and "content_filter" in reasons
    if err is not None or span.status.code == _ERROR or filtered:
        ev["status"] = "error"
        if err is not None:
            ev["error_type"], source["error_type"] = error_type_from_name(str(err)), ERROR_TYPE
        else:
            ev["error_type"] = "content_filter" if filtered else "other"
    else:
        ev["status"] = "ok"
    return ev, source


def _describe(problem: Problem, source: dict[str, str]) -> str:
    return f"{source.get(problem.field, problem.field)}: {problem.reason}"


# -- prompts ------------------------------------------------------------------
def _messages(raw: Any) -> list[Any]:
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except (ValueError, RecursionError):
            return [{"role": "user", "content": raw}]  # a bare prompt string
    if isinstance(raw, dict):
        return [raw]
    return raw if isinstance(raw, list) else []


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        texts = []
        for part in content:
            if isinstance(part, str):
                texts.append(part)
            elif isinstance(part, dict) and part.get("type", "text") in ("text", "input_text"):
                text = part.get("content", part.get("text"))
                if isinstance(text, str):
                    texts.append(text)
        return "\n".join(texts)
    return ""


def user_text(raw: Any) -> str:
    """The user-role text of gen_ai.input.messages (parts) or the older gen_ai.prompt (content).

    Only user messages are screened, as in the SDK: system instructions are the service's own.
    """
    texts = []
    for m in _messages(raw):
        if isinstance(m, dict) and m.get("role", "user") == "user":
            text = _text(m.get("parts", m.get("content")))
            if text:
                texts.append(text)
    return "\n".join(texts)


def prompt_of(span: Any, attrs: dict[str, Any]) -> str:
    """The prompt a span carries: gen_ai.input.messages (span attribute or span event), the
    older gen_ai.prompt, or gen_ai.content.prompt / gen_ai.user.message span events."""
    for key in ("gen_ai.input.messages", "gen_ai.prompt"):
        if attrs.get(key) is not None:
            return user_text(attrs[key])
    texts = []
    for event in span.events:
        ea = attributes(event.attributes)
        raw = ea.get("gen_ai.input.messages", ea.get("gen_ai.prompt"))
        if raw is None and event.name == "gen_ai.user.message":
            raw = [{"role": "user", "content": ea.get("content", "")}]
        if raw is not None:
            text = user_text(raw)
            if text:
                texts.append(text)
    return "\n".join(texts)


# -- requests -----------------------------------------------------------------
def map_spans(request: Any, limits: Limits, otlp: Otlp) -> Outcome:
    """Turn an ExportTraceServiceRequest into events and prompts to screen.

    Services listed in otlp.metrics_services are counted from their metrics: their spans
    are ignored here (prompt screening still applies), so no call is counted twice.
    """
    out = Outcome()
    by_metrics = frozenset(otlp.metrics_services)
    screened = frozenset(otlp.screen_prompts)
    for rs in request.resource_spans:
        service = service_name(rs.resource)
        label = normalise(service)
        counted, screen = label not in by_metrics, label in screened
        for ss in rs.scope_spans:
            for span in ss.spans:
                if not is_genai_call(span):
                    out.skipped += 1
                    continue
                attrs = attributes(span.attributes)
                if not is_inference(attrs):
                    out.skipped += 1  # agent, tool, workflow spans wrap calls counted on their own
                    continue
                if screen:
                    _screen(span, attrs, service, limits, out)
                if not counted:
                    out.ignored += 1
                    continue
                ev, source = span_event(span, attrs, service)
                problems: list[Problem] = []
                event = validate_event(ev, 0, limits, problems)
                if event is None:
                    reasons = "; ".join(_describe(p, source) for p in problems[:3])
                    out.reject(1, f"{_label(span)}: {reasons}")
                    continue
                out.events.append(event)
                out.recorded += 1
    return out


def _screen(span: Any, attrs: dict[str, Any], service: str, limits: Limits, out: Outcome) -> None:
    text = prompt_of(span, attrs)
    if not text:
        return
    if len(text.encode("utf-8", "surrogatepass")) > limits.max_text_bytes:
        # Never screened in part: the attack could sit in the part left out.
        out.note(f"prompt(s) over limits.max_text_bytes ({limits.max_text_bytes} bytes) not screened")
        return
    out.prompts.append((service, text))
