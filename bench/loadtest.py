"""`make loadtest`: /v1/events and /metrics under load at once, on loopback, bounded in time.

Client processes post batches of events while another scrapes /metrics in a
loop; the exporter's RSS (master + workers) is sampled throughout. Reports
status codes (no 5xx expected), p50/p99 latency per endpoint and peak RSS to
docs/benchmarks.md. Exits non-zero if any 5xx or transport error was seen.
"""

from __future__ import annotations

import multiprocessing as mp
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import requests
from aiwatch.stack.local import start_exporter
from aiwatch.stack.processes import child_pids

from bench.bench_exporter import event_batch

SECONDS = 20.0
POSTERS = 3


def _worker(url: str, path: str, seconds: float, out: mp.Queue) -> None:
    sess = requests.Session()
    body = event_batch(1)
    lat: list[float] = []
    codes: Counter = Counter()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        t0 = time.perf_counter()
        try:
            if path == "/metrics":
                r = sess.get(url + path, timeout=30)
            else:
                r = sess.post(url + path, data=body, headers={"Content-Type": "application/json"}, timeout=30)
            codes[r.status_code] += 1
        except requests.RequestException as exc:
            codes[type(exc).__name__] += 1
        lat.append(time.perf_counter() - t0)
    out.put((path, lat, dict(codes)))


def _rss_kib(master: int) -> int:
    total = 0
    for pid in [master, *child_pids(master)]:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))] * 1000


def run() -> tuple[str, bool]:
    with tempfile.TemporaryDirectory() as d:
        ex = start_exporter(Path(d), workers=2)
        peak = [0]
        done = threading.Event()

        def sample_rss() -> None:
            while not done.is_set():
                peak[0] = max(peak[0], _rss_kib(ex.pid))
                time.sleep(0.2)

        sampler = threading.Thread(target=sample_rss, daemon=True)
        sampler.start()
        try:
            q: mp.Queue = mp.Queue()
            jobs = [("/v1/events", POSTERS), ("/metrics", 1)]
            procs = [
                mp.Process(target=_worker, args=(ex.url, path, SECONDS, q))
                for path, n in jobs
                for _ in range(n)
            ]
            for p in procs:
                p.start()
            results = [q.get(timeout=SECONDS + 60) for _ in procs]
            for p in procs:
                p.join(timeout=10)
        finally:
            done.set()
            sampler.join(timeout=5)
            ex.stop()
    rows = []
    ok = True
    for path in ("/v1/events", "/metrics"):
        lat = [x for p, lats, _ in results if p == path for x in lats]
        codes: Counter = Counter()
        for p, _, c in results:
            if p == path:
                codes.update(c)
        bad = sum(n for code, n in codes.items() if not isinstance(code, int) or code >= 500)
        ok = ok and bad == 0
        rows.append(
            f"| {path} | {len(lat):,} | {', '.join(f'{k}: {v:,}' for k, v in sorted(codes.items(), key=str))} "
            f"| {statistics.median(lat) * 1000:.1f} | {_pct(lat, 0.99):.1f} |"
        )
    md = f"""## Load test (`make loadtest`)

{POSTERS} processes posting batches of 100 events and 1 process scraping /metrics, at once, for
{SECONDS:.0f} s against `aiwatch serve --workers 2` on loopback (clients share the 2 cores).

| endpoint | requests | status codes | p50 ms | p99 ms |
|---|---|---|---|---|
{chr(10).join(rows)}

Peak RSS of the exporter (gunicorn master + 2 workers): **{peak[0] / 1024:.0f} MiB**. 5xx or transport errors: **{"none" if ok else "SEEN"}**.
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
