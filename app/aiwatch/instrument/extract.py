"""Read what the metrics need out of OpenAI requests, responses, stream items and errors.

Works on the `openai` v1+ pydantic objects by attribute access (and on plain
dicts for request parameters), covering the three shapes the SDK wraps: chat
completions, responses and embeddings. Nothing here raises on an unexpected
shape: a missing field reads as "unknown" (0 tokens, no confidence).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import openai

from ..error_types import ERROR_TYPE_OF_CODE, error_type_for_status

CHAT, RESPONSES, EMBEDDINGS = "chat", "responses", "embeddings"


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


# -- errors -------------------------------------------------------------
def error_type(exc: BaseException) -> str:
    """Map an exception from the client to the catalog's error_type values."""
    if isinstance(exc, openai.APITimeoutError | TimeoutError):
        return "timeout"
    if isinstance(exc, openai.ContentFilterFinishReasonError):
        return "content_filter"
    status = getattr(exc, "status_code", None)
    if isinstance(exc, openai.APIError) and status in (None, 400):
        named = ERROR_TYPE_OF_CODE.get(getattr(exc, "code", None))  # type: ignore[arg-type]
        if named is not None:
            return named
    if isinstance(exc, openai.APIStatusError) and isinstance(status, int):
        return error_type_for_status(status)
    return "other"


# -- usage --------------------------------------------------------------
def usage_tokens(usage: Any) -> tuple[int, int, int]:
    """(prompt, completion, cached prompt) from a chat/embeddings or responses usage object."""
    if usage is None:
        return 0, 0, 0
    if not isinstance(usage, dict):  # the client's objects: plain attribute reads (hot path)
        prompt = getattr(usage, "prompt_tokens", None)
        if prompt is not None:
            details = getattr(usage, "prompt_tokens_details", None)
            cached = (getattr(details, "cached_tokens", None) or 0) if details is not None else 0
            return int(prompt), int(getattr(usage, "completion_tokens", None) or 0), int(cached)
    prompt = _get(usage, "prompt_tokens")
    if prompt is None:  # responses API names
        prompt = _get(usage, "input_tokens") or 0
        completion = _get(usage, "output_tokens") or 0
        details = _get(usage, "input_tokens_details")
    else:
        completion = _get(usage, "completion_tokens") or 0
        details = _get(usage, "prompt_tokens_details")
    cached = (_get(details, "cached_tokens") or 0) if details is not None else 0
    return int(prompt or 0), int(completion), int(cached)


# -- whole responses ------------------------------------------------------
def is_content_filtered(endpoint: str, resp: Any) -> bool:
    if endpoint == CHAT:
        return any(_get(c, "finish_reason") == "content_filter" for c in _get(resp, "choices") or ())
    if endpoint == RESPONSES:
        details = _get(resp, "incomplete_details")
        return details is not None and _get(details, "reason") == "content_filter"
    return False


def _mean_prob(logprobs: Any, acc: list[float]) -> None:
    for item in logprobs or ():
        lp = _get(item, "logprob")
        if isinstance(lp, int | float) and math.isfinite(lp):
            acc.append(math.exp(min(lp, 0.0)))


def logprob_confidence(endpoint: str, resp: Any) -> float | None:
    """Mean token probability exp(logprob) over the output, when logprobs were returned."""
    probs: list[float] = []
    if endpoint == CHAT:
        for choice in _get(resp, "choices") or ():
            lp = _get(choice, "logprobs")
            if lp is not None:
                _mean_prob(_get(lp, "content"), probs)
    elif endpoint == RESPONSES:
        for item in _get(resp, "output") or ():
            for part in _get(item, "content") or ():
                _mean_prob(_get(part, "logprobs"), probs)
    return sum(probs) / len(probs) if probs else None


def chat_summary(resp: Any) -> tuple[tuple[int, int, int], bool, float | None]:
    """usage_tokens, is_content_filtered and logprob_confidence of a chat completion in one pass
    over it: the SDK's hot path for the commonest call."""
    if isinstance(resp, dict):
        return (
            usage_tokens(resp.get("usage")),
            is_content_filtered(CHAT, resp),
            logprob_confidence(CHAT, resp),
        )
    filtered = False
    probs: list[float] = []
    for choice in getattr(resp, "choices", None) or ():
        if getattr(choice, "finish_reason", None) == "content_filter":
            filtered = True
        lp = getattr(choice, "logprobs", None)
        if lp is not None:
            _mean_prob(_get(lp, "content"), probs)
    conf = sum(probs) / len(probs) if probs else None
    return usage_tokens(getattr(resp, "usage", None)), filtered, conf


def output_text(endpoint: str, resp: Any) -> str:
    if endpoint == CHAT:
        texts = []
        for choice in _get(resp, "choices") or ():
            content = _get(_get(choice, "message"), "content")
            if isinstance(content, str):
                texts.append(content)
        return "\n".join(texts)
    if endpoint == RESPONSES:
        parts = []
        for item in _get(resp, "output") or ():
            for part in _get(item, "content") or ():
                text = _get(part, "text")
                if _get(part, "type") == "output_text" and isinstance(text, str):
                    parts.append(text)
        return "".join(parts)
    return ""


# -- requests ---------------------------------------------------------------
def _content_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    texts = []
    for part in content or ():
        text = _get(part, "text")
        if isinstance(text, str) and _get(part, "type") in ("text", "input_text", None):
            texts.append(text)
    return "\n".join(texts)


def prompt_text(endpoint: str, params: dict[str, Any]) -> str:
    """The user-supplied text of a request: what prompt-injection screening looks at.

    System/developer messages and `instructions` are the service's own text and
    are not screened; embeddings are not generations and are not screened.
    """
    if endpoint == CHAT:
        items = params.get("messages") or ()
    elif endpoint == RESPONSES:
        items = params.get("input")
        if isinstance(items, str):
            return items
        items = items or ()
    else:
        return ""
    texts = []
    for m in items:
        if _get(m, "role", "user") == "user":
            text = _content_text(_get(m, "content"))
            if text:
                texts.append(text)
    return "\n".join(texts)


# -- stream items -------------------------------------------------------------
class StreamState:
    """Accumulates what a stream says about the call, one item at a time."""

    __slots__ = ("content_filter", "error_code", "first_token", "keep_text", "probs", "text", "usage")

    def __init__(self, keep_text: bool) -> None:
        self.keep_text = keep_text
        self.text: list[str] = []
        self.usage: Any = None
        self.first_token = False
        self.content_filter = False
        self.error_code: str | None = None
        self.probs: list[float] = []

    def feed(self, endpoint: str, item: Any) -> bool:
        """Take one item; True when it carries the first output token."""
        # Hot path (once per chunk): stream items are always objects, so plain getattr.
        first = False
        if endpoint == CHAT:
            usage = getattr(item, "usage", None)
            if usage is not None:
                self.usage = usage
            for choice in getattr(item, "choices", None) or ():
                delta = getattr(choice, "delta", None)
                content = getattr(delta, "content", None)
                if content:
                    if self.keep_text:
                        self.text.append(content)
                    if not self.first_token:
                        self.first_token = first = True
                elif not self.first_token and (
                    getattr(delta, "tool_calls", None) or getattr(delta, "refusal", None)
                ):
                    self.first_token = first = True
                if choice.finish_reason == "content_filter":
                    self.content_filter = True
                lp = getattr(choice, "logprobs", None)
                if lp is not None:
                    _mean_prob(getattr(lp, "content", None), self.probs)
        elif endpoint == RESPONSES:
            etype = _get(item, "type") or ""
            if etype.endswith(".delta"):
                if not self.first_token:
                    self.first_token = first = True
                if etype == "response.output_text.delta":
                    if self.keep_text:
                        self.text.append(_get(item, "delta") or "")
                    _mean_prob(_get(item, "logprobs"), self.probs)
            elif etype in ("response.completed", "response.incomplete", "response.failed"):
                resp = _get(item, "response")
                self.usage = _get(resp, "usage")
                if is_content_filtered(RESPONSES, resp):
                    self.content_filter = True
                if etype == "response.failed":
                    err = _get(resp, "error")
                    self.error_code = str(_get(err, "code") or "failed")
        return first

    def feed_many(self, endpoint: str, items: list[Any], on_error: Callable[[], None]) -> None:
        """feed() each item, in order; a failing item calls on_error (inside the except) and is
        skipped. Chat items after the first token, what the SDK batches, take a tight loop that
        does only what feed() still does for them."""
        if endpoint != CHAT or not self.first_token:
            for item in items:
                try:
                    self.feed(endpoint, item)
                except Exception:
                    on_error()
            return
        keep_text, text, probs = self.keep_text, self.text, self.probs
        for item in items:
            try:
                usage = getattr(item, "usage", None)
                if usage is not None:
                    self.usage = usage
                for choice in getattr(item, "choices", None) or ():
                    if keep_text:
                        content = getattr(getattr(choice, "delta", None), "content", None)
                        if content:
                            text.append(content)
                    if choice.finish_reason == "content_filter":
                        self.content_filter = True
                    lp = getattr(choice, "logprobs", None)
                    if lp is not None:
                        _mean_prob(getattr(lp, "content", None), probs)
            except Exception:
                on_error()

    def confidence(self) -> float | None:
        return sum(self.probs) / len(self.probs) if self.probs else None
