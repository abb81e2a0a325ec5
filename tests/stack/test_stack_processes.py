"""The native stack's pid-file ownership test (`Daemon.owns`) while a process execs.

`aiwatch serve` execs gunicorn, and for a few milliseconds inside execve the kernel shows the
process with an empty command line. `make up` polls ownership while the exporter starts, so a
poll that lands in that window must not report the exporter as exited.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from aiwatch.stack.processes import LOOPBACK, Daemon, free_ports, port_free, wait_for


def test_a_process_that_execs_stays_owned(tmp_path):
    daemon = Daemon("chain", tmp_path / "chain")
    # Each step execs the same script with one step fewer: 60 execve windows for the poller to meet.
    script = tmp_path / "chain.py"
    script.write_text(
        "import os, sys, time\n"
        "n = int(sys.argv[1])\n"
        "if n:\n"
        "    os.execv(sys.executable, [sys.executable, __file__, str(n - 1), sys.argv[2]])\n"
        "open(sys.argv[2], 'w').write('end of the chain')\n"
        "time.sleep(0.3)\n"
    )
    marker = f"{daemon.dir}/marker"
    pid = daemon.start([sys.executable, str(script), "60", marker])
    polls = lost = 0
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        owned = daemon.owns(pid)
        polls += 1
        if not owned:
            # not owned is right only once the chain has ended (the process exited)
            try:
                with open(f"/proc/{pid}/stat") as f:
                    state = f.read().rsplit(")", 1)[1].split()[0]
            except OSError:
                state = "gone"
            if state in ("Z", "X", "gone"):
                break
            lost += 1
    assert lost == 0, f"{lost} of {polls} polls lost a live process while it execed"
    assert polls > 100
    assert Path(marker).read_text() == "end of the chain"  # every step ran: 60 execs, not one
    wait_for(lambda: not daemon.owns(pid), 10, what="the chain to end")
    assert daemon.running_pid() is None


def test_free_ports_are_distinct_and_free() -> None:
    """One stack's ports come from one call: each socket stays bound until all are picked, so no port
    is handed out twice (separate `free_port` calls did, failing a stack test with "ports must differ")."""
    ports = free_ports(32)
    assert len(set(ports)) == 32
    assert all(port_free(LOOPBACK, p) for p in ports)
