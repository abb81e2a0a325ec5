"""OpenTelemetry (OTLP) ingest: GenAI spans and metrics become aiwatch events.

Pure mapping, no Flask: `decode` turns an OTLP/HTTP body (protobuf or JSON,
optionally gzip) into the `opentelemetry-proto` messages, `spans` and
`metrics` turn those into `aiwatch.events.Event`s (the same validation as
POST /v1/events), `streams` keeps the shared state that cumulative metric
streams need. The HTTP side is `aiwatch.exporter.otlp_api`; docs/otel.md
explains the mapping and its rules.
"""

from __future__ import annotations

# Inference operations of the GenAI semantic conventions: each span or metric
# point with one of these gen_ai.operation.name values is one LLM call. Agent,
# tool and workflow operations wrap such calls and are not counted again.
INFERENCE_OPERATIONS = frozenset({"chat", "text_completion", "generate_content", "embeddings"})
OPERATION = "gen_ai.operation.name"


def is_inference(attrs: dict) -> bool:
    """True when the attributes name an inference operation (any other value type: no)."""
    op = attrs.get(OPERATION)
    return isinstance(op, str) and op in INFERENCE_OPERATIONS


DEFAULT_SERVICE = "unknown_service"  # what OTel SDKs report when service.name is not set
