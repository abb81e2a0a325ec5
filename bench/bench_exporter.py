"""Exporter: ingest against its floor, and every read endpoint at 1,000 and 10,000 label sets.

Targets (issue 16): ingest >= 50,000 events/s and >= 0.8 of the floor; /metrics at 1,000 label
sets median <= 100 ms and p95 <= 250 ms while writers post at full speed, p95 < 2 s at 10,000;
/api/metrics median <= 50 ms at 1,000 label sets.

- The server is `aiwatch serve --workers 2` on loopback. Clients (bench.httpload) are separate
  processes sending pre-serialised requests over raw keep-alive sockets; next to each figure is
  the clients' share of the CPU time used while it was measured: client CPU / (client CPU +
  exporter CPU, master and workers, from /proc).
- Floor: the metric operations of the same events as direct prometheus_client calls — for each
  event its Counter.inc and Histogram.observe calls, children and amounts prepared beforehand —
  in one process, in multiprocess mode (values in mmap files, as in a worker), with no HTTP, JSON
  or validation, measured in the same run. For reference the exporter's own metric work is
  measured too (Recorder.record_many, which sums a batch's increments per series and writes each
  once, so it costs less than the floor per event).
- Label sets are (model, service) pairs, each with all its series (bench.labelsets); "under
  write load" means writer processes post batches of 100 at full speed meanwhile.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests
from aiwatch.gunicorn_conf import threads as THREADS
from aiwatch.paths import REPO
from aiwatch.stack.local import Exporter, metric_sum, start_exporter
from aiwatch.stack.processes import child_pids

from bench import labelsets
from bench.httpload import Clients, Result, cpu_seconds, request

WORKERS = 2
BATCH = 100
INGEST_SECONDS = 6.0
INGEST_RUNS = 3  # the median of three: 2 cores shared with the clients make single runs noisy
WRITER_PROCS, WRITER_CONNS = 2, 4  # 8 connections: both workers get several
READ_SECONDS = {1_000: 15.0, 10_000: 25.0}
IDLE_READS = {1_000: 40, 10_000: 10}
FLOOR_SECONDS = 4.0
MODELS = ["gpt-4o", "gpt-4o-mini", "gpt-4", "gpt-4.1", "claude-3-5-sonnet"]
SERVICES = ["orchestrator", "persona_runtime", "rag_search", "agent_runtime"]


def event_batch(offset: int) -> bytes:
    """A batch of BATCH events, one in 20 an error (which ones shifts with `offset`)."""
    events = []
    for i in range(BATCH):
        ok = (i + offset) % 20 != 0
        ev = {
            "model": MODELS[i % len(MODELS)],
            "service": SERVICES[i % 4],
            "prompt_tokens": 500 + i,
            "completion_tokens": 120 + i,
            "cached_prompt_tokens": 100,
            "duration_seconds": 0.2 + (i % 7) * 0.3,
            "status": "ok" if ok else "error",
            "confidence": 0.5 + (i % 5) / 10,
        }
        if not ok:
            ev["error_type"] = "timeout"
        events.append(ev)
    return json.dumps({"events": events}).encode()


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def _server_pids(ex: Exporter) -> list[int]:
    return [ex.pid, *child_pids(ex.pid)]


def _share(client_cpu: float, server_cpu: float) -> float:
    return client_cpu / max(client_cpu + server_cpu, 1e-9)


# -- ingest and its floor ---------------------------------------------------------------------------
def _ingest_run(ex: Exporter) -> dict:
    addr, host = ("127.0.0.1", ex.port), f"127.0.0.1:{ex.port}"
    post = request("POST", "/v1/events", host, event_batch(0))
    pids = _server_pids(ex)
    s0 = cpu_seconds(pids)
    res = Clients().start(
        addr,
        post,
        processes=WRITER_PROCS,
        connections=WRITER_CONNS,
        seconds=INGEST_SECONDS,
        spread=child_pids(ex.pid),
    )
    results = res.results()
    server = cpu_seconds(pids) - s0
    total = Result()
    for r in results:
        total.merge(r)
    accepted = total.statuses.get(202, 0) * BATCH
    return {
        "rate": accepted / total.elapsed,
        # with the untimed requests that spread the connections over the workers: all were counted
        "accepted": accepted + total.setup_statuses.get(202, 0) * BATCH,
        "failed": sum(n for code, n in total.statuses.items() if code != 202) + total.errors,
        "client_cpu": total.cpu,
        "server_cpu": server,
        "elapsed": total.elapsed,
    }


def ingest(tmp: Path) -> dict:
    ex = start_exporter(tmp, workers=WORKERS)
    try:
        runs = sorted((_ingest_run(ex) for _ in range(INGEST_RUNS)), key=lambda r: r["rate"])
        counted = metric_sum(ex.url)  # the exporter's own count must agree with what clients were told
    finally:
        ex.stop()
    mid = runs[len(runs) // 2]
    return {
        "rate": mid["rate"],
        "min": runs[0]["rate"],
        "max": runs[-1]["rate"],
        "accepted": sum(r["accepted"] for r in runs),
        "failed": sum(r["failed"] for r in runs),
        "counted": counted,
        "client_share": _share(mid["client_cpu"], mid["server_cpu"]),
        "server_cores": mid["server_cpu"] / mid["elapsed"],
        "server_us_per_event": mid["server_cpu"] / max(mid["accepted"], 1) * 1e6,
    }


_FLOOR = """
import json, sys, time
from aiwatch.catalog import metrics
from aiwatch.config import load_config
from aiwatch.events import validate_batch
from aiwatch.guard import normalise
from aiwatch.pricing import Pricing, cached_savings
from aiwatch.recorder import Recorder

mode, seconds = sys.argv[2], float(sys.argv[3])
cfg = load_config()
events, problems = validate_batch(json.loads(sys.argv[1]), cfg.limits)
assert not problems, problems
if mode == "recorder":
    rec = Recorder(cfg)
    rec.publish_config()
    run = lambda: rec.record_many(events)
else:  # each event's metric operations, one prometheus_client call each, prepared beforehand
    m, pricing, ops = metrics(), Pricing(cfg.prices), []
    for ev in events:
        lab = (normalise(ev.model), normalise(ev.service))
        ops += [(m.requests.labels(*lab).inc, 1), (m.duration.labels(*lab).observe, ev.duration_seconds)]
        if ev.status == "error":
            ops.append((m.errors.labels(*lab, ev.error_type).inc, 1))
        for kind, n in (("prompt", ev.prompt_tokens), ("completion", ev.completion_tokens),
                        ("cached_prompt", ev.cached_prompt_tokens)):
            if n:
                ops.append((m.tokens.labels(*lab, kind).inc, n))
        rate = pricing.rate(ev.model, ev.provider)
        if rate is None:
            ops.append((m.unpriced.labels(*lab).inc, 1))
        else:
            ops.append((m.cost.labels(*lab).inc, rate.cost(ev.prompt_tokens, ev.completion_tokens,
                                                             ev.cached_prompt_tokens)))
            if ev.cached_prompt_tokens:
                ops.append((m.cached_savings.labels(*lab).inc,
                            cached_savings(rate, ev.prompt_tokens, ev.cached_prompt_tokens)))
        if ev.confidence is not None:
            ops.append((m.confidence.labels(*lab).observe, ev.confidence))

    def run():
        for op, amount in ops:
            op(amount)
for _ in range(50):
    run()  # warm: label children, pricing cache
n, cpu0, t0 = 0, time.process_time(), time.perf_counter()
while time.perf_counter() - t0 < seconds:
    run()
    n += len(events)
print(json.dumps({"rate": n / (time.perf_counter() - t0), "cpu_per_event": (time.process_time() - cpu0) / n}))
"""


def floor(tmp: Path, mode: str) -> dict:
    """The metric updates alone, in one process, in multiprocess mode (see the module docstring)."""
    mp = tmp / f"floor-{mode}"
    mp.mkdir()
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(mp), "PYTHONPATH": str(REPO / "app")}
    out = subprocess.run(
        [sys.executable, "-c", _FLOOR, event_batch(0).decode(), mode, str(FLOOR_SECONDS)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return json.loads(out.stdout)


# -- reads --------------------------------------------------------------------------------------------
def _populate(ex: Exporter, label_sets: int) -> None:
    """Every label set in both workers, and both workers' readers warm (as after their first
    scrapes in production): each request goes out over several connections at once, so while one
    worker is busy the other takes the next."""

    def post(chunk: list[dict]) -> None:
        requests.post(ex.url + "/v1/events", json={"events": chunk}, timeout=300).raise_for_status()

    def get(path: str) -> None:
        requests.get(ex.url + path, timeout=300).raise_for_status()

    evs = labelsets.events(label_sets)
    with ThreadPoolExecutor(4) as pool:
        for i in range(0, len(evs), 1000):
            list(pool.map(post, [evs[i : i + 1000]] * 4))
        for path in ("/metrics", "/api/metrics"):
            list(pool.map(get, [path] * 4))


def _serial(ex: Exporter, path: str, n: int) -> list[float]:
    with requests.Session() as s:
        out = []
        for _ in range(n):
            t0 = time.perf_counter()
            s.get(ex.url + path, timeout=120).raise_for_status()
            out.append(time.perf_counter() - t0)
    return out


def _under_load(ex: Exporter, path: str, seconds: float) -> dict:
    """`path` read in a loop by one client while writers post at full speed."""
    addr, host = ("127.0.0.1", ex.port), f"127.0.0.1:{ex.port}"
    post = request("POST", "/v1/events", host, event_batch(1))
    pids = _server_pids(ex)
    writers = Clients().start(
        addr,
        post,
        processes=WRITER_PROCS,
        connections=WRITER_CONNS,
        seconds=seconds + 3,
        spread=child_pids(ex.pid),
    )
    time.sleep(3)  # writers at full speed, their new series in the files, before reads are timed
    s0 = cpu_seconds(pids)
    reader = Clients().start(addr, request("GET", path, host), seconds=seconds, record=True)
    read = reader.results()[0]
    server = cpu_seconds(pids) - s0
    wrote = Result()
    for r in writers.results():
        wrote.merge(r)
    lat = read.latencies
    timing = {
        k: statistics.median([t[k] for t in read.timings if k in t])
        for k in ("read", "layout", "text", "cpu", "runq", "gil", "gc")
        if any(k in t for t in read.timings)
    }
    # the writers ran 3 s longer than the reads; their CPU over the read window, pro rata
    client_cpu = read.cpu + wrote.cpu * seconds / wrote.elapsed
    return {
        "n": len(lat),
        "median": statistics.median(lat),
        "p95": _pct(lat, 0.95),
        "max": max(lat),
        "statuses": read.statuses,
        "timing": timing,
        "gc_max": max((t.get("gc", 0.0) for t in read.timings), default=0.0),
        "writes_per_s": wrote.statuses.get(202, 0) * BATCH / wrote.elapsed,
        "client_share": _share(client_cpu, server),
    }


def reads(tmp: Path, label_sets: int) -> dict:
    cfg = labelsets.config_dir(tmp / "cfg", label_sets)
    ex = start_exporter(tmp, workers=WORKERS, config_dir=cfg, timeout=60)
    try:
        _populate(ex, label_sets)
        text = requests.get(ex.url + "/metrics", timeout=120).text
        series = sum(1 for line in text.splitlines() if line and not line.startswith("#"))
        pairs = {
            tuple(sorted(x.split(",")[:2])) for x in text.splitlines() if x.startswith("ai_requests_total{")
        }
        n = IDLE_READS[label_sets]
        out = {
            "label_sets": len(pairs),
            "series": series,
            "bytes": len(text),
            "metrics_idle": _serial(ex, "/metrics", n),
            "api_idle": _serial(ex, "/api/metrics", n),
            "metrics_load": _under_load(ex, "/metrics", READ_SECONDS[label_sets]),
            "api_load": _under_load(ex, "/api/metrics", READ_SECONDS[label_sets] / 2),
        }
    finally:
        ex.stop()
    return out


# -- report ---------------------------------------------------------------------------------------------
def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms" if seconds >= 0.01 else f"{seconds * 1000:.1f} ms"


def _load_row(what: str, r: dict, target: str) -> str:
    bad = sum(n for code, n in r["statuses"].items() if code != 200)
    t = r["timing"]
    notes = f"GC max {r['gc_max']:.0f} ms"
    if t:
        split = ", ".join(f"{k} {v:.0f}" for k, v in t.items() if k != "gc")
        notes = f"server ms (median): {split}; {notes}"
    return (
        f"| {what}, under write load ({r['writes_per_s']:,.0f} events/s meanwhile) | **{_ms(r['median'])}** "
        f"(p95 **{_ms(r['p95'])}**, max {_ms(r['max'])}, n={r['n']}{f', {bad} not 200' if bad else ''}) "
        f"| {r['client_share']:.0%} | {notes if t else ''} | {target} |"
    )


def _idle_row(what: str, lat: list[float], target: str, note: str = "") -> str:
    return (
        f"| {what}, idle{note} | **{_ms(statistics.median(lat))}** (p95 {_ms(_pct(lat, 0.95))}, n={len(lat)}) "
        f"| – | | {target} |"
    )


def run() -> str:
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        for sub in ("ingest", "floor", "r1k", "r10k"):
            (tmp / sub).mkdir()
        fl = floor(tmp / "floor", "direct")
        rec = floor(tmp / "floor", "recorder")
        ing = ingest(tmp / "ingest")
        r1 = reads(tmp / "r1k", 1_000)
        r10 = reads(tmp / "r10k", 10_000)
    ratio = ing["rate"] / fl["rate"]
    rows = [
        f"| events/s accepted, batches of {BATCH}, {WRITER_PROCS}×{WRITER_CONNS} keep-alive connections, "
        f"median of {INGEST_RUNS} runs of {INGEST_SECONDS:.0f} s | **{ing['rate']:,.0f}** "
        f"(range {ing['min']:,.0f}–{ing['max']:,.0f}) | {ing['client_share']:.0%} | exporter used "
        f"{ing['server_cores']:.2f} cores, {ing['server_us_per_event']:.1f} µs CPU per event | >= 50,000 |",
        f"| floor: each event's metric operations as direct prometheus_client calls (Counter.inc, "
        f"Histogram.observe), one process, multiprocess mode | {fl['rate']:,.0f} events/s | – | "
        f"{fl['cpu_per_event'] * 1e6:.1f} µs CPU per event | |",
        f"| ratio exporter / floor | **{ratio:.2f}** | | | >= 0.8 |",
        f"| for reference: the exporter's own metric work (Recorder.record_many, which writes each series "
        f"once per batch) in one process | {rec['rate']:,.0f} events/s | – | "
        f"{rec['cpu_per_event'] * 1e6:.1f} µs CPU per event; the exporter's HTTP, JSON and validation "
        f"cost the rest of its {ing['server_us_per_event']:.1f} µs | |",
        f"| accepted vs counted in ai_requests_total | {ing['accepted']:,} / {ing['counted']:,.0f} "
        f"({ing['failed']} failed requests) | | | equal, 0 |",
    ]
    for r, target_m, target_api in (
        (r1, ("<= 100 ms median, <= 250 ms p95"), "<= 50 ms median"),
        (r10, ("p95 < 2 s"), ""),
    ):
        label = f"{r['label_sets']:,} label sets ({r['series']:,} series, {r['bytes'] / 2**20:.1f} MiB)"
        rows += [
            _idle_row(f"/metrics, {label}", r["metrics_idle"], "", " (files unchanged between scrapes)"),
            _load_row(f"/metrics, {label}", r["metrics_load"], target_m),
            _idle_row(f"/api/metrics, {label}", r["api_idle"], target_api),
            _load_row(f"/api/metrics, {label}", r["api_load"], ""),
        ]
    return f"""## Exporter: ingest and reads

`aiwatch serve --workers {WORKERS}` ({THREADS} threads each) on loopback; writers' keep-alive connections are
spread evenly over the workers (bench/httpload.py). Client share = the client
processes' CPU time / (clients + exporter) while the figure was measured: the load generator's cost on
the shared cores. Server timings are medians of the exporter's `Server-Timing` header: read (the
multiprocess files), layout, text (the exposition); of that wall time, cpu (the scrape thread on a
core), runq (waiting for a core) and gil (blocked: other threads of the worker held the GIL); GC:
collection pauses in the worker during the request. See "Where the time goes" below.

| measure | result | client share | notes | target |
|---|---|---|---|---|
{chr(10).join(rows)}
"""


if __name__ == "__main__":
    from bench.report import write_section

    md = run()
    write_section("exporter", md)
    print(md)
