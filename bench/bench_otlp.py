"""OTLP ingest throughput: spans/s accepted on POST /v1/traces.

1. Ingest: `aiwatch serve --workers 2` on loopback; client processes post
   pre-built protobuf ExportTraceServiceRequests of 512 spans (the OTel SDK's
   default batch) for a fixed time. Two mixes: every span a GenAI chat span,
   and a typical app batch where 1 span in 10 is a GenAI call (the rest HTTP
   and database spans that are skipped).
2. Floor: parse + map + record of the same bodies in one process, no HTTP, no
   multiprocess files.
"""

from __future__ import annotations

import multiprocessing as mp
import statistics
import tempfile
import time
from pathlib import Path

import requests
from aiwatch.otlp.build import genai_attrs, span, traces
from aiwatch.stack.local import start_exporter

SECONDS = 6.0
RUNS = 3
CLIENTS = 3
BATCH = 512
MODELS = ["gpt-4o", "gpt-4o-mini", "gpt-4.1", "claude-3-5-sonnet"]
SERVICES = ["orchestrator", "persona_runtime", "rag_search", "agent_runtime"]


def body(genai_every: int) -> tuple[bytes, int]:
    """(serialised request, GenAI spans in it): one GenAI span every `genai_every` spans."""
    spans, genai = [], 0
    for i in range(BATCH):
        if i % genai_every == 0:
            attrs = genai_attrs(model=MODELS[i % len(MODELS)], input_tokens=500 + i, output_tokens=120)
            attrs["gen_ai.usage.cache_read.input_tokens"] = 100
            spans.append(span(attrs, duration=0.2 + (i % 7) * 0.3))
            genai += 1
        else:
            attrs = {
                "http.request.method": "GET",
                "url.path": f"/items/{i}",
                "http.response.status_code": 200,
            }
            spans.append(span(attrs, duration=0.01, name="GET /items"))
    by_service = {s: spans[k :: len(SERVICES)] for k, s in enumerate(SERVICES)}
    return traces(by_service).SerializeToString(), genai


def _client(url: str, data: bytes, seconds: float, out: mp.Queue) -> None:
    sess = requests.Session()
    headers = {"Content-Type": "application/x-protobuf"}
    ok = failed = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        r = sess.post(url + "/v1/traces", data=data, headers=headers, timeout=10)
        if r.status_code == 200 and not r.content:
            ok += 1
        else:
            failed += 1
    out.put((ok, failed))


def _run(url: str, data: bytes) -> tuple[float, int, int]:
    q: mp.Queue = mp.Queue()
    procs = [mp.Process(target=_client, args=(url, data, SECONDS, q)) for _ in range(CLIENTS)]
    t0 = time.monotonic()
    for p in procs:
        p.start()
    results = [q.get(timeout=SECONDS + 30) for _ in procs]
    for p in procs:
        p.join(timeout=10)
    elapsed = time.monotonic() - t0
    ok = sum(r[0] for r in results)
    return ok * BATCH / elapsed, ok, sum(r[1] for r in results)


def _counted(url: str) -> float:
    text = requests.get(url + "/metrics", timeout=10).text
    return sum(
        float(line.rsplit(" ", 1)[1]) for line in text.splitlines() if line.startswith("ai_requests_total{")
    )


def ingest(tmp: Path, genai_every: int) -> dict:
    data, genai = body(genai_every)
    ex = start_exporter(tmp, workers=2)
    try:
        runs = [_run(ex.url, data) for _ in range(RUNS)]
        rates = sorted(r for r, _, _ in runs)
        requests_ok = sum(ok for _, ok, _ in runs)
        return {
            "spans_per_s": statistics.median(rates),
            "min": rates[0],
            "max": rates[-1],
            "calls_expected": requests_ok * genai,
            "calls_counted": _counted(ex.url),
            "failed": sum(f for _, _, f in runs),
            "bytes": len(data),
        }
    finally:
        ex.stop()


def floor(genai_every: int) -> float:
    from aiwatch.catalog import build_metrics
    from aiwatch.config import load_config
    from aiwatch.otlp.spans import map_spans
    from aiwatch.recorder import Recorder
    from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
    from prometheus_client import CollectorRegistry

    cfg = load_config()
    rec = Recorder(cfg, m=build_metrics(CollectorRegistry()))
    data, _ = body(genai_every)
    n = 0
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < 3.0:
        out = map_spans(ExportTraceServiceRequest.FromString(data), cfg.limits, cfg.otlp)
        rec.record_many(out.events)
        n += BATCH
    return n / (time.perf_counter() - t0)


def run() -> str:
    rows = []
    with tempfile.TemporaryDirectory() as d:
        for every, label in ((1, "every span a GenAI call"), (10, "1 span in 10 a GenAI call")):
            tmp = Path(d) / f"every{every}"
            tmp.mkdir()
            ing = ingest(tmp, every)
            fl = floor(every)
            rows.append(
                f"| {label} ({ing['bytes'] / 1024:,.0f} KiB per request) | **{ing['spans_per_s']:,.0f}** "
                f"(range {ing['min']:,.0f}–{ing['max']:,.0f}) | {fl:,.0f} | "
                f"{ing['calls_expected']:,} / {ing['calls_counted']:,.0f} ({ing['failed']} failed requests) |"
            )
    table = "\n".join(rows)
    return f"""## OTLP ingest: spans/s on POST /v1/traces

| batch of {BATCH} spans, protobuf | spans/s accepted, `aiwatch serve --workers 2`, {CLIENTS} client processes, median of {RUNS} runs of {SECONDS:.0f} s | floor: parse + map + record in one process | GenAI calls sent / counted in ai_requests_total |
|---|---|---|---|
{table}

The clients run on the same cores as the server, so these are lower bounds. Non-GenAI spans cost a
protobuf parse and one scan of their attribute keys; GenAI spans add validation, pricing and the
metric writes of a `/v1/events` event.
"""


if __name__ == "__main__":
    from bench.report import write_section

    write_section("otlp", run())
    print("written to docs/benchmarks.md")
