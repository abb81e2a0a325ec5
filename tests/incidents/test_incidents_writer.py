"""The rotating file writer: size rotation, external rotation, and nothing lost under concurrent writers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
import time

import jsonschema_rs
import pytest
from aiwatch.incidents import MAX_LINE_BYTES, IncidentLog, RotatingFileWriter, schema

VALIDATOR = jsonschema_rs.validator_for(schema())


def lines_of(writer: RotatingFileWriter) -> list[str]:
    return [ln for f in writer.files() for ln in f.read_text(encoding="utf-8").splitlines()]


def alert_details(pad: str = "") -> dict:
    return {
        "alertname": "X",
        "status": "firing",
        "starts_at": "2025-05-01T10:00:00Z",
        "ends_at": None,
        "fingerprint": None,
        "labels": {"pad": pad},
    }


def note(log: IncidentLog, tag: str) -> None:
    log.write(log.record("alert", "info", category=tag, details=alert_details()))


def test_rotates_at_max_bytes_and_keeps_backup_count(tmp_path):
    w = RotatingFileWriter(tmp_path / "incidents.jsonl", max_bytes=MAX_LINE_BYTES, backup_count=2)
    log = IncidentLog(w)
    for i in range(100):
        note(log, f"n{i}")
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["incidents.jsonl", "incidents.jsonl.1", "incidents.jsonl.2", "incidents.jsonl.lock"]
    for f in w.files():
        assert f.stat().st_size < 2 * MAX_LINE_BYTES
    tags = [json.loads(ln)["category"] for ln in lines_of(w)]
    assert tags == [f"n{i}" for i in range(100 - len(tags), 100)], "newest kept, in order, oldest first"


def test_rejects_settings_that_cannot_hold_a_line(tmp_path):
    with pytest.raises(ValueError, match="max_bytes"):
        RotatingFileWriter(tmp_path / "x", max_bytes=100, backup_count=1)
    with pytest.raises(ValueError, match="backup_count"):
        RotatingFileWriter(tmp_path / "x", max_bytes=1 << 20, backup_count=0)


def test_follows_external_rotation(tmp_path):
    """logrotate (or an operator) renames the file: the next line goes to a new file at the path."""
    path = tmp_path / "incidents.jsonl"
    log = IncidentLog(RotatingFileWriter(path, max_bytes=1 << 20, backup_count=1))
    note(log, "before")
    os.rename(path, tmp_path / "rotated-by-logrotate")
    note(log, "after")
    assert json.loads(path.read_text())["category"] == "after"
    assert json.loads((tmp_path / "rotated-by-logrotate").read_text())["category"] == "before"


def test_threads_of_one_process(tmp_path):
    w = RotatingFileWriter(tmp_path / "i.jsonl", max_bytes=16 * 1024, backup_count=500)
    log = IncidentLog(w)
    threads = [
        threading.Thread(target=lambda t=t: [note(log, f"t{t}-{i}") for i in range(300)]) for t in range(8)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    tags = [json.loads(ln)["category"] for ln in lines_of(w)]
    assert sorted(tags) == sorted(f"t{t}-{i}" for t in range(8) for i in range(300))


WRITER = textwrap.dedent(
    """
    import os, sys, threading, time
    from aiwatch.incidents import IncidentLog, RotatingFileWriter

    path, go, proc, threads, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
    log = IncidentLog(RotatingFileWriter(path, max_bytes=32768, backup_count=1000))
    while not os.path.exists(go):
        time.sleep(0.005)

    def run(t):
        for i in range(n):
            details = {"alertname": "X", "status": "firing", "starts_at": "2025-05-01T10:00:00Z",
                       "ends_at": None, "fingerprint": None, "labels": {"pad": "x" * (i % 300)}}
            log.write(log.record("alert", "info", category=f"{proc}-{t}-{i}", details=details))

    ts = [threading.Thread(target=run, args=(t,)) for t in range(threads)]
    for t in ts: t.start()
    for t in ts: t.join()
    """
)


def test_nothing_lost_with_several_processes_and_threads_rotating_one_file(tmp_path):
    """4 processes x 4 threads x 400 lines into one file rotated every 32 KiB: every line arrives, whole."""
    procs, threads, n = 4, 4, 400
    path, go = tmp_path / "incidents.jsonl", tmp_path / "go"
    children = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(go), str(p), str(threads), str(n)])
        for p in range(procs)
    ]
    time.sleep(0.3)  # all started and waiting: they write at once
    go.touch()
    for c in children:
        assert c.wait(timeout=120) == 0
    w = RotatingFileWriter(path, max_bytes=32768, backup_count=1000)
    assert len(w.files()) > 10, "the test must rotate while the writers run"
    lines = lines_of(w)
    records = [json.loads(ln) for ln in lines]  # a torn or interleaved line would not parse
    for rec in records[:: max(1, len(records) // 200)]:
        VALIDATOR.validate(rec)
    tags = [r["category"] for r in records]
    expected = {f"{p}-{t}-{i}" for p in range(procs) for t in range(threads) for i in range(n)}
    assert len(tags) == len(expected) and set(tags) == expected
