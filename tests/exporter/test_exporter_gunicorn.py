"""Real gunicorn with 2 workers: aggregated counts, a killed worker's counts survive, promtool-clean.

The killed-worker test counts exact totals and kills a worker, so it has an exporter of its own
(`fresh`); the three that compare one exposition with another, which holds whatever traffic came
before, share one per module. An exporter's start builds the safety matchers (~5 s of one core
idle, 20-24 s each in round 23's loaded suite): four starts were most of this module's time.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
from aiwatch.stack.local import Exporter, event, metric_sum, post_events, start_exporter
from aiwatch.stack.processes import child_pids as gunicorn_workers
from aiwatch.stack.processes import wait_for, which
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.parser import text_string_to_metric_families
from support.scrape import parse

pytestmark = pytest.mark.e2e  # conftest: started first


@pytest.fixture()
def fresh(tmp_path: Path) -> Iterator[Exporter]:
    """An exporter of its own: nothing counted yet, both workers the originals."""
    with start_exporter(tmp_path, workers=2) as ex:
        yield ex


@pytest.fixture(scope="module")
def exporter(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Exporter]:
    """One exporter for the tests whose checks hold for any traffic sent before them."""
    with start_exporter(tmp_path_factory.mktemp("exporter"), workers=2) as ex:
        yield ex


def _send(url: str, n_batches: int, size: int) -> int:
    sent = 0
    with requests.Session() as s:
        for _ in range(n_batches):
            r = s.post(
                url + "/v1/events", json={"events": [event(service="persona_runtime")] * size}, timeout=10
            )
            assert r.status_code == 202, r.text
            sent += size
    return sent


def _counting_workers(ex: Exporter) -> set[int]:
    return {int(p.stem.split("_")[-1]) for p in ex.multiproc_dir.glob("counter_*.db")}


def _until_both_workers_count(ex: Exporter, timeout: float = 60) -> int:
    """One event a connection until both workers have counted one; returns the events sent.

    /readyz answers from the first worker up; the second may still be loading the app on a loaded
    host, and the burst's keep-alive connections stay with whichever worker accepted them (a CI run
    of round 26 counted all 4,000 in one worker), so the aggregation would not be tested."""
    sent, deadline = 0, time.monotonic() + timeout
    while len(_counting_workers(ex)) < 2:
        assert time.monotonic() < deadline, "the second worker never served a request"
        r = requests.post(
            ex.url + "/v1/events",
            json={"events": [event(service="persona_runtime")]},
            headers={"Connection": "close"},
            timeout=10,
        )
        assert r.status_code == 202, r.text
        sent += 1
    return sent


def test_counts_aggregate_across_workers_and_survive_a_killed_worker(fresh: Exporter) -> None:
    probes = _until_both_workers_count(fresh)
    with ThreadPoolExecutor(8) as pool:
        sent = sum(pool.map(lambda _: _send(fresh.url, 25, 20), range(8)))
    assert sent == 4000
    assert metric_sum(fresh.url) == 4000 + probes  # counted in two workers' files, summed

    master = fresh.pid
    before = gunicorn_workers(master)
    assert len(before) == 2
    victim = before[0]
    os.kill(victim, signal.SIGKILL)
    wait_for(
        lambda: victim not in gunicorn_workers(master) and len(gunicorn_workers(master)) == 2,
        20,
        what="gunicorn to replace the killed worker",
    )
    assert metric_sum(fresh.url) == 4000 + probes  # the dead worker's counts are still in the totals
    assert _send(fresh.url, 5, 10) == 50
    assert metric_sum(fresh.url) == 4050 + probes


def test_live_exposition_passes_promtool(exporter):
    post_events(
        exporter.url,
        [
            event(ttft_seconds=0.1, confidence=0.9, cache_hit=False),
            event(status="error", error_type="timeout", model="mystery"),
        ],
    ).raise_for_status()
    text = requests.get(exporter.url + "/metrics", timeout=10).text
    proc = subprocess.run(
        [which("promtool"), "check", "metrics"], input=text, capture_output=True, text=True, timeout=30
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.strip() == "" and proc.stderr.strip() == ""
    names = {f.name for f in text_string_to_metric_families(text)}
    for required in (
        "ai_requests",
        "ai_errors",
        "ai_request_duration_seconds",
        "ai_time_to_first_token_seconds",
        "ai_tokens",
        "ai_cost_usd",
        "ai_unpriced_requests",
        "ai_response_confidence",
        "ai_cache_requests",
        "ai_budget_usd",
        "ai_service_info",
        "ai_label_overflow",
        "aiwatch_build_info",
    ):
        assert required in names


def test_fast_exposition_equals_prometheus_client(exporter):
    for i in range(30):
        post_events(
            exporter.url,
            [
                event(
                    model=f"model-{i % 7}",
                    service=f"svc-{i % 3}",
                    ttft_seconds=0.05,
                    confidence=(i % 10) / 10,
                    duration_seconds=0.05 + i / 3,
                )
            ],
        ).raise_for_status()
    time.sleep(0.2)
    ours = requests.get(exporter.url + "/metrics", timeout=10).text
    reg = CollectorRegistry()
    MultiProcessCollector(reg, path=str(exporter.multiproc_dir))
    theirs = generate_latest(reg).decode()

    assert parse(ours) == parse(theirs)
    assert len(parse(ours)) > 100


def test_api_metrics_equals_prometheus_client_totals(exporter):
    """/api/metrics reads the files with the same reader as /metrics; every figure that does not
    depend on the clock is the float prometheus_client's collector gives."""
    from aiwatch.exporter.ops import total_key

    for i in range(40):
        post_events(
            exporter.url,
            [
                event(
                    model=("gpt-4o", "gpt-4o-mini", "mystery")[i % 3],
                    service=f"svc-{i % 4}",
                    prompt_tokens=13 + 7 * i,
                    completion_tokens=5 + 3 * i,
                    cached_prompt_tokens=i % 5,
                    duration_seconds=0.011 * (i % 37),
                    confidence=(i % 10) / 9,
                    cache_hit=bool(i % 6 == 0),
                )
            ],
        ).raise_for_status()
    body = requests.get(exporter.url + "/api/metrics", timeout=10).json()
    reg = CollectorRegistry()
    MultiProcessCollector(reg, path=str(exporter.multiproc_dir))
    t: dict[str, float] = {}
    for family in reg.collect():
        for s in family.samples:
            key = total_key(s.name, s.labels)
            if key is not None:
                t[key] = t.get(key, 0.0) + s.value
    totals = body["totals"]
    assert totals["requests"] == t["ai_requests_total"] > 0
    assert totals["cost_usd"] == t["ai_cost_usd_total"] > 0
    assert totals["tokens"] == {
        "prompt": t["ai_tokens_total{prompt}"],
        "completion": t["ai_tokens_total{completion}"],
        "cached_prompt": t["ai_tokens_total{cached_prompt}"],
    }
    assert totals["unpriced_requests"] == t["ai_unpriced_requests_total"] > 0
    assert body["cost_per_request_usd"] == t["ai_cost_usd_total"] / t["ai_requests_total"]
    assert body["mean_confidence"] == t["ai_response_confidence_sum"] / t["ai_response_confidence_count"]
    hits, misses = t["ai_cache_requests_total{hit}"], t["ai_cache_requests_total{miss}"]
    assert body["cache_hit_ratio"] == hits / (hits + misses)
    assert body["monthly_budget_usd"] == t["ai_budget_usd"]


def _anon_huge_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("AnonHugePages:"):
            return int(line.split()[1])
    raise AssertionError(f"no AnonHugePages in /proc/{pid}/smaps_rollup")


def test_workers_start_with_huge_pages_for_the_screens_memory(exporter: Exporter) -> None:
    """`aiwatch serve` starts gunicorn with glibc's huge-page tunable (aiwatch.hugepages), so each
    worker's heap, the safety matchers' DFA memory above all, is backed by 2 MiB pages."""
    workers = gunicorn_workers(exporter.pid)
    assert len(workers) == 2
    for pid in workers:
        env = dict(
            item.split("=", 1) for item in Path(f"/proc/{pid}/environ").read_text().split("\0") if "=" in item
        )
        assert "glibc.malloc.hugetlb=1" in env.get("GLIBC_TUNABLES", "").split(":"), env.get("GLIBC_TUNABLES")
        assert _anon_huge_kib(pid) > 0, pid  # the matchers were built at start-up (warm_up)
