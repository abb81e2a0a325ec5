"""The base of the exceptions the SDK raises itself: `except AIWatchError` catches every decision of
aiwatch (a blocked prompt, an open circuit breaker) and none of the provider client's own errors."""

from __future__ import annotations


class AIWatchError(Exception):
    """An LLM call that aiwatch stopped before it reached the provider."""
