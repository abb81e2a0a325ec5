"""Capacity: series, memory, ingestion and rule evaluation at 100 and 1,000 services x 10 models.

`make bench-capacity` (minutes; not part of `make bench`). For each size: a config
directory listing the services (10 priced models each, a team, budgets), the real
exporter (gunicorn, 2 workers), a real Prometheus with the committed rules (default
profile) scraping it every 15 s, and the simulator's event shape
(aiwatch.simulate.Generator) posted so that every (service, model) pair gets calls in
every scrape interval. After a warm-up the figures come from Prometheus's own
metrics (TSDB head series, resident memory, samples appended, rule group durations)
and from timing GET /metrics on the exporter.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests
import yaml
from aiwatch.paths import CONFIG_DIR
from aiwatch.simulate import Generator
from aiwatch.stack.local import post_events, start_exporter, start_prometheus
from aiwatch.stack.processes import LOOPBACK, free_port, wait_for

from bench.cli import number

SIZES = (100, 1000)
MODELS = (
    "gpt-4o",
    "gpt-4o-mini",
    "gpt-4",
    "gpt-4.1",
    "gpt-4.1-mini",
    "gpt-4.1-nano",
    "o3-mini",
    "o1",
    "claude-3-5-sonnet",
    "claude-3-5-haiku",
)
INTERVAL = "15s"  # the committed scrape and evaluation interval
WARMUP_ROUNDS = 2
MEASURE_SECONDS = 120  # 8 scrapes and evaluations after the warm-up
BATCH = 1000  # the exporter's max_batch_events


def write_config(out: Path, services: int) -> list[str]:
    """config/ with `services` services x MODELS (teams and budgets too); returns the service names."""
    out.mkdir(parents=True, exist_ok=True)
    for src in CONFIG_DIR.glob("*.yaml"):
        (out / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    names = [f"svc-{i:04d}" for i in range(services)]
    svc = {n: {"team": f"team-{i % 10}", "models": list(MODELS)} for i, n in enumerate(names)}
    (out / "services.yaml").write_text(yaml.safe_dump({"services": svc}), encoding="utf-8")
    budgets = {n: {"day": 50, "month": 1200} for n in names}
    (out / "budgets.yaml").write_text(yaml.safe_dump({"services": budgets}), encoding="utf-8")
    return names


def one_round(gen: Generator, services: list[str]) -> list[dict]:
    """One call for every (service, model) pair, shaped by the simulator."""
    events = []
    for s in services:
        for m in MODELS:
            ev = gen.event(s, False)
            ev["model"] = m
            ev.pop("provider", None)
            events.append(ev)
    return events


class Feeder(threading.Thread):
    """Posts rounds back to back until stopped; counts events accepted."""

    def __init__(self, url: str, gen: Generator, services: list[str]) -> None:
        super().__init__(daemon=True)
        self.url, self.gen, self.services = url, gen, services
        self.rounds = 0
        self.errors: list[str] = []
        self.stop_flag = threading.Event()

    def run(self) -> None:
        while not self.stop_flag.is_set():
            events = one_round(self.gen, self.services)
            for i in range(0, len(events), BATCH):
                r = post_events(self.url, events[i : i + BATCH], timeout=60)
                if r.status_code != 202:
                    self.errors.append(r.text[:200])
            self.rounds += 1


def scalar(prom, expr: str) -> float:
    """One value; generous timeout: at a million series a count over every series takes a while."""
    body = requests.get(f"{prom.url}/api/v1/query", params={"query": expr}, timeout=300).json()
    if body.get("status") != "success":
        raise RuntimeError(f"query failed: {expr}: {body.get('error')}")
    res = body["data"]["result"]
    return float(res[0]["value"][1]) if res else float("nan")


def scrape_exporter(url: str, n: int = 3) -> tuple[float, int]:
    """Median seconds and bytes of GET /metrics."""
    times, size = [], 0
    for _ in range(n):
        t0 = time.perf_counter()
        body = requests.get(url + "/metrics", timeout=120).content
        times.append(time.perf_counter() - t0)
        size = len(body)
    return statistics.median(times), size


def measure(services: int, work: Path) -> dict[str, float]:
    names = write_config(work / "config", services)
    pairs = services * len(MODELS)
    with start_exporter(work, workers=2, config_dir=work / "config", timeout=60) as exporter:
        port = free_port()
        targets = {"aiwatch": [f"{LOOPBACK}:{exporter.port}"], "prometheus": [f"{LOOPBACK}:{port}"]}
        with start_prometheus(
            work, targets, port=port, scrape_interval=INTERVAL, evaluation_interval=INTERVAL, timeout=60
        ) as prom:
            wait_for(lambda: prom.targets_up().get("aiwatch") == 1.0, 60, what="aiwatch target up")
            time.sleep(20)
            base_series = scalar(prom, "prometheus_tsdb_head_series")
            base_rss = scalar(prom, 'process_resident_memory_bytes{job="prometheus"}')
            base_heap = scalar(prom, 'go_memstats_heap_inuse_bytes{job="prometheus"}')
            feeder = Feeder(exporter.url, Generator("normal", {n: MODELS for n in names}, seed=7), names)
            t0 = time.monotonic()
            feeder.start()
            wait_for(lambda: feeder.rounds >= WARMUP_ROUNDS, 600, interval=1, what="warm-up rounds")
            time.sleep(MEASURE_SECONDS)
            feeder.stop_flag.set()
            feeder.join(timeout=300)
            elapsed = time.monotonic() - t0
            raw = scalar(prom, 'count({__name__=~"ai_.+", job="aiwatch"})')
            recorded = scalar(prom, 'count({__name__=~"ai:.+"})')
            head = scalar(prom, "prometheus_tsdb_head_series")
            rss = scalar(prom, 'max_over_time(process_resident_memory_bytes{job="prometheus"}[2m])')
            heap = scalar(prom, 'max_over_time(go_memstats_heap_inuse_bytes{job="prometheus"}[2m])')
            ingest = scalar(prom, "rate(prometheus_tsdb_head_samples_appended_total[2m])")
            eval_total = scalar(prom, "sum(max_over_time(prometheus_rule_group_last_duration_seconds[2m]))")
            eval_max = scalar(prom, "max(max_over_time(prometheus_rule_group_last_duration_seconds[2m]))")
            scrape_prom = scalar(prom, 'max_over_time(scrape_duration_seconds{job="aiwatch"}[2m])')
            scrape_s, scrape_bytes = scrape_exporter(exporter.url)
            events = feeder.rounds * pairs
    if feeder.errors:
        raise RuntimeError(f"exporter rejected batches: {feeder.errors[:3]}")
    return {
        "services": services,
        "pairs": pairs,
        "raw_per_pair": raw / pairs,
        "recorded_per_pair": recorded / pairs,
        "head_series": head,
        "rss_mib": rss / 2**20,
        "bytes_per_series": (rss - base_rss) / max(head - base_series, 1),
        "heap_bytes_per_series": (heap - base_heap) / max(head - base_series, 1),
        "ingest": ingest,
        "eval_total": eval_total,
        "eval_max": eval_max,
        "scrape_prom": scrape_prom,
        "scrape_s": scrape_s,
        "scrape_mib": scrape_bytes / 2**20,
        "events_per_s": events / elapsed,
    }


def table(rows: list[dict[str, float]]) -> str:
    head = (
        "| services x models | raw series per pair | recorded series per pair | TSDB head series "
        "| Prometheus RSS | RSS per head series | heap per head series | samples/s ingested "
        "| rule evaluation (all groups / slowest) | exporter scrape (Prometheus / GET, size) | events/s sent |\n"
        "|---|---|---|---|---|---|---|---|---|---|---|\n"
    )
    lines = [
        f"| {r['services']:.0f} x {len(MODELS)} | {r['raw_per_pair']:.0f} | {r['recorded_per_pair']:.0f} "
        f"| {r['head_series']:,.0f} | {r['rss_mib']:,.0f} MiB | {r['bytes_per_series']:,.0f} B "
        f"| {r['heap_bytes_per_series']:,.0f} B | {r['ingest']:,.0f} "
        f"| {r['eval_total']:.2f} s / {r['eval_max']:.2f} s "
        f"| {r['scrape_prom']:.2f} s / {r['scrape_s']:.2f} s, {r['scrape_mib']:.1f} MiB | {r['events_per_s']:,.0f} |"
        for r in rows
    ]
    return head + "\n".join(lines)


def run(sizes: tuple[int, ...] = SIZES) -> str:
    rows = []
    with tempfile.TemporaryDirectory(prefix="aiwatch-capacity-") as tmp:
        for n in sizes:
            print(f"capacity: {n} services x {len(MODELS)} models", flush=True)
            rows.append(measure(n, Path(tmp) / f"size-{n}"))
    return (
        "## Capacity: series, memory, ingestion and rule evaluation (`make bench-capacity`)\n\n"
        f"Real exporter (2 gunicorn workers) and Prometheus with the committed rules, {INTERVAL} scrape and "
        f"evaluation, every (service, model) pair called in every interval with the simulator's event shape, "
        f"measured over {MEASURE_SECONDS} s after a warm-up. Memory per series is the growth of Prometheus's "
        "resident set (and Go heap in use) over the head series added, so it includes the recorded series "
        "and the rule engine. The rule windows (5m to 3d) were only partly filled in so short a run: "
        "evaluation time grows with the samples a window holds, up to the window's length. "
        "The machine is shared (2 cores with other jobs), so times are upper bounds.\n\n" + table(rows)
    )


def parse_args(argv: list[str]) -> tuple[int, ...]:
    """The sizes (numbers of services) a command line names, SIZES when none; SystemExit(2) with a
    message for an option or a bad size, before anything starts."""
    ap = argparse.ArgumentParser(
        prog="python -m bench.bench_capacity", description=(__doc__ or "").splitlines()[0], allow_abbrev=False
    )
    ap.add_argument(
        "sizes",
        nargs="*",
        type=number(int, lambda n: n >= 1, ">= 1"),
        metavar="SERVICES",
        help=f"numbers of services (default {SIZES})",
    )
    return tuple(ap.parse_args(argv).sizes) or SIZES


if __name__ == "__main__":
    from bench.report import write_section

    chosen = parse_args(sys.argv[1:])
    section = run(chosen)
    write_section("capacity", section)
    print(section)
