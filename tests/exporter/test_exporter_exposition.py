"""The multiprocess reader (aiwatch.exposition) against prometheus_client's own collector.

Writers are real processes in prometheus_client's multiprocess mode (the
Recorder, as in a gunicorn worker, plus gauges of every mode). After every
change — appends, new series, file growth past its first mmap size, new files,
a writer gone, a file removed or recreated under the same name, writes racing
reads — the reader's exposition and totals must equal what MultiProcessCollector
computes from the same files: the same floats, not approximately.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import threading
from collections import defaultdict
from pathlib import Path

import pytest
from aiwatch.exporter.ops import total_key
from aiwatch.exposition import MultiprocessExposition
from aiwatch.paths import REPO
from prometheus_client import CollectorRegistry
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.parser import text_string_to_metric_families

WRITER = r"""
import json, os, sys
from prometheus_client import values
if os.environ.get("WRITER_ID"):  # a fixed id: the same file names as an earlier writer
    values.ValueClass = values.MultiProcessValue(lambda: int(os.environ["WRITER_ID"]))
from prometheus_client import Counter, Gauge
from aiwatch.config import load_config
from aiwatch.events import validate_batch
from aiwatch.recorder import Recorder

config = load_config()
rec = Recorder(config)
rec.publish_config()
gauges = {}
for line in sys.stdin:
    cmd = json.loads(line)
    if "events" in cmd:
        events, problems = validate_batch(cmd, config.limits)
        assert not problems, problems
        rec.record_many(events)
    elif "gauge" in cmd:
        mode = cmd["mode"]
        if mode not in gauges:
            gauges[mode] = Gauge(f"t_gauge_{mode}", "a gauge in mode " + mode, ["k"], registry=None,
                                 multiprocess_mode=mode)
        gauges[mode].labels(cmd["k"]).set(cmd["gauge"])
    elif "counter" in cmd:
        Counter("t_odd", "odd values", ["k"], registry=None).labels(cmd["k"]).inc(cmd["counter"])
    elif "spin" in cmd:  # record the same batch over and over, as fast as possible
        events, _ = validate_batch({"events": cmd["spin"]}, config.limits)
        for _ in range(cmd["times"]):
            rec.record_many(events)
    print("ok", flush=True)
"""

MODELS = ["gpt-4o", "gpt-4o-mini", "claude-3-5-sonnet", "mystery-model"]


class Writer:
    """One writer process (a stand-in for a gunicorn worker) fed commands over stdin."""

    def __init__(self, mp_dir: Path, writer_id: int | None = None) -> None:
        env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(mp_dir), "PYTHONPATH": str(REPO / "app")}
        env.pop("WRITER_ID", None)
        if writer_id is not None:
            env["WRITER_ID"] = str(writer_id)
        self.proc = subprocess.Popen(
            [sys.executable, "-c", WRITER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, text=True
        )

    def send(self, **cmd: object) -> None:
        assert self.proc.stdin and self.proc.stdout
        self.proc.stdin.write(json.dumps(cmd) + "\n")
        self.proc.stdin.flush()
        assert self.proc.stdout.readline().strip() == "ok", "writer failed (see stderr)"

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        self.proc.wait(timeout=30)


def events(n: int, offset: int = 0, services: int = 3) -> list[dict]:
    """Varied events: priced and unpriced models, fractional costs and durations, errors, TTFT."""
    out = []
    for i in range(offset, offset + n):
        ev = {
            "model": MODELS[i % len(MODELS)],
            "service": f"svc-{i % services}",
            "prompt_tokens": 17 + i * 7 % 1000,
            "completion_tokens": 3 + i * 13 % 500,
            "cached_prompt_tokens": i % 9,
            "duration_seconds": 0.013 * (i % 97) + 0.001,
            "status": "ok",
            "confidence": (i % 100) / 99,
            "cache_hit": False if i % 4 else None,
        }
        if i % 3 == 0:
            ev["ttft_seconds"] = ev["duration_seconds"] / 3
        if i % 17 == 0:
            ev |= {"status": "error", "error_type": "timeout"}
        out.append(ev)
    return out


def reference(mp_dir: Path) -> tuple[dict, dict]:
    """(samples, totals) as prometheus_client computes them: the pre-reader /api/metrics code path."""
    reg = CollectorRegistry()
    MultiProcessCollector(reg, path=str(mp_dir))
    samples, totals = {}, defaultdict(float)
    for family in reg.collect():
        for s in family.samples:
            samples[(s.name, tuple(sorted(s.labels.items())))] = s.value
            key = total_key(s.name, s.labels)
            if key is not None:
                totals[key] += s.value
    return samples, dict(totals)


def parsed(text: bytes) -> dict:
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for f in text_string_to_metric_families(text.decode())
        for s in f.samples
    }


def differences(ours: dict, theirs: dict) -> dict:
    """Keys whose floats differ in any bit (NaN equal to NaN), or that only one side has."""
    out = {}
    for k in ours.keys() | theirs.keys():
        a, b = ours.get(k), theirs.get(k)
        if a is None or b is None or not (a == b or (math.isnan(a) and math.isnan(b))):
            out[k] = (a, b)
    return out


def check(reader: MultiprocessExposition, mp_dir: Path) -> dict:
    ref_samples, ref_totals = reference(mp_dir)
    assert not differences(parsed(reader.render()), ref_samples)
    assert not differences(reader.totals(total_key), ref_totals)
    return ref_totals


@pytest.fixture()
def mp_dir(tmp_path: Path) -> Path:
    d = tmp_path / "mp"
    d.mkdir()
    return d


def test_equal_to_prometheus_client_through_appends_growth_new_and_gone_files(mp_dir):
    reader = MultiprocessExposition(str(mp_dir))
    a, b = Writer(mp_dir), Writer(mp_dir)
    try:
        a.send(events=events(40))
        check(reader, mp_dir)
        b.send(events=events(40, offset=20))  # overlapping series, in a second file
        first = check(reader, mp_dir)
        assert first["ai_requests_total"] == 80 and first["ai_cost_usd_total"] > 0
        # many new series: the files outgrow their first 64 KiB mapping and are extended
        sizes = {p.name: p.stat().st_size for p in mp_dir.glob("*.db")}
        a.send(events=events(600, offset=1000, services=40))
        grown = {p.name: p.stat().st_size for p in mp_dir.glob("*.db")}
        assert any(grown[n] > sizes[n] for n in sizes), "the test should make a file grow"
        totals = check(reader, mp_dir)
        assert totals["ai_requests_total"] == 680
        # a third writer (a replacement worker) after the first one exited: its counts stay
        a_pid = a.proc.pid
        a.close()
        c = Writer(mp_dir)
        c.send(events=events(30, offset=5))
        assert check(reader, mp_dir)["ai_requests_total"] == 710
        c.close()
        # files removed (as mark_process_dead removes live gauges): their series no longer show,
        # including those no other file has
        for victim in mp_dir.glob(f"*_{a_pid}.db"):
            victim.unlink()
        assert check(reader, mp_dir)["ai_requests_total"] == 70
    finally:
        for w in (a, b):
            if w.proc.poll() is None:
                w.close()


def test_file_recreated_under_the_same_name(mp_dir):
    reader = MultiprocessExposition(str(mp_dir))
    w = Writer(mp_dir, writer_id=4242)
    w.send(events=events(200, services=20))
    w.close()
    assert check(reader, mp_dir)["ai_requests_total"] == 200
    for p in mp_dir.glob("*.db"):  # as a restart wipes the directory; the next writer has the same id
        p.unlink()
    w = Writer(mp_dir, writer_id=4242)
    w.send(events=events(5, offset=7))  # fewer entries than before, at other positions
    w.close()
    assert check(reader, mp_dir)["ai_requests_total"] == 5
    w = Writer(mp_dir, writer_id=4242)  # the same file names again, appended to this time
    w.send(events=events(9, offset=3))
    w.close()
    assert check(reader, mp_dir)["ai_requests_total"] == 14


def test_gauge_modes_and_values_that_are_not_finite(mp_dir):
    reader = MultiprocessExposition(str(mp_dir))
    writers = [Writer(mp_dir), Writer(mp_dir)]
    try:
        for i, w in enumerate(writers):
            for mode in ("mostrecent", "all", "sum", "min", "max", "livesum", "livemostrecent"):
                w.send(gauge=1.5 * (i + 1) - 2, mode=mode, k="x")
                w.send(gauge=0.1 * (i + 3), mode=mode, k=f"only-{i}")
            w.send(counter=0.1, k="tenth")
        writers[0].send(counter=float("inf"), k="inf")
        writers[1].send(gauge=float("nan"), mode="all", k="nan")
        check(reader, mp_dir)
        text = reader.render().decode()
        assert 't_odd_total{k="inf"} +Inf' in text and "NaN" in text
    finally:
        for w in writers:
            w.close()


def test_reads_racing_writes_stay_consistent(mp_dir):
    """Readers in two threads while a writer records as fast as it can: no error, counters never go
    backwards, and once the writer stops the reader agrees with prometheus_client exactly."""
    reader = MultiprocessExposition(str(mp_dir))
    w = Writer(mp_dir)
    w.send(events=events(10))
    errors: list[BaseException] = []
    seen: dict[str, list[float]] = {"render": [], "totals": []}
    stop = threading.Event()

    def read(kind: str) -> None:
        try:
            while not stop.is_set():
                if kind == "render":
                    samples = parsed(reader.render())
                    seen[kind].append(
                        sum(v for (name, _), v in samples.items() if name == "ai_requests_total")
                    )
                else:
                    seen[kind].append(reader.totals(total_key)["ai_requests_total"])
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=read, args=(k,)) for k in ("render", "totals")]
    for t in threads:
        t.start()
    try:
        w.send(spin=events(50, offset=100, services=10), times=300)
        w.send(events=events(300, offset=5000, services=30))  # new series while being read
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=60)
        w.close()
    assert not errors, errors
    for kind, values in seen.items():
        assert len(values) >= 2, kind
        assert values == sorted(values), f"{kind}: a counter went backwards"
    assert check(reader, mp_dir)["ai_requests_total"] == 10 + 50 * 300 + 300


def test_unchanged_files_give_the_same_bytes_and_a_change_shows(mp_dir):
    reader = MultiprocessExposition(str(mp_dir))
    w = Writer(mp_dir)
    try:
        w.send(events=events(20))
        first = reader.render()
        assert reader.render() == first
        w.send(events=events(1, offset=1))  # an existing series changes value, nothing new
        assert reader.render() != first
        check(reader, mp_dir)
    finally:
        w.close()


def test_files_beyond_the_mapping_cap_are_read_per_scrape(mp_dir, monkeypatch):
    """Dead workers' files pile up; only MAX_MAPPED stay mapped (each mapping holds a descriptor)."""
    import aiwatch.mpfiles as mpfiles

    monkeypatch.setattr(mpfiles, "MAX_MAPPED", 2)
    reader = MultiprocessExposition(str(mp_dir))
    for i in range(3):
        w = Writer(mp_dir)
        w.send(events=events(30, offset=10 * i))
        w.close()
        check(reader, mp_dir)
    assert len(list(mp_dir.glob("*.db"))) == 9
    assert sum(f.map is not None for f in reader._files._files.values()) == 2
    check(reader, mp_dir)
