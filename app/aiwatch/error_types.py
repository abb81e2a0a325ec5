"""What kind of failure a failed LLM call was: the one mapping onto `catalog.ERROR_TYPES`.

Used by the SDK (exceptions of the `openai` client, stream failure events) and
by OTLP ingest (`error.type` attributes written by any instrumentation), so a
rate-limited call is `rate_limit` however it reached aiwatch. Nothing here
imports a provider client: the exporter maps names without one installed.
"""

from __future__ import annotations

from typing import Final

# Provider error codes that name the catalog's error_type themselves.
ERROR_TYPE_OF_CODE: Final = {
    "content_filter": "content_filter",
    "content_policy_violation": "content_filter",
    "rate_limit_exceeded": "rate_limit",
}
# Words (lower-cased) that name an error_type outright.
ERROR_TYPE_OF_WORD: Final = {"timeout": "timeout", "rate_limit": "rate_limit", **ERROR_TYPE_OF_CODE}

# Exception classes of the Stainless-generated provider clients (openai, anthropic, ...
# share the names), by the error_type they stand for. Status errors not listed map by
# their HTTP status through error_type_for_status.
ERROR_TYPE_OF_CLASS: Final = {
    "APITimeoutError": "timeout",
    "RateLimitError": "rate_limit",
    "InternalServerError": "server",
    "ContentFilterFinishReasonError": "content_filter",
    "BadRequestError": "client",
    "AuthenticationError": "client",
    "PermissionDeniedError": "client",
    "NotFoundError": "client",
    "ConflictError": "client",
    "UnprocessableEntityError": "client",
}


def error_type_for_status(status: int) -> str:
    """Map an HTTP status of a failed call to the catalog's error_type values."""
    if status == 429:
        return "rate_limit"
    if status >= 500:
        return "server"
    if 400 <= status < 500:
        return "client"
    return "other"


def error_type_from_name(name: str) -> str:
    """Map an error named by telemetry (OTel `error.type`) to the catalog's error_type values.

    Accepts what instrumentations put there: an exception class name, qualified or not
    ("openai.RateLimitError", "anthropic.APITimeoutError", even "<class 'openai.RateLimitError'>"),
    an HTTP status ("429") or a provider error code ("rate_limit_exceeded", "content_filter").
    """
    text = name.strip()
    if text.startswith("<class '") and text.endswith("'>"):
        text = text[8:-2]
    if text.isdigit():
        return error_type_for_status(int(text))
    lowered = text.lower()
    if lowered in ERROR_TYPE_OF_WORD:
        return ERROR_TYPE_OF_WORD[lowered]
    short = text.rsplit(".", 1)[-1]
    if short in ERROR_TYPE_OF_CLASS:
        return ERROR_TYPE_OF_CLASS[short]
    if "timeout" in lowered or "timedout" in lowered:  # TimeoutError, httpx.ReadTimeout, ...
        return "timeout"
    return "other"


def stream_error_type(code: str) -> str:
    """error_type of a stream that ended in a failure event with this code (the provider's failure)."""
    return ERROR_TYPE_OF_CODE.get(code, "server")
