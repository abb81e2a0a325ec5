"""Process control: the one implementation the native stack, the tests and the benchmarks share.

Two kinds of child process:

- `Daemon`: started by `make up` and left running after the command exits. Its
  directory holds its log and pid file; it is stopped by a later `make down`,
  which signals a pid only when that process's command line names the
  directory (a recycled pid or a foreign process is never killed).
- `Child`: a foreground process a test or benchmark starts and stops itself,
  its output captured in a log file.

Both run in their own session (process group), so stopping one stops its own
children too (gunicorn's workers); stopping is SIGTERM, a bounded wait, then
SIGKILL. Every wait here is bounded.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import IO, TypeVar

import requests

from ..paths import REPO

LOOPBACK = "127.0.0.1"
STOP_TIMEOUT = 15.0
KILL_TIMEOUT = 5.0
EXEC_GRACE = 1.0  # longest wait for a command line that is empty because the process is in execve
T = TypeVar("T")


def serve_until_signalled(banner: str, stop: Callable[[], None]) -> int:
    """Keep a started server in the foreground (a CLI command): print `banner`, stop on SIGINT/SIGTERM."""
    done = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: done.set())
    print(banner, flush=True)
    done.wait()
    stop()
    return 0


# --- ports and polling ------------------------------------------------------------------------------
def free_port(host: str = LOOPBACK) -> int:
    """A TCP port nothing listens on right now (the OS picks it)."""
    return free_ports(1, host)[0]


def free_ports(n: int, host: str = LOOPBACK) -> list[int]:
    """`n` distinct TCP ports nothing listens on right now: each socket stays bound until all are
    picked, since `free_port` called n times may hand out a port it just released again."""
    with contextlib.ExitStack() as stack:
        socks = [stack.enter_context(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) for _ in range(n)]
        for s in socks:
            s.bind((host, 0))
        return [s.getsockname()[1] for s in socks]


def port_free(host: str, port: int) -> bool:
    """True when `port` can be bound on `host` (no other process holds it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def wait_for(
    check: Callable[[], T],
    timeout: float = 20.0,
    interval: float = 0.1,
    what: str = "condition",
    retry_on: tuple[type[Exception], ...] = (Exception,),
) -> T:
    """Poll `check` until it returns a truthy value; TimeoutError names `what`.

    An exception of a `retry_on` type counts as "not yet" (the last one is in the TimeoutError);
    any other propagates at once.
    """
    deadline = time.monotonic() + timeout
    last_exc: Exception | None = None
    while time.monotonic() < deadline:
        try:
            value = check()
            if value:
                return value
        except retry_on as exc:
            last_exc = exc
        time.sleep(interval)
    raise TimeoutError(f"timed out after {timeout}s waiting for {what}; last error: {last_exc!r}")


def http_ok(url: str, timeout: float = 2.0) -> bool:
    """True when GET `url` answers 200; any transport error is False."""
    try:
        return requests.get(url, timeout=timeout).status_code == 200
    except requests.RequestException:
        return False


def wait_http(url: str, timeout: float = 20.0, status: int = 200) -> None:
    wait_for(lambda: requests.get(url, timeout=2).status_code == status, timeout, what=url)


# --- binaries and processes -------------------------------------------------------------------------
def which(*names: str) -> str | None:
    """The first of `names` found on PATH."""
    return next((p for p in map(shutil.which, names) if p), None)


def require_binary(*names: str, install: str) -> str:
    """The first of `names` on PATH; FileNotFoundError saying how to `install` it otherwise."""
    found = which(*names)
    if not found:
        raise FileNotFoundError(f"{names[0]} is not installed: {install}")
    return found


def cmdline(pid: int) -> str | None:
    """The command line of a live, non-zombie process, or None."""
    proc = Path(f"/proc/{pid}")
    if proc.exists():
        try:
            stat = (proc / "stat").read_text()
            if stat.rsplit(")", 1)[1].split()[0] in ("Z", "X"):
                return None
            return (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
        except (OSError, IndexError):
            return None
    if sys.platform == "linux":
        return None
    out = subprocess.run(
        ["ps", "-o", "stat=,command=", "-p", str(pid)], capture_output=True, text=True, check=False
    )
    line = out.stdout.strip()
    if not line or line.startswith("Z"):
        return None
    return line.split(None, 1)[1] if " " in line else line


def child_pids(pid: int) -> list[int]:
    """Pids of the direct children of `pid` (e.g. the workers of a gunicorn master)."""
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True, timeout=10)
    return [int(p) for p in out.stdout.split()]


def signal_group(pid: int, sig: int) -> None:
    """Signal the process group `pid` leads (gunicorn workers too), else just the pid."""
    try:
        if os.getpgid(pid) == pid:
            os.killpg(pid, sig)
        else:
            os.kill(pid, sig)
    except ProcessLookupError:
        pass


def terminate(pid: int, running: Callable[[], bool], timeout: float = STOP_TIMEOUT) -> str:
    """SIGTERM the group of `pid`, wait up to `timeout` for `running()` to turn False, then SIGKILL."""
    signal_group(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and running():
        time.sleep(0.1)
    if not running():
        return "stopped"
    signal_group(pid, signal.SIGKILL)
    end = time.monotonic() + KILL_TIMEOUT
    while time.monotonic() < end and running():
        time.sleep(0.1)
    return f"killed (did not stop within {timeout:.0f}s)"


def _spawn(argv: Sequence[str], log: IO[bytes], env: Mapping[str, str] | None, cwd: Path) -> subprocess.Popen:
    """Start `argv` in a new session, stdin from /dev/null, stdout and stderr into `log`."""
    return subprocess.Popen(
        list(argv),
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        start_new_session=True,
        close_fds=True,
    )


def _tail(path: Path, lines: int | None) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return "(no log)"
    return text if lines is None else "\n".join(text.splitlines()[-lines:])


# --- a foreground child ------------------------------------------------------------------------------
class Child:
    """A child process of this one: own process group, output in `<log_dir>/<name>.log`, bounded stop."""

    def __init__(
        self,
        name: str,
        argv: Sequence[str],
        log_dir: Path,
        env: Mapping[str, str] | None = None,
        cwd: Path | None = None,
    ) -> None:
        self.name = name
        self.argv = list(argv)
        self.log_path = Path(log_dir) / f"{name}.log"
        self._log = open(self.log_path, "ab")  # noqa: SIM115 - closed in stop()
        self.popen = _spawn(self.argv, self._log, env, Path(cwd or REPO))

    @property
    def pid(self) -> int:
        return self.popen.pid

    def alive(self) -> bool:
        return self.popen.poll() is None

    def log(self) -> str:
        """Everything the process has written so far."""
        if not self._log.closed:
            self._log.flush()
        return _tail(self.log_path, None)

    def signal(self, sig: int) -> None:
        if self.alive():
            signal_group(self.pid, sig)

    def wait_ready(self, url: str, timeout: float = 30.0) -> None:
        """Wait until GET `url` answers 200; if the process exits or is not ready in time, stop it and
        raise RuntimeError with its log."""
        try:
            wait_for(lambda: not self.alive() or http_ok(url), timeout, what=f"{self.name} on {url}")
            if self.alive():
                return
            why = f"exited with status {self.popen.returncode}"
        except TimeoutError:
            why = f"not ready on {url} after {timeout:.0f}s"
        self.stop()
        raise RuntimeError(f"{self.name} did not start ({why}):\n{self.log()}")

    def stop(self, timeout: float = 10.0) -> None:
        if self.alive():
            terminate(self.pid, self.alive, timeout)
        self._log.close()

    def __enter__(self) -> Child:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


# --- a daemon with a pid file -----------------------------------------------------------------------
class Daemon:
    """A process that outlives the command that started it: `<dir>/<name>.pid`, `<dir>/<name>.log`."""

    def __init__(self, name: str, directory: Path) -> None:
        self.name = name
        self.dir = directory

    @property
    def pid_file(self) -> Path:
        return self.dir / f"{self.name}.pid"

    @property
    def log_file(self) -> Path:
        return self.dir / f"{self.name}.log"

    def pid(self) -> int | None:
        try:
            return int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None

    def owns(self, pid: int) -> bool:
        """True when `pid` is alive and is the process this directory's owner started.

        A process in the middle of execve (the exporter execs gunicorn) shows an empty command line
        for a few milliseconds, so an empty one is read again before the pid counts as not ours.
        """
        cmd = cmdline(pid)
        deadline = time.monotonic() + EXEC_GRACE
        while cmd == "" and time.monotonic() < deadline:
            time.sleep(0.005)
            cmd = cmdline(pid)
        return cmd is not None and f"{self.dir}{os.sep}" in cmd

    def running_pid(self) -> int | None:
        pid = self.pid()
        return pid if pid is not None and self.owns(pid) else None

    def start(self, argv: Sequence[str], env: Mapping[str, str] | None = None) -> int:
        self.dir.mkdir(parents=True, exist_ok=True)
        with open(self.log_file, "ab") as log:
            log.write(f"\n--- {time.strftime('%Y-%m-%dT%H:%M:%S')} {' '.join(argv)}\n".encode())
            log.flush()
            pid = _spawn(argv, log, env, self.dir).pid
        self.pid_file.write_text(f"{pid}\n")
        return pid

    def stop(self, timeout: float = STOP_TIMEOUT) -> str:
        """Stop the process if it is ours; always clear the pid file. Returns what happened."""
        pid = self.pid()
        if pid is None:
            return "not running"
        if not self.owns(pid):
            self.pid_file.unlink(missing_ok=True)
            return f"not running (removed stale pid file for pid {pid}; not ours, left alone)"
        how = terminate(pid, lambda: self.owns(pid), timeout)
        self.pid_file.unlink(missing_ok=True)
        return f"{how} (pid {pid})"

    def log_tail(self, lines: int = 15) -> str:
        return _tail(self.log_file, lines)
