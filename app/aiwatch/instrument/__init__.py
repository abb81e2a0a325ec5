"""aiwatch instrumentation SDK: AI metrics for services that call OpenAI-style clients.

    from openai import OpenAI
    from aiwatch.instrument import instrument_openai

    client = instrument_openai(OpenAI())

Every call through client.chat.completions.create / client.responses.create /
client.embeddings.create (sync or async, streaming or not) is then counted in
the metric catalog (aiwatch.catalog) under a service name detected from the
call stack. See docs/sdk.md.
"""

from .attribution import detect_service
from .breaker import BudgetExhausted, CircuitOpen, PrometheusBudget
from .cache import ResponseCache
from .errors import AIWatchError
from .exporter_sink import ExporterSink
from .openai_client import instrument_openai, uninstrument_openai
from .safety_hooks import PromptBlocked
from .sinks import InProcessSink, Sink, default_sink

__all__ = [
    "AIWatchError",
    "BudgetExhausted",
    "CircuitOpen",
    "ExporterSink",
    "InProcessSink",
    "PrometheusBudget",
    "PromptBlocked",
    "ResponseCache",
    "Sink",
    "default_sink",
    "detect_service",
    "instrument_openai",
    "uninstrument_openai",
]
