"""Faults on the exporter: a worker killed under load loses no accepted event; slow clients starve nobody."""

from __future__ import annotations

import os
import signal
import socket
import threading
import time
from pathlib import Path

import pytest
import requests
from aiwatch.stack.local import event, metric_sum, start_exporter
from aiwatch.stack.processes import LOOPBACK, child_pids, wait_for

pytestmark = pytest.mark.e2e  # conftest: started first

BATCH = 25


@pytest.fixture()
def exporter(tmp_path: Path):
    ex = start_exporter(tmp_path, workers=2)
    yield ex
    ex.stop()


def test_killed_workers_under_load_lose_no_accepted_event(exporter):
    accepted = [0]
    failed = [0]
    stop = threading.Event()
    lock = threading.Lock()

    def client() -> None:
        body = {"events": [event(service="agent_runtime", model="gpt-4.1")] * BATCH}
        while not stop.is_set():
            try:
                r = requests.post(exporter.url + "/v1/events", json=body, timeout=10)
            except requests.RequestException:
                with lock:
                    failed[0] += 1  # connection reset by the kill: not accepted, may or may not be counted
                continue
            with lock:
                if r.status_code == 202:
                    accepted[0] += BATCH
                else:
                    failed[0] += 1

    threads = [threading.Thread(target=client) for _ in range(6)]
    for t in threads:
        t.start()
    try:
        for _ in range(3):
            time.sleep(0.7)
            victims = child_pids(exporter.pid)
            assert victims, "gunicorn has no workers"
            os.kill(victims[0], signal.SIGKILL)
            wait_for(lambda: len(child_pids(exporter.pid)) == 2, 20, what="worker replacement")
        time.sleep(0.5)
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=20)
    assert accepted[0] > 0
    counted = metric_sum(exporter.url)
    # every 202 is in the counters; at most the batches in flight at each kill are extra
    assert counted >= accepted[0]
    assert counted <= accepted[0] + failed[0] * BATCH


def test_slow_clients_do_not_block_others(exporter):
    """Three clients that send half a request and stall must not stop /healthz or ingest."""
    socks = []
    try:
        for _ in range(3):
            s = socket.create_connection((LOOPBACK, exporter.port), timeout=5)
            s.sendall(b"POST /v1/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n")
            socks.append(s)
        time.sleep(0.3)
        t0 = time.monotonic()
        assert requests.get(exporter.url + "/healthz", timeout=5).ok
        r = requests.post(exporter.url + "/v1/events", json={"events": [event()]}, timeout=5)
        assert r.status_code == 202
        assert time.monotonic() - t0 < 5
    finally:
        for s in socks:
            s.close()


def test_gunicorn_timeouts_are_set():
    from aiwatch import gunicorn_conf

    assert gunicorn_conf.timeout > 0 and gunicorn_conf.graceful_timeout > 0 and gunicorn_conf.keepalive > 0
    assert gunicorn_conf.worker_class == "gthread" and gunicorn_conf.threads >= 2
    assert gunicorn_conf.limit_request_line > 0 and gunicorn_conf.limit_request_fields > 0
