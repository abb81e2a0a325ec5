"""gunicorn settings for the exporter (used by `aiwatch serve`).

prometheus_client multiprocess mode: every worker writes its metric values to
mmap files in PROMETHEUS_MULTIPROC_DIR; /metrics aggregates them. The
directory is wiped when the master starts (stale files from a previous run
would be double counted) and a dead worker's files are kept (its counts stay
in the totals) while its live gauges are dropped.

The master builds the safety screens' matchers once, before it forks any worker
(safety.warm_up: a first screen would otherwise pay the compilation, ~6 s per worker on this
2-core host in round 14, 30 s when two workers and other load start together). Every worker,
and every worker a HUP re-spawns, inherits them built (fork shares the pages until written):
before round 15 each worker compiled its own, and after a HUP the exporter answered nothing until
the new workers had. RE2 builds each DFA state lazily, per process, as text needs it. A worker
freezes what it has inherited and built out of the garbage collector's
view (gc.freeze: the app, the metrics, the config are never garbage, and a
full collection that walks them pauses every thread, scrapes included) and
reads the multiprocess files once in the background, so the first scrape after
a (re)start does not pay for parsing every file (seconds at 10,000 label sets).
"""

from __future__ import annotations

import gc
import os
import shutil
import threading
import time
from pathlib import Path

from prometheus_client import multiprocess

from aiwatch import safety

wsgi_app = "aiwatch.wsgi:app"
# gthread: a slow client ties up one thread, not a whole worker.
worker_class = "gthread"
threads = int(os.environ.get("AIWATCH_THREADS", "4"))
timeout = 30  # a worker stuck this long is killed and replaced
graceful_timeout = 10
keepalive = 5
limit_request_line = 8190
limit_request_fields = 100
control_socket_disable = True  # gunicorn >= 25 would open ~/.gunicorn/*.sock otherwise
accesslog = None
errorlog = "-"
loglevel = os.environ.get("AIWATCH_LOG_LEVEL", "info")


def on_starting(server) -> None:  # type: ignore[no-untyped-def]
    mp = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if not mp:
        raise RuntimeError("PROMETHEUS_MULTIPROC_DIR must be set (aiwatch serve sets it)")
    path = Path(mp)
    if path.exists():
        for child in path.iterdir():
            if child.is_dir():
                shutil.rmtree(child)
            else:
                child.unlink()
    path.mkdir(parents=True, exist_ok=True)
    (path / "started_at").write_text(f"{time.time():.3f}")
    # Before the port is bound and before any fork; an invalid patterns.yaml stops the master here
    # with its error instead of every worker failing to boot.
    safety.warm_up()


def post_worker_init(worker) -> None:  # type: ignore[no-untyped-def]
    gc.freeze()  # the safety matchers are built already: the master's on_starting, before the fork
    runtime = getattr(worker.wsgi, "extensions", {}).get("aiwatch")
    exposition = getattr(runtime, "exposition", None)
    if exposition is not None:
        threading.Thread(target=exposition.snapshot, name="aiwatch-warm-up", daemon=True).start()


def child_exit(server, worker) -> None:  # type: ignore[no-untyped-def]
    multiprocess.mark_process_dead(worker.pid)
