"""An app instrumented with OpenTelemetry only, whose metrics Prometheus scrapes (run as a subprocess).

The OTel SDK's Prometheus exporter, whose translation follows the same OTel-to-Prometheus
specification as Prometheus's OTLP receiver and the Collector, serves the metrics of the official
`opentelemetry-instrumentation-openai-v2` on 127.0.0.1:argv[2]; a real `openai` client calls the
local fake provider at argv[1]. Prints "ready" once serving; then each line "call" on standard input
makes one chat call and answers one line (the reply, or the error class); anything else exits.
"""

from __future__ import annotations

import sys

import openai
from opentelemetry import metrics
from opentelemetry.exporter.prometheus import PrometheusMetricReader
from opentelemetry.instrumentation.openai_v2 import OpenAIInstrumentor
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.resources import Resource
from prometheus_client import start_http_server


def main(base_url: str, port: int) -> int:
    provider = MeterProvider(resource=Resource.create(), metric_readers=[PrometheusMetricReader()])
    metrics.set_meter_provider(provider)
    OpenAIInstrumentor().instrument(meter_provider=provider)
    start_http_server(port, addr="127.0.0.1")
    client = openai.OpenAI(base_url=base_url, api_key="test", max_retries=0)
    print("ready", flush=True)
    for line in sys.stdin:
        if line.strip() != "call":
            break
        try:
            resp = client.chat.completions.create(
                model="gpt-4o-mini", messages=[{"role": "user", "content": "hello there"}]
            )
            print(resp.choices[0].message.content, flush=True)
        except openai.APIError as exc:
            print(type(exc).__name__, flush=True)
    provider.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2])))
