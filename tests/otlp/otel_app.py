"""An app instrumented with OpenTelemetry only: no aiwatch code in it (run as a subprocess).

The standard OTel set-up: the SDK's tracer, meter and logger providers with
the OTLP/HTTP exporters, every setting (endpoint, headers, compression,
service name, export intervals) from the standard OTEL_* environment
variables, and the official `opentelemetry-instrumentation-openai-v2`
instrumenting a real `openai` client. The provider is the local fake
(base URL in argv[1]); the test scripts its failures, this app makes the calls
in a fixed order: argv[2:] are the user prompts, each prompt prefixed with
"stream:" is streamed. Prints one JSON line: what each call returned.
"""

from __future__ import annotations

import json
import sys
import time

import openai
from opentelemetry import _logs, metrics, trace
from opentelemetry.exporter.otlp.proto.http._log_exporter import OTLPLogExporter
from opentelemetry.exporter.otlp.proto.http.metric_exporter import OTLPMetricExporter
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.instrumentation.openai_v2 import OpenAIInstrumentor
from opentelemetry.sdk._logs import LoggerProvider
from opentelemetry.sdk._logs.export import BatchLogRecordProcessor
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import PeriodicExportingMetricReader
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor


def setup() -> tuple[TracerProvider, MeterProvider, LoggerProvider]:
    resource = Resource.create()  # service.name from OTEL_SERVICE_NAME
    tracer_provider = TracerProvider(resource=resource)
    tracer_provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    trace.set_tracer_provider(tracer_provider)
    meter_provider = MeterProvider(
        resource=resource, metric_readers=[PeriodicExportingMetricReader(OTLPMetricExporter())]
    )
    metrics.set_meter_provider(meter_provider)
    logger_provider = LoggerProvider(resource=resource)
    logger_provider.add_log_record_processor(BatchLogRecordProcessor(OTLPLogExporter()))
    _logs.set_logger_provider(logger_provider)
    OpenAIInstrumentor().instrument()
    return tracer_provider, meter_provider, logger_provider


def main(base_url: str, prompts: list[str]) -> int:
    providers = setup()
    client = openai.OpenAI(base_url=base_url, api_key="test", max_retries=0)
    results = []
    for prompt in prompts:
        stream = prompt.startswith("stream:")
        messages = [{"role": "user", "content": prompt.removeprefix("stream:")}]
        try:
            if stream:
                chunks = client.chat.completions.create(
                    model="gpt-4o-mini",
                    messages=messages,
                    stream=True,
                    stream_options={"include_usage": True},
                )
                results.append("".join(c.choices[0].delta.content or "" for c in chunks if c.choices))
            else:
                resp = client.chat.completions.create(model="gpt-4o-mini", messages=messages)
                results.append(resp.choices[0].message.content)
        except openai.APIError as exc:
            results.append(type(exc).__name__)
        time.sleep(0.3)  # let the periodic metric reader export between calls (cumulative streams)
    for p in providers:
        p.shutdown()  # flushes spans, metrics and logs
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
