"""`make loadtest`: /v1/events and /metrics under load at once, on loopback, bounded in time.

Client processes (bench.httpload: pre-serialised requests, raw keep-alive
sockets) post batches of events while another scrapes /metrics in a loop; the
exporter's RSS (master + workers) is sampled throughout. Reports status codes
(no 5xx expected), p50/p99 latency per endpoint, the clients' share of the CPU
time and peak RSS to docs/benchmarks.md. Exits non-zero if any 5xx or
transport error was seen.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from aiwatch.stack.local import start_exporter
from aiwatch.stack.processes import child_pids

from bench.bench_exporter import WORKERS, event_batch
from bench.httpload import Clients, Result, cpu_seconds, request, rss_kib

SECONDS = 20.0
POSTERS, POSTER_CONNS = 2, 3


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))] * 1000


def run() -> tuple[str, bool]:
    with tempfile.TemporaryDirectory() as d:
        ex = start_exporter(Path(d), workers=WORKERS)
        peak = [0]
        done = threading.Event()

        def sample_rss() -> None:
            while not done.is_set():
                peak[0] = max(peak[0], rss_kib([ex.pid, *child_pids(ex.pid)]))
                time.sleep(0.2)

        sampler = threading.Thread(target=sample_rss, daemon=True)
        sampler.start()
        try:
            addr, host = ("127.0.0.1", ex.port), f"127.0.0.1:{ex.port}"
            pids = [ex.pid, *child_pids(ex.pid)]
            s0 = cpu_seconds(pids)
            posters = Clients().start(
                addr,
                request("POST", "/v1/events", host, event_batch(1)),
                processes=POSTERS,
                connections=POSTER_CONNS,
                seconds=SECONDS,
                record=True,
                spread=child_pids(ex.pid),
            )
            scraper = Clients().start(addr, request("GET", "/metrics", host), seconds=SECONDS, record=True)
            results = {"/v1/events": Result(), "/metrics": Result()}
            for r in posters.results():
                results["/v1/events"].merge(r)
            results["/metrics"].merge(scraper.results()[0])
            server = cpu_seconds(pids) - s0
        finally:
            done.set()
            sampler.join(timeout=5)
            ex.stop()
    rows = []
    ok = True
    for path, r in results.items():
        bad = sum(n for code, n in r.statuses.items() if code >= 500) + r.errors
        ok = ok and bad == 0
        codes = ", ".join(f"{k}: {v:,}" for k, v in sorted(r.statuses.items()))
        if r.errors:
            codes += f", connection errors: {r.errors}"
        rows.append(
            f"| {path} | {len(r.latencies):,} | {codes} "
            f"| {statistics.median(r.latencies) * 1000:.1f} | {_pct(r.latencies, 0.99):.1f} |"
        )
    client = sum(r.cpu for r in results.values())
    events = results["/v1/events"].statuses.get(202, 0) * 100 / results["/v1/events"].elapsed
    md = f"""## Load test (`make loadtest`)

{POSTERS} processes with {POSTER_CONNS} keep-alive connections each posting batches of 100 events
(pre-serialised) and 1 process scraping /metrics, at once, for {SECONDS:.0f} s against
`aiwatch serve --workers {WORKERS}` on loopback (clients share the 2 cores; they used
{client / max(client + server, 1e-9):.0%} of the CPU time, the exporter the rest).

| endpoint | requests | status codes | p50 ms | p99 ms |
|---|---|---|---|---|
{chr(10).join(rows)}

Events accepted: {events:,.0f}/s. Peak RSS of the exporter (gunicorn master + {WORKERS} workers, including
the mapped metric files): **{peak[0] / 1024:.0f} MiB**. 5xx or transport errors: **{"none" if ok else "SEEN"}**.
"""
    return md, ok


def main() -> int:
    from bench.report import write_section

    md, ok = run()
    write_section("loadtest", md)
    print(md)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
